import { Command, Option } from 'commander';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { BuildFlags } from './commands/build-command.js';
import { FORMATS } from './core/output-paths.js';
import { reportError } from './report/report-error.js';
import { processIo, type Io } from './report/io.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

const split = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);
/** A comma-separated list that may also be repeated: `-a minister -a handout`. */
const list = (value: string, previous: string[] | undefined) => [...(previous ?? []), ...split(value)];

/** Each command's module is loaded when it runs, so `brief --help` or `validate` never load the browser or PDF libraries. */
function program(io: Io, setExit: (code: number) => void): Command {
  const cli = new Command('brief')
    .description('Turn policy-option files into briefing packs: HTML and PDF briefs and handouts.')
    .version(version)
    .option('-C, --project <dir>', 'the project folder, holding options/ and templates/', '.')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run brief --help for usage)');
  const root = () => resolve(cli.opts<{ project: string }>().project);

  const buildFlags = (command: Command, formats: string) =>
    command
      .argument('[pack...]', 'pack ids')
      .option('-a, --audience <list>', 'template sets to build instead of the pack\'s audiences (comma-separated)', list)
      .addOption(new Option('-f, --format <list>', 'html, pdf, docx or any of them (comma-separated)').argParser(split).default(formats.split(','), formats))
      .option('-o, --out <dir>', 'output folder (default: output/ in the project)')
      .option('--browser <path>', 'Chrome, Chromium or Edge binary to print with')
      .option('-t, --templates <dir>', 'a folder of template sets, searched first', list)
      .option('--no-lint', 'skip the content lints (balance, citations, unused sources)')
      .addOption(new Option('--paper <size>', 'paper size for every brief, instead of each set\'s own').choices(['A4', 'Letter', 'Legal', 'A3', 'A5']))
      .option('--allow-overflow', 'warn about briefs over their page limit instead of failing')
      .hook('preAction', (_, action) => {
        for (const f of action.opts<{ format: string[] }>().format) if (!(FORMATS as readonly string[]).includes(f)) cli.error(`error: unknown format "${f}": use ${FORMATS.join(', ')} or several, such as html,pdf`);
      });

  buildFlags(cli.command('build').description('build packs (all under options/packs when none is named)'), 'html,pdf')
    .option('-w, --watch', 'rebuild whenever options, packs or templates change')
    .option('-q, --quiet', 'print nothing but problems')
    .action(async (packs: string[], flags: BuildFlags) => {
      const { buildCommand } = await import('./commands/build-command.js');
      setExit(await buildCommand(root(), packs, flags, io));
    });

  buildFlags(cli.command('serve').description('preview the briefs on 127.0.0.1, rebuilt and reloaded on every change'), 'html')
    .option('-p, --port <n>', 'port to listen on', (v) => Number.parseInt(v, 10), 5050)
    .action(async (packs: string[], flags: BuildFlags & { port: number }) => {
      const [{ buildOptions }, { serveCommand }] = await Promise.all([import('./commands/build-command.js'), import('./commands/watch-command.js')]);
      setExit(await serveCommand(buildOptions(root(), packs, flags), flags.port, io));
    });

  cli
    .command('validate')
    .description('check option, source and pack files; every problem at once')
    .argument('[paths...]', 'files or folders to report on (default: the whole project)')
    .option('--json', 'print the problems as JSON')
    .option('-t, --templates <dir>', 'a folder of template sets, searched first', list)
    .option('--no-lint', 'skip the content lints (balance, citations, unused sources)')
    .action(async (paths: string[], flags) => {
      const { validateCommand } = await import('./commands/validate-command.js');
      setExit(await validateCommand(root(), paths, flags, io));
    });

  cli
    .command('new')
    .description('start a new file')
    .command('option')
    .description('write options/<id>.yaml with every section, ready to fill in')
    .argument('<id>', 'kebab-case id, which is also the file name')
    .option('--title <title>', 'the option\'s title')
    .action(async (id: string, flags) => {
      const { newOptionCommand } = await import('./commands/new-option-command.js');
      setExit(await newOptionCommand(root(), id, flags, io));
    });

  cli
    .command('doctor')
    .description('check Node, the browser, the template sets and the project: what a build needs')
    .option('--browser <path>', 'Chrome, Chromium or Edge binary to check')
    .option('-t, --templates <dir>', 'a folder of template sets, searched first', list)
    .action(async (flags) => {
      const { doctorCommand } = await import('./commands/doctor-command.js');
      setExit(await doctorCommand(root(), flags, io));
    });

  cli
    .command('schema')
    .description('write JSON Schema for option, source, pack and template.yaml files, for editors')
    .option('-o, --out <dir>', 'folder to write them to (default: schema/ in the project)')
    .action(async (flags) => {
      const { schemaCommand } = await import('./commands/schema-command.js');
      setExit(await schemaCommand(root(), flags, io));
    });

  cli
    .command('template')
    .description('work with template sets')
    .command('new')
    .description('start a template set that builds on another')
    .argument('<name>', 'the new set\'s name, e.g. press')
    .requiredOption('--from <set>', 'the set to build on: analyst, minister, handout or one of yours')
    .option('--with <partials>', 'partials to copy too, to change them (comma-separated)', list)
    .option('-t, --templates <dir>', 'a folder of template sets, searched first', list)
    .action(async (name: string, flags) => {
      const { templateNewCommand } = await import('./commands/template-new-command.js');
      setExit(await templateNewCommand(root(), name, flags, io));
    });

  cli
    .command('list')
    .description('the options, with id, title, period and status')
    .option('--json', 'print as JSON')
    .action(async (flags) => {
      const { listCommand } = await import('./commands/list-command.js');
      setExit(await listCommand(root(), flags, io));
    });

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
