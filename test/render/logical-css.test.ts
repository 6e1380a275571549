import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, walk } from 'css-tree';
import { describe, expect, it } from 'vitest';
import { pageCss } from '../../src/render/page-css.js';
import { BUILT_IN_TEMPLATES } from '../../src/templates/template-set.js';
import type { TemplateSet } from '../../src/templates/template-set.js';

/** Every built-in set's CSS: its style sheet, and the <style> blocks of its templates. */
function builtInCss(): { file: string; css: string }[] {
  return readdirSync(BUILT_IN_TEMPLATES).flatMap((set) => {
    const dir = join(BUILT_IN_TEMPLATES, set);
    const partials = readdirSync(join(dir, 'partials')).map((name) => join('partials', name));
    return ['style.css', 'layout.hbs', ...partials].flatMap((name) => {
      let text: string;
      try {
        text = readFileSync(join(dir, name), 'utf8');
      } catch {
        return [];
      }
      const css = name.endsWith('.css') ? [text] : [...text.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => m[1]!);
      return css.map((block) => ({ file: `${set}/${name}`, css: block.replace(/\{\{[^}]*\}\}/g, 'x') }));
    });
  });
}

/** Properties that name a physical side, where a logical one mirrors with the brief's direction. */
const PHYSICAL = /^(margin|padding|border)-(left|right)(-|$)|^(left|right)$|^border-(top|bottom)-(left|right)-radius$/;
const PHYSICAL_VALUE: Record<string, RegExp> = { 'text-align': /^(left|right)$/, float: /^(left|right)$/, clear: /^(left|right)$/ };

describe('the built-in sets\' CSS', () => {
  it('names no physical side, so a right-to-left brief mirrors its margins, lists, tables and boxes', () => {
    const found: string[] = [];
    const css = builtInCss();
    expect(css.length).toBeGreaterThan(4);
    for (const { file, css: text } of css) {
      walk(parse(text, { parseValue: false }), {
        visit: 'Declaration',
        enter(node) {
          const value = node.value.type === 'Raw' ? node.value.value.trim() : '';
          if (PHYSICAL.test(node.property) || PHYSICAL_VALUE[node.property]?.test(value)) found.push(`${file}: ${node.property}: ${value}`);
        },
      });
    }
    expect(found).toEqual([]);
  });

  it('swaps the page\'s side margins for a right-to-left brief', () => {
    const set = { config: { paper: { size: 'A4', orientation: 'portrait' }, margins: { top: '20mm', right: '15mm', bottom: '22mm', left: '25mm' } } } as TemplateSet;
    expect(pageCss(set)).toBe('@page { size: A4 portrait; margin: 20mm 15mm 22mm 25mm; }\n');
    expect(pageCss(set, 'rtl')).toBe('@page { size: A4 portrait; margin: 20mm 25mm 22mm 15mm; }\n');
  });
});
