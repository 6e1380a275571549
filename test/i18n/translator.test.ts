import { describe, expect, it } from 'vitest';
import { directionOf } from '../../src/i18n/direction.js';
import { EN, MESSAGE_KEYS } from '../../src/i18n/messages-en.js';
import { createTranslator, messagesFor } from '../../src/i18n/translator.js';

describe('the message catalogue', () => {
  it('gives English for a language it has no catalogue of', () => {
    expect(createTranslator('tlh').t('sources.heading')).toBe('Sources');
    expect(createTranslator('en-GB').t('status.in-force')).toBe('In force');
  });

  it('fills placeholders, writing numbers in the language\'s digits', () => {
    expect(createTranslator('en').t('page.number', { page: 3, pages: 12 })).toBe('Page 3 of 12');
    expect(createTranslator('en').t('timeline.key-events', { year: 2025 })).toBe('Key events of 2025');
    // Urdu as written in India uses Extended Arabic-Indic digits, through Intl.
    expect(createTranslator('ur-IN').number(2025)).toBe('۲۰۲۵');
    // A placeholder without a value stays as it is, so the mistake shows.
    expect(createTranslator('en').t('page.number', { page: 1 })).toBe('Page 1 of {pages}');
  });

  it('takes a pack\'s word over its set\'s, and a set\'s over the catalogue\'s', () => {
    const i18n = createTranslator('en', [{ 'handout.pros': 'Case for' }, { 'handout.pros': 'In favour', 'handout.cons': 'Case against' }]);
    expect(i18n.t('handout.pros')).toBe('Case for');
    expect(i18n.t('handout.cons')).toBe('Case against');
    expect(i18n.t('handout.now')).toBe(EN['handout.now']);
  });

  it('picks a set\'s overrides by the most specific language tag first', () => {
    const byLanguage = { fr: { 'handout.pros': 'Pour' }, 'fr-CA': { 'handout.pros': 'En faveur' }, en: { 'handout.pros': 'Yes' } };
    expect(messagesFor(byLanguage, 'fr-CA')).toEqual([{ 'handout.pros': 'En faveur' }, { 'handout.pros': 'Pour' }]);
    expect(messagesFor(byLanguage, 'FR-fr')).toEqual([{ 'handout.pros': 'Pour' }]);
    expect(messagesFor(byLanguage, 'de')).toEqual([]);
  });

  it('refuses a key it does not have, naming the closest', () => {
    expect(() => createTranslator('en').t('sources.heding' as never)).toThrow('no message "sources.heding" (did you mean "sources.heading"?)');
  });

  it('has a word for every key, none empty', () => {
    expect(MESSAGE_KEYS.length).toBeGreaterThan(60);
    for (const key of MESSAGE_KEYS) expect(EN[key].trim(), key).not.toBe('');
  });
});

describe('the direction of a language', () => {
  it('is right-to-left for Arabic-script and Hebrew languages, whatever the region', () => {
    for (const lang of ['ar', 'ar-EG', 'ur', 'ur-PK', 'fa', 'he', 'ps', 'sd']) expect(directionOf(lang), lang).toBe('rtl');
  });

  it('is left-to-right for the rest, for a Latin-script tag of an RTL language, and for a tag it cannot read', () => {
    for (const lang of ['en', 'en-GB', 'fr-FR', 'hi', 'pa-Guru', 'ks-Deva', 'az-Latn']) expect(directionOf(lang), lang).toBe('ltr');
    expect(directionOf('not a tag')).toBe('ltr');
  });
});
