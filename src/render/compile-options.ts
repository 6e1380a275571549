/** How every template is compiled, at render time or when the package is built (`scripts/precompile-templates.mjs`). */
export const COMPILE_OPTIONS = { strict: true, preventIndent: true, data: true } as const;
