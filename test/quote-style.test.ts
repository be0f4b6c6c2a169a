// quote-style finds the strings it may change from the text and asks the tree for those
// alone; a search of the whole tree must find the same.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import quoteStyle from '../transforms/quote-style.js';
import { parsePython } from '../src/engine/parse.js';
import { SourceFile } from '../src/engine/source.js';
import { defaultConventions } from '../src/engine/conventions.js';
import type { SyntaxNode } from '../src/engine/syntax-tree.js';
import { topLevelModules } from './support/stdlib.js';

type Quote = 'project' | 'double' | 'single';

function findings(file: SourceFile, quote: Quote): string[] {
  const context = {
    options: { quote },
    project: undefined,
    renames: new Map<string, string>(),
    lineLength: 79,
    conventions: defaultConventions(),
    warn: () => {},
  };
  return [...quoteStyle.find(file, context as never)].map((finding) => {
    const at = finding.at as SyntaxNode;
    return JSON.stringify([finding.message, at.startIndex, at.endIndex, finding.fix?.()]);
  });
}

/** The same file, whose tree says it has an error: quote-style then reads every string the tree has. */
function withEveryString(file: SourceFile): SourceFile {
  const root = new Proxy(file.root, { get: (target, key) => (key === 'hasError' ? true : Reflect.get(target, key)) });
  return new SourceFile(file.path, file.text, { rootNode: root, native: file.tree.native, retire: () => {} });
}

test('the strings found from the text give the findings of every string in the tree', () => {
  let checked = 0;
  let found = 0;
  for (const { name, path, text } of topLevelModules()) {
    const file = new SourceFile(path, text, parsePython(text));
    if (file.root.hasError) continue;
    for (const quote of ['project', 'double', 'single'] as const) {
      const fromText = findings(file, quote);
      assert.deepEqual(fromText, findings(withEveryString(file), quote), `${name}, quote=${quote}`);
      found += fromText.length;
    }
    checked++;
  }
  assert.ok(checked > 100 && found > 1000, `${checked} files, ${found} findings`);
});

test('an f-string that reuses its own quote in a field (Python 3.12) is read from the tree', () => {
  const text = 'x = f"{d["k"]}"\ny = \'q\'\n';
  const file = new SourceFile('a.py', text, parsePython(text));
  assert.deepEqual(findings(file, 'double'), findings(withEveryString(file), 'double'));
  assert.equal(findings(file, 'double').length, 1);
});

test('every piece of an implicit concatenation is read, the last one in the preferred quote too', () => {
  // Only single quotes suit the first piece, and the last cannot take them: the unit stays.
  const text = 'x = (\'a"b\' "c" "it\'s")\n';
  const file = new SourceFile('a.py', text, parsePython(text));
  assert.deepEqual(findings(file, 'double'), []);
  assert.deepEqual(findings(withEveryString(file), 'double'), []);
});
