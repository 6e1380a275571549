import { ImageRun, Paragraph, AlignmentType } from 'docx';
import type { BriefModel } from '../model/brief-model.js';
import { timelineSvg } from '../render/figures/timeline-svg.js';
import type { Block } from './markdown.js';
import { STYLE } from './styles.js';
import type { Translator } from '../i18n/translator.js';

/** Said where the figure would be when no browser could draw it. */
const MISSING = 'The timeline figure is in the PDF and HTML briefs: no browser was at hand to draw it for this file.';

/** Draws an SVG as a PNG `width` CSS pixels wide at `scale` pixels each: the build's browser. */
export type Rasterise = (svg: string, width: number, scale: number) => Promise<Uint8Array>;

export interface Figure {
  blocks: Block[];
  /** Why the figure is missing, when it is. */
  missing?: string;
}

/** The SVG's drawing size from its viewBox. */
function viewBox(svg: string): { width: number; height: number } {
  const [, , width, height] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 680 200').split(/\s+/).map(Number);
  return { width: width || 680, height: height || 200 };
}

/** About 300 dpi when the figure spans the text width. */
const SCALE = 3;

/**
 * The timeline as Word takes a vector figure: the SVG, with a PNG of it
 * for readers that cannot draw SVG (Word requires one), `textWidth` pixels
 * wide at 96 per inch. Without a browser to draw the PNG, a note says where
 * the figure is.
 */
export async function timelineFigure(model: BriefModel, i18n: Translator, textWidth: number, rasterise?: Rasterise): Promise<Figure> {
  const drawn = timelineSvg(model.options, model.pack.key_events, i18n);
  const size = viewBox(drawn);
  // A size of its own: Word and LibreOffice draw an SVG without one at a default size.
  const svg = drawn.replace('width="100%"', `width="${size.width}" height="${size.height}"`);
  const missing = (reason: string): Figure => ({ blocks: [new Paragraph({ style: STYLE.note, text: MISSING })], missing: reason });
  if (!rasterise) return missing('no browser');
  let png: Uint8Array;
  try {
    png = await rasterise(svg, size.width, SCALE);
  } catch (error) {
    return missing(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  const width = Math.min(textWidth, size.width);
  const height = Math.round((size.height * width) / size.width);
  const title = i18n.t('timeline.heading');
  const altText = { name: 'timeline', title, description: /aria-label="([^"]*)"/.exec(svg)?.[1] ?? title };
  return {
    blocks: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        children: [new ImageRun({ type: 'svg', data: new TextEncoder().encode(svg), fallback: { type: 'png', data: png }, transformation: { width, height }, altText })],
      }),
    ],
  };
}
