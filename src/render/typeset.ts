/**
 * Typesetting a publication expects, done once on a brief's finished HTML:
 * typewriter quotes made typographic (“ ” ‘ ’) in the text, never in tags,
 * attributes or styles; and each citation marker bound to the word before it
 * with a no-break space, so that "[3]" never starts a line alone.
 */
export function typeset(html: string): string {
  let inRaw = false;
  let before = ' ';
  // One pass over tags and the text between them; a brief of 1,000 options is a million such parts, never held at once.
  return html
    .replace(/<[^>]*>|[^<]+|</g, (part) => {
      if (part.length > 1 && part.startsWith('<')) {
        if (/^<(style|script)\b/i.test(part)) inRaw = true;
        else if (/^<\/(style|script)>/i.test(part)) inRaw = false;
        // A quote at the start of a block opens, whatever the block before ended with.
        if (!/^<\/?(a|em|strong|b|i|span|abbr|q|sup|sub|small|mark|cite|code)\b/i.test(part)) before = ' ';
        return part;
      }
      if (inRaw) return part;
      const curled = QUOTE.test(part) ? curl(part, before) : part;
      before = lastCharacter(part);
      return curled;
    })
    .replace(/[ \t\n]+(<span class="cite">)/g, '\u00a0$1');
}

const QUOTE = /&quot;|&#x27;|&#39;|["']/;

/** The last character a reader sees of a text: a character reference counts as one letter. */
const lastCharacter = (text: string) => (text.endsWith(';') && /&[#\w]+;$/.test(text) ? 'x' : text.at(-1)!);

/** Opening after a space or an opening bracket or dash; closing otherwise (and always for an apostrophe inside a word). */
function curl(text: string, before: string): string {
  return text.replace(/&quot;|&#x27;|&#39;|["']/g, (quote, offset: number) => {
    const prev = offset === 0 ? before : text[offset - 1]!;
    const opening = /[\s([{\u2014\u2013\u00a0\u201c\u2018-]/.test(prev);
    const double = quote === '"' || quote === '&quot;';
    if (double) return opening ? '\u201c' : '\u201d';
    return opening ? '\u2018' : '\u2019';
  });
}
