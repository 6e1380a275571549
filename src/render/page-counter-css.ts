import type { MessageKey } from '../i18n/messages-en.js';
import type { Translator } from '../i18n/translator.js';
import { cssString } from './css-string.js';

/** The CSS counter style that writes numbers as the language's own `Intl` digits do; `decimal` is left unsaid. */
const COUNTER_STYLES: Readonly<Record<string, string>> = { arab: 'arabic-indic', arabext: 'persian', deva: 'devanagari', beng: 'bengali' };

function counterStyle(lang: string): string | undefined {
  try {
    return COUNTER_STYLES[new Intl.NumberFormat(lang).resolvedOptions().numberingSystem];
  } catch {
    return undefined;
  }
}

/**
 * A message with `{page}` and `{pages}` as the value of CSS `content` in a
 * page margin box: `"Page " counter(page) " of " counter(pages)`.
 */
export function pageCounterCss(i18n: Translator, key: MessageKey): string {
  const style = counterStyle(i18n.lang);
  const counter = (name: string) => `counter(${name}${style ? `, ${style}` : ''})`;
  return i18n
    .t(key)
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? counter('page') : part === '{pages}' ? counter('pages') : cssString(part)))
    .join(' ');
}
