import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';

/** The one problem a file gives, as `line:col message`. */
function refused(text: string): string {
  const parsed = parseYaml('a.yaml', text);
  if (parsed.ok) throw new Error(`expected a YAML error, got ${JSON.stringify(parsed.yaml.data)}`);
  const [p] = parsed.problems;
  return `${p?.line}:${p?.column} ${p?.message}`;
}

describe('YAML errors say what to write instead', () => {
  it('quotes a value holding ": "', () => {
    expect(refused('id: a\noutcome: Talks failed: no result\n')).toBe(
      '2:10 YAML: nested mappings are not allowed in compact mappings: a ": " inside a value starts a new field; to print it as written, quote the value: outcome: "Talks failed: no result"',
    );
  });

  it('keeps the list dash of an entry in a list', () => {
    expect(refused('pros:\n  - text: Talks failed: no result\n    sources: [a]\n')).toMatch(/quote the value: - text: "Talks failed: no result"$/);
  });

  it.each([
    ['@doc-one says so', 'YAML reserves "@"', '"@doc-one says so"'],
    ['`code` here', 'YAML reserves "`"', '"`code` here"'],
    ['*very* important', 'reads as a YAML alias', '"*very* important"'],
    ['%50 of it', 'reads as a YAML directive', '"%50 of it"'],
    ['[draft] plan', 'reads as a list', '"[draft] plan"'],
    ['"The" plan', 'must end with it', `'"The" plan'`],
    ['- the plan', 'reads as a list', '"- the plan"'],
  ])('quotes a value starting %j', (value, why, written) => {
    const message = refused(`summary: ${value}\n`);
    expect(message).toContain(why);
    expect(message).toMatch(new RegExp(`quote the value: summary: ${written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(.*\\))?$`));
  });

  it('puts the text of a "|" line on the next line, or in quotes', () => {
    expect(refused('title: | The plan\n')).toBe('1:10 YAML: not a YAML token: The plan: after "|" the text must start on the next line, indented; or write it on this line in quotes: title: "The plan"');
  });

  it('says which spaces replace a tab', () => {
    expect(refused('id: a\nperiod:\n  to: 2002\n\tfrom: 2001\n')).toBe('4:1 YAML: tabs are not allowed as indentation: indent with 2 spaces instead of the tab: "  from: 2001"');
  });

  it('refuses an anchor or a tag that would drop text silently, with the quoted line', () => {
    expect(refused('id: a\nsummary: &co text\n')).toBe('2:10 YAML: "&co" reads as a YAML anchor that no alias uses, and YAML leaves it out of the text; to print it as written, quote the value: summary: "&co text"');
    expect(refused('id: a\nsummary: !important text\n')).toBe('2:10 YAML: "!important" reads as a YAML tag, and these files use none; to print it as written, quote the value: summary: "!important text"');
  });

  it('offers no quoting where quoting would not help', () => {
    const message = refused('positions:\n  cyprus: { stance: opposes, text: Turkey {objects} }\n');
    expect(message).not.toContain('quote');
  });

  it('still accepts anchors that an alias uses', () => {
    const parsed = parseYaml('a.yaml', 'a: &x [1]\nb: *x\n');
    expect(parsed.ok && parsed.yaml.data).toEqual({ a: [1], b: [1] });
  });
});
