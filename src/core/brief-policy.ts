import { defaultTreeAdapter as tree, parse, serialize, type DefaultTreeAdapterMap } from 'parse5';

/** What a brief may load and run: inline styles, and fonts and images inlined as data; nothing else. */
export const BRIEF_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

const HEAD_START = `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${BRIEF_POLICY}">`;

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Parent = DefaultTreeAdapterMap['parentNode'];

const isElement = (node: Node, name: string): node is Element => tree.isElementNode(node) && node.tagName === name;
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const childrenOf = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : []);
const descendants = (node: Node): Node[] => childrenOf(node).flatMap((child) => [child, ...descendants(child)]);

/** A meta that moves the page elsewhere (which no policy can forbid), or a charset, which the tool declares itself. */
const isRemoved = (node: Node): node is Element =>
  isElement(node, 'meta') && (/refresh/i.test(attr(node, 'http-equiv') ?? '') || attr(node, 'charset') !== undefined);

/** What may stand before the tool's head content: the doctype, comments, white space, and the html and head start tags. */
const mayPrecede = (node: Node) =>
  tree.isDocumentTypeNode(node) || tree.isCommentNode(node) || isElement(node, 'html') || isElement(node, 'head') || (tree.isTextNode(node) && !node.value.trim());

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
 */
export function enforcePolicy(page: string): string {
  const document = parse(page, { scriptingEnabled: false, sourceCodeLocationInfo: true });
  const html = document.childNodes.find((n): n is Element => isElement(n, 'html'))!;
  const head = html.childNodes.find((n): n is Element => isElement(n, 'head'))!;
  const all = descendants(document);
  const removed = all.filter(isRemoved);
  const at = head.sourceCodeLocation?.startTag?.endOffset ?? html.sourceCodeLocation?.startTag?.endOffset;
  const clean = at !== undefined && all.every((n) => mayPrecede(n) || (n.sourceCodeLocation?.startOffset ?? Infinity) >= at);
  if (!clean || removed.some((n) => !n.sourceCodeLocation)) {
    for (const node of removed) tree.detachNode(node);
    const meta = parse(`<head>${HEAD_START}</head>`).childNodes[0] as Element;
    const ours = (meta.childNodes[0] as Element).childNodes.filter((n) => tree.isElementNode(n));
    for (const node of ours.reverse()) {
      if (head.childNodes[0]) tree.insertBefore(head, node, head.childNodes[0]);
      else tree.appendChild(head, node);
    }
    return serialize(document, { scriptingEnabled: false });
  }
  // Spliced into the text as written, from the end, so earlier offsets stay true.
  const edits = [
    ...removed.map((n) => ({ from: n.sourceCodeLocation!.startOffset, to: n.sourceCodeLocation!.endOffset, text: '' })),
    { from: at, to: at, text: `\n${HEAD_START}` },
  ].sort((a, b) => b.from - a.from);
  return edits.reduce((text, e) => text.slice(0, e.from) + e.text + text.slice(e.to), page);
}
