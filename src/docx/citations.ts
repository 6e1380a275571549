import { InternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import { STYLE } from './styles.js';

/** A bookmark name Word accepts (letters, digits, underscores; at most 40 characters): `src_3`, or `h2_src_3` in a joined file. */
export const sourceBookmark = (prefix: string, n: number) => `${prefix}src_${n}`;

/**
 * `[3, 5]` as the PDF prints it, in the citation style, each number a link
 * to its entry in the sources list (its bookmark). Numbers are the brief's
 * own, from the render; an id the brief never numbered is kept as the
 * missing list so the build can say so.
 */
export function citationRuns(numbers: readonly number[], prefix: string): ParagraphChild[] {
  if (numbers.length === 0) return [];
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const style = STYLE.citation;
  return [
    new TextRun({ text: '[', style }),
    ...sorted.flatMap((n, i) => [
      ...(i > 0 ? [new TextRun({ text: ', ', style })] : []),
      new InternalHyperlink({ anchor: sourceBookmark(prefix, n), children: [new TextRun({ text: String(n), style })] }),
    ]),
    new TextRun({ text: ']', style }),
  ];
}
