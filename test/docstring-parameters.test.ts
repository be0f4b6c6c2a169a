// Unit tests of src/python/docstrings/docstring-parameters.ts: which spans of a docstring name a
// parameter in Google, Sphinx and numpy entries, and which mentions are left alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePython } from '../src/engine/parse.js';
import { docstringParameterSpans } from '../src/python/docstrings/docstring-parameters.js';

/** The lines of `source` holding each span that names `name` in the first function's docstring. */
function namedOn(source: string, name: string): string[] {
  const definition = parsePython(source).rootNode.descendantsOfType('function_definition')[0]!;
  return docstringParameterSpans(definition, name).map(({ start, end }) => {
    assert.equal(source.slice(start, end), name);
    const lineStart = source.lastIndexOf('\n', start) + 1;
    return source.slice(lineStart, source.indexOf('\n', start)).trim();
  });
}

test('Google entries, with or without a type, and not prose or other sections', () => {
  const source = [
    'def f(dest, src):',
    '    """Copy src to dest.',
    '',
    '    Args:',
    '        src (str): The source; see dest.',
    '        dest: Where,',
    '            dest: not an entry (continuation line).',
    '',
    '    Returns:',
    '        dest: not a parameter entry.',
    '    """',
    '',
  ].join('\n');
  assert.deepEqual(namedOn(source, 'dest'), ['dest: Where,']);
  assert.deepEqual(namedOn(source, 'src'), ['src (str): The source; see dest.']);
});

test('Sphinx fields: :param name:, :param type name:, :type name:', () => {
  const source = ['def f(dest):', '    """Go.', '', '    :param int dest: Where.', '    :type dest: int', '    :returns: dest', '    """', ''].join('\n');
  assert.deepEqual(namedOn(source, 'dest'), [':param int dest: Where.', ':type dest: int']);
});

test('numpy entries, name lists included, until the next section', () => {
  const source = [
    'def f(dest, src, cnt):',
    '    """Go.',
    '',
    '    Parameters',
    '    ----------',
    '    dest, src : str',
    '        Ends.',
    '    cnt : int',
    '',
    '    Returns',
    '    -------',
    '    cnt : int',
    '    """',
    '',
  ].join('\n');
  assert.deepEqual(namedOn(source, 'src'), ['dest, src : str']);
  assert.deepEqual(namedOn(source, 'cnt'), ['cnt : int']);
  assert.equal(namedOn(source, 'cnt').length, 1);
});

test('a function without a docstring has no entries', () => {
  assert.deepEqual(namedOn('def f(dest):\n    return dest\n', 'dest'), []);
});
