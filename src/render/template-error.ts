import { InputError, problem } from '../core/errors.js';
import { didYouMean } from '../core/did-you-mean.js';
import { HELPER_DOCS } from './helper-docs.js';
import { templateFields } from './template-reference.js';

let names: string[] | undefined;
/** Every field name a template can use anywhere, and every helper: what a misspelt name is compared with. */
const knownNames = () => (names ??= [...new Set([...templateFields().map((f) => f.path.split(/[.[\]]+/).filter(Boolean).at(-1) ?? ''), ...Object.keys(HELPER_DOCS)])].filter(Boolean));

/** Handlebars' own error, with the position it sometimes knows. */
interface HandlebarsException extends Error {
  lineNumber?: number;
  column?: number;
}

/** A template mistake as an input error naming the template file and line. */
export function templateError(error: unknown, file: string, source: string): InputError {
  if (error instanceof InputError) return error;
  const e = error as HandlebarsException;
  const raw = e instanceof Error ? e.message : String(error);
  const parseLine = /Parse error on line (\d+)/.exec(raw)?.[1];
  const where = e.lineNumber !== undefined ? { line: e.lineNumber, column: (e.column ?? 0) + 1 } : parseLine ? { line: Number(parseLine) } : partialCall(raw, source);
  return new InputError([problem(file, describe(raw), where)]);
}

/** Handlebars gives no position for a missing partial: find the call in the source. */
function partialCall(raw: string, source: string): { line?: number; column?: number } {
  const name = /The partial (\S+) could not be found/.exec(raw)?.[1];
  const index = name === undefined ? -1 : source.search(new RegExp(`\\{\\{~?#?>\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
  if (index < 0) return {};
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function describe(raw: string): string {
  const missing = /^"([^"]+)" not defined in/.exec(raw);
  if (missing) return `template: "${missing[1]}" is not a field here${didYouMean(missing[1]!, knownNames())} (templates run in strict mode: check the spelling; brief template fields lists them all)`;
  const partial = /The partial (\S+) could not be found/.exec(raw);
  if (partial) return `template: no partial "${partial[1]}" in this set or its bases`;
  if (/^Parse error/.test(raw)) {
    if (/got 'EOF'/.test(raw)) return 'template: the template ends inside a block: a {{#...}} is never closed with its {{/...}}';
    const expecting = /Expecting (.*)$/m.exec(raw)?.[1];
    return `template: syntax error${expecting ? ` (expecting ${expecting.replace(/'/g, '')})` : ''}`;
  }
  const first = raw.split('\n').filter((l) => !/^[-\s^]*$/.test(l));
  return `template: ${first.slice(0, 2).join(' ').replace(/\s+/g, ' ').trim()}`;
}
