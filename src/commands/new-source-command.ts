import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { EXIT, InputError, problem } from '../core/errors.js';
import { LAYOUT, shownPath } from '../core/layout.js';
import type { Io } from '../report/io.js';
import { Id } from '../schema/common.js';
import { SOURCE_KINDS } from '../schema/source.js';
import { todo } from '../validate/placeholders.js';

const REGISTRY_HEAD = `# yaml-language-server: $schema=../schema/sources.schema.json
# The source registry: every source once. Options and packs cite them by id,
# as sources: [id] on a claim or inline in Markdown as [@id].
sources: []
`;

/** `brief new source <id>`: adds an entry to the registry (creating it if need be), its title a placeholder unless given. */
export async function newSourceCommand(root: string, id: string, flags: { title?: string; url?: string }, io: Io): Promise<number> {
  if (!Id.safeParse(id).success) throw new InputError([problem('brief new source', `"${id}" is not a valid id: use lower-case letters, digits and hyphens, e.g. un-s1791`)]);
  const path = join(root, LAYOUT.sources);
  const shown = shownPath(path);
  const doc = parseDocument(existsSync(path) ? await readFile(path, 'utf8') : REGISTRY_HEAD);
  const list = doc.get('sources');
  if (doc.errors.length > 0 || !isSeq(list)) throw new InputError([problem(shown, 'cannot add to it: it is not a valid registry with a sources: list; run brief validate')]);
  if (list.items.some((item) => isMap(item) && item.get('id') === id)) throw new InputError([problem(shown, `already has a source "${id}": choose another id, or edit it`)]);
  const entry: Record<string, string> = {
    id,
    title: flags.title ?? todo('the title as published'),
    author: todo('who wrote or issued it; or delete this line'),
    date: todo('YYYY, YYYY-MM or YYYY-MM-DD'),
    kind: 'other',
  };
  if (flags.url) Object.assign(entry, { url: flags.url, accessed: new Date().toISOString().slice(0, 10) });
  const node = doc.createNode(entry);
  node.commentBefore = ` kind: ${SOURCE_KINDS.join(', ')}`;
  list.flow = false;
  list.items.push(node);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, doc.toString({ flowCollectionPadding: false }));
  io.out(`added "${id}" to ${shown}`);
  io.out(`Next: fill in its entry and replace every TODO; cite it as sources: [${id}] on a claim, or [@${id}] in Markdown.`);
  return EXIT.ok;
}
