// Unit tests of src/python/docstrings/docstring-place.ts: which comments read as code.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { looksLikeCode } from '../src/python/docstrings/docstring-place.js';
import { parsesWithoutError } from '../src/engine/parse.js';

test('commented-out code reads as code, sentences do not', () => {
  for (const code of [['return self.x'], ['self.x = 1'], ['print foo.bar'], ['if not x:', '    y = f(x)'], ['x = "hello world"'], ['x = 1  # the value']]) {
    assert.equal(looksLikeCode(code), true, code.join('\n'));
  }
  for (const prose of [['Check that the API refuses it.'], ['Call f(x) first.'], ["It's done: see f(x)."], ['x = 1 then y = 2.'], ['Use `x.y` here.']]) {
    assert.equal(looksLikeCode(prose), false, prose.join('\n'));
  }
});

test('two names side by side after a string or a backtick are left to the parser', () => {
  // The parser reads backticks as Python 2's repr quotes: these parse.
  assert.equal(looksLikeCode(['`cinder service-disable reason=freeze`']), parsesWithoutError('`cinder service-disable reason=freeze`\n'));
  assert.equal(looksLikeCode(['`cinder service-disable reason=freeze`']), true);
  assert.equal(looksLikeCode(['f("two words") or g(x)']), true);
});

test('the comments of the standard library read as code exactly when they parse', () => {
  const root = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
  const files = readdirSync(root).filter((name) => name.endsWith('.py'));
  let checked = 0;
  for (const name of files) {
    let block: string[] = [];
    for (const line of readFileSync(join(root, name), 'utf8').split('\n')) {
      const comment = /^\s*#+ ?(.*)$/.exec(line);
      if (comment) {
        block.push((comment[1] as string).trimEnd());
        continue;
      }
      for (const lines of block.length ? [block, ...block.map((one) => [one])] : []) {
        const text = lines.join('\n').trim();
        if (!text || !/[=()[\]:.]/.test(text)) continue;
        checked++;
        assert.equal(looksLikeCode(lines), parsesWithoutError(`${text}\n`), text);
      }
      block = [];
    }
  }
  assert.ok(checked > 1000, `${checked} comments checked`);
});
