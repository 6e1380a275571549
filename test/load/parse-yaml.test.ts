import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { formatPath, locate } from '../../src/load/locate.js';

describe('parseYaml', () => {
  it('keeps positions so a field path maps back to its line and column', () => {
    const parsed = parseYaml('a.yaml', 'title: x\npros:\n  - text: one\n    sources: [s1, s2]\n');
    if (!parsed.ok) throw new Error('expected to parse');
    expect(locate(parsed.yaml, ['pros', 0, 'sources', 1])).toEqual({ line: 4, column: 19, found: true });
    expect(locate(parsed.yaml, ['pros', 0, 'missing'])).toEqual({ line: 3, column: 5, found: false });
    expect(locate(parsed.yaml, ['pros'], 'key')).toEqual({ line: 2, column: 1, found: true });
  });

  it('accepts a byte-order mark and CRLF line ends', () => {
    const parsed = parseYaml('a.yaml', '\uFEFFtitle: x\r\nkind: y\r\n');
    expect(parsed.ok && parsed.yaml.data).toEqual({ title: 'x', kind: 'y' });
  });

  it('reads dates as text, not as timestamps', () => {
    const parsed = parseYaml('a.yaml', 'date: 1950-09-15\n');
    expect(parsed.ok && parsed.yaml.data).toEqual({ date: '1950-09-15' });
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const parsed = parseYaml('bomb.yaml', `${lines.join('\n')}\n`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.message).toMatch(/alias|resource exhaustion/i);
  });

  it('formats field paths the way a reader names them', () => {
    expect(formatPath(['pros', 2, 'sources', 0])).toBe('pros[2].sources[0]');
    expect(formatPath(['positions', 'india', 'text'])).toBe('positions.india.text');
  });
});
