/** What a brief may load and run: inline styles, and fonts and images inlined as data; nothing else. */
export const BRIEF_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

const META = `<meta http-equiv="Content-Security-Policy" content="${BRIEF_POLICY}">`;

/** A refresh moves the page elsewhere, which no policy can forbid: it is removed. */
const META_REFRESH = /<meta\b[^>]*http-equiv\s*=\s*["']?refresh\b[^>]*>/gi;

/**
 * Puts the brief's Content-Security-Policy first in its head, whatever the
 * template wrote, and removes any meta refresh: opened in a browser or printed,
 * the HTML can neither run script, load anything nor go elsewhere. A
 * template's own, stricter policy still applies as well. Used by the render
 * stage on every brief, and by the print stage again on whatever it prints.
 */
export function enforcePolicy(page: string): string {
  const html = page.replace(META_REFRESH, '');
  if (/<head\b[^>]*>/i.test(html)) return html.replace(/<head\b[^>]*>/i, (head) => `${head}\n${META}`);
  if (/<!doctype[^>]*>/i.test(html)) return html.replace(/<!doctype[^>]*>/i, (doctype) => `${doctype}\n${META}`);
  return `${META}\n${html}`;
}
