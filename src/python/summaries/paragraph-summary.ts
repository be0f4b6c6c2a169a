// The heuristic summary of a paragraph of statements, for the `comments` transform: each
// statement read as an action ("get the flavors from the API", "keep x for later use"),
// consecutive actions of one kind merged ("start compute host1 and host2"), at most three
// actions to a sentence. A statement it cannot read makes the whole paragraph
// unsummarised: silence beats a comment that tells half the story.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import { capitalize, functionWords, indefiniteArticle, isVerb, joinAnd, pluralPhrase, prepositionAfter, takesArticle, verbPhrase } from '../words/english.js';
import { plainStringValue } from './functions.js';
import type { SummaryRequest } from './summarizer.js';
import { identifierWords, namePhrase } from '../words/words.js';

/** One thing a statement does: `verb objects suffix`. */
interface Action {
  verb: string;
  objects: string[];
  suffix: string;
}

/** Literals an attribute starts with (without children: `[]`, `{}`, `None`, `0`, `False`; `''` below). */
const STARTING_VALUES = new Set(['none', 'true', 'false', 'integer', 'float', 'list', 'dictionary', 'tuple', 'set']);

/** Functions whose assignments set up an object: elsewhere a starting value resets it. */
const INITIALIZING = /^(?:__init__|__post_init__|__new__|setUp|setUpClass|asyncSetUp|_?init(?:iali[sz]e)?(?:_\w*)?|_?setup(?:_\w*)?)$/;

/** `[]`, `{}`, `None`, `0`, `False`, `''`, `b""`: a value things start from. */
function isStartingValue(value: SyntaxNode): boolean {
  if (value.type === 'string') return /^[bBuU]?(?:''|"")$/.test(value.text);
  return STARTING_VALUES.has(value.type) && !value.namedChildCount;
}

/** `code`, `options.host`, `(code, msg)`: a value handed in, which an attribute keeps. */
function isKeptValue(value: SyntaxNode): boolean {
  if (value.type === 'identifier') return !/^_*[A-Z][A-Z0-9_]*$/.test(value.text);
  // `_State.CREATED`, `socket.AF_INET`: a constant, which says nothing kept.
  if (value.type === 'attribute') return isKeptValue(value.childForFieldName('attribute')!) && !/^_*[A-Z]/.test(value.childForFieldName('object')?.text ?? '');
  if (value.type === 'tuple') return value.namedChildCount > 0 && value.namedChildren.every(isKeptValue);
  return false;
}

/** Words that name nothing by themselves: a comment made of them tells less than the code. */
const VAGUE_WORDS = new Set(['ret', 'cur', 'orig', 'tmp', 'temp', 'foo', 'bar', 'baz', 'spam', 'eggs', 'ham', 'obj', 'val', 'res', 'con', 'stuff', 'thing']);

/** `the m arguments`, `the dt2`, `the ret`: a phrase that says nothing. */
function isVaguePhrase(object: string): boolean {
  return object.split(' ').some((word) => /^(?:[a-z]\d*|[a-z]{2}\d+)$/i.test(word) || VAGUE_WORDS.has(word));
}

/** A statement that neither adds to nor blocks a summary (`count = 0`, `return result`). */
const NEUTRAL = 'neutral';
type Reading = Action | typeof NEUTRAL | null;

/** Verbs after which the receiver is where things come from (`self.api.get_flavors()`). */
const FETCHING = new Set(['get', 'fetch', 'load', 'read', 'list', 'find', 'query', 'pop', 'receive', 'retrieve', 'look up', 'download']);
/** Verbs whose result is the thing they name (`server = self.create()`: create the server). */
const PRODUCING = new Set(['create', 'make', 'build', 'get', 'load', 'read', 'fetch', 'find', 'compute', 'calculate', 'generate', 'open', 'render', 'format', 'prepare', 'copy', 'clone', 'allocate', 'spawn', 'start', 'download', 'receive', 'retrieve', 'look up']);
const BASE_HOOKS: ReadonlyMap<string, string> = new Map(Object.entries({
  setUp: 'set-up', tearDown: 'tear-down', setUpClass: 'class set-up', tearDownClass: 'class tear-down', __init__: 'initializer',
  asyncSetUp: 'set-up', asyncTearDown: 'tear-down', __post_init__: 'post-initialization',
}));
/** Adjectives that, after a verb in a function name, say a state rather than a thing (`queue_empty`). */
const STATES = new Set(['empty', 'full', 'ready', 'done', 'alive', 'closed', 'open', 'valid', 'equal', 'active', 'running', 'set', 'true', 'false', 'none', 'ok', 'same', 'different', 'busy', 'idle']);

