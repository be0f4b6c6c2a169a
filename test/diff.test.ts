// The unified diff of a dry run: git's format, and a patch that gives exactly the
// rewritten text, whatever the edits (here drawn at random with a fixed seed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyPatch } from 'diff';
import { unifiedDiff } from '../src/runner/diff.js';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

test('a small change: git\'s headers and hunk', () => {
  assert.equal(
    unifiedDiff('pkg/a.py', 'a = 1\nb = 2\nc = 3\n', 'a = 1\nb = 20\nc = 3\n'),
    'diff --git a/pkg/a.py b/pkg/a.py\n--- a/pkg/a.py\n+++ b/pkg/a.py\n@@ -1,3 +1,3 @@\n a = 1\n-b = 2\n+b = 20\n c = 3\n',
  );
  assert.equal(unifiedDiff('a.py', 'x = 1\n', 'x = 1\n'), '');
  assert.equal(unifiedDiff('a.py', '', 'x = 1\n'), 'diff --git a/a.py b/a.py\n--- a/a.py\n+++ b/a.py\n@@ -0,0 +1 @@\n+x = 1\n');
  assert.equal(unifiedDiff('a.py', 'x = 1', 'x = 2'), 'diff --git a/a.py b/a.py\n--- a/a.py\n+++ b/a.py\n@@ -1 +1 @@\n-x = 1\n\\ No newline at end of file\n+x = 2\n\\ No newline at end of file\n');
});

test('a changed line among lines like it is shown where it changed', () => {
  // A trailing comma added to the middle one of three closing brackets: Myers' algorithm
  // alone matched the new line to the first bracket and showed the last one removed.
  const before = ['def examples():', '    return {', "        'a': {", '            1: 2,', '        },', '        }', '        }', '', '', 'x = 1', ''].join('\n');
  const after = before.replace("        },\n        }\n        }", "        },\n        },\n        }");
  assert.equal(
    unifiedDiff('a.py', before, after),
    ['diff --git a/a.py b/a.py', '--- a/a.py', '+++ b/a.py', '@@ -3,7 +3,7 @@', "         'a': {", '             1: 2,', '         },', '-        }', '+        },', '         }', ' ', ' ', ''].join('\n'),
  );
});

test('random edits: the patch gives exactly the new text', () => {
  const next = random(1234);
  const vocabulary = ['    return x', 'x = 1', '', 'def f():', '    """Doc."""', 'pass', '# comment', 'y = 2\r'];
  for (let round = 0; round < 300; round++) {
    const before = Array.from({ length: Math.floor(next() * 40) }, () => vocabulary[Math.floor(next() * vocabulary.length)] as string);
    const after = [...before];
    for (let edit = Math.floor(next() * 6); edit > 0; edit--) {
      const at = Math.floor(next() * (after.length + 1));
      const choice = next();
      if (choice < 0.4) after.splice(at, 0, vocabulary[Math.floor(next() * vocabulary.length)] as string);
      else if (choice < 0.7) after.splice(at, 1);
      else after[at] = `changed ${round}`;
    }
    const ending = next() < 0.2 ? '' : '\n';
    const oldText = before.length ? before.join('\n') + ending : '';
    const newText = after.length ? after.join('\n') + (next() < 0.2 ? '' : '\n') : '';
    const patch = unifiedDiff('a.py', oldText, newText);
    if (oldText === newText) {
      assert.equal(patch, '');
      continue;
    }
    assert.equal(applyPatch(oldText, patch), newText, `round ${round}:\n${patch}`);
  }
});
