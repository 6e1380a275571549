/** The anchor id of source number `n` in the sources list. */
export const sourceAnchor = (n: number) => `source-${n}`;

/** `[3, 5]` with each number linked to its entry in the sources list. */
export function citationHtml(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  const links = [...new Set(numbers)]
    .sort((a, b) => a - b)
    .map((n) => `<a href="#${sourceAnchor(n)}">${n}</a>`)
    .join(', ');
  return `<span class="cite">[${links}]</span>`;
}
