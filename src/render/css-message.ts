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
 * A message as the value of CSS `content` in a page margin box, `{page}` and
 * `{pages}` as counters: `"Page " counter(page) " of " counter(pages)`.
 */
export function cssMessage(i18n: Translator, key: MessageKey, values: Readonly<Record<string, unknown>> = {}): string {
  const style = counterStyle(i18n.lang);
  const counter = (name: string) => `counter(${name}${style ? `, ${style}` : ''})`;
  const { page: _page, pages: _pages, ...rest } = values;
  return i18n
    .t(key, rest)
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? counter('page') : part === '{pages}' ? counter('pages') : cssString(part)))
    .join(' ');
}
