import type { TemplateFile } from '../templates/template-set.js';

/** What a Word file takes from its set's CSS, so the PDF and the .docx read as the same brief. */
export interface Look {
  /** Body text font, the first of the CSS stack: Word substitutes its own when the reader lacks it. */
  serif: string;
  /** Headings, tables, notes and citations. */
  sans: string;
  /** Colours as Word writes them: six hex digits, no `#`. */
  ink: string;
  muted: string;
  accent: string;
  accentSoft: string;
  rule: string;
  /** The body size in points. */
  size: number;
  /** The font of the brief's complex-script text (Arabic, Hebrew, Devanagari), set apart from its Latin text as Word does; none for a Latin-script brief. */
  cs?: string;
}

/** A family as Word's `w:rFonts`: the family for Latin text and, in a complex-script brief, the script's font for the rest. */
export const face = (look: Look, family: string) => (look.cs ? { ascii: family, hAnsi: family, eastAsia: family, cs: look.cs } : family);

/** The built-in sets' look, for a set whose CSS names none of it. */
export const DEFAULT_LOOK: Look = {
  serif: 'Source Serif 4',
  sans: 'Source Sans 3',
  ink: '1B1F24',
  muted: '5A6270',
  accent: '1F3A5F',
  accentSoft: 'E8EDF4',
  rule: 'C9CED6',
  size: 10.5,
};

const firstFamily = (stack: string) => stack.split(',')[0]!.trim().replace(/^['"]|['"]$/g, '');

function hexColour(value: string): string | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim())?.[1];
  if (!hex) return undefined;
  return (hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex).toUpperCase();
}

/**
 * The look of a set from its CSS, its bases' first: the custom properties
 * every built-in set restyles through (`--serif`, `--sans`, `--ink`,
 * `--muted`, `--accent`, `--accent-soft`, `--rule`) and the root font size.
 * What the CSS does not say, or says in a form Word cannot take (a colour
 * that is not hex), keeps the built-in value.
 */
export function lookOf(styles: readonly TemplateFile[]): Look {
  const vars = new Map<string, string>();
  let size: number | undefined;
  for (const { source } of styles) {
    for (const [, name, value] of source.matchAll(/--([a-z-]+)\s*:\s*([^;}]+)/g)) vars.set(name!, value!.trim());
    const html = /(?:^|\})\s*html\s*\{[^}]*?font-size\s*:\s*([\d.]+)pt/.exec(source)?.[1];
    if (html) size = Number(html);
  }
  const colour = (name: string, fallback: string) => hexColour(vars.get(name) ?? '') ?? fallback;
  const font = (name: string, fallback: string) => (vars.has(name) ? firstFamily(vars.get(name)!) || fallback : fallback);
  return {
    serif: font('serif', DEFAULT_LOOK.serif),
    sans: font('sans', DEFAULT_LOOK.sans),
    ink: colour('ink', DEFAULT_LOOK.ink),
    muted: colour('muted', DEFAULT_LOOK.muted),
    accent: colour('accent', DEFAULT_LOOK.accent),
    accentSoft: colour('accent-soft', DEFAULT_LOOK.accentSoft),
    rule: colour('rule', DEFAULT_LOOK.rule),
    size: size ?? DEFAULT_LOOK.size,
  };
}
