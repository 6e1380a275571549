import Handlebars from 'handlebars';
import { problem, type Problem } from '../core/errors.js';
import { EN } from '../i18n/messages-en.js';
import { unknownMessage } from '../i18n/translator.js';

type Call = hbs.AST.MustacheStatement | hbs.AST.SubExpression;

/**
 * Every `{{t "key"}}` and `(t "key")` of a template whose key no catalogue
 * has, at its line and column: found when the set is compiled, so
 * `brief validate` reports it before anything is printed.
 */
export function checkMessageKeys(ast: hbs.AST.Program, file: string): Problem[] {
  const problems: Problem[] = [];
  const visitor = new Handlebars.Visitor();
  const check = (call: Call) => {
    const [first] = call.params;
    if (call.path.type !== 'PathExpression' || (call.path as hbs.AST.PathExpression).original !== 't') return;
    if (first?.type !== 'StringLiteral') return;
    const key = (first as hbs.AST.StringLiteral).value;
    if (Object.hasOwn(EN, key)) return;
    problems.push(problem(file, `template: ${unknownMessage(key).message}`, { line: first.loc.start.line, column: first.loc.start.column + 1 }));
  };
  const visit = visitor as unknown as Record<string, (node: Call) => void>;
  const base = { mustache: visit['MustacheStatement']!, sub: visit['SubExpression']! };
  visit['MustacheStatement'] = function (this: unknown, node) {
    check(node);
    base.mustache.call(this, node);
  };
  visit['SubExpression'] = function (this: unknown, node) {
    check(node);
    base.sub.call(this, node);
  };
  visitor.accept(ast);
  return problems;
}
