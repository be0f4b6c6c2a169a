#!/usr/bin/env node
// The executable. Once built, the command line is one CommonJS bundle beside this file
// (cli.cjs), compiled through V8's code cache (compile-cache.ts): most of a small run's
// start-up went to compiling it. From source (tests, tsx), the entry itself. Either way
// V8's optimizing compiler is first tuned for a run of seconds (compiler-tuning.ts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCached } from './compile-cache.js';
import { tuneCompiler } from './compiler-tuning.js';

tuneCompiler();

const bundle = fileURLToPath(new URL('./cli.cjs', import.meta.url));
if (existsSync(bundle)) runCached(bundle);
else await import('./run-main.js');
