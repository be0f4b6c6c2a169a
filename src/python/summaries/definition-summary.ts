// The heuristic summaries of functions, classes and modules, and the descriptions of
// their parameters, return values and yields: sentences from the names, in the
// conventional phrasings (`get_x`, `is_x`, `test_*`, `setUp`, dunders, properties,
// constructors). Nothing is said that the name or the code does not say.
import { basename, dirname } from 'node:path';
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import { capitalize, functionWords, noDoubleArticle, indefiniteArticle, isThirdPersonVerb, isVerb, pluralPhrase, prepositionAfter, takesArticle, verbPhrase } from '../words/english.js';
import {
  baseClasses,
  bodyFacts,
  definitionOf,
  documentedParameters,
  enclosingClass,
  hasDecorator,
  isMethod,
  isProperty,
  type BodyFacts,
  type Definition,
  type Parameter,
} from './functions.js';
import type { SummaryRequest } from './summarizer.js';
import { isDunder, namePhrase, proseWords, splitIdentifier } from '../words/words.js';

/** Summaries of special methods, with `{class}` and `{0}`, `{1}` for parameter names. */
const DUNDERS: ReadonlyMap<string, string> = new Map(Object.entries({
  __init__: 'Initialize the {class}.',
  __new__: 'Create a new {class}.',
  __del__: 'Clean up before the {class} is destroyed.',
  __repr__: 'Return repr(self).',
  __str__: 'Return str(self).',
  __bytes__: 'Return bytes(self).',
  __format__: 'Return format(self, {0}).',
  __hash__: 'Return hash(self).',
  __bool__: 'Return bool(self).',
  __len__: 'Return len(self).',
  __length_hint__: 'Return an estimate of len(self).',
  __iter__: 'Return iter(self).',
  __aiter__: 'Return an asynchronous iterator over the {class}.',
  __next__: 'Return next(self).',
  __anext__: 'Return the next item of the asynchronous iteration.',
  __reversed__: 'Return reversed(self).',
  __contains__: 'Return {0} in self.',
  __getitem__: 'Return self[{0}].',
  __setitem__: 'Set self[{0}] to {1}.',
  __delitem__: 'Delete self[{0}].',
  __missing__: 'Return the value for the missing key {0}.',
  __getattr__: 'Return the attribute {0} when normal lookup fails.',
  __getattribute__: 'Return getattr(self, {0}).',
  __setattr__: 'Set the attribute {0} to {1}.',
  __delattr__: 'Delete the attribute {0}.',
  __dir__: 'Return dir(self).',
  __call__: 'Call the {class} as a function.',
  __enter__: 'Enter the runtime context of the {class}.',
  __exit__: 'Exit the runtime context of the {class}.',
  __aenter__: 'Enter the asynchronous runtime context of the {class}.',
  __aexit__: 'Exit the asynchronous runtime context of the {class}.',
  __await__: 'Return an iterator for await.',
  __eq__: 'Return self == {0}.',
  __ne__: 'Return self != {0}.',
  __lt__: 'Return self < {0}.',
  __le__: 'Return self <= {0}.',
  __gt__: 'Return self > {0}.',
  __ge__: 'Return self >= {0}.',
  __add__: 'Return self + {0}.',
  __radd__: 'Return {0} + self.',
  __iadd__: 'Return self += {0}.',
  __sub__: 'Return self - {0}.',
  __rsub__: 'Return {0} - self.',
  __isub__: 'Return self -= {0}.',
  __mul__: 'Return self * {0}.',
  __rmul__: 'Return {0} * self.',
  __matmul__: 'Return self @ {0}.',
  __truediv__: 'Return self / {0}.',
  __rtruediv__: 'Return {0} / self.',
  __floordiv__: 'Return self // {0}.',
  __mod__: 'Return self % {0}.',
  __rmod__: 'Return {0} % self.',
  __pow__: 'Return pow(self, {0}).',
  __and__: 'Return self & {0}.',
  __rand__: 'Return {0} & self.',
  __or__: 'Return self | {0}.',
  __ror__: 'Return {0} | self.',
  __ior__: 'Return self |= {0}.',
  __xor__: 'Return self ^ {0}.',
  __lshift__: 'Return self << {0}.',
  __rshift__: 'Return self >> {0}.',
  __neg__: 'Return -self.',
  __pos__: 'Return +self.',
  __abs__: 'Return abs(self).',
  __invert__: 'Return ~self.',
  __int__: 'Return int(self).',
  __float__: 'Return float(self).',
  __complex__: 'Return complex(self).',
  __index__: 'Return the {class} as an integer index.',
  __round__: 'Return round(self).',
  __trunc__: 'Return math.trunc(self).',
  __floor__: 'Return math.floor(self).',
  __ceil__: 'Return math.ceil(self).',
  __sizeof__: 'Return the size of the {class} in memory, in bytes.',
  __copy__: 'Return a shallow copy of the {class}.',
  __deepcopy__: 'Return a deep copy of the {class}.',
  __reduce__: 'Return the state of the {class} for pickling.',
  __reduce_ex__: 'Return the state of the {class} for pickling.',
  __getstate__: 'Return the state of the {class} for pickling.',
  __setstate__: 'Restore the state of the {class} from {0}.',
  __getnewargs__: 'Return the arguments for __new__ when unpickling.',
  __getnewargs_ex__: 'Return the arguments for __new__ when unpickling.',
  __init_subclass__: 'Initialize a subclass of the {class}.',
  __class_getitem__: 'Return a generic alias of the class for {0}.',
  __set_name__: 'Record the name {1} under which the {class} is assigned in {0}.',
  __get__: 'Return the attribute value for {0}.',
  __set__: 'Set the attribute value of {0} to {1}.',
  __delete__: 'Delete the attribute value of {0}.',
  __post_init__: 'Finish initializing the {class}.',
  __instancecheck__: 'Return whether {0} is an instance of the class.',
  __subclasscheck__: 'Return whether {0} is a subclass of the class.',
  __fspath__: 'Return the file system path of the {class}.',
}));

