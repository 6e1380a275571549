import { createRequire } from 'node:module';
import { createTranslator } from '../i18n/translator.js';
import type { Entry, Project } from '../validate/project.js';
import type { Pack } from '../schema/pack.js';
import type { TemplateSet } from '../templates/template-set.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** What a brief says about itself in its document properties. */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** The pack's date: the creation date, so that rebuilding gives the same properties. */
  date: Date;
  producer: string;
}

/** `edition 2 of 21 November 2026, draft` (or `21 November 2026, final` with no edition number), in the pack's language: which edition a file is, for its document properties. */
export function editionWords(pack: Pack): string {
  const i18n = createTranslator(pack.lang, pack.messages ? [pack.messages] : []);
  const day = new Date(`${pack.date}T00:00:00Z`).toLocaleDateString(pack.lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const edition = pack.edition === undefined ? day : i18n.t('document.edition', { edition: pack.edition, date: day });
  return `${edition}${i18n.t('separator.names')}${i18n.t(pack.status === 'draft' ? 'document.draft' : 'document.final')}`;
}

/** A document's title: the pack's, after the option's for a one-option brief, and marked DRAFT on a draft. */
export function documentTitle(pack: Pack, option?: string): string {
  const title = option === undefined ? pack.title : `${option}: ${pack.title}`;
  // In the pack's language: the title bar of a viewer shows it.
  return pack.status === 'draft' ? createTranslator(pack.lang, pack.messages ? [pack.messages] : []).t('edition.draft-title', { title }) : title;
}

/** A brief's document properties, all from the pack, so rebuilding gives the same ones. */
export function briefMetadata(project: Project, pack: Entry<Pack>, set: TemplateSet, only?: string): PdfMetadata {
  const ids = only === undefined ? pack.data.options : [only];
  const options = ids.map((id) => project.options.get(id)!.data);
  const draft = pack.data.status === 'draft';
  return {
    title: documentTitle(pack.data, only === undefined ? undefined : options[0]!.title),
    author: pack.data.authors.join('; '),
    subject: `${pack.data.subtitle ?? set.config.description} (${editionWords(pack.data)})`,
    keywords: [...(draft ? ['DRAFT'] : []), ...options.map((o) => o.short_title ?? o.title)],
    date: new Date(`${pack.data.date}T00:00:00Z`),
    producer: `options-brief ${version}`,
  };
}
