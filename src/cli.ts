import { Command, Option } from 'commander';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { BuildFlags } from './commands/build-command.js';
import type { DiffFlags } from './commands/diff-command.js';
import { FORMATS } from './core/output-paths.js';
import { reportError } from './report/report-error.js';
import { processIo, type Io } from './report/io.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

const split = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);
/** A comma-separated list that may also be repeated: `-a minister -a handout`. */
const list = (value: string, previous: string[] | undefined) => [...(previous ?? []), ...split(value)];
/** Folders, resolved against the working folder where they are named. */
const folders = (value: string, previous: string[] | undefined) => [...(previous ?? []), ...split(value).map((d) => resolve(d))];

/** Every option more than one command takes, declared once: a command picks the ones it has by name. */
const SHARED = {
  templates: () => new Option('-t, --templates <dir>', 'a folder of template sets, searched before the project\'s and the built-in ones').argParser(folders),
  lint: () => new Option('--no-lint', 'skip the content lints (balance, citations, unused sources, loaded terms)'),
  browser: () => new Option('--browser <path>', 'the Chrome, Chromium or Edge binary to print with'),
  json: () => new Option('--json', 'print the result as JSON'),
  quiet: () => new Option('-q, --quiet', 'print nothing but problems'),
  title: () => new Option('--title <title>', 'its title'),
} as const;
type Shared = keyof typeof SHARED;

const withOptions = (command: Command, ...names: Shared[]) => names.reduce((c, name) => c.addOption(SHARED[name]()), command);

/** What every command's action gets besides its arguments and flags. */
interface Context {
  root: string;
  io: Io;
}

/** With --quiet, nothing goes to standard output but what --json asks for, and no progress line. */
const quietIo = (io: Io, flags: { quiet?: boolean; json?: boolean }): Io => (flags.quiet ? { ...io, out: flags.json ? io.out : () => undefined, status: undefined } : io);

