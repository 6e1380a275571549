import type { FieldPath } from '../load/locate.js';
import { walkStrings } from './walk-strings.js';

/**
 * Words that take a side when written in the brief's own voice. Quoted and
 * attributed, they are a party's words and pass; unquoted, they are flagged.
 */
export const LOADED_TERMS: { pattern: RegExp; instead: string }[] = [
  { pattern: /\b(?:Indian|Pakistan)[- ]occupied\b/i, instead: 'Indian-administered or Pakistan-administered' },
  { pattern: /\bIIOJK\b|\bIOK\b/, instead: 'Indian-administered Kashmir' },
  { pattern: /\bPoK\b|\bPOK\b|\bPoJK\b/, instead: 'Pakistan-administered Kashmir, or Azad Jammu and Kashmir' },
  { pattern: /\bfalse[- ]flag\b/i, instead: 'a neutral description of what happened, attributed' },
  { pattern: /\bso-called\b/i, instead: 'the name, or a quotation attributed to whoever doubts it' },
  { pattern: /\b(?:sham|puppet)\b/i, instead: 'a neutral description, or an attributed quotation' },
];

export interface LoadedTerm {
  path: FieldPath;
  term: string;
  instead: string;
}

/** Text outside quotation marks ("...", “...”): what the brief says in its own voice. */
const ownVoice = (text: string) => text.replace(/"[^"]*"|“[^”]*”/g, (quoted) => ' '.repeat(quoted.length));

/** Every loaded term used in the own voice of any text field, with where it stands. */
export function findLoadedTerms(value: unknown): LoadedTerm[] {
  return walkStrings(value).flatMap(({ path, text }) => {
    const own = ownVoice(text);
    return LOADED_TERMS.flatMap(({ pattern, instead }) => {
      const match = pattern.exec(own);
      return match ? [{ path, term: match[0], instead }] : [];
    });
  });
}
