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
  const lines: string[] = [];
  let start = 0;
  // A search for each line break: splitting on a look-behind was a fifth of a diff's time.
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
    lines.push(text.slice(start, newline + 1));
    start = newline + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

const REPEATED = -1;

/**
 * The longest increasing run of `after` positions among lines that occur once on each
 * side (patience diff's anchors), in O(n log n).
 */
function anchors(before: readonly string[], after: readonly string[]): Array<[number, number]> {
  // Per line, where it is when it occurs once on its side, else REPEATED.
  const once = (lines: readonly string[]) => {
    const places = new Map<string, number>();
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index] as string;
      places.set(line, places.has(line) ? REPEATED : index);
    }
    return places;
  };
  const oldPlaces = once(before);
  const newPlaces = once(after);
  const pairs: Array<[number, number]> = [];
  // In the old order, so that no sort is needed.
  for (let index = 0; index < before.length; index++) {
    const line = before[index] as string;
    if (oldPlaces.get(line) !== index) continue;
    const newIndex = newPlaces.get(line);
    if (newIndex !== undefined && newIndex !== REPEATED) pairs.push([index, newIndex]);
  }
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

/** Whether two short runs of lines have a line in common (compared pair by pair when there are few pairs, else through a set). */
function shareALine(oldPart: readonly string[], newPart: readonly string[]): boolean {
  if (oldPart.length * newPart.length > 64) {
    const lines = new Set(oldPart);
    return newPart.some((line) => lines.has(line));
  }
  return oldPart.some((line) => newPart.includes(line));
}

/** Old lines replaced by new ones with none in common: every old line, then every new one (as Myers' algorithm gives them). */
function pushReplaced(operations: Operation[], oldLines: readonly string[], newLines: readonly string[]): void {
  for (const line of oldLines) operations.push({ kind: '-', line });
  for (const line of newLines) operations.push({ kind: '+', line });
}

/** How many lines a run of replaced lines may hold on each side, and how many equal lines must follow it. */
const MAX_REPLACED = 8;
const IN_STEP = 3;

/**
 * The run of lines replaced at `oldAt`/`newAt`, as its lengths on each side (one of them
 * may be 0: lines inserted or removed), the shortest in all; null when there is none
 * within MAX_REPLACED. After it the texts are in step again (IN_STEP equal lines, or both
 * end), and its old and new lines have no line in common, so that no alignment of them is
 * better than every old line then every new one.
 */
function replacedRun(before: readonly string[], after: readonly string[], oldAt: number, newAt: number): [number, number] | null {
  const oldLeft = before.length - oldAt;
  const newLeft = after.length - newAt;
  if (oldLeft === newLeft) {
    // As many lines left on each side: the run ends at the first equal line, however far
    // (every string of a long literal requoted), one being in step enough: a line
    // inserted here would need one removed further on.
    let width = 1;
    while (width < oldLeft && before[oldAt + width] !== after[newAt + width]) width++;
    if (!shareALine(before.slice(oldAt, oldAt + width), after.slice(newAt, newAt + width))) return [width, width];
  }
  for (let total = 1; total <= 2 * MAX_REPLACED; total++) {
    for (let oldWidth = Math.max(0, total - MAX_REPLACED); oldWidth <= Math.min(total, MAX_REPLACED); oldWidth++) {
      const newWidth = total - oldWidth;
      if (oldWidth > oldLeft || newWidth > newLeft) continue;
      let equal = 0;
      while (equal < IN_STEP && oldWidth + equal < oldLeft && newWidth + equal < newLeft && before[oldAt + oldWidth + equal] === after[newAt + newWidth + equal]) equal++;
      const bothEnd = oldWidth + equal === oldLeft && newWidth + equal === newLeft;
      if (equal < IN_STEP && !bothEnd) continue;
      return shareALine(before.slice(oldAt, oldAt + oldWidth), after.slice(newAt, newAt + newWidth)) ? null : [oldWidth, newWidth];
    }
  }
  return null;
}

/**
 * The line operations that turn `before` into `after`. A rewrite changes a few lines here
 * and there (a quote, a comma, a name; a call spread over lines, a docstring added):
 * compared in order, the texts fall out of step only for short runs of replaced lines,
 * and a diff needs no more than that. From the first change that is no such run, the rest
 * is diffed by `patienceOperations`.
 */
function lineOperations(before: readonly string[], after: readonly string[]): Operation[] {
  const operations: Operation[] = [];
  let oldAt = 0;
  let newAt = 0;
  while (oldAt < before.length || newAt < after.length) {
    if (oldAt < before.length && newAt < after.length && before[oldAt] === after[newAt]) {
      operations.push({ kind: ' ', line: before[oldAt++] as string });
      newAt++;
      continue;
    }
    const run = replacedRun(before, after, oldAt, newAt);
    if (!run) break;
    pushReplaced(operations, before.slice(oldAt, oldAt + run[0]), after.slice(newAt, newAt + run[1]));
    oldAt += run[0];
    newAt += run[1];
  }
  if (oldAt === before.length && newAt === after.length) return operations;
  // Not push(...rest): a spread of a long file's lines overflows the stack.
  for (const operation of patienceOperations(before.slice(oldAt), after.slice(newAt))) operations.push(operation);
  return operations;
}

/**
 * The line operations of a patience diff. Myers' algorithm costs the number of lines
 * times the number of changed lines, which is quadratic for a file that gets a docstring
 * in each of its 8,000 functions; lines found once on each side cut the texts into small
 * gaps first, and only the gaps are diffed.
 */
function patienceOperations(before: readonly string[], after: readonly string[]): Operation[] {
  const operations: Operation[] = [];
  let oldAt = 0;
  let newAt = 0;
  const gap = (oldEnd: number, newEnd: number) => {
    // The lines the gap starts and ends with on both sides (a blank line, a closing
    // bracket: lines too common to be anchors) stay, as Myers' algorithm keeps them.
    let head = 0;
    while (oldAt + head < oldEnd && newAt + head < newEnd && before[oldAt + head] === after[newAt + head]) head++;
    let tail = 0;
    while (oldEnd - tail > oldAt + head && newEnd - tail > newAt + head && before[oldEnd - tail - 1] === after[newEnd - tail - 1]) tail++;
    for (let index = 0; index < head; index++) operations.push({ kind: ' ', line: before[oldAt + index] as string });
    const oldPart = before.slice(oldAt + head, oldEnd - tail);
    const newPart = after.slice(newAt + head, newEnd - tail);
    // Parts with no line in common (most gaps: a line and its new version) need no Myers.
    if (oldPart.length && newPart.length && shareALine(oldPart, newPart)) {
      for (const change of diffArrays(oldPart, newPart)) {
        const kind = change.added ? '+' : change.removed ? '-' : ' ';
        for (const line of change.value) operations.push({ kind, line });
      }
    } else pushReplaced(operations, oldPart, newPart);
    for (let index = tail; index > 0; index--) operations.push({ kind: ' ', line: before[oldEnd - index] as string });
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
