// src/python/syntax/definitions.ts: a module's functions and classes found from its text
// are those a search of the whole tree finds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { definitionKeywords, definitionNodes, type DefinitionType } from '../src/python/syntax/definitions.js';
import { parsePython } from '../src/engine/parse.js';
import { SourceFile } from '../src/engine/source.js';
import { topLevelModules } from './support/stdlib.js';

const TYPES: ReadonlyArray<readonly DefinitionType[]> = [['function_definition'], ['class_definition'], ['function_definition', 'class_definition']];

function starts(nodes: ReadonlyArray<{ type: string; startIndex: number; endIndex: number }>): string[] {
  return nodes.map((node) => `${node.type} ${node.startIndex}-${node.endIndex}`);
}

test('the keywords are those of definitions, not words that hold them, strings or comments', () => {
  const text = [
    'def f(): pass',
    'undef = define = subclass = 1  # def g(): class H',
    's = "def x(): pass" + \'class Y: pass\'',
    'async def h():',
    '    class\\',
    '      Inner: pass',
    '',
  ].join('\n');
  const file = new SourceFile('a.py', text, parsePython(text));
  assert.deepEqual(definitionKeywords(text), [0, text.indexOf('def h'), text.indexOf('class\\')]);
  for (const types of TYPES) assert.deepEqual(starts(definitionNodes(file, types)), starts(file.root.descendantsOfType(types)));
});

test('an f-string that may reuse its quote in a field leaves the search to the tree', () => {
  const text = 'x = f"{d["k"]}"\ndef f(): pass\n';
  assert.equal(definitionKeywords(text), null);
  const file = new SourceFile('a.py', text, parsePython(text));
  assert.deepEqual(starts(definitionNodes(file, ['function_definition'])), starts(file.root.descendantsOfType('function_definition')));
});

test('the definitions found from the text of the standard library are those the tree has, in both forms', () => {
  let fromText = 0;
  let definitions = 0;
  for (const { name, text } of topLevelModules()) {
    for (const form of ['copied', 'lazy'] as const) {
      const file = new SourceFile(name, text, parsePython(text, undefined, form));
      for (const types of TYPES) {
        assert.deepEqual(starts(definitionNodes(file, types)), starts(file.root.descendantsOfType(types)), `${name} (${form}), ${types.join(', ')}`);
      }
      const keywords = definitionKeywords(text);
      const all = file.root.descendantsOfType(['function_definition', 'class_definition']);
      if (form === 'copied' && keywords && !file.root.hasError) {
        // Read from the text, not searched: one keyword per definition.
        assert.equal(keywords.length, all.length, name);
        fromText++;
        definitions += all.length;
      }
    }
  }
  assert.ok(fromText > 100 && definitions > 5000, `${fromText} files, ${definitions} definitions`);
});
