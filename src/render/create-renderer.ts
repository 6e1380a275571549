import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type HandlebarsModule from 'handlebars';
import { sourceView } from '../model/build-model.js';
import { InputError } from '../core/errors.js';
import { didYouMean } from '../core/did-you-mean.js';
import { LAYOUT } from '../core/layout.js';
import { DEFAULT_CITATION_STYLE } from '../load/citation-style.js';
import { checkMessageKeys } from './check-message-keys.js';
import { COMPILE_OPTIONS } from './compile-options.js';
import { CitationOrder } from './citation-order.js';
import { createMarkdown } from './create-markdown.js';
import { enforcePolicy } from '../core/brief-policy.js';
import { createTranslator, messagesFor, type Translator } from '../i18n/translator.js';
import { registerHelpers, type CitationScope, type RenderData } from './helpers.js';
import { inlineCss } from './inline-css.js';
import { withTemplateImages } from './template-images.js';
import { typeset } from './typeset.js';
import { pageCss } from './page-css.js';
import { scriptFontCss } from './script-fonts.js';
import { cached, type RenderCache } from './render-cache.js';
import type { RenderBrief } from './renderer.js';
import type { BriefModel } from '../model/brief-model.js';

export type { RenderBrief, RenderContext } from './renderer.js';

// Required rather than imported: Node lexes a CommonJS package imported from ESM, which costs more than loading it.
const Handlebars = createRequire(import.meta.url)('handlebars') as typeof HandlebarsModule;
import { templateError } from './template-error.js';
import type { TemplateFile, TemplateSet } from '../templates/template-set.js';

type Compiled = (context: unknown, options?: HandlebarsModule.RuntimeOptions) => string;

/**
 * Compiled template code by template text. The code Handlebars makes from a
 * template depends on its text and the options alone, not on the instance's
 * helpers or partials, so the sets of one build share it: a part of `base`
 * is compiled once, not once for each set that uses it.
 */
export type CompiledTemplates = Map<string, TemplateSpecification>;

interface HandlebarsCompilers {
  Compiler: new () => { compile(ast: hbs.AST.Program, options: object): unknown };
  JavaScriptCompiler: new () => { compile(environment: unknown, options: object, context: undefined, asObject: true): TemplateSpecification };
}

/** The template's code, from `shared` or compiled now (as `Handlebars.compile` does on first use) and kept there. */
function templateCode(hb: typeof Handlebars, ast: hbs.AST.Program, source: string, shared: CompiledTemplates): TemplateSpecification {
  let code = shared.get(source);
  if (!code) {
    const { Compiler, JavaScriptCompiler } = hb as unknown as HandlebarsCompilers;
    code = new JavaScriptCompiler().compile(new Compiler().compile(ast, COMPILE_OPTIONS), COMPILE_OPTIONS, undefined, true);
    shared.set(source, code);
  }
  return code;
}

/** The built-in templates' code, by the SHA-256 of their text, compiled when the package was built; none when run from the sources. */
async function precompiledTemplates(): Promise<ReadonlyMap<string, TemplateSpecification>> {
  const written = new URL('./precompiled-templates.js', import.meta.url).href;
  return ((await import(written).catch(() => undefined)) as { PRECOMPILED?: Map<string, TemplateSpecification> } | undefined)?.PRECOMPILED ?? new Map();
}

/** Runs a template's code, made on first use, naming its file in any error. */
function runner(hb: typeof Handlebars, template: TemplateFile, code: () => TemplateSpecification): Compiled {
  let compiled: HandlebarsTemplateDelegate | undefined;
  return (context, options) => {
    try {
      compiled ??= hb.template(code());
      return compiled(context, options);
    } catch (error) {
      throw templateError(error, template.file, template.source);
    }
  };
}

/**
 * A built-in template, unchanged, runs the code the package was built with.
 * Any other is parsed eagerly, so syntax errors and unknown message keys
 * surface now, and compiled on first use.
 */
function compile(hb: typeof Handlebars, template: TemplateFile, shared: CompiledTemplates, precompiled: ReadonlyMap<string, TemplateSpecification>): Compiled {
  const built = precompiled.get(createHash('sha256').update(template.source).digest('hex'));
  if (built) return runner(hb, template, () => built);
  let ast: hbs.AST.Program;
  try {
    ast = hb.parse(template.source);
  } catch (error) {
    throw templateError(error, template.file, template.source);
  }
  const unknownKeys = checkMessageKeys(ast, template.file);
  if (unknownKeys.length > 0) throw new InputError(unknownKeys);
  return runner(hb, template, () => templateCode(hb, ast, template.source, shared));
}

/** What a set renders from: its name, CSS as inlined, and every template's file and text. */
function fingerprint(set: TemplateSet, css: string): string {
  const templates = [set.layout, ...set.partials.values()].map((t) => [t.path, t.source]);
  return createHash('sha256')
    .update(JSON.stringify([set.name, [...set.partials.keys()], templates, set.config.messages ?? null]))
    .update(css)
    .digest('hex');
}

