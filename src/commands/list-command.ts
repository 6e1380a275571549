import { EXIT, throwIfErrors } from '../core/errors.js';
import { forTerminal } from '../core/terminal-text.js';
import type { Io } from '../report/io.js';
import { formatPeriod } from '../render/format-date.js';
import { createTranslator } from '../i18n/translator.js';
import { label } from '../render/labels.js';
import { templateDirs } from '../templates/template-set.js';
import { findCitations } from '../validate/find-citations.js';
import { validateRoot } from '../validate/validate-root.js';

const ENGLISH = createTranslator('en');

/** `brief list`: the options, one row each: id, title, period, status and how many sources they cite. */
export async function listCommand(root: string, flags: { json?: boolean }, io: Io): Promise<number> {
  const { project, problems } = await validateRoot(root, templateDirs(root), { lint: false });
  throwIfErrors(problems);
  const rows = [...project.options.values()].map(({ data }) => ({
    id: data.id,
    title: data.title,
    period: formatPeriod({ from: data.period.from, to: data.period.to ?? null }, 'en-GB'),
    status: data.status,
    sources: new Set(findCitations(data).map((c) => c.id)).size,
  }));
  if (flags.json) {
    io.out(JSON.stringify(rows, null, 2));
    return EXIT.ok;
  }
  // A title is printed as data, never obeyed: escape sequences and reordering characters are shown as \uXXXX.
  const table = [['ID', 'TITLE', 'PERIOD', 'STATUS', 'SOURCES'], ...rows.map((r) => [r.id, r.title, r.period, label(ENGLISH, 'status', r.status), String(r.sources)].map(forTerminal))];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  for (const row of table) io.out(row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  '));
  return EXIT.ok;
}
