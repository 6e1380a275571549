import type { YamlFile } from '../load/parse-yaml.js';
import type { LoadedTermRule } from './loaded-terms.js';
import type { PolicyOption } from '../schema/option.js';
import type { Pack } from '../schema/pack.js';
import type { OptionTranslation } from '../schema/translation.js';
import type { Source } from '../schema/source.js';

/** A validated file: its data and where it came from, for later error positions. */
export interface Entry<T> {
  id: string;
  data: T;
  yaml: YamlFile;
}

/** Valid translations of options, by option id, then by lower-case language tag (`ur`, `fr-ca`). */
export type Translations = Map<string, Map<string, Entry<OptionTranslation>>>;

/** The project after validation: every file that passed its schema. */
export interface Project {
  root: string;
  options: Map<string, Entry<PolicyOption>>;
  sources: Map<string, Entry<Source> & { index: number }>;
  sourcesYaml: YamlFile | undefined;
  packs: Map<string, Entry<Pack>>;
  /** Options in other languages (`options/<id>.<lang>.yaml`): a pack in that language prints them. */
  translations: Translations;
  /** Ids of option files that exist but failed validation: their own errors explain them. */
  brokenOptions: Set<string>;
  /** Every option and pack file that parsed, valid or not: a broken file still cites sources. */
  parsedFiles: YamlFile[];
  /** Ids of registry entries that exist but failed validation: citing them is not a second error. */
  brokenSources: Set<string>;
  /** The loaded terms the lint looks for: the general ones and the project's own (options/terms.yaml). */
  loadedTerms: LoadedTermRule[];
  /** False when the registry is missing or unreadable: unknown citations are then not reported one by one. */
  registryUsable: boolean;
}
