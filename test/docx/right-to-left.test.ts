import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { FIXTURES, projectCopy, tempDir } from '../helpers/fixtures.js';
import { docxParts, paragraphTexts } from './helpers.js';

/** The fixture project with its pack and option in `lang` (test/fixtures/languages), built as Word files only. */
async function buildIn(lang: string): Promise<Record<string, string>> {
  const root = projectCopy(join(FIXTURES, 'languages', lang));
  const out = tempDir();
  await build({ root, formats: ['docx'], out });
  return docxParts(join(out, 'sample', 'analyst.docx'));
}

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p\b(?:\s[^>]*[^/])?>([^]*?)<\/w:p>|<w:p\/>/g)].map((m) => m[0]);
const runs = (xml: string) => [...xml.matchAll(/<w:r(?:\s[^>]*)?>([^]*?)<\/w:r>/g)].map((m) => m[0]);
const runText = (run: string) => [...run.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('an Urdu brief in Word', () => {
  it('is right to left: every paragraph bidi, Urdu runs rtl, Latin runs not, tables bidiVisual, sections bidi', async () => {
    const parts = await buildIn('ur');
    const doc = parts['word/document.xml']!;
    const all = paragraphs(doc);
    expect(all.length).toBeGreaterThan(20);
    for (const p of all) expect(p).toMatch(/<w:pPr>(?:(?!<\/w:pPr>)[^])*<w:bidi\/>/);
    const texts = runs(doc).filter((r) => runText(r) !== '');
    const urdu = texts.filter((r) => /[\u0600-\u06FF]/.test(runText(r)) && !/[A-Za-z]/.test(runText(r)));
    expect(urdu.length).toBeGreaterThan(10);
    for (const r of urdu) expect(r).toMatch(/<w:rPr>(?:(?!<\/w:rPr>)[^])*<w:rtl\/>/);
    // The document symbol inside an Urdu sentence stays left to right.
    const latin = texts.filter((r) => runText(r).includes('S/1791'));
    expect(latin).toHaveLength(1);
    expect(latin[0]).not.toContain('<w:rtl/>');
    expect(doc).toContain('<w:tbl>');
    expect(doc.match(/<w:tblPr>/g)!.length).toBe(doc.match(/<w:tblPr>(?:(?!<\/w:tblPr>)[^])*<w:bidiVisual\/>/g)!.length);
    const sections = [...doc.matchAll(/<w:sectPr\b[^]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) expect(s).toMatch(/<w:bidi\/>(?:<w:docGrid\b[^>]*\/>)?<\/w:sectPr>/);
    // Elements in the order Word's schema has them: bidi before spacing and jc, rtl before lang.
    expect(doc).not.toMatch(/<w:(spacing|jc|ind)\b[^>]*\/>(?:(?!<\/w:pPr>)[^])*<w:bidi\/>/);
    expect(doc).not.toMatch(/<w:lang\b[^>]*\/>(?:(?!<\/w:rPr>)[^])*<w:rtl\/>/);
  }, 120_000);

  it('sets Urdu in Noto Nastaliq Urdu as its complex-script font, tags its language, and mirrors the header and footer', async () => {
    const parts = await buildIn('ur');
    const styles = parts['word/styles.xml']!;
    const fonts = [...styles.matchAll(/<w:rFonts [^>]*\/>/g)].map((m) => m[0]);
    expect(fonts.length).toBeGreaterThan(3);
    for (const f of fonts) expect(f).toContain('w:cs="Noto Nastaliq Urdu"');
    expect(styles).toMatch(/<w:szCs w:val="\d+"\/>/);
    expect(styles).toContain('<w:lang w:val="ur" w:bidi="ur"/>');
    const furniture = Object.keys(parts).filter((n) => /^word\/(header|footer)\d+\.xml$/.test(n));
    for (const name of furniture) for (const p of paragraphs(parts[name]!)) expect(p).toContain('<w:bidi/>');
    const footer = furniture.filter((n) => n.includes('footer')).map((n) => paragraphTexts(parts[n]!).join(''));
    expect(footer.some((f) => /^1 جون، 2025\tصفحہ/.test(f))).toBe(true);
  }, 120_000);
});

describe('a Hindi brief in Word', () => {
  it('sets Devanagari in Noto Sans Devanagari, tags its language, and stays left to right', async () => {
    const parts = await buildIn('hi');
    const styles = parts['word/styles.xml']!;
    expect(styles).toContain('w:cs="Noto Sans Devanagari"');
    expect(styles).toContain('<w:lang w:val="hi" w:bidi="hi"/>');
    expect(parts['word/document.xml']).not.toContain('<w:bidi/>');
    expect(parts['word/document.xml']).not.toContain('<w:rtl/>');
  }, 120_000);
});

describe('a French brief in Word', () => {
  it('has no complex-script font, no bidi and its language alone', async () => {
    const parts = await buildIn('fr');
    expect(parts['word/styles.xml']).toContain('w:cs="Source Serif 4"');
    expect(parts['word/styles.xml']).not.toContain('Noto');
    expect(parts['word/styles.xml']).toMatch(/<w:lang w:val="fr[^"]*"\/>/);
    expect(parts['word/document.xml']).not.toContain('<w:bidi/>');
  }, 120_000);
});
