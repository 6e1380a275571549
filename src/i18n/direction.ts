/** The direction a language is written in: `dir` on the document, and which side page furniture sits on. */
export type Direction = 'ltr' | 'rtl';

const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

interface TextInfoLocale {
  textInfo?: { direction?: string };
  getTextInfo?: () => { direction?: string };
}

/**
 * `rtl` for Arabic, Urdu, Persian, Hebrew and the other right-to-left
 * languages, from CLDR through `Intl.Locale` where the runtime has it (Node 20
 * as a getter, later ones as a method), from the script subtag or a list
 * otherwise; `ltr` for the rest and for tags it cannot read.
 */
export function directionOf(lang: string): Direction {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(lang);
  } catch {
    return 'ltr';
  }
  const info = locale as unknown as TextInfoLocale;
  const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
  if (direction === 'rtl' || direction === 'ltr') return direction;
  if (locale.script) return RTL_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}
