// Checks a rewritten copy of a tree against the original for the line gate's promise: no
// added line longer than the file's limit where the lines it replaced were within it.
//   line-gate-check.ts ORIGINAL_DIR REWRITTEN_DIR [--limit N] [--show 10]
// The limit is each original file's apparent one (its own lines'), as a run without a
// configured limit uses, unless --limit names one. For every change (a run of removed
// lines and the lines added in their place) it counts the added lines over the limit
// beyond those the removed lines already had; any such line is a violation.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { diffLines } from 'diff';
import { measureLine } from '../src/engine/line-gate.js';
import { apparentLineLengthOf } from '../src/python/conventions/line-length.js';

function pythonFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) return [];
    if (stats.isDirectory()) return pythonFiles(path);
    return entry.endsWith('.py') ? [path] : [];
  });
}

function linesOf(value: string): string[] {
  const lines = value.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { limit: { type: 'string' }, show: { type: 'string', default: '10' } } });
const [originalRoot, rewrittenRoot] = positionals;
if (!originalRoot || !rewrittenRoot) {
  process.stderr.write('usage: line-gate-check.ts ORIGINAL_DIR REWRITTEN_DIR [--limit N] [--show 10]\n');
  process.exit(2);
}
const fixedLimit = values.limit === undefined ? null : Number(values.limit);
let files = 0;
let changedFiles = 0;
let addedLines = 0;
let addedOver = 0;
let violations = 0;
let noLimit = 0;
const examples: string[] = [];
for (const path of pythonFiles(originalRoot)) {
  const relativePath = relative(originalRoot, path);
  const before = readFileSync(path, 'utf8');
  let after: string;
  try {
    after = readFileSync(join(rewrittenRoot, relativePath), 'utf8');
  } catch {
    continue;
  }
  files++;
  if (before === after) continue;
  changedFiles++;
  const limit = fixedLimit ?? apparentLineLengthOf(before);
  if (limit === null) noLimit++;
  const parts = diffLines(before, after);
  let line = 1;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if (!part.added && !part.removed) {
      line += linesOf(part.value).length;
      continue;
    }
    // A change: the removed lines and the added lines that take their place.
    const removed = part.removed ? linesOf(part.value) : [];
    const addedPart = part.removed && parts[index + 1]?.added ? parts[++index]! : part.added ? part : null;
    const added = addedPart ? linesOf(addedPart.value) : [];
    addedLines += added.length;
    if (limit !== null) {
      const overAfter = added.filter((text) => measureLine(text) > limit);
      const overBefore = removed.filter((text) => measureLine(text) > limit).length;
      addedOver += overAfter.length;
      const excess = overAfter.length - overBefore;
      if (excess > 0) {
        violations += excess;
        if (examples.length < Number(values.show)) examples.push(`${relativePath}:${line} (limit ${limit}): ${overAfter[0]!.trim().slice(0, 100)}`);
      }
    }
    line += removed.length;
  }
}
process.stdout.write(
  [
    `files: ${files}, changed: ${changedFiles} (${noLimit} without an apparent limit: not checked)`,
    `added lines: ${addedLines}, of them over the limit: ${addedOver}`,
    `violations (added lines over the limit where the lines they replace were within it): ${violations}`,
    ...examples.map((example) => `  ${example}`),
  ].join('\n') + '\n',
);
process.exit(violations > 0 ? 1 : 0);
