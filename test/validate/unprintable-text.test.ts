import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, sortProblems } from '../../src/report/format-problem.js';
import { validateRoot } from '../../src/validate/validate-root.js';
import { templateDirs } from '../../src/templates/template-set.js';
import { forTerminal } from '../../src/core/terminal-text.js';
import { runCli } from '../helpers/cli.js';
import { projectCopy, relativeLines } from '../helpers/fixtures.js';

const OPTION = 'options/alpha-plan.yaml';

/** The valid project with one line of the option replaced, and what validation says of it. */
async function withLine(from: string, to: string): Promise<{ dir: string; lines: string[] }> {
  const dir = projectCopy();
  const file = join(dir, OPTION);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
  const { problems } = await validateRoot(dir, templateDirs(dir), { lint: false });
  return { dir, lines: relativeLines(sortProblems(problems).map(formatProblem), dir) };
}

describe('characters a reader of the file cannot see', () => {
  it('refuses a direction override in a title, at its own column, saying why', async () => {
    const { lines } = await withLine('title: The Alpha plan', 'title: The \u202Enalp ahplA');
    expect(lines).toEqual([`${OPTION}:2:12 title: U+202E (RIGHT-TO-LEFT OVERRIDE) reorders the characters after it, so the brief would show other text than this file does; delete it (the pack's lang sets the direction)`]);
  });

  it('refuses a NUL or an escape in a one-line field', async () => {
    const nul = await withLine('status_note: Stalled since 2002.', 'status_note: "Stalled\\0 since 2002."');
    expect(nul.lines).toEqual([`${OPTION}:43:14 status_note: control character U+0000 (NUL) in the text: it prints as nothing or a box, and other tools may cut the text at it; delete it`]);
    const esc = await withLine('title: The Alpha plan', 'title: "The \\e[31mAlpha plan"');
    expect(esc.lines).toEqual([`${OPTION}:2:8 title: control character U+001B (ESCAPE) in the text: it prints as nothing or a box, and other tools may cut the text at it; delete it`]);
  });

  it('refuses an isolate in a one-line field but accepts it in Markdown, where mixed-direction prose needs it', async () => {
    const title = await withLine('title: The Alpha plan', 'title: The \u2067Alpha\u2069 plan');
    expect(title.lines).toEqual([`${OPTION}:2:12 title: U+2067 (RIGHT-TO-LEFT ISOLATE) in a one-line field: it reorders the text, and bookmarks, file properties and terminals that print this field do not close it; delete it`]);
    const prose = await withLine('outcome: Nothing came of it', 'outcome: Nothing \u2067came\u2069 of it');
    expect(prose.lines).toEqual([]);
  });

  it('warns of a zero-width space, and leaves ZWNJ and ZWJ alone', async () => {
    const zwsp = await withLine('title: The Alpha plan', 'title: The Al\u200Bpha plan');
    expect(zwsp.lines).toEqual([`${OPTION}:2:14 title: warning: invisible character U+200B (ZERO WIDTH SPACE): it splits or joins words for search and copying without showing; delete it unless it is meant`]);
    // Urdu "غیر\u200Cملکی" needs its ZWNJ; Devanagari "क्\u200Dष" its ZWJ.
    const joiners = await withLine('title: The Alpha plan', 'title: غیر\u200Cملکی क्\u200Dष');
    expect(joiners.lines).toEqual([]);
  });

  it('prints what it quotes from the files as data: no escape sequence or reordering reaches the terminal', async () => {
    const { dir } = await withLine('title: The Alpha plan', 'title: "TODO: \\e]0;pwned\\a\\e[2J\u202Eplan"');
    const result = await runCli('-C', dir, 'list');
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(result.stderr).toContain('title: "TODO: \\u001b]0;pwned\\u0007\\u001b[2J\\u202eplan": replace the placeholder');
  });

  it('escapes what brief list prints', () => {
    expect(forTerminal('A\u001b[2J\u202eB\u200cC\nD')).toBe('A\\u001b[2J\\u202eB\u200cC\nD');
  });
});

describe('runs of text a page cannot break', () => {
  const run = 'x'.repeat(240);

  it('are errors at the run, saying how to mend them, exit 1 from a build', async () => {
    const { dir, lines } = await withLine('title: The Alpha plan', `title: The ${run} plan`);
    expect(lines).toEqual([`${OPTION}:2:12 title: 240 characters with no space or hyphen to break the line at ("xxxxxxxxxxxxxxxxxxxxxxxx..."): a page cannot print it whole, and printing it takes very long; break it with spaces, at most 200 characters a run`]);
    const result = await runCli('-C', dir, 'build', '--format', 'html');
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/Chromium/);
  });

  it('count a bare address in Markdown, which is printed, but not a link target, which is not', async () => {
    const address = `https://example.org/${'a'.repeat(220)}`;
    const bare = await withLine('outcome: Nothing came of it', `outcome: See ${address}. Nothing came of it`);
    expect(bare.lines).toHaveLength(1);
    expect(bare.lines[0]).toMatch(/^options\/alpha-plan\.yaml:42:14 outcome: 241 characters .* break it with spaces or, for a link, write it as \[words\]\(address\), at most 200/);
    const linked = await withLine('outcome: Nothing came of it', `outcome: See [the record](${address}). Nothing came of it`);
    expect(linked.lines).toEqual([]);
  });

  it('leave Chinese and Japanese text alone, which breaks between any two characters', async () => {
    const { lines } = await withLine('title: The Alpha plan', `title: ${'和平方案'.repeat(60)}`);
    expect(lines).toEqual([]);
  });
});
