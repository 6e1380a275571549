import { lookupTags } from '../i18n/catalogues.js';
import type { PolicyOption } from '../schema/option.js';
import { applyTranslation } from '../schema/translation.js';
import type { Project } from '../validate/project.js';

/**
 * Option `id` as a brief in `lang` prints it: with the translation for that
 * language laid over it (`ur-PK` finds `<id>.ur-PK.yaml`, then `<id>.ur.yaml`),
 * or as written when there is none. Assumes a validated project.
 */
export function optionIn(project: Project, id: string, lang: string): PolicyOption {
  const option = project.options.get(id)!.data;
  const translations = project.translations.get(id);
  for (const tag of translations ? lookupTags(lang) : []) {
    const translation = translations!.get(tag);
    if (translation) return applyTranslation(option, translation.data);
  }
  return option;
}
