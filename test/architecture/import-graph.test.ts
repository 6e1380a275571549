import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/fixtures.js';

const SRC = join(REPO, 'src');

/**
 * The layers of src/, lowest first: a file may import from its own layer or a
 * lower one, never a higher. The stages run in pipeline order; above them sit
 * the files that wire them together, then the preview, the commands and the CLI.
 */
const LAYERS: string[][] = [
  ['core', 'types', 'i18n'],
  ['load'],
  ['schema'],
  ['templates'],
  ['validate'],
  ['model'],
  ['render'],
  ['docx'],
  ['print'],
  ['write'],
  ['report'],
  ['.'], // build.ts and the other files that wire the stages together
  ['watch', 'serve'],
  ['commands'],
  ['cli.ts', 'bin.ts', 'index.ts'],
];

function layerOf(file: string): number {
  const rel = relative(SRC, file);
  const top = rel.includes('/') ? rel.split('/')[0]! : rel;
  const index = LAYERS.findIndex((names) => names.includes(top));
  return index >= 0 ? index : LAYERS.findIndex((names) => names.includes('.'));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every relative import of a file, static, re-exported or dynamic, type-only included. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]!);
  return specs.map((spec) => resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
}

const graph = new Map(sourceFiles(SRC).map((file) => [file, importsOf(file)]));
const name = (file: string) => relative(REPO, file);

describe('the import graph of src/', () => {
  it('finds the imports it checks', () => {
    expect(graph.size).toBeGreaterThan(80);
    expect(graph.get(join(SRC, 'build.ts'))).toContain(join(SRC, 'render', 'render-briefs.ts'));
    // A dynamic import counts too.
    expect(graph.get(join(SRC, 'make-outputs.ts'))).toContain(join(SRC, 'print', 'print-briefs.ts'));
  });

  it('resolves every relative import to a file', () => {
    const missing = [...graph].flatMap(([file, targets]) => targets.filter((t) => !graph.has(t) && !t.endsWith('.d.ts')).map((t) => `${name(file)} -> ${name(t)}`));
    expect(missing).toEqual([]);
  });

  it('has no import from an earlier stage to a later one', () => {
    const backward = [...graph].flatMap(([file, targets]) =>
      targets.filter((t) => layerOf(t) > layerOf(file)).map((t) => `${name(file)} -> ${name(t)}`),
    );
    expect(backward).toEqual([]);
  });

  it('has no cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') return void cycles.push([...path.slice(path.indexOf(file)), file].map(name).join(' -> '));
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
