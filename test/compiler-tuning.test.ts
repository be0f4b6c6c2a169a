// Which V8 flags the command line sets (compiler-tuning.ts): its own, unless turned off or
// given by the user to node.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compilerFlags } from '../src/cli/compiler-tuning.js';

test('a run gets the tuned compiler flags by default', () => {
  assert.deepEqual(compilerFlags({}, []), ['--no-turbo-inlining', '--interrupt-budget=800000']);
  assert.deepEqual(compilerFlags({}, ['--max-old-space-size=4096', '--enable-source-maps']), ['--no-turbo-inlining', '--interrupt-budget=800000']);
});

test('PYCODEMOD_V8_TUNING=0 leaves V8 as it is', () => {
  assert.deepEqual(compilerFlags({ PYCODEMOD_V8_TUNING: '0' }, []), []);
  assert.deepEqual(compilerFlags({ PYCODEMOD_V8_TUNING: '1' }, []), ['--no-turbo-inlining', '--interrupt-budget=800000']);
});

test("a flag the user gave node stands, in any of V8's spellings", () => {
  assert.deepEqual(compilerFlags({}, ['--interrupt-budget=100000']), ['--no-turbo-inlining']);
  assert.deepEqual(compilerFlags({}, ['--interrupt_budget=100000']), ['--no-turbo-inlining']);
  assert.deepEqual(compilerFlags({}, ['--turbo-inlining']), ['--interrupt-budget=800000']);
  assert.deepEqual(compilerFlags({}, ['--no-turbo_inlining']), ['--interrupt-budget=800000']);
});
