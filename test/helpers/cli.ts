import { run } from '../../src/cli.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process, capturing what it prints. */
export async function runCli(...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { out: (t) => void (stdout += t.endsWith('\n') ? t : `${t}\n`), err: (t) => void (stderr += t.endsWith('\n') ? t : `${t}\n`) });
  return { code, stdout, stderr };
}

/** A stack trace has lines like "    at fn (file.js:1:2)". */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