/**
 * A renderer for one template set, with its own Handlebars instance: helpers
 * and partials never touch global state, so sets and tests cannot leak into
 * each other. A brief's sources are numbered in the order it first cites
 * them: a template that prints its sources list after its last citation is
 * rendered once, one that reads the list earlier (a count in its summary) is
 * rendered again with the list as the first pass numbered it.
 * Given a cache, a set whose files have not changed is not compiled again.
 */
export async function createRenderer(set: TemplateSet, cache?: RenderCache, shared: CompiledTemplates = new Map()): Promise<RenderBrief> {
  const css = (await Promise.all(set.styles.map((style) => inlineCss(style, cache)))).join('\n');
  // Images inlined first, so an image changed while watching makes a new renderer.
  const inlined = withTemplateImages(set);
  return cached(cache, cache?.renderers, cache ? fingerprint(inlined, pageCss(inlined) + css) : '', async () => compileSet(inlined, css, shared, await precompiledTemplates()));
}

/** The page with the fonts of the scripts its text uses, last in its head so they win; unchanged when it needs none. */
function withScriptFonts(html: string, lang: string): string {
  const css = scriptFontCss(html, lang);
  if (!css) return html;
  const at = html.search(/<\/head>/i);
  return at < 0 ? `<style>${css}</style>\n${html}` : `${html.slice(0, at)}<style>\n${css}\n</style>\n${html.slice(at)}`;
}

/** `css` is the set's style sheets; each brief gets them after the `@page` rule of its direction; `shared`, the build's compiled templates. */
function compileSet(set: TemplateSet, css: string, shared: CompiledTemplates, precompiled: ReadonlyMap<string, TemplateSpecification>): RenderBrief {
  const pageRules = { ltr: pageCss(set, 'ltr') + css, rtl: pageCss(set, 'rtl') + css };
  const hb = Handlebars.create();
  registerHelpers(hb);
  for (const [name, file] of set.partials) hb.registerPartial(name, compile(hb, file, shared, precompiled) as unknown as HandlebarsModule.Template);
  const layout = compile(hb, set.layout, shared, precompiled);
  // One translator per language and pack words: a build renders many briefs in few languages.
  const translators = new Map<string, Translator>();
  const translatorFor = (lang: string, own: BriefModel['pack']['messages']) => {
    const key = JSON.stringify([lang, own]);
    let i18n = translators.get(key);
    if (!i18n) translators.set(key, (i18n = createTranslator(lang, [...(own ? [own] : []), ...messagesFor(set.config.messages, lang)])));
    return i18n;
  };
  return (model, context, style = DEFAULT_CITATION_STYLE) => {
    const i18n = translatorFor(model.pack.lang, model.pack.messages);
    const scope = (): CitationScope => {
      const order = new CitationOrder();
      const cite = (id: string) => {
        if (!context.sources.has(id)) throw new Error(`no source "${id}" in ${LAYOUT.sources}${didYouMean(id, context.sources.keys())}`);
        return order.number(id);
      };
      const markdown = createMarkdown({ citationNumber: cite, imageDataUri: context.images }, context.texts);
      return { markdown, cite, sources: () => order.ids.map((id, i) => sourceView(context.sources.get(id)!, i + 1, context.formatted(id, model.pack.lang, style))) };
    };
    const whole = scope();
    const data: RenderData & { css: string; audience: string } = { markdown: whole.markdown, cite: whole.cite, scope, lang: model.pack.lang, dir: i18n.dir, i18n, css: pageRules[i18n.dir], audience: set.name };
    const numberedNow = () => numberedBy(model, whole.sources());
    const first = withLateSources(model, numberedNow);
    const firstHtml = layout(first.model, { data });
    const numbered = numberedNow();
    // The first pass stands when the sources list was read only once every citation had been made: a second would print the same.
    const html = first.readEarly(numbered.sources.length) ? layout(numbered, { data }) : firstHtml;
    return { html: enforcePolicy(typeset(withScriptFonts(html, i18n.lang))), model: numbered };
  };
}

/** The model with its sources numbered as cited: the list and each id's number. */
function numberedBy(model: BriefModel, sources: BriefModel['sources']): BriefModel {
  return { ...model, sources, citations: Object.fromEntries(sources.map((s) => [s.id, s.number])) };
}

/**
 * The model for the first pass, whose `sources` and `citations` are numbered
 * as cited so far when the template reads them, each read noting how many
 * sources had been cited then. A template that reads them only after its last
 * citation (a sources list at the end) has printed what a second pass would.
 */
function withLateSources(model: BriefModel, numberedNow: () => BriefModel): { model: BriefModel; readEarly(cited: number): boolean } {
  const reads: number[] = [];
  const read = <K extends 'sources' | 'citations'>(key: K) => {
    const now = numberedNow();
    reads.push(now.sources.length);
    return now[key];
  };
  const first = { ...model };
  Object.defineProperties(first, {
    sources: { enumerable: true, get: () => read('sources') },
    citations: { enumerable: true, get: () => read('citations') },
  });
  return { model: first, readEarly: (cited) => reads.some((n) => n !== cited) };
}
