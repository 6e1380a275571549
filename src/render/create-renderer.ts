import Handlebars from 'handlebars';
import type { BriefModel } from '../model/brief-model.js';
import { sourceView } from '../model/build-model.js';
import type { Source } from '../validate/schemas/source.js';
import { CitationOrder } from './citation-order.js';
import { createMarkdown } from './create-markdown.js';
import { enforcePolicy } from '../brief-policy.js';
import { registerHelpers, type RenderData } from './helpers.js';
import { inlineCss } from './inline-css.js';
import { pageCss } from './page-css.js';
import { templateError } from './template-error.js';
import type { TemplateFile, TemplateSet } from './template-set.js';

export interface RenderContext {
  /** Every source of the project, by id. */
  sources: ReadonlyMap<string, Source>;
  /** Each source's entry in the citation style, formatted once per build. */
  formatted: (id: string) => string;
  /** A relative image path as a `data:` URI, when it can be inlined. */
  images: (href: string) => string | undefined;
}

/** Renders a brief to self-contained HTML. */
export type RenderBrief = (model: BriefModel, context: RenderContext) => string;

type Compiled = (context: unknown, options?: Handlebars.RuntimeOptions) => string;

/** Compiles eagerly, so syntax errors surface now, and names the file in any error at render time. */
function compile(hb: typeof Handlebars, template: TemplateFile): Compiled {
  let compiled: HandlebarsTemplateDelegate;
  try {
    compiled = hb.compile(hb.parse(template.source), { strict: true, preventIndent: true });
  } catch (error) {
    throw templateError(error, template.file, template.source);
  }
  return (context, options) => {
    try {
      return compiled(context, options);
    } catch (error) {
      throw templateError(error, template.file, template.source);
    }
  };
}

/**
 * A renderer for one template set, with its own Handlebars instance: helpers
 * and partials never touch global state, so sets and tests cannot leak into
 * each other. Each brief is rendered twice: once to learn the order in which
 * it cites its sources, then with the sources list numbered in that order.
 */
export async function createRenderer(set: TemplateSet): Promise<RenderBrief> {
  const hb = Handlebars.create();
  registerHelpers(hb);
  for (const [name, file] of set.partials) hb.registerPartial(name, compile(hb, file) as unknown as Handlebars.Template);
  const layout = compile(hb, set.layout);
  const css = pageCss(set) + (await Promise.all(set.styles.map(inlineCss))).join('\n');
  return (model, context) => {
    const order = new CitationOrder();
    const cite = (id: string) => order.number(id);
    const data: RenderData & { css: string; audience: string } = {
      markdown: createMarkdown({ citationNumber: cite, imageDataUri: context.images }),
      cite,
      lang: model.pack.lang,
      css,
      audience: set.name,
    };
    layout(model, { data });
    const sources = order.ids.map((id, i) => sourceView(context.sources.get(id)!, i + 1, context.formatted(id)));
    const citations = Object.fromEntries(order.ids.map((id, i) => [id, i + 1]));
    return enforcePolicy(layout({ ...model, sources, citations }, { data }));
  };
}
