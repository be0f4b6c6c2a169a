// The standard library of the python3 that runs the tests: real code for the tests that
// compare a quick reading of text with what the tree shows.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The directory of the standard library. */
export function standardLibrary(): string {
  const script = "import sysconfig; print(sysconfig.get_paths()['stdlib'])";
  return execFileSync('python3', ['-c', script], { encoding: 'utf8' }).trim();
}

/** Its top-level modules (`*.py` directly in it), by name, with their paths and texts. */
export function topLevelModules(): Array<{ name: string; path: string; text: string }> {
  const root = standardLibrary();
  return readdirSync(root)
    .filter((entry) => entry.endsWith('.py'))
    .sort()
    .map((name) => {
      const path = join(root, name);
      return { name, path, text: readFileSync(path, 'utf8') };
    });
}
