import type { TemplateSet } from '../templates/template-set.js';

/** The `@page` rule from template.yaml: one source of truth for HTML print and PDF. */
export function pageCss(set: TemplateSet): string {
  const { paper, margins } = set.config;
  return `@page { size: ${paper.size} ${paper.orientation}; margin: ${margins.top} ${margins.right} ${margins.bottom} ${margins.left}; }\n`;
}
