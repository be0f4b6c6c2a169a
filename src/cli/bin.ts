#!/usr/bin/env node
// The executable: hands the arguments to main and sets the exit status.
import { hideBin } from 'yargs/helpers';
import { EXIT } from './exit-codes.js';
import { main } from './main.js';

main(hideBin(process.argv), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env }).then(
  (status) => {
    process.exitCode = status;
  },
  (error: Error) => {
    process.stderr.write(`pycodemod: internal error: ${error.stack ?? error.message}\n`);
    process.exitCode = EXIT.fileFailed;
  },
);
