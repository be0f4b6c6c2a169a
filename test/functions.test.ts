// Unit tests of src/python/summaries/functions.ts: parameters by position and decorator, and what a
// function's own body returns, yields and raises.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SyntaxNode } from '../src/engine/syntax-tree.js';
import { parsePython } from '../src/engine/parse.js';
import {
  bodyFacts,
  definitionOf,
  documentedParameters,
  generatorTypes,
  headerText,
  initAttributes,
  isPropertyAccessor,
  moduleExports,
  splitTopLevel,
} from '../src/python/summaries/functions.js';

function definitions(source: string): SyntaxNode[] {
  return parsePython(source).rootNode.descendantsOfType(['function_definition', 'class_definition']);
}

function parametersOf(source: string, name: string): string[] {
  const node = definitions(source).find((item) => item.childForFieldName('name')?.text === name)!;
  return documentedParameters(definitionOf(node)).map((parameter) => `${parameter.stars}${parameter.name}`);
}

test('methods lose their first parameter by position, static methods keep it', () => {
  const source = [
    'class A:',
    '    def method(this, a): pass',
    '    @classmethod',
    '    def build(klass, b): pass',
    '    @staticmethod',
    '    def helper(c, d): pass',
    '    def variadic(*args): pass',
    'def function(self, e): pass',
  ].join('\n');
  assert.deepEqual(parametersOf(source, 'method'), ['a']);
  assert.deepEqual(parametersOf(source, 'build'), ['b']);
  assert.deepEqual(parametersOf(source, 'helper'), ['c', 'd']);
  assert.deepEqual(parametersOf(source, 'variadic'), ['*args']);
  assert.deepEqual(parametersOf(source, 'function'), ['self', 'e']);
});

test('annotations and defaults as written; markers skipped', () => {
  const node = definitions('def f(a: "Node", /, b: int | None = None, *, c: Literal["x", "y"] = "x", **kw): pass')[0]!;
  assert.deepEqual(documentedParameters(definitionOf(node)), [
    { name: 'a', stars: '', annotation: '"Node"' },
    { name: 'b', stars: '', annotation: 'int | None', default: 'None' },
    { name: 'c', stars: '', annotation: 'Literal["x", "y"]', default: '"x"' },
    { name: 'kw', stars: '**' },
  ]);
});

test('returns, yields and raises of the own body only', () => {
  const source = [
    'def f(x):',
    '    def inner():',
    '        raise RuntimeError("inner")',
    '        return 1',
    '    g = lambda: (yield)',
    '    class Local:',
    '        def method(self):',
    '            raise KeyError',
    '    if x:',
    '        return None',
    '    if not x:',
    '        return',
    '    raise ValueError("bad x") from None',
  ].join('\n');
  const facts = bodyFacts(definitions(source)[0]!);
  assert.equal(facts.returnsValue, false);
  assert.equal(facts.yields, false);
  assert.deepEqual(facts.raises, [{ type: 'ValueError', message: 'bad x' }]);
});

test('exceptions caught by an enclosing handler of the same function are left out', () => {
  const source = [
    'def f(x):',
    '    try:',
    '        raise KeyError(x)',
    '    except LookupError:',
    '        raise errors.NotFound(x)',
    '    try:',
    '        raise ValueError',
    '    except (TypeError, ValueError) as error:',
    '        pass',
    '    try:',
    '        raise CustomError',
    '    except Exception:',
    '        pass',
    '    try:',
    '        raise KeyboardInterrupt',
    '    except Exception:',
    '        pass',
    '    try:',
    '        pass',
    '    finally:',
    '        raise OSError',
    '    raise error',
    '    raise',
  ].join('\n');
  assert.deepEqual(bodyFacts(definitions(source)[0]!).raises.map((raised) => raised.type), ['errors.NotFound', 'KeyboardInterrupt', 'OSError']);
});

test('generator annotations', () => {
  assert.deepEqual(generatorTypes('Generator[str, None, int]'), { yields: 'str', returns: 'int' });
  assert.deepEqual(generatorTypes('typing.Generator[tuple[int, str], None, None]'), { yields: 'tuple[int, str]' });
  assert.deepEqual(generatorTypes('Iterator[bytes]'), { yields: 'bytes' });
  assert.deepEqual(generatorTypes('collections.abc.AsyncIterator["Event"]'), { yields: '"Event"' });
  assert.deepEqual(generatorTypes('list[int]'), {});
  assert.deepEqual(splitTopLevel('a, "b, c", d[e, f]'), ['a', '"b, c"', 'd[e, f]']);
});

test('attributes assigned in __init__, with types from annotations or parameters', () => {
  const source = 'class A:\n    def __init__(self, host: str, port):\n        self.host = host\n        self.port = port\n        self.count: int = 0\n        self.host = None\n';
  assert.deepEqual(initAttributes(definitions(source)[0]!), [{ name: 'host', annotation: 'str' }, { name: 'port' }, { name: 'count', annotation: 'int' }]);
});

test('property accessors, headers, __all__', () => {
  const source = 'class A:\n    @x.setter\n    def x(self, value): pass\n    @x.deleter\n    def x(self): pass\n    def y(self,\n          z):  # note\n        pass\n';
  const [, setter, deleter, multiLine] = definitions(source);
  assert.ok(isPropertyAccessor(definitionOf(setter!)));
  assert.ok(isPropertyAccessor(definitionOf(deleter!)));
  assert.equal(headerText(multiLine!), 'def y(self,\n          z):');
  assert.deepEqual(moduleExports(parsePython('__all__ = ["a", "b"]\n__all__ += ("c",)\n').rootNode), new Set(['a', 'b', 'c']));
  assert.equal(moduleExports(parsePython('__all__ = names()\n').rootNode), undefined);
  assert.equal(moduleExports(parsePython('x = 1\n').rootNode), undefined);
});
