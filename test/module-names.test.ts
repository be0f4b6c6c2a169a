// Module names from paths, and relative imports resolved against them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moduleNames, resolveRelativeModule } from '../src/engine/module-names.js';

test('packages, plain modules, src layouts and scripts', () => {
  const names = moduleNames([
    'pkg/__init__.py',
    'pkg/mod.py',
    'pkg/sub/__init__.py',
    'pkg/sub/deep.py',
    'src/lib/__init__.py',
    'src/lib/core.py',
    'tests/test_mod.py',
    'setup.py',
    'stubs/typed.pyi',
    'bin/tool',
  ]);
  assert.deepEqual(Object.fromEntries(names), {
    'pkg/__init__.py': 'pkg',
    'pkg/mod.py': 'pkg.mod',
    'pkg/sub/__init__.py': 'pkg.sub',
    'pkg/sub/deep.py': 'pkg.sub.deep',
    'src/lib/__init__.py': 'lib',
    'src/lib/core.py': 'lib.core',
    'tests/test_mod.py': 'test_mod',
    'setup.py': 'setup',
    'stubs/typed.pyi': 'typed',
    'bin/tool': 'tool',
  });
});

test('relative imports', () => {
  assert.equal(resolveRelativeModule('pkg.sub.mod', false, 1, ''), 'pkg.sub');
  assert.equal(resolveRelativeModule('pkg.sub.mod', false, 1, 'other'), 'pkg.sub.other');
  assert.equal(resolveRelativeModule('pkg.sub.mod', false, 2, 'util'), 'pkg.util');
  assert.equal(resolveRelativeModule('pkg.sub', true, 1, 'deep'), 'pkg.sub.deep');
  assert.equal(resolveRelativeModule('pkg.sub', true, 2, ''), 'pkg');
  assert.equal(resolveRelativeModule('pkg.mod', false, 2, 'x'), null);
  assert.equal(resolveRelativeModule('pkg.mod', false, 3, 'x'), null);
});
