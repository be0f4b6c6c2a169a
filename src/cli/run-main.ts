// The command line's entry: hands the arguments to main and sets the exit status. bin.ts
// runs it from the bundle built from it (cli.cjs), or from source.
import { EXIT } from './exit-codes.js';
import { lazySegmenter } from './lazy-segmenter.js';

// yargs' text-width modules each make an Intl.Segmenter when they load (ICU's break
// rules: a tenth of a small run's start-up), and only the help text ever uses one. So
// segmenters are made when first used, and main is loaded after that is in place.
lazySegmenter();

Promise.all([import('yargs/helpers'), import('./main.js')])
  .then(([{ hideBin }, { main }]) => main(hideBin(process.argv), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env }))
  .then(
    (status) => {
      process.exitCode = status;
    },
    (error: Error) => {
      process.stderr.write(`pycodemod: internal error: ${error.stack ?? error.message}\n`);
      process.exitCode = EXIT.fileFailed;
    },
  );
