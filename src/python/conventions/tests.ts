// What counts as test code: test files by their path, test functions, hooks and classes
// by their names (the unittest and pytest conventions).
import { basename } from 'node:path';

const HOOKS = new Set([
  'setUp', 'tearDown', 'setUpClass', 'tearDownClass', 'setUpModule', 'tearDownModule', 'asyncSetUp', 'asyncTearDown',
  'setup_method', 'teardown_method', 'setup_class', 'teardown_class', 'setup_module', 'teardown_module',
]);

/** `test_x.py`, `x_test.py`, `conftest.py`, or any file under a `test` or `tests` directory. */
export function isTestFile(path: string): boolean {
  const name = basename(path);
  return /^test_.*\.py$|_test\.py$|^conftest\.py$/.test(name) || /(?:^|[\\/])tests?[\\/]/.test(path);
}

/** A test function or hook, or a test class (`TestX`, `XTest`, `XTests`, `XTestCase`). */
export function isTestName(name: string, nodeType: string): boolean {
  if (nodeType === 'class_definition') return /^Test|(?:Test|Tests|TestCase)$/.test(name);
  return /^test/.test(name) || HOOKS.has(name);
}
