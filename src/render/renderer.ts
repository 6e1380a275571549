import type { CitationStyle } from '../load/citation-style.js';
import type { BriefModel } from '../model/brief-model.js';
import type { Source } from '../schema/source.js';
import type { MarkdownMemo } from './create-markdown.js';

export interface RenderContext {
  /** Every source of the project, by id. */
  sources: ReadonlyMap<string, Source>;
  /** Each source's entry in a citation style and the CSL locale of `lang`, formatted once per build, style and language. */
  formatted: (id: string, lang: string, style: CitationStyle) => string;
  /** A relative image path as a `data:` URI, when it can be inlined. */
  images: (href: string) => string | undefined;
  /** Markdown texts as converted for any brief of the build (or, watching, of an earlier build). */
  texts: MarkdownMemo;
}

/** Renders a brief to self-contained HTML, and gives the model with its sources numbered as the brief cites them. */
export type RenderBrief = (model: BriefModel, context: RenderContext, style?: CitationStyle) => { html: string; model: BriefModel };
