// Unified diffs in git's format, so that a dry run's output applies with `git apply`
// and gives exactly what `--write` would.
import { structuredPatch } from 'diff';

const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\x07': '\\a' };

/**
 * A path in a diff header as git writes it: as is, or quoted C-style when it holds a
 * quote, a backslash or a control character, which `git apply` otherwise misreads (a
 * newline in a name would end the header line). UTF-8 names stay readable: git apply
 * takes them as they are.
 */
export function quotedPath(path: string): string {
  if (!/["\\\x00-\x1f\x7f]/.test(path)) return path;
  let quoted = '';
  for (const character of path) {
    if (ESCAPES[character]) quoted += ESCAPES[character];
    else if (/[\x00-\x1f\x7f]/.test(character)) {
      for (const byte of Buffer.from(character, 'utf8')) quoted += `\\${byte.toString(8).padStart(3, '0')}`;
    } else quoted += character;
  }
  return `"${quoted}"`;
}

/** `displayPath` is relative to where `git apply` will run, with forward slashes. */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  // A path outside the working directory is absolute; git's headers never double the slash.
  const displayPath = path.replace(/^\/+/, '');
  const patch = structuredPatch(`a/${displayPath}`, `b/${displayPath}`, before, after, '', '', { context });
  if (patch.hunks.length === 0) return '';
  const [oldName, newName] = [quotedPath(`a/${displayPath}`), quotedPath(`b/${displayPath}`)];
  const lines = [`diff --git ${oldName} ${newName}`, `--- ${oldName}`, `+++ ${newName}`];
  for (const hunk of patch.hunks) {
    // As in `diff -u`: an empty range names the line before it.
    const range = (start: number, count: number) => (count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`);
    const oldRange = range(hunk.oldStart, hunk.oldLines);
    const newRange = range(hunk.newStart, hunk.newLines);
    lines.push(`@@ -${oldRange} +${newRange} @@`, ...hunk.lines);
  }
  return `${lines.join('\n')}\n`;
}
