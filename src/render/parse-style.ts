import { ident, parse, walk, type CssLocation } from 'css-tree';
import { problem, type Problem } from '../core/errors.js';
import type { TemplateFile } from '../templates/template-set.js';

/** A CSS name as the browser reads it: escapes decoded, case folded (`\\69 MPORT` is `import`). */
const cssName = (name: string) => ident.decode(name).toLowerCase();

export const at = (loc: CssLocation | undefined) => ({ line: loc?.start.line ?? 1, column: loc?.start.column ?? 1 });

/** What a style sheet refers to and what is wrong in it as written; a watch session keeps it while the text is the same. */
export interface ParsedStyle {
  refs: { value: string; loc?: CssLocation; as: (uri: string) => string }[];
  problems: Problem[];
}

export function parseStyle(style: TemplateFile): ParsedStyle {
  const problems: Problem[] = [];
  const ast = parse(style.source, {
    positions: true,
    onParseError: (error) => {
      const { line, column } = error as unknown as { line?: number; column?: number };
      problems.push(problem(style.file, `CSS that cannot be parsed (${error.message.replace(/\.$/, '')}): fix it, as a browser might read a request in it`, { line, column }));
    },
  });
  const refs: ParsedStyle['refs'] = [];
  walk(ast, (node) => {
    if (node.type === 'Atrule' && cssName(node.name) === 'import') problems.push(problem(style.file, '@import is not allowed: put the rules in style.css', at(node.loc)));
    else if (node.type === 'Url') refs.push({ value: node.value, loc: node.loc, as: (uri) => `url("${uri}")` });
    else if (node.type === 'Function' && cssName(node.name) === 'src') problems.push(problem(style.file, 'src() is not allowed: use url() with a file in the template set', at(node.loc)));
    else if (node.type === 'Function' && cssName(node.name).endsWith('image-set')) {
      node.children.forEach((child) => void (child.type === 'String' && refs.push({ value: child.value, loc: child.loc, as: (uri) => `"${uri}"` })));
    }
  });
  return { refs, problems };
}
