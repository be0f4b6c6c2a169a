// A full garbage collection on request, for the runner's threads. tree-sitter's trees
// live in native memory that V8 does not count, and are freed only when the collector
// finalizes their JavaScript handles: a thread that allocates little between two major
// collections keeps the dead trees of hundreds of files (the default run over a 28 MB tree
// peaked near 500 MB). V8 exposes `gc` only when asked, in contexts made after the flag
// (the command line sets it before anything else, cli/bin.ts: V8's code cache checks the
// flags; setting it here again changes nothing then, and serves a program that embeds the
// runner).
// What the collection freed then goes back to the system (native-copy.ts): malloc would
// keep it for the thread.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { releaseFreeMemory } from '../engine/native-copy.js';

let collect: (() => void) | null | undefined;

/** Runs a full collection (nothing when this V8 cannot expose one), then returns the memory freed to the system. */
export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
  releaseFreeMemory();
}

/** Calls for a collection each time `bytes` more of source have been handled. */
export class GarbageBudget {
  private handled = 0;

  constructor(private readonly bytes: number) {}

  /** Counts `size` more bytes handled; collects once the budget is spent. */
  spend(size: number): void {
    this.handled += size;
    if (this.handled < this.bytes) return;
    this.handled = 0;
    collectGarbage();
  }
}
