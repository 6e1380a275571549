import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translator.js';
import { builtInCatalogue } from '../../src/i18n/catalogues.js';
import { EN } from '../../src/i18n/messages-en.js';
import type { Change } from '../../src/model/compare-editions.js';
import { changeLine } from '../../src/render/describe-change.js';

const option = { id: 'dixon', title: 'Dixon plan' };
const CHANGES: Change[] = [
  { kind: 'score', option, what: 'Legal basis', from: 2, to: 3, rationale: null },
  { kind: 'position', option, what: 'India', from: 'conditional', to: 'opposes' },
  { kind: 'status', option, from: 'stalled', to: 'rejected' },
  { kind: 'revised', option, fields: ['summary', 'pros'] },
  { kind: 'source-added', what: 'Kashmir diplomacy' },
];

describe('what changed since the last edition, in the pack\'s language', () => {
  it('is worded from the catalogue: English as before', () => {
    expect(CHANGES.map((c) => changeLine(c, createTranslator('en-GB')))).toEqual([
      'Dixon plan: score for Legal basis raised from 2 to 3',
      "Dixon plan: India's position changed from accepts with conditions to opposes",
      'Dixon plan: status changed from stalled to rejected',
      'Dixon plan: text revised: summary, arguments for',
      'Sources: now cited: Kashmir diplomacy',
    ]);
  });

  it('in French, Urdu, Arabic and Hindi, with none of the English words', () => {
    expect(changeLine(CHANGES[0]!, createTranslator('fr'))).toBe('Dixon plan: note pour « Legal basis » relevée de 2 à 3');
    expect(changeLine(CHANGES[1]!, createTranslator('ur'))).toBe('Dixon plan: India کا مؤقف شرائط کے ساتھ قبول سے بدل کر مخالف ہو گیا');
    const english = Object.entries(EN).filter(([key]) => key.startsWith('change.')).flatMap(([, words]) => words.replace(/\{\w+\}/g, ' ').split(/[^a-z']+/i)).filter((w) => w.length > 3);
    for (const lang of ['fr', 'ur', 'ar', 'hi']) {
      const lines = CHANGES.map((c) => changeLine(c, createTranslator(lang))).join('\n').replace(/Dixon plan|Legal basis|India|Kashmir diplomacy/g, '');
      // A word the language writes the same ("position", "arguments" in French) proves nothing.
      const own = Object.values(builtInCatalogue(lang)).join(' ');
      for (const word of english.filter((w) => !new RegExp(`\\b${w}\\b`, 'i').test(own))) expect(lines, `${lang}: ${word}`).not.toMatch(new RegExp(`\\b${word}\\b`, 'i'));
    }
  });
});

describe('the edition in the document properties\' subject', () => {
  it('is in the pack\'s language', async () => {
    const { editionWords } = await import('../../src/model/brief-metadata.js');
    const pack = { date: '2025-08-31', edition: 1, status: 'final' } as Parameters<typeof editionWords>[0];
    expect(editionWords({ ...pack, lang: 'en-GB' })).toBe('edition 1 of 31 August 2025, final');
    expect(editionWords({ ...pack, lang: 'ur' })).toBe('اشاعت 1 بتاریخ 31 اگست، 2025، حتمی');
    expect(editionWords({ ...pack, lang: 'fr', status: 'draft' })).toBe('édition 1 du 31 août 2025, projet');
  });
});
