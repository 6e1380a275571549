import type { Change, RevisedField } from '../model/compare-editions.js';
import { formatDate } from './format-date.js';
import { label } from './labels.js';

/** A change in words: what it is in (an option's title, "Sources") and what it says. */
export interface ChangeWords {
  subject: string;
  says: string;
}

const FIELD_WORDS: Record<RevisedField, string> = {
  title: 'title',
  short_title: 'short title',
  kind: 'kind',
  period: 'period',
  proposed_by: 'proposed by',
  summary: 'summary',
  pros: 'arguments for',
  cons: 'arguments against',
  disagreements: 'where accounts differ',
  outcome: 'outcome',
  status_note: 'where it stands now',
};

/** Claim text as a reader sees it in a list of changes: citations dropped, kept short. */
function plain(text: string | undefined): string {
  const flat = (text ?? '').replace(/\s*\[@[^\]]*\]/g, '').replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 139).trimEnd()}…` : flat;
}

function scoreWords(change: Change): string {
  const { from, to, what } = change;
  const why = change.rationale ? `: ${change.rationale}` : '';
  if (from === null) return `now scored ${to} for ${what}${why}`;
  if (to === null) return `no longer scored for ${what} (was ${from})`;
  if (from === to) return `rationale for ${what} revised, score still ${to}${why}`;
  return `score for ${what} ${Number(to) > Number(from) ? 'raised' : 'lowered'} from ${from} to ${to}${why}`;
}

function says(change: Change, lang: string): string {
  const stance = (value: Change['from']) => label('stance', String(value)).toLowerCase();
  switch (change.kind) {
    case 'option-added':
      return 'new option in this edition';
    case 'option-removed':
      return 'no longer in the pack';
    case 'option-renamed':
      return `renamed from ${change.from} to ${change.to}`;
    case 'status':
      return `status changed from ${label('status', String(change.from)).toLowerCase()} to ${label('status', String(change.to)).toLowerCase()}`;
    case 'score':
      return scoreWords(change);
    case 'position':
      return change.from === change.to
        ? `${change.what}'s position restated, still ${stance(change.to)}`
        : `${change.what}'s position changed from ${stance(change.from)} to ${stance(change.to)}`;
    case 'provision-added':
      return `provision added: ${plain(change.what)}`;
    case 'provision-removed':
      return `provision removed: ${plain(change.what)}`;
    case 'event-added':
      return `event added, ${formatDate(String(change.to), lang)}: ${plain(change.what)}`;
    case 'event-removed':
      return `event removed, ${formatDate(String(change.from), lang)}: ${plain(change.what)}`;
    case 'revised':
      return `text revised: ${(change.fields ?? []).map((f) => FIELD_WORDS[f]).join(', ')}`;
    case 'source-added':
      return `now cited: ${change.what}`;
    case 'source-removed':
      return `no longer cited: ${change.what}`;
  }
}

/** A change in the brief's words: `Dixon plan` / `score for Legal basis raised from 2 to 3: …`. */
export function describeChange(change: Change, lang = 'en-GB'): ChangeWords {
  const subject = change.option?.title ?? (change.kind.startsWith('source') ? 'Sources' : 'Key events');
  return { subject, says: says(change, lang) };
}

/** A change as one line of plain text, for the terminal. */
export function changeLine(change: Change, lang = 'en-GB'): string {
  const { subject, says: text } = describeChange(change, lang);
  return `${subject}: ${text}`;
}