/** Builtins that wrap the thing a check is about (`len(servers)` is about the servers). */
const WRAPPERS = new Set(['len', 'list', 'sorted', 'set', 'tuple', 'str', 'int', 'bool', 'repr', 'type', 'dict']);

function unwrapAwait(node: SyntaxNode): SyntaxNode {
  return node.type === 'await' && node.namedChildren[0] ? node.namedChildren[0] : node;
}

/** `self.x.y` -> `x y`; the instance itself says nothing. */
function attributePhrase(node: SyntaxNode): string | undefined {
  // `x.is_integer` is a question about x, not a thing.
  if (node.type === 'attribute' && /^(?:is|has)_/.test(node.childForFieldName('attribute')?.text ?? '')) return undefined;
  if (node.type === 'identifier') return node.text === 'self' || node.text === 'cls' ? undefined : namePhrase(node.text);
  if (node.type === 'attribute') {
    const object = node.childForFieldName('object');
    const attribute = node.childForFieldName('attribute')?.text ?? '';
    const owner = object ? attributePhrase(object) : undefined;
    return [owner, namePhrase(attribute)].filter(Boolean).join(' ') || undefined;
  }
  return undefined;
}

/** What an argument is, in words, when it can be said briefly. */
function argumentPhrase(node: SyntaxNode): string | undefined {
  if (node.type === 'string') {
    const value = plainStringValue(node);
    return value && /^[\w.-]{1,30}$/.test(value) ? value : undefined;
  }
  if (node.type === 'integer') return node.text;
  if (node.type === 'identifier' || node.type === 'attribute') return attributePhrase(node);
  if (node.type === 'call') {
    const callee = node.childForFieldName('function');
    const name = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text;
    if (name && /^[A-Z]/.test(name)) return namePhrase(name);
  }
  return undefined;
}

/** What a check is about: `server['status']` -> `server status`, `len(servers)` -> `servers`. */
function subjectPhrase(node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case 'identifier':
      // A constant (`DONE`) is a value to compare with, not what is checked.
      return /^[A-Z0-9_]+$/.test(node.text) ? undefined : attributePhrase(node);
    case 'attribute':
      return attributePhrase(node);
    case 'subscript': {
      const value = subjectPhrase(node.childForFieldName('value') ?? undefined);
      const key = node.childForFieldName('subscript');
      const keyText = key?.type === 'string' ? plainStringValue(key) : undefined;
      return value && keyText && /^\w+$/.test(keyText) ? `${value} ${namePhrase(keyText)}` : value;
    }
    case 'call': {
      const callee = node.childForFieldName('function');
      if (callee?.type === 'identifier' && WRAPPERS.has(callee.text)) return subjectPhrase(node.childForFieldName('arguments')?.namedChildren[0]);
      const name = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text;
      const words = name ? functionWords(name) : [];
      // `findall`, `countOf`: what follows the verb is no thing (`all`, `of`); in
      // `queue_empty(q)` it is a state, not a thing.
      const rest = words.slice(1);
      return words.length > 1 && isVerb(words[0]!) && takesArticle(rest) && !(rest.length === 1 && STATES.has(rest[0]!)) ? rest.join(' ') : undefined;
    }
    case 'comparison_operator':
    case 'not_operator':
    case 'parenthesized_expression':
      return subjectPhrase(node.namedChildren.find((child) => !/string|integer|float|true|false|none/.test(child.type)));
    default:
      return undefined;
  }
}

/**
 * A check of something named in a few words; a check of what cannot be named briefly
 * (`t.body[0].value.values`) is not summarised.
 */
function check(subject: string | undefined): Action | null {
  return subject && subject.split(' ').length <= 3 ? { verb: 'check', objects: [`the ${subject}`], suffix: '' } : null;
}

/** A call read as an action; `target` is what its result is assigned to. */
function callAction(call: SyntaxNode, target?: string): Action | null {
  const callee = call.childForFieldName('function');
  const positional = (call.childForFieldName('arguments')?.namedChildren ?? []).filter(
    (argument) => argument.type !== 'keyword_argument' && argument.type !== 'comment' && argument.type !== 'list_splat' && argument.type !== 'dictionary_splat',
  );
  return callee ? calleeAction(callee, positional, target) : null;
}

