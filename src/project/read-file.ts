// Reading a project's source files, as the conventions' scan and the runner's jobs do: into
// one buffer per thread, reused from file to file. A fresh buffer per file cost more than
// the read itself (its memory is allocated and touched anew each time), and a stat before
// each read was a second system call for what the open file tells.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

let scratch = Buffer.allocUnsafe(64 * 1024);
let total = 0;

/**
 * The bytes of the regular file at `path`, in a buffer that the next call in this thread
 * overwrites (decode it before reading another file); null for a pipe, socket or device,
 * whose read could block forever (opened without blocking, so the open cannot either).
 * Throws as the file system does.
 */
export function readRegularFile(path: string): Buffer | null {
  const handle = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(handle);
    if (!stats.isFile()) return null;
    // One byte more than the size, so that a read of the whole file can see its end.
    if (scratch.length < stats.size + 1) scratch = Buffer.allocUnsafe(Math.max(stats.size + 1, scratch.length * 2));
    let length = 0;
    for (;;) {
      // A file that grew since its fstat: read on into a larger buffer.
      if (length === scratch.length) {
        const larger = Buffer.allocUnsafe(scratch.length * 2);
        scratch.copy(larger, 0, 0, length);
        scratch = larger;
      }
      const read = readSync(handle, scratch, length, scratch.length - length, null);
      if (read === 0) break;
      length += read;
    }
    total += length;
    return scratch.subarray(0, length);
  } finally {
    closeSync(handle);
  }
}

/** The bytes read so far in this thread: what a job read is the difference across it. */
export function bytesRead(): number {
  return total;
}
