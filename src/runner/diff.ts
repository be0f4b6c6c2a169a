// Unified diffs in git's format, so that a dry run's output applies with `git apply`
// and gives exactly what `--write` would.
import { structuredPatch } from 'diff';

/** `displayPath` is relative to where `git apply` will run, with forward slashes. */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  // A path outside the working directory is absolute; git's headers never double the slash.
  const displayPath = path.replace(/^\/+/, '');
  const patch = structuredPatch(`a/${displayPath}`, `b/${displayPath}`, before, after, '', '', { context });
  if (patch.hunks.length === 0) return '';
  const lines = [`diff --git a/${displayPath} b/${displayPath}`, `--- a/${displayPath}`, `+++ b/${displayPath}`];
  for (const hunk of patch.hunks) {
    // As in `diff -u`: an empty range names the line before it.
    const range = (start: number, count: number) => (count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`);
    const oldRange = range(hunk.oldStart, hunk.oldLines);
    const newRange = range(hunk.newStart, hunk.newLines);
    lines.push(`@@ -${oldRange} +${newRange} @@`, ...hunk.lines);
  }
  return `${lines.join('\n')}\n`;
}
