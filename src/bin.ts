#!/usr/bin/env node
import { run } from './cli.js';
import { STOP_SIGNALS } from './core/errors.js';

const code = await run(process.argv.slice(2));
// Stopped by a signal: what the build left running in the background (a render, a print that is failing) need not finish.
if ((Object.values(STOP_SIGNALS) as number[]).includes(code)) process.exit(code);
process.exitCode = code;
