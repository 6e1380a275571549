#!/usr/bin/env node
// Run by `npm run build` after tsc: compiles the built-in templates (templates/**/*.hbs) with the
// options the renderer uses and writes their code, by the SHA-256 of each template's text, to
// dist/render/precompiled-templates.js. The renderer takes a template's code from there when its
// text is the same, and so neither parses nor compiles the built-in sets at each build; any other
// text (a user's set, an edited copy) is compiled as before.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const Handlebars = createRequire(import.meta.url)('handlebars');
const { COMPILE_OPTIONS } = await import(join(ROOT, 'dist', 'render', 'compile-options.js'));
const { checkMessageKeys } = await import(join(ROOT, 'dist', 'render', 'check-message-keys.js'));

const files = readdirSync(join(ROOT, 'templates'), { recursive: true }).map(String).filter((f) => f.endsWith('.hbs')).sort();
const entries = new Map();
for (const file of files) {
  const source = readFileSync(join(ROOT, 'templates', file), 'utf8');
  // A template the renderer would refuse is left for it to refuse, with its message.
  if (checkMessageKeys(Handlebars.parse(source), file).length > 0) continue;
  entries.set(createHash('sha256').update(source).digest('hex'), Handlebars.precompile(source, COMPILE_OPTIONS));
}
const body = [...entries].map(([hash, code]) => `  [${JSON.stringify(hash)}, ${code}],`).join('\n');
writeFileSync(
  join(ROOT, 'dist', 'render', 'precompiled-templates.js'),
  `// Written by scripts/precompile-templates.mjs: the built-in templates' compiled code by the SHA-256 of their text.\nexport const PRECOMPILED = new Map([\n${body}\n]);\n`,
);
