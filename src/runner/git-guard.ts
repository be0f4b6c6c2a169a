// The git guard of --write, as `cargo fix` has: refuse to rewrite a file whose current
// content git could not give back (modified, staged or untracked), so that every change
// pycodemod makes can be reviewed with `git diff` and undone with `git checkout`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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

/** The uncommitted paths of a work tree (absolute), with their state; null if not one. */
function uncommitted(top: string): Map<string, string> | null {
  const status = spawnSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all'], { cwd: top, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (status.error) return null; // git is not installed: nothing to protect with
  if (status.status !== 0) {
    if (/not a git repository/i.test(status.stderr)) return null;
    throw new DirtyWorkTreeError(`cannot check for uncommitted changes in ${top}: ${status.stderr.trim().split('\n')[0]}; pass --allow-dirty to write anyway`);
  }
  const entries = status.stdout.split('\0');
  const dirty = new Map<string, string>();
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as string;
    if (entry.length < 4) continue;
    const code = entry.slice(0, 2);
    dirty.set(resolve(top, entry.slice(3)), describeState(code));
    // A rename or copy is followed by its source path, which is not a target.
    if (code[0] === 'R' || code[0] === 'C') index++;
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
    const changes = uncommitted(top);
    if (!changes) continue;
    for (const path of targets) {
      const state = changes.get(path);
      if (state) dirty.push({ path, state });
    }
  }
  return dirty.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Throws the one-line refusal when a target file is dirty. */
export function guardWrite(files: readonly string[], display: (path: string) => string): void {
  const dirty = findDirtyFiles(files);
  const first = dirty[0];
  if (!first) return;
  const more = dirty.length > 1 ? ` (and ${dirty.length - 1} more file${dirty.length > 2 ? 's' : ''})` : '';
  throw new DirtyWorkTreeError(
    `${display(first.path)} has uncommitted changes (${first.state})${more}; commit or stash them so that git can undo what --write does, or pass --allow-dirty`,
  );
}
