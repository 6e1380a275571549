import type { MessageKey } from '../i18n/messages-en.js';
import type { Translator } from '../i18n/translator.js';
import type { Change } from '../model/compare-editions.js';
import { formatDate } from './format-date.js';
import { label } from './labels.js';

/** A change in words: what it is in (an option's title, "Sources") and what it says. */
export interface ChangeWords {
  subject: string;
  says: string;
}

/** A change's words in the brief's language, from the catalogue's `change.*` keys, with `{name}` filled in. */
type ChangeKey = Extract<MessageKey, `change.${string}`>;
const sayer = (i18n: Translator) => (key: ChangeKey, values: Readonly<Record<string, unknown>> = {}) => i18n.t(key, values);

/** Claim text as a reader sees it in a list of changes: citations dropped, kept short. */
function plain(text: string | undefined): string {
  const flat = (text ?? '').replace(/\s*\[@[^\]]*\]/g, '').replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 139).trimEnd()}…` : flat;
}

function scoreWords(change: Change, i18n: Translator): string {
  const say = sayer(i18n);
  const { from, to } = change;
  const values = { criterion: change.what, from, to };
  const why = change.rationale && to !== null ? `: ${change.rationale}` : '';
  if (from === null) return say('change.score-new', values) + why;
  if (to === null) return say('change.score-gone', values);
  if (from === to) return say('change.score-same', values) + why;
  return say(Number(to) > Number(from) ? 'change.score-raised' : 'change.score-lowered', values) + why;
}

function says(change: Change, i18n: Translator): string {
  const say = sayer(i18n);
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
      return say('change.revised', { fields: (change.fields ?? []).map((f) => say(`change.field.${f}` as ChangeKey)).join(i18n.t('separator.names')) });
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
