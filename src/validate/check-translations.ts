import type { Problem } from '../core/errors.js';
import { didYouMean } from '../core/did-you-mean.js';
import type { YamlFile } from '../load/parse-yaml.js';
import { translationOf } from '../load/project-files.js';
import { checkSchema } from '../schema/check-schema.js';
import { OptionTranslationSchema, translationWithoutOriginal, untranslatedFields, type OptionTranslation } from '../schema/translation.js';
import { findCitations } from './find-citations.js';
import { problemAt } from './located-problem.js';
import type { Project, Translations } from './project.js';

/**
 * Each translation (`options/<id>.<lang>.yaml`) against the translatable part
 * of the option schema, then against its original: there must be one, and
 * what no longer lines up with it (an item past its list's end, one whose
 * sources are another item's, a party it lacks) is a warning and is not
 * printed. What it leaves in the original language is one warning, listing
 * the fields.
 */
export function checkTranslations(files: readonly YamlFile[], project: Project, problems: Problem[]): Translations {
  const translations: Translations = new Map();
  const known = [...project.options.keys()];
  for (const yaml of files) {
    const { id, lang } = translationOf(yaml.file)!;
    const checked = checkSchema(yaml, OptionTranslationSchema);
    problems.push(...checked.problems);
    const original = project.options.get(id);
    if (!original) {
      if (!project.brokenOptions.has(id)) problems.push(problemAt(yaml, [], `a translation of option "${id}", but there is no option file "${id}.yaml" beside it${didYouMean(id, known)}`));
      continue;
    }
    if (checked.data === undefined) continue;
    const data: OptionTranslation = checked.data;
    for (const { path, message } of translationWithoutOriginal(original.data, data)) problems.push(problemAt(yaml, path, message, 'warning'));
    for (const ref of findCitations(data)) {
      if (project.registryUsable && !project.sources.has(ref.id) && !project.brokenSources.has(ref.id)) {
        problems.push(problemAt(yaml, ref.path, `unknown source "${ref.id}"${didYouMean(ref.id, project.sources.keys())}`, 'error', 'value', ref.inline ? `@${ref.id}` : undefined));
      }
    }
    const missing = untranslatedFields(original.data, data);
    if (missing.length > 0) problems.push(problemAt(yaml, [], `not translated, so printed as ${original.yaml.file} has them: ${missing.join(', ')}`, 'warning'));
    const byLang = translations.get(id) ?? new Map();
    byLang.set(lang.toLowerCase(), { id, data, yaml });
    translations.set(id, byLang);
  }
  return translations;
}