const TEST_HOOKS: ReadonlyMap<string, string> = new Map(Object.entries({
  setUp: 'Set up the test fixture.',
  tearDown: 'Tear down the test fixture.',
  asyncSetUp: 'Set up the test fixture.',
  asyncTearDown: 'Tear down the test fixture.',
  setUpClass: 'Set up the fixture shared by the tests of the class.',
  tearDownClass: 'Tear down the fixture shared by the tests of the class.',
  setUpModule: 'Set up the fixture shared by the tests of the module.',
  tearDownModule: 'Tear down the fixture shared by the tests of the module.',
  setup_method: 'Set up the test fixture.',
  teardown_method: 'Tear down the test fixture.',
  setup_class: 'Set up the fixture shared by the tests of the class.',
  teardown_class: 'Tear down the fixture shared by the tests of the class.',
}));

/** Words that ask a yes-or-no question (`is_empty`, `has_children`). */
const PREDICATES = new Set(['is', 'has', 'can', 'should', 'was', 'needs', 'uses', 'supports', 'contains', 'allows']);

/** Parts joined into a sentence; a name that opens with an article takes no second one (`a_type`: "the a type"). */
const sentence = (...parts: string[]): string => `${capitalize(noDoubleArticle(parts.filter(Boolean).join(' ')))}.`;

/** The words of a name read as prose, leading and trailing underscores dropped. */
function prose(name: string): string[] {
  return proseWords(splitIdentifier(name).words);
}


function classPhrase(definition: Definition): string {
  const owner = enclosingClass(definition);
  const name = owner?.childForFieldName('name')?.text;
  return name ? namePhrase(name) : 'object';
}

function fillTemplate(template: string, definition: Definition): string {
  const names = documentedParameters(definition).map((parameter) => `${parameter.stars}${parameter.name}`);
  return template.replace('{class}', classPhrase(definition)).replace(/\{(\d)\}/g, (_, index: string) => names[Number(index)] ?? 'the value');
}

/** `Return whether the queue is empty`: the subject is the instance, or the first parameter. */
function subjectOf(definition: Definition): string {
  if (isMethod(definition) && !hasDecorator(definition, 'staticmethod') && !hasDecorator(definition, 'classmethod')) {
    return `the ${classPhrase(definition)}`;
  }
  const first = documentedParameters(definition)[0];
  return first && first.stars === '' ? noDoubleArticle(`the ${namePhrase(first.name)}`) : 'it';
}

