/**
 * Characters that must not reach a terminal from user data: C0 and C1
 * controls (ESC starts the sequences that recolour, retitle or rewrite a
 * terminal), DEL, line and paragraph separators, and the bidirectional
 * embeddings, overrides and isolates that reorder what follows them on the
 * line. Zero-width joiners and the like are left alone: they change no
 * order and Urdu, Arabic and Hindi titles need them.
 */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text from user files as it may be printed on a terminal: every unsafe character written as `\uXXXX`. */
export const forTerminal = (text: string) => text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
