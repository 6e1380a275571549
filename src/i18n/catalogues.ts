import { AR } from './messages-ar.js';
import { EN, type Catalogue } from './messages-en.js';
import { FR } from './messages-fr.js';
import { HI } from './messages-hi.js';
import { UR } from './messages-ur.js';

/** The catalogues shipped with the tool, by primary language subtag. */
const BUILT_IN: Readonly<Record<string, Catalogue>> = { en: EN, fr: FR, ar: AR, ur: UR, hi: HI };

/** The languages the tool speaks itself; any other falls back to English. */
export const BUILT_IN_LANGUAGES = Object.keys(BUILT_IN);

/** `fr-FR` as the tags to look it up by, most specific first: `fr-fr`, `fr`. */
export function lookupTags(lang: string): string[] {
  const parts = lang.toLowerCase().split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

/** The shipped catalogue for a language: its own, or English. */
export function builtInCatalogue(lang: string): Catalogue {
  for (const tag of lookupTags(lang)) {
    const catalogue = BUILT_IN[tag];
    if (catalogue) return catalogue;
  }
  return EN;
}