/**
 * A class name as the thing created: `Condition` -> `condition`, `_CallList` -> `call list`;
 * a one-letter prefix stays as written (`RLock`, not `r lock`).
 */
function classPhrase(name: string): string {
  const phrase = namePhrase(name);
  return /^[a-z] /.test(phrase) ? name.replace(/^_+/, '') : phrase;
}

/** A call of `callee` with these positional arguments, read as an action. */
function calleeAction(callee: SyntaxNode, positional: SyntaxNode[], target?: string): Action | null {
  if (callee.type !== 'identifier' && callee.type !== 'attribute') return null;
  const name = callee.type === 'attribute' ? (callee.childForFieldName('attribute')?.text ?? '') : callee.text;
  const receiver = callee.type === 'attribute' ? callee.childForFieldName('object') : null;
  // `Case(test).run(result)`, `items[0].close()`: the thing acted on cannot be named.
  if (receiver && receiver.type !== 'identifier' && receiver.type !== 'attribute') return null;
  if (/^_*[A-Z]/.test(name)) return { verb: 'create', objects: [classPhrase(name)], suffix: '' };
  // `assert_python_failure(...)`: a helper of its own, not a check of its first argument.
  if (/^assert_/.test(name) && callee.type === 'identifier') return null;
  if (/^assertRaises/.test(name) && positional[0]) {
    // The exceptions are named as written: they are class names, not things.
    return /^[\w.]+$/.test(positional[0].text) ? { verb: 'expect', objects: [positional[0].text], suffix: '' } : null;
  }
  if (/^assert/.test(name)) return check(subjectPhrase(positional.find((argument) => !/string|integer|float|true|false|none/.test(argument.type))));
  if (name === 'addCleanup' && positional[0]) {
    // The function to call at clean-up with its arguments: `addCleanup(os_helper.unlink,
    // filename)` unlinks the file name, not the module.
    const cleanup = calleeAction(positional[0], positional.slice(1));
    return cleanup ? { ...cleanup, suffix: 'on clean-up' } : null;
  }
  const words = functionWords(name);
  const [verb, ...rest] = words;
  if (!verb || !isVerb(verb)) return null;
  // `call_soon`, `run_briefly`: a verb and an adverb say how, not what.
  if (rest.length > 0 && !takesArticle(rest) && rest.length === 1) return null;
  const spoken = verbPhrase(verb);
  const source = receiver && FETCHING.has(spoken) ? attributePhrase(receiver) : undefined;
  const suffix = source ? `from the ${source}` : '';
  const argumentsSaid = positional.map(argumentPhrase);
  const allSaid = positional.length > 0 && argumentsSaid.every((phrase) => phrase !== undefined);
  // `self._start_compute('host1')`: one string naming what the call acts on.
  const named = positional.length === 1 && positional[0]!.type === 'string' && argumentsSaid[0] !== undefined;
  if (rest.length > 0 && named && !target) return { verb: `${spoken} ${rest.join(' ')}`, objects: argumentsSaid as string[], suffix };
  const withPreposition = [spoken, prepositionAfter(verb)].filter(Boolean).join(' ');
  if (rest.length > 0 && takesArticle(rest)) return { verb: withPreposition, objects: [`the ${rest.join(' ')}`], suffix };
  if (rest.length > 0) return { verb: spoken, objects: [rest.join(' ')], suffix };
  // `server = create()`: the result is what was made; `con = connect()` is no place to connect to.
  if (target) return PRODUCING.has(spoken) ? { verb: spoken, objects: [`the ${target}`], suffix } : null;
  if (allSaid && positional.length === 1) {
    const said = argumentsSaid[0]!;
    // A name gets an article; a string or a number is quoted as it is.
    return { verb: withPreposition, objects: [positional[0]!.type === 'identifier' || positional[0]!.type === 'attribute' ? `the ${said}` : said], suffix };
  }
  const owner = receiver ? attributePhrase(receiver) : undefined;
  // `self.synchro.wait()`: wait for the synchro.
  return owner && positional.length === 0 ? { verb: withPreposition, objects: [`the ${owner}`], suffix } : null;
}

function isSuperCall(call: SyntaxNode): string | undefined {
  const callee = call.childForFieldName('function');
  const object = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
  if (object?.type !== 'call' || object.childForFieldName('function')?.text !== 'super') return undefined;
  return callee?.childForFieldName('attribute')?.text;
}

