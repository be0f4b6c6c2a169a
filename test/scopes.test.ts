// Scope analysis: one fixture per rule in __testfixtures__/scopes/, whose comments say
// where each occurrence of a name on that line is bound; plus the queries renames use.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { SyntaxNode } from '../src/engine/syntax-tree.js';
import { parsePython } from '../src/engine/parse.js';
import { BUILTIN_NAMES } from '../src/python/scopes/builtins.js';
import { analyzeScopes, nameIsTaken, occurrences, type ScopeAnalysis } from '../src/python/scopes/scopes.js';

const FIXTURES = fileURLToPath(new URL('../__testfixtures__/scopes/', import.meta.url));
const EXPECTATION = /#\s*((?:[A-Za-z_]\w*: [\w, ]+;?\s*)+)$/;

function identifiers(root: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const walk = (node: SyntaxNode) => {
    if (node.type === 'identifier') found.push(node);
    for (const child of node.children) walk(child);
  };
  walk(root);
  return found;
}

function ownerOf(analysis: ScopeAnalysis, node: SyntaxNode): string {
  const binding = analysis.bindingAt(node);
  if (!binding) return BUILTIN_NAMES.has(node.text) ? 'builtin' : 'unresolved';
  const scope = binding.scope;
  return scope.kind === 'module' || scope.kind === 'comprehension' || scope.kind === 'lambda' ? scope.kind : (scope.name ?? scope.kind);
}

function analyze(source: string, options = {}) {
  const tree = parsePython(source);
  return { tree, analysis: analyzeScopes(tree.rootNode, options) };
}

describe('scope rules', () => {
  for (const file of readdirSync(FIXTURES).filter((name) => name.endsWith('.py')).sort()) {
    test(file.replace(/\.py$/, ''), () => {
      const source = readFileSync(`${FIXTURES}${file}`, 'utf8');
      const optionsPath = `${FIXTURES}${file.replace(/\.py$/, '.options.json')}`;
      const { tree, analysis } = analyze(source, existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {});
      const all = identifiers(tree.rootNode);
      let checked = 0;
      source.split('\n').forEach((line, row) => {
        const match = EXPECTATION.exec(line);
        if (!match?.[1]) return;
        for (const part of match[1].split(';').map((item) => item.trim()).filter(Boolean)) {
          const [name, owners] = part.split(':').map((item) => item.trim()) as [string, string];
          const expected = owners.split(',').map((owner) => owner.trim());
          const onLine = all.filter((node) => node.startPosition.row === row && node.text === name);
          const actual = onLine.map((node) => ownerOf(analysis, node));
          assert.deepEqual(actual, expected, `line ${row + 1}: ${name}`);
          checked += expected.length;
        }
      });
      assert.ok(checked > 0, 'the fixture states no expectation');
    });
  }

  test('star imports mark the module as not fully known', () => {
    assert.equal(analyze('from os.path import *\n').analysis.module.starImport, true);
    assert.equal(analyze('from os.path import join\n').analysis.module.starImport, false);
  });

  test('string annotations are resolved only on request', () => {
    const source = readFileSync(`${FIXTURES}string-annotations.py`, 'utf8');
    const references = (options: object) => analyze(source, options).analysis.module.bindings.get('Node')?.references ?? [];
    assert.equal(references({}).length, 0);
    const found = references({ stringAnnotations: true });
    assert.deepEqual(found.map((reference) => source.slice(reference.node.startIndex, reference.node.endIndex)), ['Node', 'Node']);
  });
});

describe('queries', () => {
  const source = [
    'import os',
    'def outer(path):',
    '    dest = os.path.join(path, "x")',
    '    def inner():',
    '        return dest + suffix',
    '    return [dest for _ in range(2)], inner',
    'suffix = "!"',
    '',
  ].join('\n');
  const { analysis } = analyze(source);
  const outer = analysis.scopes.find((scope) => scope.name === 'outer')!;
  const inner = analysis.scopes.find((scope) => scope.name === 'inner')!;

  test('every occurrence of a binding, definitions and reads', () => {
    const dest = outer.bindings.get('dest')!;
    assert.deepEqual(occurrences(dest).map((node) => node.startPosition.row), [2, 4, 5]);
  });

  test('free variables of a nested function', () => {
    assert.deepEqual([...inner.freeNames()], ['dest']);
  });

  test('collisions: bound, read inside, or a builtin the module uses', () => {
    assert.equal(nameIsTaken(outer, 'path'), true, 'a parameter');
    assert.equal(nameIsTaken(outer, 'suffix'), true, 'read inside, bound in the module');
    assert.equal(nameIsTaken(outer, 'range'), true, 'a builtin in use');
    assert.equal(nameIsTaken(outer, 'os'), true, 'a module global');
    assert.equal(nameIsTaken(outer, 'destination'), false);
  });

  test('dynamic features are noted on their scope', () => {
    const dynamic = analyze('def f():\n    return locals()\nclass A:\n    def m(self):\n        return super().m()\n').analysis;
    assert.equal(dynamic.scopes.find((scope) => scope.name === 'f')?.dynamic.locals, true);
    assert.equal(dynamic.scopes.find((scope) => scope.name === 'm')?.dynamic.zeroArgumentSuper, true);
  });
});

describe('agreement with Python symtable', () => {
  test('every function of a standard-library sample has the locals and frees CPython computes', async () => {
    const { execFileSync } = await import('node:child_process');
    const { discoverFiles } = await import('../src/runner/discover.js');
    const { compareWithSymtable } = await import('./corpus/scopes-vs-symtable.js');
    const root = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
    const sample = discoverFiles([root], { exclude: ['site-packages/', 'test/'], cwd: root }).filter((_, index) => index % 25 === 0);
    const agreement = compareWithSymtable(sample);
    assert.ok(agreement.functions > 500, `only ${agreement.functions} functions compared`);
    assert.deepEqual(agreement.differences, []);
  });
});
