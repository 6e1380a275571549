import type { FieldPath } from '../load/locate.js';
import { walkStrings } from './walk-strings.js';

export interface LoadedTermRule {
  pattern: RegExp;
  instead: string;
}

/**
 * Words that take a side in any dispute when written in the brief's own
 * voice. Quoted and attributed, they are a party's words and pass; unquoted,
 * they are flagged. A project adds the terms of its own dispute in
 * options/terms.yaml (see `projectTerms`).
 */
export const LOADED_TERMS: LoadedTermRule[] = [
  { pattern: /\b(?:illegally[- ])?occupied\b|\boccupation\b|\boccupying\b/i, instead: 'administered or controlled by, naming who holds it, or an attributed quotation' },
  { pattern: /\binvasion\b|\binvaded\b/i, instead: 'a neutral description of the military action, or an attributed quotation' },
  { pattern: /\bannex(?:ed|ation)\b/i, instead: 'a neutral description of who took control and how, or an attributed quotation' },
  { pattern: /\bliberat(?:ed|ion|ing)\b/i, instead: 'a neutral description of who took control, or an attributed quotation' },
  { pattern: /\bmartyr(?:s|ed|dom)?\b/i, instead: 'killed, or an attributed quotation' },
  { pattern: /\bfalse[- ]flag\b/i, instead: 'a neutral description of what happened, attributed' },
  { pattern: /\bso-called\b/i, instead: 'the name, or a quotation attributed to whoever doubts it' },
  { pattern: /\b(?:sham|puppet)\b/i, instead: 'a neutral description, or an attributed quotation' },
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A project's own terms as rules: each matched as whole words. */
export function projectTerms(terms: readonly { term: string; instead: string; match_case: boolean }[]): LoadedTermRule[] {
  return terms.map(({ term, instead, match_case }) => ({
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term).replace(/[ -]/g, '[- ]')}(?![\\p{L}\\p{N}])`, match_case ? 'u' : 'iu'),
    instead,
  }));
}

export interface LoadedTerm {
  path: FieldPath;
  term: string;
  instead: string;
}

/** Text outside quotation marks ("...", “...”): what the brief says in its own voice. */
const ownVoice = (text: string) => text.replace(/"[^"]*"|“[^”]*”/g, (quoted) => ' '.repeat(quoted.length));

/**
 * Found once per parsed file and set of rules: `file` is what the data was
 * read from (a watch session keeps an unchanged file's), so a rebuild after
 * one save reads only that file's text again.
 */
const found = new WeakMap<object, { rules: string; terms: LoadedTerm[] }>();
const signature = (rules: readonly LoadedTermRule[]) => rules.map((r) => `${r.pattern.flags}/${r.pattern.source}\u0000${r.instead}`).join('\n');

/** Every loaded term used in the own voice of any text field, with where it stands. */
export function findLoadedTerms(value: unknown, rules: readonly LoadedTermRule[] = LOADED_TERMS, file?: object): LoadedTerm[] {
  if (!file) return scan(value, rules);
  const key = signature(rules);
  const known = found.get(file);
  if (known?.rules === key) return known.terms;
  const terms = scan(value, rules);
  found.set(file, { rules: key, terms });
  return terms;
}

// One regular expression per rule: a single alternation of them all is ten times slower, as no literal leads it.
// A rule that matches none of the file's text as written cannot match its own voice (quotations only become spaces,
// at least two, next to a quotation mark that is no letter either): only the rules that match the whole are tried on each field.
function scan(value: unknown, rules: readonly LoadedTermRule[]): LoadedTerm[] {
  const strings = walkStrings(value);
  const whole = strings.map(({ text }) => text).join('\n');
  const live = rules.filter(({ pattern }) => pattern.test(whole));
  if (live.length === 0) return [];
  return strings.flatMap(({ path, text }) => {
    const own = ownVoice(text);
    return live.flatMap(({ pattern, instead }) => {
      const match = pattern.exec(own);
      return match ? [{ path, term: match[0], instead }] : [];
    });
  });
}
