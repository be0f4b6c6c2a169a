// Unit tests of src/python/docstrings/docstring-render.ts: each style, wrapping, quoting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asSentence, renderDocstring, wrapWords, type DocstringContent } from '../src/python/docstrings/docstring-render.js';

const layout = { indent: '    ', lineLength: 79, eol: '\n' };
const content: DocstringContent = {
  summary: 'connect to the host',
  parameters: [
    { name: 'host', type: 'str', description: 'The host.' },
    { name: 'port', type: 'int', default: '8080', description: 'The port.' },
    { name: 'retries', default: '3', description: 'The retries.' },
    { name: '**kwargs', description: 'Additional keyword arguments.' },
  ],
  returns: { type: 'Connection', description: 'The connection.' },
  raises: [{ type: 'OSError', description: 'Unreachable.' }, { type: 'TimeoutError' }],
};

test('one line when there are no sections', () => {
  assert.equal(renderDocstring({ summary: 'close the pool' }, 'google', layout), '"""Close the pool."""');
  assert.equal(renderDocstring(content, 'plain', layout), '"""Connect to the host."""');
});

test('google style', () => {
  assert.equal(
    renderDocstring(content, 'google', layout),
    [
      '"""Connect to the host.',
      '',
      '    Args:',
      '        host (str): The host.',
      '        port (int): The port. Defaults to 8080.',
      '        retries: The retries. Defaults to 3.',
      '        **kwargs: Additional keyword arguments.',
      '',
      '    Returns:',
      '        Connection: The connection.',
      '',
      '    Raises:',
      '        OSError: Unreachable.',
      '        TimeoutError',
      '    """',
    ].join('\n'),
  );
});

test('numpy style', () => {
  assert.equal(
    renderDocstring(content, 'numpy', layout),
    [
      '"""Connect to the host.',
      '',
      '    Parameters',
      '    ----------',
      '    host : str',
      '        The host.',
      '    port : int, default 8080',
      '        The port.',
      '    retries : optional',
      '        The retries. Defaults to 3.',
      '    **kwargs',
      '        Additional keyword arguments.',
      '',
      '    Returns',
      '    -------',
      '    Connection',
      '        The connection.',
      '',
      '    Raises',
      '    ------',
      '    OSError',
      '        Unreachable.',
      '    TimeoutError',
      '    """',
    ].join('\n'),
  );
});

test('sphinx style', () => {
  assert.equal(
    renderDocstring(content, 'sphinx', layout),
    [
      '"""Connect to the host.',
      '',
      '    :param host: The host.',
      '    :type host: str',
      '    :param port: The port. Defaults to 8080.',
      '    :type port: int',
      '    :param retries: The retries. Defaults to 3.',
      '    :param **kwargs: Additional keyword arguments.',
      '    :returns: The connection.',
      '    :rtype: Connection',
      '    :raises OSError: Unreachable.',
      '    :raises TimeoutError:',
      '    """',
    ].join('\n'),
  );
});

test('wraps long text at the line length, continuation lines indented', () => {
  const long = 'a sentence that goes on and on about the many things this function does to its arguments';
  const rendered = renderDocstring({ summary: long, parameters: [{ name: 'value', description: long }] }, 'google', { ...layout, lineLength: 50 });
  const lines = rendered.split('\n');
  for (const line of lines) assert.ok(line.length <= 50 || !line.includes(' '), `too long: ${line}`);
  assert.equal(lines[0], '"""A sentence that goes on and on about the');
  assert.ok(lines.some((line) => line.startsWith('            ')), 'a hanging indent for the wrapped item');
});

test('a summary too long for one line becomes a multi-line docstring', () => {
  const rendered = renderDocstring({ summary: 'x'.repeat(60) }, 'google', { ...layout, lineLength: 60 });
  assert.equal(rendered, `"""X${'x'.repeat(59)}.\n    """`);
});

test('backslashes make a raw docstring; triple quotes and a final quote are escaped', () => {
  assert.equal(renderDocstring({ summary: 'Split at \\n.' }, 'plain', layout), 'r"""Split at \\n."""');
  assert.equal(renderDocstring({ summary: 'Strip """ quotes.' }, 'plain', layout), '"""Strip ""\\" quotes."""');
  assert.equal(renderDocstring({ summary: 'Say "hi."' }, 'plain', layout), '"""Say "hi.\\""""');
});

test('CRLF and tab indentation', () => {
  const rendered = renderDocstring({ summary: 'Run.', parameters: [{ name: 'x', description: 'The x value.' }] }, 'google', { indent: '\t', unit: '\t', lineLength: 79, eol: '\r\n' });
  assert.equal(rendered, '"""Run.\r\n\r\n\tArgs:\r\n\t\tx: The x value.\r\n\t"""');
});

test('sentences and word wrapping', () => {
  assert.equal(asSentence('  return the   value '), 'Return the value.');
  assert.equal(asSentence('Is it?'), 'Is it?');
  assert.equal(asSentence('Say "hi."'), 'Say "hi."');
  assert.deepEqual(wrapWords('one two three four', 9), ['one two', 'three', 'four']);
  assert.deepEqual(wrapWords('one two three four', 3, 13), ['one', 'two three', 'four']);
});

test('one sentence where one-sentence docstrings take three lines: quotes alone above and below, wherever longer summaries go', () => {
  const sentence = { summary: 'serialize the data before acquiring the lock' };
  assert.equal(renderDocstring(sentence, 'plain', { ...layout, summaryOnQuoteLine: true, oneLiner: false }), '"""\n    Serialize the data before acquiring the lock.\n    """');
  assert.equal(renderDocstring(sentence, 'plain', { ...layout, summaryOnQuoteLine: true, oneLiner: true }), '"""Serialize the data before acquiring the lock."""');
  // With more than one sentence, the summary goes where the project's longer docstrings put it.
  assert.match(renderDocstring({ ...sentence, paragraphs: ['Then release it.'] }, 'plain', { ...layout, summaryOnQuoteLine: true, oneLiner: false }), /^"""Serialize the data/);
});
