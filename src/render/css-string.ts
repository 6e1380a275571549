/** Text as a CSS string, safe inside a <style> element: for `content:` in @page margin boxes. */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r]/g, ' ').replace(/</g, '\\3C ')}"`;
}