/** `is_empty` -> `the queue is empty`; undefined when the name is no question. */
function predicateClause(definition: Definition, words: string[]): string | undefined {
  const [first, ...rest] = words;
  if (!first || !PREDICATES.has(first) || rest.length === 0) return undefined;
  return `${subjectOf(definition)} ${first} ${rest.join(' ')}`;
}

function testSentence(words: string[]): string {
  if (words.length === 0) return 'Run the test.';
  return words.slice(1).some(isThirdPersonVerb) || isThirdPersonVerb(words[0]!) ? sentence('test that', words.join(' ')) : sentence('test', words.join(' '));
}

/**
 * What a lone verb acts on: the first required parameter (`parse(text)` -> the text;
 * one-letter names are listed as written: `add(a, b)` -> a and b), else the instance
 * of a method (`close(self)` -> the connection), else nothing.
 */
function objectOf(definition: Definition): string | undefined {
  const required = documentedParameters(definition).filter((parameter) => parameter.stars === '' && parameter.default === undefined);
  const first = required[0];
  if (first && first.name.length === 1) {
    const letters = required.filter((parameter) => parameter.name.length === 1).map((parameter) => parameter.name);
    return letters.length === 1 ? letters[0] : `${letters.slice(0, -1).join(', ')} and ${letters.at(-1)}`;
  }
  if (first) return noDoubleArticle(`the ${namePhrase(first.name)}`);
  if (isMethod(definition) && !hasDecorator(definition, 'staticmethod') && !hasDecorator(definition, 'classmethod')) return `the ${classPhrase(definition)}`;
  return undefined;
}

/** `verb [the] rest`; a lone verb takes its object from the parameters or the instance. */
function imperative(definition: Definition, verb: string, rest: string[], facts: BodyFacts): string {
  const spoken = verb === 'get' && facts.returnsValue ? 'return' : verbPhrase(verb);
  if (rest.length === 0) {
    const object = objectOf(definition);
    return sentence(spoken, object ? (prepositionAfter(verb) ?? '') : '', object ?? '');
  }
  const preposition = prepositionAfter(verb);
  const article = takesArticle(rest) ? 'the' : '';
  return sentence(spoken, article && preposition ? preposition : '', article, rest.join(' '));
}

const CONSTRUCTOR_VERBS = new Set(['create', 'new', 'make', 'build']);

/** A class method that returns `cls(...)`: it makes an instance of its class. */
function isAlternativeConstructor(definition: Definition, facts: BodyFacts): boolean {
  const first = firstParameterName(definition);
  return hasDecorator(definition, 'classmethod') && first !== undefined && facts.returned.some((text) => text.startsWith(`${first}(`));
}

function firstParameterName(definition: Definition): string | undefined {
  const node = definition.node.childForFieldName('parameters')?.namedChildren[0];
  return node?.type === 'identifier' ? node.text : undefined;
}

