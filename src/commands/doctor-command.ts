import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { EnvironmentError, EXIT, hasErrors, InputError, tally } from '../core/errors.js';
import { shownPath } from '../core/layout.js';
import { findBrowser } from '../print/find-browser.js';
import { createPrinter } from '../print/printer.js';
import { green, red } from '../report/colour.js';
import type { Io } from '../report/io.js';
import { createRenderer } from '../render/create-renderer.js';
import { audienceNames, loadTemplateSet } from '../templates/load-template-set.js';
import { listTemplateSets, templateDirs } from '../templates/template-set.js';
import { checkProject } from '../check-project.js';
import { count } from '../core/count.js';

const run = promisify(execFile);

interface Check {
  ok: boolean;
  line: string;
  /** Whether a failure is the machine's (exit 2) or the project's (exit 1). */
  kind: 'environment' | 'input';
}

function nodeCheck(): Check {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const ok = major > 20 || (major === 20 && minor >= 19);
  return { ok, kind: 'environment', line: `node ${process.versions.node}${ok ? '' : ': options-brief needs Node 20.19 or newer'}` };
}

async function browserCheck(flag?: string): Promise<Check> {
  try {
    const found = findBrowser(flag);
    const { stdout } = await run(found.path, ['--version'], { timeout: 15_000 }).catch(() => ({ stdout: '' }));
    const version = stdout.split('\n').find((l) => /chrom|edge/i.test(l))?.trim() ?? 'version unknown';
    const printer = createPrinter(flag);
    const started = performance.now();
    try {
      const metadata = { title: 'doctor', author: '', subject: '', keywords: [], date: new Date(0), producer: 'options-brief doctor' };
      await printer.print([{ html: '<!doctype html><title>doctor</title><h1>doctor</h1>', metadata }]);
    } finally {
      await printer.close();
    }
    return { ok: true, kind: 'environment', line: `browser ${found.path} (${version}, found by ${found.source}); printed a test page in ${Math.round(performance.now() - started)} ms` };
  } catch (error) {
    const message = error instanceof EnvironmentError ? `${error.message}\n     ${error.hint?.replace(/\n/g, '\n     ') ?? ''}` : String(error);
    return { ok: false, kind: 'environment', line: `browser: ${message}` };
  }
}

async function templateChecks(dirs: readonly string[]): Promise<Check[]> {
  const sets = await listTemplateSets(dirs);
  const audiences = await audienceNames(sets);
  return Promise.all(
    sets.filter((s) => audiences.includes(s.name)).map(async (set): Promise<Check> => {
      try {
        const loaded = await loadTemplateSet(set.name, dirs);
        await createRenderer(loaded);
        const fonts = loaded.styles.reduce((n, s) => n + (s.source.match(/url\("npm:@fontsource/g)?.length ?? 0), 0);
        return { ok: true, kind: 'input', line: `template set ${set.name} (${shownPath(set.dir)}), ${fonts} bundled font faces` };
      } catch (error) {
        const first = error instanceof InputError ? error.problems[0]?.message : String(error);
        return { ok: false, kind: 'input', line: `template set ${set.name} (${shownPath(set.dir)}): ${first}` };
      }
    }),
  );
}

async function projectCheck(root: string, dirs: readonly string[]): Promise<Check> {
  const { project, problems } = await checkProject(root, dirs);
  const { errors, warnings } = tally(problems);
  const counts = `${count(project.options.size, 'option')}, ${count(project.sources.size, 'source')}, ${count(project.packs.size, 'pack')}`;
  const ok = !hasErrors(problems);
  return { ok, kind: 'input', line: `project ${shownPath(root) || '.'}: ${counts}; ${count(errors, 'error')}, ${count(warnings, 'warning')}${ok ? '' : ' (run brief validate)'}` };
}

/** `brief doctor`: what a build needs, each marked ok or not; exit 0 only when a build would work. */
export async function doctorCommand(root: string, flags: { browser?: string; templates?: string[] }, io: Io): Promise<number> {
  const dirs = templateDirs(root, flags.templates);
  const checks = [nodeCheck(), await browserCheck(flags.browser), ...(await templateChecks(dirs)), await projectCheck(root, dirs)];
  for (const check of checks) io.out(`${check.ok ? green(!!io.colour)('ok ') : red(!!io.colour)('not')}  ${check.line}`);
  const failed = checks.filter((c) => !c.ok);
  if (failed.length === 0) return EXIT.ok;
  return failed.some((c) => c.kind === 'environment') ? EXIT.environment : EXIT.input;
}
