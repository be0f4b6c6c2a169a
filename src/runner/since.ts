// `--since REV`: the lines git reports as added or changed since a revision (the work
// tree against REV, so staged and unstaged changes both count; untracked files whole),
// so that a run touches only what a patch already touches.
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../engine/errors.js';

/** Changed lines (1-based) per absolute path; `'all'` for a file that is new since REV. */
export type ChangedLines = Map<string, number[] | 'all'>;

function git(args: readonly string[], cwd: string) {
  return spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

/** A path as `git diff` prints it: quoted, with C escapes, when it holds odd characters. */
function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  const escapes: Record<string, number> = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = body[index + 1]!;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(index + 1, index + 4), 8));
      index += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      index += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Reads `git diff --unified=0` output into the added or changed lines of each new-side path. */
export function parseUnifiedDiff(diff: string): Map<string, number[] | 'all'> {
  const changed = new Map<string, number[] | 'all'>();
  let current: string | null = null;
  let fromNothing = false;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = null;
      fromNothing = false;
    } else if (line.startsWith('--- ')) {
      fromNothing = line === '--- /dev/null';
    } else if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      current = target === '/dev/null' ? null : unquote(target).replace(/^"?b\//, '');
      if (current && fromNothing) changed.set(current, 'all');
    } else if (line.startsWith('@@') && current && changed.get(current) !== 'all') {
      const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!match) continue;
      const start = Number(match[1]);
      const count = match[2] === undefined ? 1 : Number(match[2]);
      const lines = (changed.get(current) as number[] | undefined) ?? [];
      for (let offset = 0; offset < count; offset++) lines.push(start + offset);
      changed.set(current, lines);
    }
  }
  return changed;
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * The changed lines since `revision` of the git work tree holding `path` (a file or
 * directory of the run). Throws InputError (exit 2) outside a work tree or for a
 * revision git does not know.
 */
export function changedLinesSince(revision: string, path: string): ChangedLines {
  const directory = existsSync(path) && !statSync(path).isDirectory() ? dirname(path) : path;
  const found = git(['rev-parse', '--show-toplevel'], directory);
  if (found.error) throw new InputError(`--since ${revision}: git cannot be run in ${directory} (${found.error.message})`);
  if (found.status !== 0) throw new InputError(`--since ${revision}: ${path} is not in a git work tree`);
  const root = found.stdout.trim();
  const known = git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], root);
  if (known.status !== 0) throw new InputError(`--since ${revision}: git knows no such revision in ${root}`);
  const diff = git(['diff', '--no-color', '--no-ext-diff', '--unified=0', '--no-renames', revision, '--'], root);
  if (diff.status !== 0) throw new InputError(`--since ${revision}: git diff failed: ${firstLine(diff.stderr)}`);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], root);
  if (untracked.status !== 0) throw new InputError(`--since ${revision}: git ls-files failed: ${firstLine(untracked.stderr)}`);
  const changed: ChangedLines = new Map();
  for (const [path, lines] of parseUnifiedDiff(diff.stdout)) changed.set(resolve(root, path), lines);
  for (const path of untracked.stdout.split('\0').filter(Boolean)) changed.set(resolve(root, path), 'all');
  return changed;
}

/** The changed lines of each file of the run (absolute paths, as discovered). */
export function changedLinesOfFiles(changed: ChangedLines, files: readonly string[]): Map<string, number[] | 'all'> {
  const result = new Map<string, number[] | 'all'>();
  for (const file of files) {
    const lines = changed.get(file) ?? changed.get(realPath(file));
    if (lines) result.set(file, lines);
  }
  return result;
}
