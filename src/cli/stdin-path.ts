// The path `-` (standard input) as it reaches the run, in a module of its own: the
// argument reordering of main.ts needs it before (and without) loading the run command.

/** yargs would drop a lone `-`; no file name can be this. */
export const STDIN_PATH = '\0-';
