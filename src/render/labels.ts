import { EN, type MessageKey } from '../i18n/messages-en.js';
import type { Translator } from '../i18n/translator.js';
import type { OPTION_KINDS, OPTION_STATUSES, STANCES } from '../schema/option.js';

/** The groups of enum values with reader-facing words, keyed `<group>.<value>` in the catalogue. */
type EnumKey =
  | `kind.${(typeof OPTION_KINDS)[number]}`
  | `status.${(typeof OPTION_STATUSES)[number]}`
  | `stance.${(typeof STANCES)[number]}`;

// A value added to a schema enum without words in the English catalogue is a type error here.
const EVERY_VALUE_HAS_WORDS: Record<EnumKey, string> = EN;
void EVERY_VALUE_HAS_WORDS;

/**
 * The reader-facing words for an enum value in the brief's language:
 * `label(t, "status", "in-force")` is "In force"; templates call it as
 * `{{display "status" status}}`. A value with no words is printed as it is.
 */
export function label(i18n: Pick<Translator, 't'>, group: string, value: string): string {
  const key = `${group}.${value}`;
  return Object.hasOwn(EN, key) ? i18n.t(key as MessageKey) : value;
}
