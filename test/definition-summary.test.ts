// Unit tests of src/python/summaries/definition-summary.ts: the conventional phrasings of the
// heuristic summaries and section descriptions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePython } from '../src/engine/parse.js';
import { summarizeClass, summarizeFunction, summarizeModule } from '../src/python/summaries/definition-summary.js';
import { definitionOf } from '../src/python/summaries/functions.js';

/** The summary of the function or method `name` defined in `source`. */
function summary(source: string, name: string): string | null {
  const node = parsePython(source).rootNode.descendantsOfType('function_definition').find((item) => item.childForFieldName('name')?.text === name)!;
  return summarizeFunction(definitionOf(node));
}

const CLASS = (body: string) => `class ConnectionPool:\n${body.replace(/^/gm, '    ')}\n`;

test('verbs first, abbreviations expanded', () => {
  assert.equal(summary('def _resize_and_assert_error(server): pass', '_resize_and_assert_error'), 'Resize and assert error.');
  assert.equal(summary('def _wait_for_state_change(server): pass', '_wait_for_state_change'), 'Wait for state change.');
  assert.equal(summary('def load_cfg(path): pass', 'load_cfg'), 'Load the configuration.');
  assert.equal(summary('def calc_avg(values): return 1', 'calc_avg'), 'Calculate the average.');
});

test('getters, predicates, tests and hooks', () => {
  assert.equal(summary('def get_flavors(api): return api.flavors', 'get_flavors'), 'Return the flavors.');
  assert.equal(summary('def get_lock(): lock.acquire()', 'get_lock'), 'Get the lock.');
  assert.equal(summary(CLASS('def is_empty(self): return True'), 'is_empty'), 'Return whether the connection pool is empty.');
  assert.equal(summary('def has_children(node): return True', 'has_children'), 'Return whether the node has children.');
  assert.equal(summary('def is_enabled(): return True', 'is_enabled'), 'Return whether it is enabled.');
  assert.equal(summary('def test_resize_fails_without_flavor(self): pass', 'test_resize_fails_without_flavor'), 'Test that resize fails without flavor.');
  assert.equal(summary('def test_addition(self): pass', 'test_addition'), 'Test addition.');
  assert.equal(summary('def setUp(self): pass', 'setUp'), 'Set up the test fixture.');
  assert.equal(summary('def tearDownClass(cls): pass', 'tearDownClass'), 'Tear down the fixture shared by the tests of the class.');
});

test('dunders, properties and constructors', () => {
  assert.equal(summary(CLASS('def __init__(self): pass'), '__init__'), 'Initialize the connection pool.');
  assert.equal(summary(CLASS('def __eq__(self, other): pass'), '__eq__'), 'Return self == other.');
  assert.equal(summary(CLASS('def __setitem__(self, key, value): pass'), '__setitem__'), 'Set self[key] to value.');
  assert.equal(summary(CLASS('def __weird__(self): pass'), '__weird__'), 'Implement __weird__.');
  assert.equal(summary(CLASS('@property\ndef max_size(self): return 1'), 'max_size'), 'The max size.');
  assert.equal(summary(CLASS('@property\ndef is_full(self): return 1'), 'is_full'), 'Whether the connection pool is full.');
  assert.equal(summary(CLASS('@classmethod\ndef from_url(cls, url): return cls(url)'), 'from_url'), 'Create a connection pool from URL.');
  assert.equal(summary(CLASS('@classmethod\ndef from_settings(cls, settings): return cls()'), 'from_settings'), 'Create a connection pool from settings.');
  assert.equal(summary(CLASS('@classmethod\ndef create(cls): return cls()'), 'create'), 'Create a new connection pool.');
});

test('lone verbs take the first required parameter or the instance as object', () => {
  assert.equal(summary(CLASS('def close(self): pass'), 'close'), 'Close the connection pool.');
  assert.equal(summary(CLASS('def put(self, item, block=True): pass'), 'put'), 'Put the item.');
  assert.equal(summary('def connect(host, port=80): pass', 'connect'), 'Connect to the host.');
  assert.equal(summary('def add(a, b): return a + b', 'add'), 'Add a and b.');
  assert.equal(summary('def main(): pass', 'main'), 'Run the program.');
});

test('prepositions, articles and glued verbs', () => {
  assert.equal(summary('def wait_state(server): pass', 'wait_state'), 'Wait for the state.');
  assert.equal(summary('def call_later(delay): pass', 'call_later'), 'Call later.');
  assert.equal(summary('def get_last_child(node): return node.last', 'get_last_child'), 'Return the last child.');
  assert.equal(summary('def readline(stream): return 1', 'readline'), 'Read the line.');
  assert.equal(summary('def getboolean(section): return 1', 'getboolean'), 'Return the boolean.');
  assert.equal(summary('def isdir(path): return 1', 'isdir'), 'Return whether the path is directory.');
  assert.equal(summary('def settings(): return 1', 'settings'), 'Return the settings.');
});

test('nouns: returned, yielded or just named', () => {
  assert.equal(summary('def user_agent(): return "x"', 'user_agent'), 'Return the user agent.');
  assert.equal(summary('def lines(path):\n    yield 1', 'lines'), 'Yield the lines.');
  assert.equal(summary('def iter_rows(table):\n    yield 1', 'iter_rows'), 'Iterate over the rows.');
  assert.equal(summary('def _(): pass', '_'), null);
});

test('names that are JavaScript object properties are plain names', () => {
  assert.equal(summary('def constructor(cls, *args): pass', 'constructor'), 'Constructor.');
  assert.equal(summary('def toString(self): return 1', 'toString'), 'Return the to string.');
});

test('classes and modules', () => {
  const classSummary = (source: string, file = 'pool.py') => summarizeClass(parsePython(source).rootNode.descendantsOfType('class_definition')[0]!, file);
  assert.equal(classSummary('class ConnectionPool: pass'), 'A connection pool.');
  assert.equal(classSummary('class HTTPServer: pass'), 'An HTTP server.');
  assert.equal(classSummary('class ResizeTest(test.TestCase): pass'), 'Tests for resize.');
  assert.equal(classSummary('class TestResize: pass'), 'Tests for resize.');
  assert.equal(classSummary('class InvalidFlavorError(Exception): pass'), 'Invalid flavor error.');
  assert.equal(classSummary('class Error(Exception): pass', 'lib/configparser.py'), 'Configparser error.');
  assert.equal(classSummary('class BaseHandler: pass'), 'Base class for handlers.');
  assert.equal(classSummary('class Color(enum.Enum): pass'), 'The possible color values.');
  assert.equal(summarizeModule('pkg/string_utils.py'), 'The string utilities module.');
  assert.equal(summarizeModule('pkg/compute/__init__.py'), 'The compute package.');
  assert.equal(summarizeModule('pkg/compute/__main__.py'), 'Run the compute package as a program.');
  assert.equal(summarizeModule('tests/test_resize.py'), 'Tests for resize.');
});
