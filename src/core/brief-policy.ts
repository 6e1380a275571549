import { defaultTreeAdapter as tree, parse, serialize, type DefaultTreeAdapterMap } from 'parse5';

/** What a brief may load and run: inline styles, and fonts and images inlined as data; nothing else. */
export const BRIEF_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

const HEAD_START = `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${BRIEF_POLICY}">`;

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Document = DefaultTreeAdapterMap['document'];

const isElement = (node: Node, name: string): node is Element => tree.isElementNode(node) && node.tagName === name;
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const childrenOf = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : []);

/** Every node under `node`, in document order, without building an array per level (a brief of 1,000 options has half a million). */
function* descendants(node: Node): Generator<Node> {
  for (const child of childrenOf(node)) {
    yield child;
    yield* descendants(child);
  }
}

/** A meta that moves the page elsewhere (which no policy can forbid), or a charset, which the tool declares itself. */
const isRemoved = (node: Node): node is Element =>
  isElement(node, 'meta') && (/refresh/i.test(attr(node, 'http-equiv') ?? '') || attr(node, 'charset') !== undefined);

/** What may stand before the tool's head content: the doctype, comments, white space, and the html and head start tags. */
const mayPrecede = (node: Node) =>
  tree.isDocumentTypeNode(node) || tree.isCommentNode(node) || isElement(node, 'html') || isElement(node, 'head') || (tree.isTextNode(node) && !node.value.trim());

/**
 * Where every `<meta` of the page's text starts. A meta element can only come
 * from these five letters (the tokenizer lower-cases ASCII alone, and a
 * character reference never makes a tag), so a page none of whose matches is
 * unaccounted for has no meta elsewhere. A match in a comment or an attribute
 * is not an element: it only sends the page down the slow path.
 */
const metaOffsets = (page: string) => [...page.matchAll(/<meta/gi)].map((m) => m.index);

/**
 * The page's prefix up to its first `<body`: a browser's parser is online, so
 * every tag completed in the prefix is the same element, at the same offset,
 * as in the whole page. A brief's body is megabytes of content the head check
 * need not parse.
 */
const headPart = (page: string) => {
  const body = page.search(/<body/i);
  return body < 0 ? page : page.slice(0, body);
};

/**
 * The edits that put the tool's head first and take out every refresh and
 * charset, made to the text as written; undefined when the page cannot be
 * edited in place (something but the doctype, comments and the html and head
 * tags precedes the head), or, for a prefix, when a `<meta` of the whole page
 * is not an element parsed in full within it.
 */
function editsInPlace(page: string, parsed: string, document: Document) {
  const html = document.childNodes.find((n): n is Element => isElement(n, 'html'));
  const head = html?.childNodes.find((n): n is Element => isElement(n, 'head'));
  const at = head?.sourceCodeLocation?.startTag?.endOffset ?? html?.sourceCodeLocation?.startTag?.endOffset;
  if (at === undefined) return undefined;
  const removed: Element[] = [];
  const metas = new Set<number>();
  for (const node of descendants(document)) {
    const from = node.sourceCodeLocation?.startOffset;
    if (!mayPrecede(node) && (from ?? Infinity) < at) return undefined;
    if (isElement(node, 'meta') && node.sourceCodeLocation) metas.add(node.sourceCodeLocation.startOffset);
    if (isRemoved(node)) {
      if (!node.sourceCodeLocation) return undefined;
      removed.push(node);
    }
  }
  const isPrefix = parsed.length < page.length;
  if (isPrefix && !metaOffsets(page).every((offset) => metas.has(offset))) return undefined;
  return [
    ...removed.map((n) => ({ from: n.sourceCodeLocation!.startOffset, to: n.sourceCodeLocation!.endOffset, text: '' })),
    { from: at, to: at, text: `\n${HEAD_START}` },
  ].sort((a, b) => b.from - a.from);
}

const parseLocated = (text: string) => parse(text, { scriptingEnabled: false, sourceCodeLocationInfo: true });

/**
 * The brief's head is the tool's: the page is parsed as a browser parses it
 * (with scripting off, as it is printed, so `<noscript>` content counts),
 * every meta refresh is removed wherever it stands, and the charset and the
 * Content-Security-Policy become the head's first children, before anything
 * the template wrote. A look-alike `<head>` in a comment is a comment; when
 * anything but the doctype, comments and the html and head tags comes before
 * the head (a script before `<head>`), the page is written out again from its
 * parsed tree, so that the policy still comes first. Opened or printed, the
 * HTML can neither run script, load anything nor go elsewhere; a template's
 * own, stricter policy still applies as well. Used by the render stage on
 * every brief, and by the print stage again on whatever it prints.
 *
 * Only the part before `<body` is parsed when that settles it (see
 * `editsInPlace`); any doubt parses the whole page.
 */
export function enforcePolicy(page: string): string {
  const lean = withoutInlinedData(page);
  const prefix = headPart(lean.text);
  const quick = editsInPlace(lean.text, prefix, parseLocated(prefix));
  let edits = quick?.map((e) => ({ ...e, from: lean.original(e.from), to: lean.original(e.to) }));
  let document: Document | undefined;
  if (!edits) edits = editsInPlace(page, page, (document = parseLocated(page)));
  if (edits) return edits.reduce((text, e) => text.slice(0, e.from) + e.text + text.slice(e.to), page);
  return rewritten(document ?? parseLocated(page));
}

/**
 * The page with each long base64 run of an inlined file (a brief's fonts are
 * most of its head) cut to one letter, and the way back to the page's own
 * offsets. The parser reads such a run letter by letter, and it holds no
 * character that could open or close markup (no <, >, quote, = or -), so the
 * cut page parses to the same elements at the mapped offsets.
 */
function withoutInlinedData(page: string): { text: string; original: (offset: number) => number } {
  const cuts: { at: number; removed: number }[] = [];
  let removed = 0;
  const text = page.replace(/(;base64,)[A-Za-z0-9+/]{64,}/g, (run, lead: string, offset: number) => {
    // In the cut text, everything after the kept letter lies `removed` characters earlier than in the page.
    const at = offset - removed + lead.length + 1;
    removed += run.length - lead.length - 1;
    cuts.push({ at, removed });
    return `${lead}A`;
  });
  const original = (offset: number) => {
    let delta = 0;
    for (const cut of cuts) {
      if (cut.at > offset) break;
      delta = cut.removed;
    }
    return offset + delta;
  };
  return { text, original };
}

/** The page written out again from its parsed tree, without its refreshes and charsets, the tool's head first. */
function rewritten(document: Document): string {
  const html = document.childNodes.find((n): n is Element => isElement(n, 'html'))!;
  const head = html.childNodes.find((n): n is Element => isElement(n, 'head'))!;
  for (const node of [...descendants(document)].filter(isRemoved)) tree.detachNode(node);
  const meta = parse(`<head>${HEAD_START}</head>`).childNodes[0] as Element;
  const ours = (meta.childNodes[0] as Element).childNodes.filter((n) => tree.isElementNode(n));
  for (const node of ours.reverse()) {
    if (head.childNodes[0]) tree.insertBefore(head, node, head.childNodes[0]);
    else tree.appendChild(head, node);
  }
  return serialize(document, { scriptingEnabled: false });
}
