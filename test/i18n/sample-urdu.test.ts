import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UR } from '../../src/i18n/messages-ur.js';
import { EN, MESSAGE_KEYS } from '../../src/i18n/messages-en.js';
import { REPO, tempDir } from '../helpers/fixtures.js';
import { runCli } from '../helpers/cli.js';
import { bodyOf, textOf } from '../helpers/render.js';

const pdf = (tool: string, path: string, ...args: string[]) => execFileSync(tool, [...args, path], { encoding: 'utf8' });

describe('the sample\'s Urdu handouts (options/packs/kashmir-2025-ur.yaml)', () => {
  it('print each translated option right to left on one page, in Nastaliq, with no English word of the tool', async () => {
    const out = tempDir();
    const result = await runCli('--project', REPO, 'build', 'kashmir-2025-ur', '--quiet', '--out', out);
    expect(result.code, result.stderr).toBe(0);

    const html = readFileSync(join(out, 'kashmir-2025-ur', 'handouts.html'), 'utf8');
    expect(html).toMatch(/<html lang="ur" dir="rtl">/);
    const text = textOf(bodyOf(html));
    // The options' own words come from their translations; only the source list's short citations stay in Latin script.
    expect(text).toContain('جامع مذاکرات اور اعتماد سازی کے اقدامات');
    expect(text).toContain('2015 کے جامع دو طرفہ مذاکرات');
    const prose = text.replace(/ماخذ:[^]*?(?=کشمیر:|$)/g, '');
    expect(prose.match(/[A-Za-z]{3,}/g) ?? []).toEqual([]);
    for (const key of MESSAGE_KEYS.filter((k) => UR[k] !== EN[k] && /[a-z]{3}/i.test(EN[k]))) expect(text).not.toContain(EN[key].replace(/\s*\{[a-z]+\}.*$/, ''));

    for (const file of ['composite-dialogue-2004-08', 'comprehensive-bilateral-dialogue-2015']) {
      const path = join(out, 'kashmir-2025-ur', 'handouts', `${file}.pdf`);
      expect(pdf('pdfinfo', path)).toMatch(/^Pages:\s+1$/m);
      expect(pdf('pdffonts', path)).toMatch(/NotoNastaliqUrdu-Regular\s+CID TrueType\s+Identity-H\s+yes/);
      const words = pdf('pdftotext', path, '-enc', 'UTF-8');
      expect(words).not.toContain('\ufffd');
    }
  }, 240_000);
});
