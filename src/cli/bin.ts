#!/usr/bin/env node
// The executable. Once built, the command line is one CommonJS bundle beside this file
// (cli.cjs), compiled through V8's code cache (compile-cache.ts): most of a small run's
// start-up went to compiling it. From source (tests, tsx), the entry itself.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCached } from './compile-cache.js';

const bundle = fileURLToPath(new URL('./cli.cjs', import.meta.url));
if (existsSync(bundle)) runCached(bundle);
else await import('./run-main.js');
