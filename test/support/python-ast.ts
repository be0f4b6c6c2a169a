// Asks python3's `ast` (python/ast_check.py, the checker --verify uses) to judge rewritten
// files in batches.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Invariant } from '../../src/engine/types.js';

// The checker ships at the package root: two levels up from test/support/, three from
// dist/test/support/ once compiled.
const CHECKER = ['../../python/ast_check.py', '../../../python/ast_check.py']
  .map((relative) => fileURLToPath(new URL(relative, import.meta.url)))
  .find((path) => existsSync(path)) as string;

export interface AstPair {
  id: string;
  before: string;
  after: string;
  invariant: Invariant;
}

export interface AstVerdict {
  id: string;
  ok: boolean;
  error?: string;
  skipped?: string;
}

/** Checks pairs of files on disk. */
export function checkFiles(pairs: readonly AstPair[]): AstVerdict[] {
  if (pairs.length === 0) return [];
  const result = spawnSync('python3', [CHECKER], {
    input: pairs.map((pair) => JSON.stringify(pair)).join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`ast_check.py failed: ${result.stderr}`);
  return result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AstVerdict);
}

/** Checks pairs of texts (written to a scratch directory first). */
export function checkTexts(pairs: ReadonlyArray<{ id: string; before: string; after: string; invariant: Invariant }>): AstVerdict[] {
  const scratch = mkdtempSync(join(tmpdir(), 'pycodemod-ast-'));
  try {
    const files = pairs.map((pair, index) => {
      const before = join(scratch, `${index}.before.py`);
      const after = join(scratch, `${index}.after.py`);
      writeFileSync(before, pair.before);
      writeFileSync(after, pair.after);
      return { id: pair.id, before, after, invariant: pair.invariant };
    });
    return checkFiles(files);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
