#!/usr/bin/env node
import { runCli } from './run-cli.js';

// A closed pipe (`compound export | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  interactive: Boolean(process.stderr.isTTY),
});
process.exitCode = code;
