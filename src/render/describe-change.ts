import type { Translator } from '../i18n/translator.js';
import type { Change } from '../model/compare-editions.js';
import { formatDate } from './format-date.js';
import { label } from './labels.js';

/** A change in words: what it is in (an option's title, "Sources") and what it says. */
export interface ChangeWords {
  subject: string;
  says: string;
}

/** Claim text as a reader sees it in a list of changes: citations dropped, kept short. */
function plain(text: string | undefined): string {
  const flat = (text ?? '').replace(/\s*\[@[^\]]*\]/g, '').replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 139).trimEnd()}…` : flat;
}

function scoreWords(change: Change, i18n: Translator): string {
  const { from, to } = change;
  const values = { criterion: change.what, from, to };
  const why = change.rationale && to !== null ? `: ${change.rationale}` : '';
  if (from === null) return i18n.t('change.score-new', values) + why;
  if (to === null) return i18n.t('change.score-gone', values);
  if (from === to) return i18n.t('change.score-same', values) + why;
  return i18n.t(Number(to) > Number(from) ? 'change.score-raised' : 'change.score-lowered', values) + why;
}

function says(change: Change, i18n: Translator): string {
  const word = (group: string, value: Change['from']) => label(i18n, group, String(value)).toLowerCase();
  const date = (value: Change['from']) => formatDate(String(value), i18n.lang);
  switch (change.kind) {
    case 'option-added':
    case 'option-removed':
      return i18n.t(`change.${change.kind}`);
    case 'option-renamed':
      return i18n.t('change.option-renamed', { from: change.from, to: change.to });
    case 'status':
      return i18n.t('change.status', { from: word('status', change.from), to: word('status', change.to) });
    case 'score':
      return scoreWords(change, i18n);
    case 'position':
      return i18n.t(change.from === change.to ? 'change.position-restated' : 'change.position', { party: change.what, from: word('stance', change.from), to: word('stance', change.to) });
    case 'provision-added':
    case 'provision-removed':
      return i18n.t(`change.${change.kind}`, { text: plain(change.what) });
    case 'event-added':
      return i18n.t('change.event-added', { date: date(change.to), text: plain(change.what) });
    case 'event-removed':
      return i18n.t('change.event-removed', { date: date(change.from), text: plain(change.what) });
    case 'revised':
      return i18n.t('change.revised', { fields: (change.fields ?? []).map((f) => i18n.t(`change.field.${f}`)).join(i18n.t('separator.names')) });
    case 'source-added':
    case 'source-removed':
      return i18n.t(`change.${change.kind}`, { title: change.what });
  }
}

/** A change in the brief's words: `Dixon plan` / `score for Legal basis raised from 2 to 3: …`. */
export function describeChange(change: Change, i18n: Translator): ChangeWords {
  const subject = change.option?.title ?? i18n.t(change.kind.startsWith('source') ? 'changes.sources' : 'changes.key-events');
  return { subject, says: says(change, i18n) };
}

/** A change as one line of plain text, for the terminal. */
export function changeLine(change: Change, i18n: Translator): string {
  const { subject, says: text } = describeChange(change, i18n);
  return `${subject}: ${text}`;
}
