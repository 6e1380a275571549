import { basename, dirname } from 'node:path';
import type { Problem } from '../core/errors.js';
import { createTranslator, messagesFor } from '../i18n/translator.js';
import { briefOutputPath, briefPath, type Output } from '../core/output-paths.js';
import type { RenderedBrief } from '../render/render-briefs.js';
import type { TemplateSet } from '../templates/template-set.js';
import { analystBody } from './analyst.js';
import { handoutBody } from './handout.js';
import { editionMark } from './edition.js';
import { lookOf } from './look.js';
import type { Block } from './markdown.js';
import { ministerBody } from './minister.js';
import { furniture, pageGeometry } from './page.js';
import { referenceStyles, type ReferenceStyles } from './reference-doc.js';
import { timelineFigure, type Figure, type Rasterise } from './timeline-figure.js';
import { wordScript } from './script.js';
import { writeDocx } from './write-docx.js';
import { briefWriter, type BriefWriter } from './writer.js';

export type { Rasterise };

export interface DocxOptions {
  /** The output folder. */
  out: string;
  /** Draws the timeline's PNG: the build's browser. Without it the figure is left out, with a note and a warning. */
  rasterise?: Rasterise;
}

/** Which of the built-in briefs a set's Word file follows: the set's own name or a base's, else the full analyst brief. */
export type DocxLayout = 'analyst' | 'minister' | 'handout';

export function docxLayout(set: TemplateSet): DocxLayout {
  if (set.config.per_option) return 'handout';
  const chain = [set.name, ...set.styles.map((s) => basename(dirname(s.path)))];
  if (chain.includes('minister')) return 'minister';
  if (chain.includes('handout')) return 'handout';
  return 'analyst';
}

const PX_PER_TWIP = 1 / 15;

/** A brief's words as its HTML has them: the pack's own, then its set's for the language, then the catalogue's. */
const translator = ({ model, set }: RenderedBrief) =>
  createTranslator(model.pack.lang, [...(model.pack.messages ? [model.pack.messages] : []), ...messagesFor(set.config.messages, model.pack.lang)]);

/** What each set needs once: its look, its page, its reference styles. */
async function setParts(set: TemplateSet) {
  return { look: lookOf(set.styles), page: pageGeometry(set), reference: await referenceStyles(set) };
}
type SetParts = Awaited<ReturnType<typeof setParts>> & { reference?: ReferenceStyles };

/**
 * The Word stage: every brief as an editable .docx built from its model
 * (not from its HTML), beside the HTML and PDF, and for sets with one brief
 * per option, one file of them all as well (`handouts.docx`), each option in
 * a section of its own.
 */
export async function docxBriefs(briefs: readonly RenderedBrief[], options: DocxOptions): Promise<{ outputs: Output[]; warnings: Problem[] }> {
  const sets = new Map<TemplateSet, SetParts>();
  for (const { set } of briefs) if (!sets.has(set)) sets.set(set, await setParts(set));
  const warnings: Problem[] = [];
  const figures = new Map<RenderedBrief, Figure>();
  for (const brief of briefs) {
    if (docxLayout(brief.set) !== 'analyst') continue;
    const figure = await timelineFigure(brief.model, translator(brief), Math.round(sets.get(brief.set)!.page.textWidth * PX_PER_TWIP), options.rasterise);
    figures.set(brief, figure);
    if (figure.missing && !warnings.some((w) => w.message.includes('timeline'))) {
      warnings.push({ file: brief.pack.yaml.file, message: `the Word files have no timeline figure (${figure.missing}); it is in the PDF and HTML briefs`, severity: 'warning' });
    }
  }

  const body = (brief: RenderedBrief, w: BriefWriter): Block[] => {
    const layout = docxLayout(brief.set);
    if (layout === 'minister') return ministerBody(w);
    if (layout === 'handout') return handoutBody(w);
    return analystBody(w, figures.get(brief)!);
  };
  const file = async (first: RenderedBrief, parts: { brief: RenderedBrief; prefix: string }[]) => {
    const { page, reference } = sets.get(first.set)!;
    const script = wordScript(first.model.pack.lang);
    const look = { ...sets.get(first.set)!.look, ...(script.cs ? { cs: script.cs } : {}) };
    const writers = parts.map(({ brief, prefix }) => briefWriter(brief.model, brief.library, translator(brief), look, page.textWidth, prefix, brief.citationStyle));
    const sections = parts.map(({ brief }, i) => body(brief, writers[i]!));
    const { pack } = first.model;
    const edition = editionMark(pack, translator(first));
    return writeDocx({
      sections,
      // The PDF's first page has no running header either: the cover or the masthead says it.
      cover: docxLayout(first.set) !== 'handout',
      furniture: furniture(look, translator(first), pack.title, pack.classification, edition, page.textWidth),
      edition,
      page,
      look,
      lang: pack.lang,
      script,
      metadata: parts.length === 1 ? first.metadata : { ...first.metadata, title: pack.title },
      reference,
    });
  };

  const outputs: Output[] = [];
  // A per-option set's whole brief is written as its options' briefs joined, each numbering its sources on its own as its page does.
  for (const brief of briefs) {
    if (brief.option === undefined && brief.set.config.per_option) continue;
    outputs.push({ path: briefOutputPath(options.out, brief, 'docx'), data: await file(brief, [{ brief, prefix: '' }]) });
  }
  for (const group of optionGroups(briefs)) {
    outputs.push({
      path: briefPath(options.out, group[0]!.pack.id, group[0]!.set.config.output, 'docx'),
      data: await file(group[0]!, group.map((brief, i) => ({ brief, prefix: `o${i + 1}_` }))),
    });
  }
  return { outputs, warnings: dedupe(warnings) };
}

/** The one-option briefs of each pack and set, to join in one file. */
function optionGroups(briefs: readonly RenderedBrief[]): RenderedBrief[][] {
  const groups = new Map<string, RenderedBrief[]>();
  for (const brief of briefs) {
    if (brief.option === undefined) continue;
    const key = `${brief.pack.id}\u0000${brief.audience}`;
    groups.set(key, [...(groups.get(key) ?? []), brief]);
  }
  return [...groups.values()];
}

const dedupe = (problems: Problem[]) => problems.filter((p, i) => problems.findIndex((q) => q.message === p.message) === i);
