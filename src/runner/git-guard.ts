// The git guard of --write, as `cargo fix` has: refuse to rewrite a file whose current
// content git could not give back (modified, staged, untracked or ignored), so that every
// change pycodemod makes can be reviewed with `git diff` and undone with `git checkout`.
// Only the files the run would rewrite are asked about.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { InputError } from '../engine/errors.js';

export class DirtyWorkTreeError extends InputError {
  override name = 'DirtyWorkTreeError';
}

export interface DirtyFile {
  path: string;
  /** What git says: `modified`, `staged`, `untracked`... */
  state: string;
}

/** The top of the git work tree holding `directory` (where `.git` is), or null. */
function workTreeOf(directory: string, cache: Map<string, string | null>): string | null {
  const visited: string[] = [];
  let current = directory;
  let found: string | null = null;
  for (;;) {
    const known = cache.get(current);
    if (known !== undefined) {
      found = known;
      break;
    }
    visited.push(current);
    if (existsSync(join(current, '.git'))) {
      found = current;
      break;
    }
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const directoryVisited of visited) cache.set(directoryVisited, found);
  return found;
}

function describeState(code: string): string {
  if (code === '??') return 'untracked';
  if (code.includes('U') || code === 'AA' || code === 'DD') return 'unmerged';
  if (code[0] !== ' ' && code[1] !== ' ') return 'staged and modified';
  if (code[0] !== ' ') return 'staged, not committed';
  return 'modified';
}

function gitLines(top: string, args: readonly string[], input?: string): string[] | null {
  const run = spawnSync('git', args, { cwd: top, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, input });
  if (run.error) return null; // git is not installed: nothing to protect with
  // check-ignore answers 1 when no path is ignored.
  if (run.status !== 0 && !(args[0] === 'check-ignore' && run.status === 1)) {
    if (/not a git repository/i.test(run.stderr)) return null;
    throw new DirtyWorkTreeError(`cannot check for uncommitted changes in ${top}: ${run.stderr.trim().split('\n')[0]}; pass --allow-dirty to write anyway`);
  }
  return run.stdout.split('\0').filter(Boolean);
}

/**
 * The states of the given paths of one work tree that git could not give back: modified,
 * staged, untracked, ignored. Null when `top` is no work tree (or git is missing).
 */
function uncommitted(top: string, targets: readonly string[]): Map<string, string> | null {
  const entries = gitLines(top, ['status', '--porcelain=v1', '-z', '--untracked-files=no']);
  if (!entries) return null;
  const dirty = new Map<string, string>();
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as string;
    if (entry.length < 4) continue;
    const code = entry.slice(0, 2);
    dirty.set(resolve(top, entry.slice(3)), describeState(code));
    // A rename or copy is followed by its source path, which is not a target.
    if (code[0] === 'R' || code[0] === 'C') index++;
  }
  // Files git does not track: untracked, or ignored (git cannot restore either).
  const tracked = new Set((gitLines(top, ['ls-files', '-z']) ?? []).map((path) => resolve(top, path)));
  const untracked = targets.filter((path) => !tracked.has(path) && !dirty.has(path));
  if (untracked.length) {
    const ignored = new Set((gitLines(top, ['check-ignore', '-z', '--no-index', '--stdin'], untracked.map((path) => relative(top, path)).join('\0')) ?? []).map((path) => resolve(top, path)));
    for (const path of untracked) dirty.set(path, ignored.has(path) ? 'ignored by git, so not tracked' : 'untracked');
  }
  return dirty;
}

/** The target files that have uncommitted changes in their git work tree. */
export function findDirtyFiles(files: readonly string[]): DirtyFile[] {
  const topCache = new Map<string, string | null>();
  const byTop = new Map<string, string[]>();
  for (const file of files) {
    const top = workTreeOf(dirname(file), topCache);
    if (!top) continue;
    const list = byTop.get(top) ?? [];
    list.push(file);
    byTop.set(top, list);
  }
  const dirty: DirtyFile[] = [];
  for (const [top, targets] of byTop) {
    const changes = uncommitted(top, targets);
    if (!changes) continue;
    for (const path of targets) {
      const state = changes.get(path);
      if (state) dirty.push({ path, state });
    }
  }
  return dirty.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Throws the one-line refusal when a file the run would rewrite is dirty. */
export function guardWrite(files: readonly string[], display: (path: string) => string): void {
  const dirty = findDirtyFiles(files);
  const first = dirty[0];
  if (!first) return;
  const more = dirty.length > 1 ? ` (and ${dirty.length - 1} more file${dirty.length > 2 ? 's' : ''})` : '';
  throw new DirtyWorkTreeError(
    `${display(first.path)} has uncommitted changes (${first.state})${more}; commit or stash them so that git can undo what --write does, or pass --allow-dirty`,
  );
}