/** Each command's module is loaded when it runs, so `brief --help` or `validate` never load the browser or PDF libraries. */
function program(io: Io, setExit: (code: number) => void): Command {
  const cli = new Command('brief')
    .description('Turn policy-option files into briefing packs: HTML and PDF briefs and handouts.')
    .version(version)
    .option('-C, --project <dir>', 'the project folder, holding options/ and templates/', '.')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run brief --help for usage)');

  /** An action: the arguments and flags commander parsed, with the project folder and the (quiet or not) output. */
  const act =
    <A extends unknown[], F extends { quiet?: boolean; json?: boolean }>(run: (context: Context, flags: F, ...args: A) => Promise<number>) =>
    async (...parsed: [...A, F, Command]) => {
      const flags = parsed[parsed.length - 2] as F;
      const args = parsed.slice(0, -2) as A;
      const context = { root: resolve(cli.opts<{ project: string }>().project), io: quietIo(io, flags) };
      setExit(await run(context, flags, ...args));
    };

  const buildFlags = (command: Command, formats: string) =>
    withOptions(
      command
        .argument('[pack...]', 'pack ids')
        .option('-a, --audience <list>', 'template sets to build instead of the pack\'s audiences (comma-separated)', list)
        .addOption(new Option('-f, --format <list>', 'html, pdf, docx or any of them (comma-separated)').argParser(split).default(formats.split(','), formats))
        .option('-o, --out <dir>', 'output folder (default: output/ in the project)'),
      'browser',
      'templates',
      'lint',
      'quiet',
    )
      .addOption(new Option('--paper <size>', 'paper size for every brief, instead of each set\'s own').choices(['A4', 'Letter', 'Legal', 'A3', 'A5']))
      .option('--allow-overflow', 'warn about briefs over their page limit instead of failing')
      .hook('preAction', (_, action) => {
        for (const f of action.opts<{ format: string[] }>().format) if (!(FORMATS as readonly string[]).includes(f)) cli.error(`error: unknown format "${f}": use ${FORMATS.join(', ')} or several, such as html,pdf`);
      });

  buildFlags(cli.command('build').description('build packs (all under options/packs when none is named)'), 'html,pdf')
    .option('-w, --watch', 'rebuild whenever options, packs or templates change')
    .action(
      act(async ({ root, io }, flags: BuildFlags, packs: string[]) => (await import('./commands/build-command.js')).buildCommand(root, packs, flags, io)),
    );

  buildFlags(cli.command('serve').description('preview the briefs on 127.0.0.1, rebuilt and reloaded on every change'), 'html')
    .option('-p, --port <n>', 'port to listen on', (v) => Number.parseInt(v, 10), 5050)
    .action(
      act(async ({ root, io }, flags: BuildFlags & { port: number }, packs: string[]) => {
        const [{ buildOptions }, { serveCommand }] = await Promise.all([import('./commands/build-command.js'), import('./commands/watch-command.js')]);
        return serveCommand(buildOptions(root, packs, flags), flags.port, io);
      }),
    );

  withOptions(
    cli
      .command('validate')
      .description('check option, source and pack files; every problem at once')
      .argument('[paths...]', 'the files to check, wherever they are (default: the whole project)'),
    'json',
    'templates',
    'lint',
    'quiet',
  ).action(act(async ({ root, io }, flags, paths: string[]) => (await import('./commands/validate-command.js')).validateCommand(root, paths, flags, io)));

  withOptions(
    cli.command('init').description('start a briefing project: a source registry, a pack and one example option that build at once').argument('[dir]', 'the folder to start it in (default: the working folder)'),
    'quiet',
  ).action(act(async ({ io }, flags, dir?: string) => (await import('./commands/init-command.js')).initCommand(resolve(dir ?? '.'), flags, io)));

  const create = cli.command('new').description('start a new option, pack or source');
  withOptions(create.command('option').description('write options/<id>.yaml with every section, ready to fill in').argument('<id>', 'kebab-case id, which is also the file name'), 'title', 'quiet')
    .option('--pack <id>', 'the pack whose parties and criteria it is written for, and which it is added to (default: the only pack)')
    .action(act(async ({ root, io }, flags, id: string) => (await import('./commands/new-option-command.js')).newOptionCommand(root, id, flags, io)));
  withOptions(create.command('pack').description('write options/packs/<id>.yaml: parties, criteria, audiences, ready to fill in').argument('<id>', 'kebab-case id, which is also the file name'), 'title', 'quiet').action(
    act(async ({ root, io }, flags, id: string) => (await import('./commands/new-pack-command.js')).newPackCommand(root, id, flags, io)),
  );
  withOptions(create.command('source').description('add an entry to options/sources.yaml, ready to fill in').argument('<id>', 'kebab-case id, cited as [@id]'), 'title', 'quiet')
    .option('--url <url>', 'where it can be read')
    .action(act(async ({ root, io }, flags, id: string) => (await import('./commands/new-source-command.js')).newSourceCommand(root, id, flags, io)));

  withOptions(cli.command('doctor').description('check Node, the browser, the template sets and the project: what a build needs'), 'browser', 'templates').action(
    act(async ({ root, io }, flags) => (await import('./commands/doctor-command.js')).doctorCommand(root, flags, io)),
  );

  withOptions(cli.command('schema').description('write JSON Schema for option, source, pack and template.yaml files, for editors'), 'quiet')
    .option('-o, --out <dir>', 'folder to write them to (default: schema/ in the project)')
    .action(act(async ({ root, io }, flags) => (await import('./commands/schema-command.js')).schemaCommand(root, flags, io)));

  const template = cli.command('template').description('work with template sets');
  withOptions(template.command('new').description('start a template set that builds on another').argument('<name>', 'the new set\'s name, e.g. press'), 'templates', 'quiet')
    .requiredOption('--from <set>', 'the set to build on: analyst, minister, handout or one of yours')
    .option('--with <partials>', 'partials to copy too, to change them (comma-separated)', list)
    .action(act(async ({ root, io }, flags, name: string) => (await import('./commands/template-new-command.js')).templateNewCommand(root, name, flags, io)));
  withOptions(template.command('fields').description('every variable and helper a template can use, from the model itself'), 'json').action(
    act(async ({ io }, flags) => (await import('./commands/template-fields-command.js')).templateFieldsCommand(flags, io)),
  );

  withOptions(
    cli
      .command('diff')
      .description('what changed in a pack since an earlier edition: a git tag, branch or commit, or the last build')
      .argument('[pack]', 'pack id (needed when there is more than one)')
      .option('--since <ref>', 'the git tag, branch or commit to compare with (default: the pack\'s `follows`), or a build\'s snapshot file (output/<pack>/.brief-snapshot.json)')
      .option('--since-build', 'compare with the snapshot the last build wrote (output/<pack>/.brief-snapshot.json)')
      .option('-o, --out <dir>', 'the output folder that build wrote to, for --since-build (default: output/ in the project)'),
    'json',
  ).action(act(async ({ root, io }, flags: DiffFlags, pack: string | undefined) => (await import('./commands/diff-command.js')).diffCommand(root, pack, flags, io)));

  withOptions(cli.command('list').description('the options, with id, title, period and status'), 'json').action(
    act(async ({ root, io }, flags) => (await import('./commands/list-command.js')).listCommand(root, flags, io)),
  );

  return cli;
}

/** Runs the CLI on `argv` (without node and script) and resolves to the exit code. */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code = 0;
  try {
    await program(io, (c) => (code = c)).parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    return reportError(error, io);
  }
}
