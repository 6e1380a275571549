import { didYouMean } from '../core/did-you-mean.js';
import { builtInCatalogue, lookupTags } from './catalogues.js';
import { directionOf, type Direction } from './direction.js';
import { EN, type MessageKey, type Messages } from './messages-en.js';

/** Everything a brief says in its own language: words, numbers and direction. */
export interface Translator {
  lang: string;
  dir: Direction;
  /** The message `key`, with `{name}` filled from `values` (numbers written as the language writes them). */
  t(key: MessageKey, values?: Readonly<Record<string, unknown>>): string;
  /** A whole number in the language's digits, without grouping: years and counts alike. */
  number(value: number): string;
}

/** Overrides keyed by language tag, as a template set's `messages:` gives them. */
export type MessagesByLanguage = Readonly<Record<string, Messages>>;

/** The overrides that apply to `lang`: the most specific tag first (`fr-CA` before `fr`). */
export function messagesFor(byLanguage: MessagesByLanguage | undefined, lang: string): Messages[] {
  if (!byLanguage) return [];
  const lower = new Map(Object.entries(byLanguage).map(([tag, messages]) => [tag.toLowerCase(), messages]));
  return lookupTags(lang).flatMap((tag) => lower.get(tag) ?? []);
}

const isKey = (key: string): key is MessageKey => Object.hasOwn(EN, key);

/** An error a template's `{{t "..."}}` gives for a key no catalogue has. */
export function unknownMessage(key: string): Error {
  return new Error(`no message "${key}"${didYouMean(key, Object.keys(EN))}: the keys are listed in src/i18n/messages-en.ts`);
}

/**
 * A translator for `lang`: each key from the first of `overrides` that has it
 * (a pack's own words, then its template set's), then the shipped catalogue
 * of the language, then English.
 */
export function createTranslator(lang: string, overrides: readonly Messages[] = []): Translator {
  const catalogue = builtInCatalogue(lang);
  let digits: Intl.NumberFormat;
  try {
    digits = new Intl.NumberFormat(lang, { useGrouping: false });
  } catch {
    digits = new Intl.NumberFormat('en', { useGrouping: false });
  }
  const number = (value: number) => digits.format(value);
  return {
    lang,
    dir: directionOf(lang),
    number,
    t(key, values = {}) {
      if (!isKey(key)) throw unknownMessage(key);
      const message = overrides.find((o) => o[key] !== undefined)?.[key] ?? catalogue[key] ?? EN[key];
      return message.replace(/\{([a-z]+)\}/g, (whole, name: string) => {
        const value = values[name];
        if (value === undefined || value === null) return whole;
        return typeof value === 'number' ? number(value) : String(value);
      });
    },
  };
}
