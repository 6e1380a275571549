import { EXIT, throwIfErrors } from '../errors.js';
import type { Io } from '../report/io.js';
import { formatPeriod } from '../render/format-date.js';
import { label } from '../render/labels.js';
import { templateDirs } from '../render/template-set.js';
import { validateRoot } from '../validate/validate-root.js';

/** `brief list`: the options, one row each. */
export async function listCommand(root: string, flags: { json?: boolean }, io: Io): Promise<number> {
  const { project, problems } = await validateRoot(root, templateDirs(root));
  throwIfErrors(problems);
  const rows = [...project.options.values()].map(({ data }) => ({
    id: data.id,
    title: data.title,
    period: formatPeriod({ from: data.period.from, to: data.period.to ?? null }, 'en-GB'),
    status: data.status,
  }));
  if (flags.json) {
    io.out(JSON.stringify(rows, null, 2));
    return EXIT.ok;
  }
  const header = { id: 'ID', title: 'TITLE', period: 'PERIOD', status: 'STATUS' };
  const table = [header, ...rows.map((r) => ({ ...r, status: label('status', r.status) }))];
  const width = (key: keyof typeof header) => Math.max(...table.map((r) => r[key].length));
  for (const r of table) io.out(`${r.id.padEnd(width('id'))}  ${r.title.padEnd(width('title'))}  ${r.period.padEnd(width('period'))}  ${r.status}`.trimEnd());
  return EXIT.ok;
}