function readAssignment(assignment: SyntaxNode, initializing: boolean): Reading {
  const left = assignment.childForFieldName('left');
  const right = assignment.childForFieldName('right');
  if (!left || !right) return null;
  const value = unwrapAwait(right);
  const onInstance = left.type === 'attribute' && /^(self|cls)$/.test(left.childForFieldName('object')?.text ?? '');
  if (left.type !== 'identifier' && !onInstance) return null;
  const target = onInstance ? namePhrase(left.childForFieldName('attribute')?.text ?? '') : namePhrase(left.text);
  // A call it cannot read: "keep x" would hide what is done to get x.
  if (value.type === 'call') return callAction(value, target);
  // `self._callbacks = {}`, `self._closed = False`: a starting value, not something kept;
  // outside set-up (`reset_mock`, `tearDown`) the attribute is reset.
  if (onInstance && isStartingValue(value)) {
    if (initializing) return { verb: 'initialize', objects: [target], suffix: '' };
    // `self.loop = None` after `self.loop.close()` in a tear-down: letting go needs no words.
    if (value.type === 'none') return NEUTRAL;
    // `self._writing = True`, `self.count = 5`: a new state, not a reset.
    return value.type === 'true' || (value.type === 'integer' && value.text !== '0') || value.type === 'float' ? null : { verb: 'reset', objects: [target], suffix: '' };
  }
  // `self.host = host`: a value handed in is kept; a literal or a constant is no such thing.
  if (onInstance) return isKeptValue(value) ? { verb: 'keep', objects: [target], suffix: 'for later use' } : null;
  // A local set to a value without a call: bookkeeping that needs no words.
  return value.descendantsOfType('call').length === 0 ? NEUTRAL : null;
}

function readLoop(loop: SyntaxNode): Reading {
  const variable = loop.childForFieldName('left');
  const body = loop.childForFieldName('body')?.namedChildren.filter((child) => child.type !== 'comment') ?? [];
  const only = body.length === 1 && body[0]!.type === 'expression_statement' ? unwrapAwait(body[0]!.namedChildren[0]!) : undefined;
  if (variable?.type !== 'identifier' || only?.type !== 'call' || loop.childForFieldName('alternative')) return null;
  const action = callAction(only);
  if (!action) return null;
  const item = namePhrase(variable.text);
  // `for arg in names: parser.add_argument(arg)`: add each argument.
  if (action.objects.some((object) => object.includes(item))) return { verb: action.verb, objects: [`each ${item}`], suffix: action.suffix };
  const verb = `${action.verb} ${action.objects.join(' ')}`.trim();
  return { verb, objects: [], suffix: [`for each ${item}`, action.suffix].filter(Boolean).join(' ') };
}

/**
 * What one statement does, or null when it cannot be said; `functionName` is the function
 * it is in (assignments in `__init__` or `setUp` initialize, elsewhere they reset).
 */
export function readStatement(statement: SyntaxNode, functionName = '__init__'): Reading {
  switch (statement.type) {
    case 'expression_statement': {
      const expression = unwrapAwait(statement.namedChildren[0]!);
      if (expression.type === 'assignment') return readAssignment(expression, INITIALIZING.test(functionName));
      if (expression.type !== 'call') return null;
      const method = isSuperCall(expression);
      if (method) return { verb: 'run the base class', objects: [BASE_HOOKS.get(method) ?? namePhrase(method)], suffix: '' };
      // `Equal(a, b)` (an alias of a check), `Thread(...)` thrown away: nothing is created.
      const callee = expression.childForFieldName('function');
      const calleeName = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text;
      if (/^_*[A-Z]/.test(calleeName ?? '')) return null;
      return callAction(expression);
    }
    case 'assert_statement':
      return check(subjectPhrase(statement.namedChildren[0]));
    case 'return_statement':
    case 'pass_statement':
      return NEUTRAL;
    case 'for_statement':
      return readLoop(statement);
    default:
      return null;
  }
}

/** Objects of `create` are class phrases: one gets an article, repeated ones a plural. */
function creations(objects: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const object of objects) counts.set(object, (counts.get(object) ?? 0) + 1);
  return [...counts].map(([phrase, count]) => {
    if (phrase.startsWith('the ')) return count > 1 ? pluralPhrase(phrase) : phrase;
    return count > 1 ? pluralPhrase(phrase) : `${indefiniteArticle(phrase)} ${phrase}`;
  });
}

