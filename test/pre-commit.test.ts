// The pre-commit hooks: each hook's entry run the way pre-commit runs it (entry, args,
// then the staged file names, from the repository's root), and, when pre-commit itself
// is installed, the real thing through `pre-commit try-repo`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { git, project } from './support/cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'src/cli/bin.ts');

interface Hook {
  id: string;
  entry: string;
  language: string;
  types: string[];
  require_serial?: string;
}

/** Reads .pre-commit-hooks.yaml: a list of flat mappings, which is all it holds. */
function readHooks(): Hook[] {
  const hooks: Array<Record<string, unknown>> = [];
  for (const line of readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8').split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    const match = /^(- |  )([\w-]+):\s*(.*)$/.exec(line);
    assert.ok(match, `unexpected line in .pre-commit-hooks.yaml: ${line}`);
    const [, lead, key, raw] = match as unknown as [string, string, string, string];
    if (lead === '- ') hooks.push({});
    const value = raw.startsWith('[') ? raw.slice(1, -1).split(',').map((item) => item.trim()) : raw;
    (hooks.at(-1) as Record<string, unknown>)[key] = value;
  }
  return hooks as unknown as Hook[];
}

function pythonProject(): string {
  const directory = project({
    // A built-in transform: a hook never runs a plugin the repository names (no --allow-exec).
    'pyproject.toml': `[tool.pycodemod]\nselect = ["trailing-commas"]\n`,
    'pkg/a.py': 'sizes = [\n    1,\n    2\n]\n',
    'pkg/clean.py': 'x = 1\n',
  });
  git(directory, 'init', '-q');
  git(directory, 'add', '-A');
  return directory;
}

/** Runs a hook as pre-commit does: its entry's words, then the file names, at the root. */
function runHook(hook: Hook, cwd: string, files: string[]) {
  const [command, ...args] = hook.entry.split(/\s+/);
  assert.equal(command, 'pycodemod');
  const tsx = import.meta.resolve('tsx');
  return spawnSync(process.execPath, ['--import', tsx, BIN, ...args, ...files], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('pre-commit hooks', () => {
  const hooks = readHooks();
  const byId = new Map(hooks.map((hook) => [hook.id, hook]));

  test('node hooks on Python files, run serially: all lines, or the lines the commit changes', () => {
    assert.deepEqual([...byId.keys()], ['pycodemod-check', 'pycodemod', 'pycodemod-check-changes', 'pycodemod-changes']);
    for (const hook of hooks) {
      assert.equal(hook.language, 'node');
      assert.deepEqual(hook.types, ['python']);
      assert.equal(hook.require_serial, 'true');
    }
  });

  test('pycodemod-check fails on a file that would change, with the diff, and writes nothing', () => {
    const directory = pythonProject();
    const hook = byId.get('pycodemod-check') as Hook;
    const dirty = runHook(hook, directory, ['pkg/a.py', 'pkg/clean.py']);
    assert.equal(dirty.status, 1, dirty.stderr);
    assert.match(dirty.stdout, /^- {4}2\n\+ {4}2,$/m);
    assert.equal(readFileSync(join(directory, 'pkg/a.py'), 'utf8'), 'sizes = [\n    1,\n    2\n]\n');
    assert.equal(runHook(hook, directory, ['pkg/clean.py']).status, 0);
  });

  test('pycodemod writes staged files (the git guard would refuse them: the entry allows it)', () => {
    const directory = pythonProject();
    const result = runHook(byId.get('pycodemod') as Hook, directory, ['pkg/a.py']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(readFileSync(join(directory, 'pkg/a.py'), 'utf8'), 'sizes = [\n    1,\n    2,\n]\n');
  });

  test('the -changes hooks take only the lines the commit adds or changes (--since HEAD)', () => {
    const directory = pythonProject();
    git(directory, '-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', 'initial');
    const added = 'names = [\n    "a",\n    "b"\n]\n';
    writeFileSync(join(directory, 'pkg/a.py'), `sizes = [\n    1,\n    2\n]\n${added}`);
    git(directory, 'add', 'pkg/a.py');
    const check = runHook(byId.get('pycodemod-check-changes') as Hook, directory, ['pkg/a.py']);
    assert.equal(check.status, 1, check.stderr);
    assert.match(check.stdout, /^- {4}"b"\n\+ {4}"b",$/m);
    assert.doesNotMatch(check.stdout, /^\+ {4}2,$/m);
    const write = runHook(byId.get('pycodemod-changes') as Hook, directory, ['pkg/a.py']);
    assert.equal(write.status, 0, write.stderr);
    assert.equal(readFileSync(join(directory, 'pkg/a.py'), 'utf8'), 'sizes = [\n    1,\n    2\n]\nnames = [\n    "a",\n    "b",\n]\n');
  });

  const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  test('through pre-commit try-repo', { skip: preCommit.error ? 'pre-commit is not installed' : false, timeout: 300_000 }, () => {
    const directory = pythonProject();
    // Debian's pre-commit 3.0 reads `npm pack`'s stdout as the tarball's name, which npm
    // 7+ mixes with the `prepare` script's banner; a silent npm keeps stdout clean.
    const env = { ...process.env, NPM_CONFIG_LOGLEVEL: 'silent', NO_COLOR: '1' };
    const check = spawnSync('pre-commit', ['try-repo', ROOT, 'pycodemod-check', '--files', 'pkg/a.py'], { cwd: directory, encoding: 'utf8', env });
    assert.equal(check.status, 1, check.stdout + check.stderr);
    assert.match(check.stdout, /pycodemod \(check\)\.+Failed/);
    assert.match(check.stdout, /\+ {4}2,/);
    const write = spawnSync('pre-commit', ['try-repo', ROOT, 'pycodemod', '--files', 'pkg/a.py'], { cwd: directory, encoding: 'utf8', env });
    assert.equal(write.status, 1, write.stdout + write.stderr);
    assert.match(write.stdout, /files were modified by this hook/);
    assert.equal(readFileSync(join(directory, 'pkg/a.py'), 'utf8'), 'sizes = [\n    1,\n    2,\n]\n');
  });
});
