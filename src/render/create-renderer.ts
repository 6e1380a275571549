import Handlebars from 'handlebars';
import type { BriefModel } from '../model/brief-model.js';
import { createMarkdown } from './create-markdown.js';
import { registerHelpers, type RenderData } from './helpers.js';
import { inlineCss } from './inline-css.js';
import { pageCss } from './page-css.js';
import { templateError } from './template-error.js';
import type { TemplateFile, TemplateSet } from './template-set.js';

export type RenderBrief = (model: BriefModel, images: (href: string) => string | undefined) => string;

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
 * each other.
 */
export async function createRenderer(set: TemplateSet): Promise<RenderBrief> {
  const hb = Handlebars.create();
  registerHelpers(hb);
  for (const [name, file] of set.partials) hb.registerPartial(name, compile(hb, file) as unknown as Handlebars.Template);
  const layout = compile(hb, set.layout);
  const css = pageCss(set) + (await Promise.all(set.styles.map(inlineCss))).join('\n');
  return (model, images) => {
    const data: RenderData & { css: string; audience: string } = {
      markdown: createMarkdown({ citationNumber: (id) => model.citations[id], imageDataUri: images }),
      citations: model.citations,
      lang: model.pack.lang,
      css,
      audience: set.name,
    };
    return layout(model, { data });
  };
}
