import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInCatalogue } from '../../src/i18n/catalogues.js';
import { citationLocale } from '../../src/render/format-bibliography.js';
import { EN, MESSAGE_KEYS } from '../../src/i18n/messages-en.js';
import { FIXTURES, projectCopy } from '../helpers/fixtures.js';
import { runCli } from '../helpers/cli.js';
import { bodyOf, renderHtml, textOf } from '../helpers/render.js';

/** The fixture project with its pack and option in `lang` (sample translations, test/fixtures/languages/). */
function projectIn(lang: string): string {
  const dir = projectCopy();
  cpSync(join(FIXTURES, 'languages', lang), dir, { recursive: true });
  return dir;
}

/** `pdffonts`: every font the PDF uses, by its PostScript name without the subset tag, and whether it is embedded. */
function pdfFonts(path: string): Map<string, boolean> {
  const rows = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
  return new Map(rows.map((row) => {
    const cells = row.trim().split(/\s+/);
    return [cells[0]!.replace(/^[A-Z]{6}\+/, ''), cells.at(-5) === 'yes'];
  }));
}

/** `pdftotext`: the text as a reader copying it would get it, in logical order. */
const pdfText = (path: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });

/** The text with white space and bidi controls dropped: what logical order is compared on (pdftotext spaces Nastaliq glyphs apart). */
const squeeze = (text: string) => text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');

/** The words as words: "Context" is not in "Contexte". */
const asWords = (words: string) => new RegExp(`(^|[^\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');

const CASES = [
  // The context sentence, as words in reading order: pdftotext loses a letter under some Arabic ligatures (the page shows it), so whole words are compared.
  { lang: 'ur', dir: 'rtl', font: 'NotoNastaliqUrdu-Regular', words: ['سلامتی', 'کونسل', 'دستاویز', 'S/1791', 'اس', 'پسمنظر', 'حصہ'] },
  { lang: 'ar', dir: 'rtl', font: 'NotoNaskhArabic-Regular', words: ['وثيقة', 'مجلس', 'S/1791', 'جزء', 'هذا', 'السياق'] },
  { lang: 'hi', dir: 'ltr', font: 'NotoSansDevanagari-Regular', words: ['सुरक्षा', 'परिषद', 'दस्तावेज़', 'S/1791', 'पृष्ठभूमि', 'हिस्सा'] },
  { lang: 'fr', dir: 'ltr', font: undefined, words: ['document', 'S/1791', 'Conseil', 'sécurité', 'contexte'] },
] as const;

describe('briefs in the reader\'s language', () => {
  for (const { lang, dir } of CASES) {
    it(`${lang}: every set's HTML has the language's direction and none of the tool's English words`, async () => {
      const project = projectIn(lang);
      const own = builtInCatalogue(lang);
      // Words the language writes the same as English ("Sources", "Date", "Options" in French) prove nothing either way.
      const english = MESSAGE_KEYS.filter((key) => own[key] !== EN[key] && /[a-z]{3}/i.test(EN[key])).map((key) => EN[key].replace(/\s*\{[a-z]+\}\s*/g, ' ').trim());
      for (const audience of ['analyst', 'minister']) {
        const html = await renderHtml(project, audience);
        expect(html).toMatch(new RegExp(`<html lang="${lang}[^"]*"${dir === 'rtl' ? ' dir="rtl"' : ''}>`));
        const text = textOf(bodyOf(html));
        for (const words of english) expect(text, `${audience}: "${words}"`).not.toMatch(asWords(words));
      }
    });
  }

  it('inlines a script font only for a brief whose text uses that script', async () => {
    const english = await renderHtml(projectCopy(), 'analyst');
    expect(english).not.toMatch(/Noto (Nastaliq|Naskh|Sans Devanagari)/);
    expect(await renderHtml(projectIn('ur'), 'analyst')).toMatch(/@font-face \{ font-family: 'Noto Nastaliq Urdu'; [^}]*src: url\("data:font\/woff2;base64,/);
    expect(await renderHtml(projectIn('ar'), 'analyst')).toMatch(/@font-face \{ font-family: 'Noto Naskh Arabic';/);
    expect(await renderHtml(projectIn('hi'), 'analyst')).toMatch(/@font-face \{ font-family: 'Noto Sans Devanagari';/);
    expect(await renderHtml(projectIn('fr'), 'analyst')).not.toMatch(/font-family: 'Noto /);
  });

  it('prints each language\'s PDF with its script font embedded, no other fallback font, and its text in logical order', async () => {
    for (const { lang, font, words } of CASES) {
      const project = projectIn(lang);
      const out = join(project, 'output');
      const result = await runCli('--project', project, 'build', '--audience', 'analyst', '--format', 'pdf', '--quiet', '--out', out);
      expect(result.code, result.stderr).toBe(0);
      const pdf = join(out, 'sample', 'analyst.pdf');
      const fonts = pdfFonts(pdf);
      if (font) expect(fonts.get(font), `${lang}: ${[...fonts.keys()].join(', ')}`).toBe(true);
      // Only the bundled families: a glyph the fonts lack would have pulled in a system font (or printed a box).
      for (const [name, embedded] of fonts) {
        expect(name, lang).toMatch(/^(SourceSerif4|SourceSans3|NotoNastaliqUrdu|NotoNaskhArabic|NotoSansDevanagari)-/);
        expect(embedded, name).toBe(true);
      }
      const text = pdfText(pdf);
      expect(text, lang).not.toContain('\ufffd');
      const line = squeeze(text.split('\n').find((l) => l.includes('S/1791')) ?? '');
      const at = words.map((word) => line.indexOf(word));
      expect(at, `${lang}: ${line}`).not.toContain(-1);
      expect(at, `${lang}: ${line}`).toEqual([...at].sort((a, b) => a - b));
    }
  }, 240_000);
});

describe('citations in the pack\'s language', () => {
  it('use the CSL locale of the language where one is bundled or shipped, and en-US otherwise', async () => {
    expect(citationLocale('fr-FR')).toBe('fr-FR');
    expect(citationLocale('fr')).toBe('fr-FR');
    expect(citationLocale('en-GB')).toBe('en-US');
    expect(citationLocale('ur')).toBe('ur-PK');
    expect(citationLocale('ar')).toBe('ar');
    expect(citationLocale('hi')).toBe('hi-IN');
    expect(citationLocale('sw')).toBe('en-US');
    const french = textOf(bodyOf(await renderHtml(projectIn('fr'), 'analyst')));
    expect(french).toMatch(/3 février 2001\. X\/1\. Example Press\. Consulté le 1 janvier 2025\./);
    const urdu = textOf(bodyOf(await renderHtml(projectIn('ur'), 'analyst')));
    expect(urdu).toContain('3 فروری 2001. X/1. Example Press. اخذ شدہ بتاریخ 1 جنوری 2025.');
  });
});
