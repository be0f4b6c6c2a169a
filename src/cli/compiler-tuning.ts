// V8's optimizing compiler, tuned for a run that lasts seconds, not hours. A run's code is
// hot for a few seconds in each worker thread, and each thread compiles it anew (isolates
// share no compiled code): with V8's defaults, TurboFan compiled about 300 functions per
// run, some several times, and its background threads took 15% of the CPU time of
// `-t trailing-commas` over Nova, on a machine whose two cores the workers already filled.
// Optimizing later (a larger interrupt budget) and without inlining (smaller, fewer
// compilations) made the default run over Nova, Django, SymPy and Twisted 20 to 30%
// faster, in wall and CPU time alike (README, Performance, "Eleventh session").
import { setFlagsFromString } from 'node:v8';

/** The V8 flags a run is given, each with the name a user's own setting of it would carry. */
const COMPILER_FLAGS: ReadonlyArray<{ name: string; flag: string }> = [
  { name: 'turbo-inlining', flag: '--no-turbo-inlining' },
  { name: 'interrupt-budget', flag: '--interrupt-budget=800000' },
];

/**
 * The flags to set: none with `PYCODEMOD_V8_TUNING=0`, and none that the user gave node
 * themselves (`node --interrupt-budget=... pycodemod`, or `--turbo-inlining`): theirs stand.
 */
export function compilerFlags(env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): string[] {
  if (env.PYCODEMOD_V8_TUNING === '0') return [];
  // V8 reads `-` and `_` alike in a flag's name, and `--no-x` as the negation of `--x`.
  const given = new Set(execArgv.map((argument) => argument.replace(/^--(?:no-)?/, '').split('=')[0]?.replaceAll('_', '-')));
  return COMPILER_FLAGS.filter(({ name }) => !given.has(name)).map(({ flag }) => flag);
}

/**
 * Sets the flags for the whole process, worker threads included (they take V8's flags as
 * they are when they start). For the command line and the bench, before any worker
 * starts; a program that embeds the runner keeps its own V8 settings unless it calls this.
 */
export function tuneCompiler(env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): void {
  for (const flag of compilerFlags(env, execArgv)) setFlagsFromString(flag);
}
