// Exit statuses, as documented in the README.
export const EXIT = {
  /** Nothing to change, or everything written. */
  ok: 0,
  /** `--check`: changes are pending. */
  changesPending: 1,
  /** A usage or configuration error; nothing was written. */
  usage: 2,
  /** A file failed; the others were still processed (and written). */
  fileFailed: 3,
  /** `--check`: some files could not be checked (syntax error, encoding, unreadable). */
  notChecked: 4,
  /** `--interactive` ended by Ctrl-C (what was accepted before is written), as shells count SIGINT. */
  interrupted: 130,
} as const;
