import type { Translator } from '../i18n/translator.js';
import type { Change } from '../model/compare-editions.js';
import { formatDate } from './format-date.js';
import { label } from './labels.js';

/** A change in words: what it is in (an option's title, "Sources") and what it says. */
export interface ChangeWords {
  subject: string;
  says: string;
}

/**
 * The words of each change, in English only for now: the headings around
 * them come from the message catalogue, and statuses and stances are the
 * catalogue's own words.
 */
const WORDS = {
  'change.option-added': 'new option in this edition',
  'change.option-removed': 'no longer in the pack',
  'change.option-renamed': 'renamed from {from} to {to}',
  'change.status': 'status changed from {from} to {to}',
  'change.score-new': 'now scored {to} for {criterion}',
  'change.score-gone': 'no longer scored for {criterion} (was {from})',
  'change.score-same': 'rationale for {criterion} revised, score still {to}',
  'change.score-raised': 'score for {criterion} raised from {from} to {to}',
  'change.score-lowered': 'score for {criterion} lowered from {from} to {to}',
  'change.position': "{party}'s position changed from {from} to {to}",
  'change.position-restated': "{party}'s position restated, still {to}",
  'change.provision-added': 'provision added: {text}',
  'change.provision-removed': 'provision removed: {text}',
  'change.event-added': 'event added, {date}: {text}',
  'change.event-removed': 'event removed, {date}: {text}',
  'change.revised': 'text revised: {fields}',
  'change.source-added': 'now cited: {title}',
  'change.source-removed': 'no longer cited: {title}',
  'change.field.title': 'title',
  'change.field.short_title': 'short title',
  'change.field.kind': 'kind',
  'change.field.period': 'period',
  'change.field.proposed_by': 'proposed by',
  'change.field.summary': 'summary',
  'change.field.pros': 'arguments for',
  'change.field.cons': 'arguments against',
  'change.field.disagreements': 'where accounts differ',
  'change.field.outcome': 'outcome',
  'change.field.status_note': 'where it stands now',
} as const;
type WordKey = keyof typeof WORDS;

/** A change's words with `{name}` filled in. */
const say = (key: WordKey, values: Readonly<Record<string, unknown>> = {}) =>
  WORDS[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

/** Claim text as a reader sees it in a list of changes: citations dropped, kept short. */
function plain(text: string | undefined): string {
  const flat = (text ?? '').replace(/\s*\[@[^\]]*\]/g, '').replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 139).trimEnd()}…` : flat;
}

function scoreWords(change: Change, i18n: Translator): string {
  const { from, to } = change;
  const values = { criterion: change.what, from, to };
  const why = change.rationale && to !== null ? `: ${change.rationale}` : '';
  if (from === null) return say('change.score-new', values) + why;
  if (to === null) return say('change.score-gone', values);
  if (from === to) return say('change.score-same', values) + why;
  return say(Number(to) > Number(from) ? 'change.score-raised' : 'change.score-lowered', values) + why;
}

function says(change: Change, i18n: Translator): string {
  const word = (group: string, value: Change['from']) => label(i18n, group, String(value)).toLowerCase();
  const date = (value: Change['from']) => formatDate(String(value), i18n.lang);
  switch (change.kind) {
    case 'option-added':
    case 'option-removed':
      return say(`change.${change.kind}`);
    case 'option-renamed':
      return say('change.option-renamed', { from: change.from, to: change.to });
    case 'status':
      return say('change.status', { from: word('status', change.from), to: word('status', change.to) });
    case 'score':
      return scoreWords(change, i18n);
    case 'position':
      return say(change.from === change.to ? 'change.position-restated' : 'change.position', { party: change.what, from: word('stance', change.from), to: word('stance', change.to) });
    case 'provision-added':
    case 'provision-removed':
      return say(`change.${change.kind}`, { text: plain(change.what) });
    case 'event-added':
      return say('change.event-added', { date: date(change.to), text: plain(change.what) });
    case 'event-removed':
      return say('change.event-removed', { date: date(change.from), text: plain(change.what) });
    case 'revised':
      return say('change.revised', { fields: (change.fields ?? []).map((f) => say(`change.field.${f}`)).join(i18n.t('separator.names')) });
    case 'source-added':
    case 'source-removed':
      return say(`change.${change.kind}`, { title: change.what });
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
