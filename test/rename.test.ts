// The project index and rename plans beyond the fixtures: bad plans are input errors
// (exit 2 before anything is written), suggest proposes reviewed plans.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PlanError } from '../src/engine/errors.js';
import { runSources } from '../src/engine/project.js';
import { shortenName } from '../src/project/shorter-names.js';
import functionNames from '../transforms/function-names.js';

const files = new Map([
  ['pkg/__init__.py', ''],
  ['pkg/mod.py', 'def resize_and_assert_error():\n    return 1\n'],
]);

describe('rename plans', () => {
  test('a plan naming an unknown symbol is an input error', () => {
    assert.throws(
      () => runSources(files, [{ transform: functionNames }], { allowUnsafe: true, renames: new Map([['pkg.mod.missing', 'x']]) }),
      (error: unknown) => error instanceof PlanError && /names 'pkg.mod.missing', which is not a function, class or method/.test(error.message),
    );
  });

  test('a plan already applied changes nothing', () => {
    const renamed = new Map([...files, ['pkg/mod.py', 'def resize_error():\n    return 1\n']]);
    const outcomes = runSources(renamed, [{ transform: functionNames }], { allowUnsafe: true, renames: new Map([['pkg.mod.resize_and_assert_error', 'resize_error']]) });
    assert.ok([...outcomes.values()].every((outcome) => outcome.status === 'unchanged'));
  });
});

describe('shorter names', () => {
  const options = { maxLength: 30, maxWords: 4 };
  test('drop filler words, keep the verb, its object and the specific tail', () => {
    assert.equal(shortenName('resize_the_server_and_then_assert_the_error', options), 'resize_server_assert_error');
    assert.equal(shortenName('_wait_for_the_server_to_reach_the_active_state', options), '_wait_server_active_state');
    assert.equal(shortenName('getTheValueOfTheCurrentConfiguration', options), 'getValueCurrentConfiguration');
  });

  test('nothing when it cannot be shortened sensibly', () => {
    assert.equal(shortenName('supercalifragilisticexpialidocious_x', options), null);
  });
});
