// Unified diffs in git's format, so that a dry run's output applies with `git apply`
// and gives exactly what `--write` would.
import { diffArrays } from 'diff';

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

type Operation = { kind: ' ' | '-' | '+'; line: string };

/** Lines with their line breaks (the last one may have none). */
function splitLines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

/**
 * The longest increasing run of `after` positions among lines that occur once on each
 * side (patience diff's anchors), in O(n log n).
 */
function anchors(before: readonly string[], after: readonly string[]): Array<[number, number]> {
  const counts = new Map<string, [number, number, number]>();
  before.forEach((line, index) => {
    const entry = counts.get(line) ?? [0, 0, -1];
    entry[0]++;
    entry[2] = index;
    counts.set(line, entry);
  });
  const pairs: Array<[number, number]> = [];
  const seen = new Map<string, number>();
  after.forEach((line) => seen.set(line, (seen.get(line) ?? 0) + 1));
  after.forEach((line, index) => {
    const entry = counts.get(line);
    if (entry && entry[0] === 1 && seen.get(line) === 1) pairs.push([entry[2], index]);
  });
  pairs.sort((x, y) => x[0] - y[0]);
  // Patience sorting on the after positions, keeping back-links for the run.
  const tails: number[] = [];
  const previous: number[] = new Array(pairs.length).fill(-1);
  for (let index = 0; index < pairs.length; index++) {
    const value = (pairs[index] as [number, number])[1];
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((pairs[tails[middle] as number] as [number, number])[1] < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] as number;
    tails[low] = index;
  }
  const run: Array<[number, number]> = [];
  for (let index = tails.length ? (tails[tails.length - 1] as number) : -1; index !== -1; index = previous[index] as number) run.push(pairs[index] as [number, number]);
  return run.reverse();
}

/**
 * The line operations that turn `before` into `after`. Myers' algorithm costs the number
 * of lines times the number of changed lines, which is quadratic for a file that gets a
 * docstring in each of its 8,000 functions; lines found once on each side cut the texts
 * into small gaps first (patience diff), and only the gaps are diffed.
 */
function lineOperations(before: readonly string[], after: readonly string[]): Operation[] {
  const operations: Operation[] = [];
  let oldAt = 0;
  let newAt = 0;
  const gap = (oldEnd: number, newEnd: number) => {
    const oldPart = before.slice(oldAt, oldEnd);
    const newPart = after.slice(newAt, newEnd);
    if (oldPart.length && newPart.length) {
      for (const change of diffArrays(oldPart, newPart)) {
        const kind = change.added ? '+' : change.removed ? '-' : ' ';
        for (const line of change.value) operations.push({ kind, line });
      }
    } else {
      for (const line of oldPart) operations.push({ kind: '-', line });
      for (const line of newPart) operations.push({ kind: '+', line });
    }
  };
  for (const [oldIndex, newIndex] of anchors(before, after)) {
    gap(oldIndex, newIndex);
    operations.push({ kind: ' ', line: before[oldIndex] as string });
    oldAt = oldIndex + 1;
    newAt = newIndex + 1;
  }
  gap(before.length, after.length);
  return operations;
}

/** A hunk line: the operation's mark and its line, with git's note for a missing final newline. */
function hunkLines(operation: Operation): string[] {
  const text = operation.line.endsWith('\n') ? operation.line.slice(0, -1) : operation.line;
  return operation.line.endsWith('\n') ? [operation.kind + text] : [operation.kind + text, '\\ No newline at end of file'];
}

/** `displayPath` is relative to where `git apply` will run, with forward slashes. */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  // A path outside the working directory is absolute; git's headers never double the slash.
  const displayPath = path.replace(/^\/+/, '');
  const operations = lineOperations(splitLines(before), splitLines(after));
  const changed = operations.flatMap((operation, index) => (operation.kind === ' ' ? [] : [index]));
  if (changed.length === 0) return '';
  const [oldName, newName] = [quotedPath(`a/${displayPath}`), quotedPath(`b/${displayPath}`)];
  const lines = [`diff --git ${oldName} ${newName}`, `--- ${oldName}`, `+++ ${newName}`];
  // Old and new line numbers before each operation.
  const oldBefore: number[] = [];
  const newBefore: number[] = [];
  let oldCount = 0;
  let newCount = 0;
  for (const operation of operations) {
    oldBefore.push(oldCount);
    newBefore.push(newCount);
    if (operation.kind !== '+') oldCount++;
    if (operation.kind !== '-') newCount++;
  }
  // As in `diff -u`: an empty range names the line before it.
  const range = (start: number, count: number) => (count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`);
  let index = 0;
  while (index < changed.length) {
    // Changes closer than twice the context share a hunk.
    let last = index;
    while (last + 1 < changed.length && (changed[last + 1] as number) - (changed[last] as number) - 1 <= 2 * context) last++;
    const first = Math.max(0, (changed[index] as number) - context);
    const end = Math.min(operations.length, (changed[last] as number) + context + 1);
    const slice = operations.slice(first, end);
    const oldLines = slice.filter((operation) => operation.kind !== '+').length;
    const newLines = slice.filter((operation) => operation.kind !== '-').length;
    lines.push(`@@ -${range((oldBefore[first] as number) + 1, oldLines)} +${range((newBefore[first] as number) + 1, newLines)} @@`, ...slice.flatMap(hunkLines));
    index = last + 1;
  }
  return `${lines.join('\n')}\n`;
}
