import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The end-to-end tests drive the built CLI, so build it from the current sources first, as `npm run build` does. */
export default function setup(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(import.meta.dirname, '..', 'tsconfig.build.json')], { stdio: 'inherit' });
  execFileSync(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'precompile-templates.mjs')], { stdio: 'inherit' });
}
