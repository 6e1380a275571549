import { createRequire } from 'node:module';
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

/** A brief's document properties, all from the pack, so rebuilding gives the same ones. */
export function briefMetadata(project: Project, pack: Entry<Pack>, set: TemplateSet, only?: string): PdfMetadata {
  const ids = only === undefined ? pack.data.options : [only];
  const options = ids.map((id) => project.options.get(id)!.data);
  return {
    title: only === undefined ? pack.data.title : `${options[0]!.title}: ${pack.data.title}`,
    author: pack.data.authors.join('; '),
    subject: pack.data.subtitle ?? set.config.description,
    keywords: options.map((o) => o.short_title ?? o.title),
    date: new Date(`${pack.data.date}T00:00:00Z`),
    producer: `options-brief ${version}`,
  };
}
