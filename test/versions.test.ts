// Unit tests for src/python/conventions/versions.ts: version order and the shared option.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { coerceOption } from '../src/engine/options.js';
import { atLeast, PYTHON_VERSIONS, targetVersionOption } from '../src/python/conventions/versions.js';

describe('Python versions', () => {
  test('compare by number, not as text', () => {
    assert.equal(atLeast('3.10', '3.9'), true);
    assert.equal(atLeast('3.9', '3.10'), false);
    assert.equal(atLeast('3.6', '3.6'), true);
    assert.equal(atLeast('3.5', '3.6'), false);
  });

  test('are listed oldest first', () => {
    for (let index = 1; index < PYTHON_VERSIONS.length; index++) {
      assert.ok(atLeast(PYTHON_VERSIONS[index]!, PYTHON_VERSIONS[index - 1]!), PYTHON_VERSIONS[index]);
      assert.ok(!atLeast(PYTHON_VERSIONS[index - 1]!, PYTHON_VERSIONS[index]!), PYTHON_VERSIONS[index]);
    }
  });

  test('the target-version option accepts listed versions only', () => {
    const option = targetVersionOption('the oldest Python');
    assert.equal(option.default, '3.8');
    assert.equal(coerceOption(option, '3.12', 'x.target-version'), '3.12');
    assert.throws(() => coerceOption(option, '2.7', 'x.target-version'), /one of 3\.0, .*3\.14/);
  });
});
