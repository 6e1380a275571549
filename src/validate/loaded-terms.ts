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
 * One pattern that any of the rules would match: most strings use no loaded
 * term, and one pass over each rules them out, where a pass per rule would
 * read a pack of 1,000 options a dozen times.
 */
const anyOf = (rules: readonly LoadedTermRule[]) =>
  new RegExp(rules.map((r) => `(?:${r.pattern.source})`).join('|'), rules.some((r) => r.pattern.flags.includes('u')) ? 'iu' : 'i');
const combined = new WeakMap<readonly LoadedTermRule[], RegExp>();

/** Every loaded term used in the own voice of any text field, with where it stands. */
export function findLoadedTerms(value: unknown, rules: readonly LoadedTermRule[] = LOADED_TERMS): LoadedTerm[] {
  let any = combined.get(rules);
  if (!any) combined.set(rules, (any = anyOf(rules)));
  return walkStrings(value).flatMap(({ path, text }) => {
    if (!any.test(text)) return [];
    const own = ownVoice(text);
    return rules.flatMap(({ pattern, instead }) => {
      const match = pattern.exec(own);
      return match ? [{ path, term: match[0], instead }] : [];
    });
  });
}
