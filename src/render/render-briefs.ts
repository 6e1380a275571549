import { join } from 'node:path';
import { LAYOUT } from '../core/layout.js';
import type { BriefModel } from '../model/brief-model.js';
import type { Source } from '../schema/source.js';
import type { PlannedBrief } from '../model/plan-briefs.js';
import type { TemplateSet } from '../templates/template-set.js';
import type { Project } from '../validate/project.js';
import { createRenderer, type CompiledTemplates } from './create-renderer.js';
import type { ConvertedText, MarkdownMemo } from './create-markdown.js';
import type { CitationStyle } from '../load/citation-style.js';
import { citationStyleText, formatBibliography } from './format-bibliography.js';
import { projectImages } from './project-images.js';
import { cached, pruneRenderCache, type RenderCache } from './render-cache.js';
import type { RenderBrief, RenderContext } from './renderer.js';

export interface RenderedBrief extends PlannedBrief {
  /** The brief as self-contained HTML. */
  html: string;
  /** The model with its sources numbered in the order this brief cites them: what every other format prints from. */
  model: BriefModel;
  /** The project's sources by id: for a format that numbers a part on its own, as a handout page does. */
  library: ReadonlyMap<string, Source>;
}

export interface RenderOptions {
  /** Kept by a watch session: what did not change is not compiled or formatted again. */
  cache?: RenderCache;
  /**
   * Told of each brief as soon as it is rendered, so that the print stage can
   * start on it while the others render: between briefs the render gives way
   * to the event loop, for the browser's messages to be read.
   */
  onRendered?: (brief: RenderedBrief) => void;
}

async function compileSets(briefs: readonly PlannedBrief[], cache?: RenderCache): Promise<Map<TemplateSet, RenderBrief>> {
  const renderers = new Map<TemplateSet, RenderBrief>();
  // The parts every set takes from `base` are compiled once for them all.
  const compiled: CompiledTemplates = new Map();
  for (const { set } of briefs) if (!renderers.has(set)) renderers.set(set, await createRenderer(set, cache, compiled));
  return renderers;
}

/** What every brief of the build renders with: the project's sources, each formatted once, and its images. */
function renderContext(project: Project, cache?: RenderCache): RenderContext {
  const sources = new Map([...project.sources].map(([id, entry]) => [id, entry.data]));
  const entries = new Map<string, Map<string, string>>();
  // An entry does not depend on the brief (its number is the list's), only on its style and language: one citeproc run for each serves them all.
  const formatAll = (lang: string, style: CitationStyle) => {
    const ids = [...sources.keys()];
    return new Map(formatBibliography([...sources.values()], lang, style).map((html, i) => [ids[i]!, html]));
  };
  return {
    sources,
    formatted: (id, lang, style) => {
      const key = JSON.stringify([lang, style]);
      let formatted = entries.get(key);
      // A watch session keeps them while neither the sources nor the style's file change.
      if (!formatted) entries.set(key, (formatted = cached(cache, cache?.bibliographies, cache ? JSON.stringify([lang, citationStyleText(style), ...sources]) : '', () => formatAll(lang, style))));
      return formatted.get(id) ?? '';
    },
    images: projectImages(join(project.root, LAYOUT.options)),
    texts: markdownMemo(cache),
  };
}

/** Converted Markdown shared by the briefs of the build; a watch session's cache keeps what its last build used. */
function markdownMemo(cache?: RenderCache): MarkdownMemo {
  const texts = cache?.markdown ?? new Map<string, ConvertedText>();
  return {
    get: (key) => {
      cache?.used.add(key);
      return texts.get(key);
    },
    set: (key, value) => {
      cache?.used.add(key);
      texts.set(key, value);
    },
  };
}

/** The render stage: each template set compiled once, then every brief rendered to self-contained HTML. */
export async function renderBriefs(project: Project, briefs: readonly PlannedBrief[], options: RenderOptions = {}): Promise<RenderedBrief[]> {
  const renderers = await compileSets(briefs, options.cache);
  const context = renderContext(project, options.cache);
  const rendered: RenderedBrief[] = [];
  for (const brief of briefs) {
    const done = { ...brief, ...renderers.get(brief.set)!(brief.model, context, brief.citationStyle), library: context.sources };
    rendered.push(done);
    if (options.onRendered) {
      options.onRendered(done);
      await new Promise(setImmediate);
    }
  }
  if (options.cache) pruneRenderCache(options.cache);
  return rendered;
}
