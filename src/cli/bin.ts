#!/usr/bin/env node
// The executable. Once built, the command line is one CommonJS bundle beside this file
// (cli.cjs), compiled through V8's code cache (compile-cache.ts): most of a small run's
// start-up went to compiling it. From source (tests, tsx), the entry itself. Either way
// V8's optimizing compiler is first tuned for a run of seconds (compiler-tuning.ts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runCached } from './compile-cache.js';
import { tuneCompiler } from './compiler-tuning.js';

// The runner's threads ask V8 for its collector by setting `--expose-gc`
// (runner/collect-garbage.ts). Set mid-run, the flag changed the flags V8's code cache is
// made under at exit, and the next run, starting without it, rejected the cache and made
// it again: every run that collected. Set first, it is the same for every run.
setFlagsFromString('--expose-gc');
tuneCompiler();

const bundle = fileURLToPath(new URL('./cli.cjs', import.meta.url));
if (existsSync(bundle)) runCached(bundle);
else await import('./run-main.js');
