import type { Direction } from '../i18n/direction.js';
import type { TemplateSet } from '../templates/template-set.js';

/**
 * The `@page` rule from template.yaml: one source of truth for HTML print and
 * PDF. `left` and `right` there are the margins of a left-to-right brief; a
 * right-to-left one has them swapped, as its text starts on the right.
 */
export function pageCss(set: TemplateSet, dir: Direction = 'ltr'): string {
  const { paper, margins } = set.config;
  const [start, end] = dir === 'rtl' ? [margins.right, margins.left] : [margins.left, margins.right];
  return `@page { size: ${paper.size} ${paper.orientation}; margin: ${margins.top} ${end} ${margins.bottom} ${start}; }\n`;
}
