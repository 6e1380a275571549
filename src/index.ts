/** The Node API: the same pipeline the CLI runs. */
export { build, type BuildOptions, type BuildResult, type Format } from './build.js';
export { validateRoot as validate } from './validate/validate-root.js';
export { InputError, EnvironmentError, EXIT, type Problem } from './errors.js';
export { formatProblem } from './report/format-problem.js';
export type { BriefModel } from './model/brief-model.js';
