/** What a brief may load and run: inline styles, and fonts and images inlined as data; nothing else. */
export const BRIEF_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

const META = `<meta http-equiv="Content-Security-Policy" content="${BRIEF_POLICY}">`;

/**
 * Puts the brief's Content-Security-Policy first in its head, whatever the
 * template wrote: opened in a browser, the HTML can neither run script nor
 * load anything. A template's own, stricter policy still applies as well.
 */
export function enforcePolicy(html: string): string {
  if (/<head\b[^>]*>/i.test(html)) return html.replace(/<head\b[^>]*>/i, (head) => `${head}\n${META}`);
  if (/<!doctype[^>]*>/i.test(html)) return html.replace(/<!doctype[^>]*>/i, (doctype) => `${doctype}\n${META}`);
  return `${META}\n${html}`;
}
