import type { Problem } from '../core/errors.js';
import { resolveCitationStyle } from '../load/citation-style.js';
import type { Pack } from '../schema/pack.js';
import { problemAt } from './located-problem.js';
import type { Entry } from './project.js';

/** A pack's `citation_style:`: a bundled name, or a CSL style file inside the project, given from its folder. */
export function checkCitationStyle(pack: Entry<Pack>, root: string): Problem[] {
  const value = pack.data.citation_style;
  if (value === undefined) return [];
  const style = resolveCitationStyle(value, root);
  return style.ok ? [] : [problemAt(pack.yaml, ['citation_style'], style.message)];
}