function render(action: Action): string {
  const objects = action.verb === 'create' ? creations(action.objects) : action.objects;
  return [action.verb, joinAnd(objects), action.suffix].filter(Boolean).join(' ');
}

/** Verbs that name their own kind of action and are merged by object, not by verb. */
const OWN_KIND = new Set(['create', 'expect', 'check', 'keep', 'initialize', 'reset']);

/** Two one-word verbs done to one thing in a row (`lock`, `unlock` the box) read as one action. */
function shareObject(previous: Action, next: Action): boolean {
  const simple = (verb: string) => /^[a-z]+$/.test(verb) && !OWN_KIND.has(verb);
  return simple(previous.verb) && simple(next.verb) && previous.verb !== next.verb && !previous.suffix && !next.suffix &&
    previous.objects.length === 1 && next.objects.length === 1 && previous.objects[0] === next.objects[0];
}

/** More than this many things in one action make a list, not a summary. */
const MAXIMUM_OBJECTS = 4;

/** The words of code in order (identifiers and string contents), to tell a comment that only repeats it. */
function codeWords(node: SyntaxNode): string[] {
  return node
    .descendantsOfType(['identifier', 'string_content'])
    .flatMap((leaf) => (leaf.type === 'identifier' ? identifierWords(leaf.text) : leaf.text.toLowerCase().split(/\W+/)))
    // `setup` is `set up` in prose.
    .flatMap((word) => verbPhrase(word).split(' '))
    .filter(Boolean);
}

/** Whether `words` appear in `sequence` in the same order (not necessarily adjacent). */
function isSubsequence(words: readonly string[], sequence: readonly string[]): boolean {
  let position = 0;
  for (const word of words) {
    position = sequence.indexOf(word, position);
    if (position === -1) return false;
    position++;
  }
  return true;
}

const FILLER = new Set(['the', 'a', 'an', 'and', 'from', 'for', 'to', 'of', 'on', 'each']);

/**
 * The one-line summary of a paragraph of statements, or null when it says no more than
 * the code, or cannot say it in `width` characters (a comment of several lines is a list
 * of what the code does, not a summary).
 */
export function summarizeParagraph(statements: readonly SyntaxNode[], width = Number.POSITIVE_INFINITY, functionName?: string): string | null {
  const actions: Action[] = [];
  for (const statement of statements) {
    const reading = readStatement(statement, functionName);
    if (reading === null) return null;
    if (reading === NEUTRAL) continue;
    const previous = actions.at(-1);
    // `sock.unwrap()`, `sock.close()`: unwrap and close the sock.
    if (previous && shareObject(previous, reading)) {
      previous.verb = `${previous.verb} and ${reading.verb}`;
      continue;
    }
    if (previous && previous.verb === reading.verb && previous.suffix === reading.suffix) {
      // Repeated creations are counted (a plural); other repeated objects said once.
      for (const object of reading.objects) {
        if (reading.verb === 'create' || !previous.objects.includes(object)) previous.objects.push(object);
      }
    } else {
      actions.push({ ...reading, objects: [...reading.objects] });
    }
  }
  if (actions.length === 0 || actions.length > 3) return null;
  if (actions.some((action) => new Set(action.objects).size > (action.verb === 'check' ? 2 : MAXIMUM_OBJECTS))) return null;
  // `t`, `c1`, `the m arguments`, `ret`: a name that says nothing makes a comment
  // that says nothing.
  if (actions.some((action) => action.verb !== 'expect' && (action.objects.some(isVaguePhrase) || (action.suffix.startsWith('for each') && isVaguePhrase(action.verb))))) return null;
  const text = `${capitalize(joinAnd(actions.map(render)))}.`;
  if (text.length > width) return null;
  if (statements.length === 1 && statements[0]!.type !== 'for_statement') {
    // One statement whose words the comment says in the code's own order: an echo.
    const said = text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word && !FILLER.has(word));
    if (isSubsequence(said, codeWords(statements[0]!))) return null;
  }
  return text;
}

/** The heuristic for the comments transform, for comments of at most `width` characters. */
export function paragraphHeuristic(width: number): (request: SummaryRequest) => string | null {
  return (request) => summarizeParagraph(request.nodes, width, request.name);
}