/** The summary of a function or method from its name, decorators and body. */
export function summarizeFunction(definition: Definition, facts: BodyFacts = bodyFacts(definition.node)): string | null {
  const { name } = definition;
  if (isDunder(name)) return fillTemplate(DUNDERS.get(name) ?? `Implement ${name}.`, definition);
  const hook = TEST_HOOKS.get(name);
  if (hook) return hook;
  const words = functionWords(name);
  if (isProperty(definition)) {
    const clause = predicateClause(definition, words);
    return clause ? sentence('whether', clause) : sentence('the', words.join(' '));
  }
  if (words[0] === 'test' && name.replace(/^_+/, '').startsWith('test')) return testSentence(words.slice(1));
  if (hasDecorator(definition, 'classmethod') && words[0] === 'from' && words.length > 1) {
    const source = words.slice(1).join(' ');
    const article = /s$/.test(source) || /^[A-Z]{2,}/.test(source) ? '' : indefiniteArticle(source);
    return sentence('create', indefiniteArticle(classPhrase(definition)), classPhrase(definition), 'from', article, source);
  }
  if (isAlternativeConstructor(definition, facts) && words.length === 1 && CONSTRUCTOR_VERBS.has(words[0]!)) {
    return sentence('create', indefiniteArticle(`new ${classPhrase(definition)}`), 'new', classPhrase(definition));
  }
  if ((words[0] === 'iter' || words[0] === 'iterate') && words.length > 1) return sentence('iterate over the', words.slice(1).join(' '));
  if (name === 'main') return 'Run the program.';
  const clause = predicateClause(definition, words);
  if (clause) return sentence('return whether', clause);
  const [first, ...rest] = words;
  // A name of underscores only says nothing.
  if (!first) return null;
  if ((first === 'to' || first === 'as') && rest.length > 0 && isMethod(definition)) {
    return sentence('return the', classPhrase(definition), 'as', rest.join(' '));
  }
  if ((first === 'on' || first === 'handle') && rest.length > 0) return sentence('handle the', rest.join(' '));
  if (isVerb(first)) return imperative(definition, first, rest, facts);
  if (facts.yields) return sentence('yield the', words.join(' '));
  if (facts.returnsValue) return sentence('return the', words.join(' '));
  return sentence(words.join(' '));
}

const TEST_BASES = /(?:^|\.)(?:TestCase|IsolatedAsyncioTestCase)$|Test(?:Case|Base)?$/;
const ENUM_BASES = /(?:^|\.)(?:Enum|IntEnum|StrEnum|Flag|IntFlag)$/;

/** The summary of a class from its name and bases. */
export function summarizeClass(node: SyntaxNode, file: string): string {
  const name = node.childForFieldName('name')?.text ?? '';
  const bases = baseClasses(node);
  const words = prose(name);
  const phrase = words.join(' ');
  const last = splitIdentifier(name).words.at(-1)?.toLowerCase();
  const first = splitIdentifier(name).words[0]?.toLowerCase();
  if ((last === 'test' || last === 'tests' || first === 'test') && (bases.some((base) => TEST_BASES.test(base)) || /^Test|Tests?$/.test(name))) {
    const subject = words.filter((word, index) => !((index === 0 || index === words.length - 1) && /^tests?$/.test(word))).join(' ');
    return subject && subject !== 'case' ? sentence('tests for', subject.replace(/ case$/, '')) : 'Tests.';
  }
  if (name === 'Error' || name === 'Exception') return sentence(namePhrase(moduleName(file)), 'error');
  if (last === 'error' || last === 'exception' || last === 'warning') return sentence(phrase);
  if (last === 'mixin' && words.length > 1) return sentence('mixin for', words.slice(0, -1).join(' '));
  if ((first === 'base' || first === 'abstract') && words.length > 1) return sentence('base class for', pluralPhrase(words.slice(1).join(' ')));
  if (bases.some((base) => ENUM_BASES.test(base))) return sentence('the possible', phrase, 'values');
  return sentence(indefiniteArticle(phrase), phrase);
}

function moduleName(file: string): string {
  const stem = basename(file).replace(/\.pyi?$/, '');
  return stem === '__init__' || stem === '__main__' ? basename(dirname(file)) : stem;
}

/** The summary of a module from its path. */
export function summarizeModule(file: string): string {
  const stem = basename(file).replace(/\.pyi?$/, '');
  const phrase = namePhrase(moduleName(file)) || 'this';
  if (stem === '__init__') return sentence('the', phrase, 'package');
  if (stem === '__main__') return sentence('run the', phrase, 'package as a program');
  if (stem === 'conftest') return 'Test configuration and fixtures.';
  if (/^test_|_test$/.test(stem)) return sentence('tests for', namePhrase(stem.replace(/^test_|_test$/, '')));
  return sentence('the', phrase, 'module');
}

/** The heuristic for the docstrings transform: a summary for any definition or module. */
export function summarizeDefinitionRequest(request: SummaryRequest): string | null {
  const node = request.nodes[0];
  if (!node) return null;
  switch (node.type) {
    case 'function_definition':
      return summarizeFunction(definitionOf(node));
    case 'class_definition':
      return summarizeClass(node, request.file);
    case 'module':
      return summarizeModule(request.file);
    default:
      return null;
  }
}
