import { z } from 'zod';
import { MESSAGE_KEYS, type Messages } from '../i18n/messages-en.js';

/** A language tag such as `en`, `en-GB`, `ur` or `ur-Arab-PK`. */
export const LanguageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or en-GB');

/**
 * Words of the tool's own a pack or template set puts in place of the
 * catalogue's: `messages: {option.pros: "Case for"}`. Only known keys; white
 * space is kept, as a separator such as `"; "` needs it.
 */
export const MessagesSchema = z
  .strictObject(Object.fromEntries(MESSAGE_KEYS.map((key) => [key, z.string().min(1, 'must not be empty').optional()])))
  .describe('Words the tool prints, replacing the built-in catalogue; keys as in src/i18n/messages-en.ts') as unknown as z.ZodType<Messages>;
