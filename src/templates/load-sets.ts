import type { PaperSize } from '../schema/template.js';
import { loadTemplateSet } from './load-template-set.js';
import type { TemplateSet } from './template-set.js';

/**
 * The template set of each audience asked for, loaded once however many packs
 * ask: `from` is the file that named it first, for errors. With `paper`, every
 * set prints on that paper instead of its own.
 */
export async function loadSets(wanted: readonly { name: string; from: string }[], dirs: readonly string[], paper?: PaperSize): Promise<Map<string, TemplateSet>> {
  const sets = new Map<string, TemplateSet>();
  for (const { name, from } of wanted) {
    if (sets.has(name)) continue;
    const set = await loadTemplateSet(name, dirs, from);
    if (paper) set.config.paper = { ...set.config.paper, size: paper };
    sets.set(name, set);
  }
  return sets;
}
