// The docstrings transform in a project that writes prose docstrings with the summary
// under the opening quotes (Django's way): the new docstring has no sections and the
// same layout, learnt from the project's own docstrings, not from an option.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { Capture } from './support/cli.js';

const documented = Array.from({ length: 12 }, (_, index) => `def helper_${index}(value):\n    """\n    Return the value of helper ${index}, checked against the limits\n    that the caller set.\n    """\n    return value\n`).join('\n\n');

const undocumented = `def connect(host, timeout=None):
    # Open a connection to the host, waiting at most timeout seconds (the
    # project's DEFAULT_TIMEOUT when none is given) for the server to answer.
    return open_connection(host, timeout or DEFAULT_TIMEOUT)
`;

test('a prose project with the summary under the quotes gets prose under the quotes', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'pycodemod-conventions-'));
  writeFileSync(join(directory, 'helpers.py'), `${documented}`);
  writeFileSync(join(directory, 'client.py'), undocumented);
  const stdout = new Capture();
  const stderr = new Capture();
  const status = await main(['-t', 'docstrings', '-j', '1', '--isolated', 'client.py', 'helpers.py'], { stdout, stderr, cwd: directory });
  assert.equal(status, 0, stderr.text);
  assert.match(
    stdout.text,
    /\n\+ {4}"""\n\+ {4}Open a connection to the host, waiting at most timeout seconds \(the\n\+ {4}project's DEFAULT_TIMEOUT when none is given\) for the server to answer\.\n\+ {4}"""\n/,
  );
  assert.doesNotMatch(stdout.text, /Args:|Raises:/);
});

test('a sentence goes on one line where the project writes its one-sentence docstrings so, though the file has none', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'pycodemod-conventions-'));
  const oneLiners = Array.from({ length: 12 }, (_, index) => `def short_${index}(value):\n    """Return the value of short ${index}."""\n    return value\n`).join('\n\n');
  const short = `def close(connection):\n    # Close the connection and forget its session.\n    connection.close()\n`;
  writeFileSync(join(directory, 'helpers.py'), `${documented}\n\n${oneLiners}`);
  writeFileSync(join(directory, 'client.py'), short);
  const run = async (files: string[]) => {
    const stdout = new Capture();
    const stderr = new Capture();
    assert.equal(await main(['-t', 'docstrings', '-j', '1', '--isolated', ...files], { stdout, stderr, cwd: directory }), 0, stderr.text);
    return stdout.text;
  };
  assert.match(await run(['client.py', 'helpers.py']), /\n\+ {4}"""Close the connection and forget its session\."""\n/);
  // With the three-line habit only (the multi-line docstrings), the sentence gets three lines.
  writeFileSync(join(directory, 'helpers.py'), documented + '\n\n' + Array.from({ length: 12 }, (_, index) => `def tall_${index}(value):\n    """\n    Return the value of tall ${index}.\n    """\n    return value\n`).join('\n\n'));
  assert.match(await run(['client.py', 'helpers.py']), /\n\+ {4}"""\n\+ {4}Close the connection and forget its session\.\n\+ {4}"""\n/);
});
