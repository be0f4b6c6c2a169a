// Names for helpers that split-functions extracts: from the comment heading a paragraph,
// or from the call the paragraph is made of. Always private, within function-names'
// limits (4 words, 30 characters) so that function-names never wants to shorten them.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import { BUILTIN_NAMES } from '../scopes/builtins.js';
import { isVerb, pluralPhrase, takesArticle } from './english.js';
import { identifierWords } from './words.js';

const FILLER = new Set(['a', 'an', 'the', 'and', 'then', 'now', 'here', 'this', 'that', 'it', 'its', 'we', 'so', 'just', 'first', 'next', 'finally', 'them', 'they', 'these', 'those', 'us', 'our']);
/** Words a name must not end on once cut: a preposition without its object, a verb's helper without its verb, a conjunction without its clause. */
const DANGLING = new Set(['to', 'from', 'for', 'with', 'in', 'on', 'by', 'of', 'at', 'into', 'onto', 'over', 'per', 'can', 'cannot', 'cant', 'must', 'should', 'will', 'would', 'may', 'is', 'are', 'be', 'not', 'do', 'does', 'if', 'when', 'unless', 'as', 'and', 'or', 'but', 'than', 'so']);
export const MAX_NAME_WORDS = 4;
export const MAX_NAME_LENGTH = 30;
const NESTED = new Set(['function_definition', 'class_definition', 'lambda']);

/** Verbs that say nothing of what a block does (`_call_mock`, `_do_setup`, `_run_it`). */
const GENERIC_VERBS = new Set(['call', 'do', 'run', 'handle', 'process', 'perform', 'execute', 'invoke', 'go', 'manage', 'deal', 'work']);
/** Objects that say nothing either (`_start_test`, `_check_call`, `_process_data`). */
const GENERIC_OBJECTS = new Set(['test', 'tests', 'it', 'data', 'stuff', 'thing', 'things', 'call', 'calls', 'mock', 'mocks', 'result', 'results', 'step', 'steps', 'code']);
/** Words that negate: a name cut from a sentence with them says the opposite (`_ensure_base_class_hasnt`). */
const NEGATIONS = /^(?:not|no|never|nothing|none|nobody|cannot|cant|dont|doesnt|didnt|isnt|arent|wasnt|werent|hasnt|havent|hadnt|wont|wouldnt|shouldnt|couldnt|mustnt|neednt)$/;

/**
 * `_` and the words, whole: a name cut to fit says less than the block does (or the
 * opposite, when the cut falls after a negation), so a name that does not fit is none.
 */
function privateName(words: readonly string[]): string | null {
  const name = `_${words.join('_')}`;
  if (words.length === 0 || words.length > MAX_NAME_WORDS || name.length > MAX_NAME_LENGTH) return null;
  if (DANGLING.has(words[words.length - 1] as string) || words.some((word) => NEGATIONS.test(word))) return null;
  if (GENERIC_VERBS.has(words[0] as string) || (words.length === 2 && GENERIC_OBJECTS.has(words[1] as string)) || words.length === 1) return null;
  // A name starting with `test` would be collected as a test.
  return words[0]?.startsWith('test') ? null : name;
}

/** Where a heading may be cut: what follows says where or how. Not `to` or `for`: what follows them is the purpose (`# Build a map to convert NS names` is no `_build_map`). */
const PREPOSITIONS = new Set(['from', 'with', 'in', 'on', 'by', 'at', 'into', 'onto', 'over', 'per', 'via', 'using', 'within', 'through', 'under', 'between', 'against']);

/** Words that open a condition: the action, if any, follows the comma. */
const CONDITIONS = new Set(['if', 'when', 'whenever', 'unless', 'while', 'since', 'as', 'because', 'once', 'until', 'after', 'before', 'otherwise', 'else']);
/** First words of a comment that is a remark, not an action (`# No need to...`, `# There are...`, `# XXX`). */
const REMARKS = new Set(['do', 'does', 'dont', 'no', 'not', 'there', 'note', 'notes', 'todo', 'xxx', 'fixme', 'hack', 'see', 'also', 'maybe', 'however', 'but', 'or', 'i', 'you', 'he', 'she', 'they', 'one', 'all', 'some', 'is', 'are', 'was', 'were', 'nb', 'eg', 'ie', 'ok', 'yes']);

/** Words that make a comment a statement about the code rather than a heading. */
const STATEMENT_VERBS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'should', 'will', 'would', 'must', 'can', 'cannot', 'cant', 'may', 'might', 'has', 'have', 'does', 'becomes', 'needs']);
/** Verbs that open headings but not function names, so english.ts does not list them. */
const COMMENT_VERBS = new Set(['prefer', 'sum', 'look', 'share', 'figure', 'remember', 'tell', 'loop', 'turn', 'discard', 'begin', 'construct', 'decide', 'estimate', 'accumulate', 'aggregate', 'duplicate', 'catch', 'reuse', 'cap']);

/**
 * The helper's name from the comment that heads the paragraph: its first words,
 * snake_case. A leading condition is dropped up to its comma (`# If it is closed, reopen
 * the connection.` -> `_reopen_connection`); a comment that does not open with a verb (a
 * remark, an explanation, a condition without its action) names nothing.
 */
export function nameFromComment(comment: string): string | null {
  let text = comment.toLowerCase().replace(/['’]/g, '');
  const firstWord = /^[^a-z]*([a-z]+)/.exec(text)?.[1] ?? '';
  if (CONDITIONS.has(firstWord)) {
    const comma = text.indexOf(',');
    if (comma === -1) return null;
    text = text.slice(comma + 1);
  }
  // One sentence: a second one, a list or an aside says more than a name can.
  const sentence = /^[^.;:!?(]*/.exec(text.trim())?.[0] ?? '';
  if (sentence.includes(',') || sentence.includes(' - ')) return null;
  const wordsOf = (part: string) => (part.match(/[a-z][a-z0-9]*/g) ?? []).filter((word) => !FILLER.has(word));
  const words = wordsOf(sentence);
  // A heading names an action when it opens with a verb; an explanation (`# In Python 3
  // hex() ...`, `# Same elements, but ...`) does not.
  const [verb = ''] = words;
  const known = (word: string) => isVerb(word) || COMMENT_VERBS.has(word);
  if (REMARKS.has(verb) || !(known(verb) || (/^re[a-z]{3,}$/.test(verb) && known(verb.slice(2))))) return null;
  // `# Return value is the sentinel`, `# Block should be called`: a sentence about the
  // code, not a heading (a clause after `if`, `when`... may say anything).
  const named = words.slice(1);
  const clause = named.findIndex((word) => CONDITIONS.has(word));
  const action = clause === -1 ? words : words.slice(0, clause + 1);
  if (action.slice(1).some((word) => STATEMENT_VERBS.has(word))) return null;
  if (action.some((word) => NEGATIONS.test(word))) return null;
  const whole = privateName(action);
  if (whole) return whole;
  // Too long: the verb and its object still name all of it when the rest only says how
  // or where (`Resize the server to the bigger flavor` -> `_resize_server`); a second
  // action (`... and make sure ...`) or a cut object does not.
  if (/\band\b/.test(sentence)) return null;
  // The verb and its object alone: a kept preposition (`_add_edges_for_cells`, cut from
  // `... in the same row`) would name a part of the purpose and drop the rest.
  const preposition = action.findIndex((word, position) => position >= 2 && PREPOSITIONS.has(word));
  const kept = preposition === -1 ? [] : action.slice(0, preposition);
  return kept.some((word) => PREPOSITIONS.has(word) || word === 'to' || word === 'for') ? null : privateName(kept);
}

/** Whether the statement is only a call of `name` (awaited or not): a condition around it is more than the name says. */
function isCallOf(statement: SyntaxNode, name: string): boolean {
  let expression = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
  if (expression?.type === 'await') expression = expression.namedChildren[0];
  return expression?.type === 'call' && calledName(expression) === name;
}

/** Verbs that promise a value: a helper named with one returns it (`_get_search_parameters` that returns nothing misleads). */
const VALUE_VERBS = new Set(['get', 'fetch', 'find', 'compute', 'calculate', 'count', 'parse', 'build', 'make', 'collect', 'determine', 'lookup', 'extract', 'pick', 'choose', 'select', 'gather', 'format', 'render', 'convert', 'decode', 'encode']);

/** Whether a helper name opens with a verb that promises a value. */
export function promisesValue(name: string): boolean {
  return VALUE_VERBS.has(identifierWords(name)[0] ?? '');
}

/**
 * The name in the file's own style: camelCase words (`_determineDefaultNamespace`) where
 * the file names its functions so (Twisted), snake_case otherwise.
 */
export function styledName(name: string, camelCase: boolean): string {
  if (!camelCase) return name;
  const [, prefix = '', rest = ''] = /^(_*)(.*)$/.exec(name) ?? [];
  return prefix + rest.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** Whether the names of these functions are mostly camelCase (`getFoo`), not snake_case (`get_foo`); tests and dunders left out. */
export function namesCamelCase(names: readonly string[]): boolean {
  let camel = 0;
  let snake = 0;
  for (const name of names) {
    // Tests, dunders and unittest's hooks (`setUp`) say nothing of the project's own style.
    if (/^test|^__.*__$|^(?:setUp|tearDown)(?:Class|Module)?$|^asyncSetUp$|^asyncTearDown$/.test(name)) continue;
    if (/[a-z0-9][A-Z]/.test(name) && !/[a-z0-9]_[a-z]/.test(name)) camel++;
    else if (/[a-z0-9]_[a-z]/.test(name)) snake++;
  }
  return camel >= 2 && camel > snake;
}

/** The called name of a call: `f` of `f(x)`, `g` of `self.api.g(x)`. */
function calledName(call: SyntaxNode): string | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type === 'identifier') return callee.text;
  if (callee?.type === 'attribute') return callee.childForFieldName('attribute')?.text;
  return undefined;
}

function* ownCalls(node: SyntaxNode): Generator<SyntaxNode> {
  if (node.type === 'call') yield node;
  for (const child of node.namedChildren) if (!NESTED.has(child.type)) yield* ownCalls(child);
}

/** Words that are not things: a plural of them (`sorteds`, `valids`) says nothing. */
const NOT_NOUN = /(?:ed|ing|able|ible|ful|less|ous|ive|al|id|ic|ly)$/;

/** Whether the call is checked: inside an `assert` or an argument of an `assert...` method. */
function isChecked(call: SyntaxNode): boolean {
  for (let node = call.parent; node && !NESTED.has(node.type); node = node.parent) {
    if (node.type === 'assert_statement') return true;
    if (node.type === 'call' && /^assert/.test(calledName(node) ?? '')) return true;
  }
  return false;
}

/**
 * The helper's name from the call a paragraph is made of: the one function or method it
 * calls most, at least twice, more than any other and in at least half of its calls
 * (builtins, assertions and the function's own locals left out: they say nothing of the
 * purpose). Checked calls make `_check_<call>`; otherwise the called name's object
 * becomes plural (`_start_compute('h1')`, `_start_compute('h2')` -> `_start_computes`),
 * and a verb alone takes its receiver (`lines.append(...)` -> `_append_lines`). Null when
 * no call dominates or its name is no action.
 */
export function nameFromDominantCall(statements: readonly SyntaxNode[], locals: ReadonlySet<string> = new Set()): string | null {
  const counts = new Map<string, { count: number; checked: number; receivers: Set<string> }>();
  let total = 0;
  for (const call of statements.flatMap((statement) => [...ownCalls(statement)])) {
    const name = calledName(call);
    const callee = call.childForFieldName('function');
    if (!name || BUILTIN_NAMES.has(name) || /^(?:assert|fail)/.test(name) || name === 'super') continue;
    if (callee?.type === 'identifier' && locals.has(name)) continue;
    total++;
    const entry = counts.get(name) ?? { count: 0, checked: 0, receivers: new Set<string>() };
    entry.count++;
    if (isChecked(call)) entry.checked++;
    entry.receivers.add(callee?.type === 'attribute' ? (callee.childForFieldName('object')?.text ?? '') : '');
    counts.set(name, entry);
  }
  const ranked = [...counts].sort((a, b) => b[1].count - a[1].count);
  const [dominant, runnerUp] = ranked;
  if (!dominant || dominant[1].count < 2 || dominant[1].count * 2 < total || (runnerUp && runnerUp[1].count === dominant[1].count)) return null;
  const [name, { checked, receivers }] = dominant;
  // The name must cover the block: every statement makes the call, and none checks it
  // (a block of assertions is no `_check_<call>`: what it asserts is the point).
  if (checked > 0 || !statements.every((statement) => isCallOf(statement, name))) return null;
  const words = identifierWords(name);
  if (words.length === 0 || !isVerb(words[0] as string)) return null;
  if (words.length > 1) {
    // `call_soon`, `run_briefly`: a verb and an adverb say how, not what.
    if (NOT_NOUN.test(words.at(-1) as string) || (words.length === 2 && !takesArticle(words.slice(1)))) return null;
    const object = pluralPhrase(words.slice(1).join(' ')).split(' ');
    return privateName([words[0] as string, ...object]);
  }
  // A verb alone (`lines.append`, `server_dict.pop`) names no object: the block would
  // fill in its receiver, an argument, or say nothing of what it is for.
  return null;
}


/** Builtins that wrap what an assertion checks (`len(items)`, `list(result)`): the subject is their argument. */
const WRAPPERS = new Set(['len', 'list', 'tuple', 'set', 'frozenset', 'sorted', 'dict', 'str', 'bytes', 'repr', 'type', 'isinstance', 'bool', 'int', 'float', 'next', 'iter', 'getattr', 'hasattr', 'id']);
const LITERALS = new Set(['string', 'concatenated_string', 'integer', 'float', 'true', 'false', 'none', 'list', 'tuple', 'dictionary', 'set', 'unary_operator']);

/** The attribute chain an expression reads (`self.proto.state` -> self, proto, state), through wrapping builtins, calls and subscripts. */
function subjectChain(node: SyntaxNode | null | undefined): string[] {
  let current = node;
  while (current) {
    if (current.type === 'call') {
      const callee = current.childForFieldName('function');
      if (callee?.type === 'identifier' && WRAPPERS.has(callee.text)) current = current.childForFieldName('arguments')?.namedChildren[0];
      else current = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
    } else if (current.type === 'subscript') current = current.childForFieldName('value');
    else if (current.type === 'parenthesized_expression' || current.type === 'not_operator') current = current.namedChildren.at(-1);
    else break;
  }
  const chain: string[] = [];
  for (let part = current; part; ) {
    if (part.type === 'identifier') {
      chain.unshift(part.text);
      break;
    }
    if (part.type !== 'attribute') return [];
    chain.unshift(part.childForFieldName('attribute')?.text ?? '');
    part = part.childForFieldName('object');
  }
  return chain;
}

/** What one assertion statement checks, as an attribute chain; null when it is no assertion. */
function assertionSubject(statement: SyntaxNode): string[] | null {
  if (statement.type === 'assert_statement') {
    const test = statement.namedChildren[0];
    return subjectChain(test?.type === 'comparison_operator' ? test.namedChildren[0] : test);
  }
  const expression = statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
  if (expression?.type !== 'call' || !/^(?:assert|fail)/.test(calledName(expression) ?? '')) return null;
  const [first, second] = (expression.childForFieldName('arguments')?.namedChildren ?? []).filter((argument) => argument.type !== 'keyword_argument');
  // `assertRaises(Error, f, ...)` checks the callable, not the exception.
  if (/raises/i.test(calledName(expression) ?? '')) return subjectChain(second);
  // `assertEqual(expected, actual)` or `assertEqual(actual, expected)`: the subject is not the literal.
  return subjectChain(first && LITERALS.has(first.type) && second ? second : first);
}

/** Whether every statement is an assertion (`assert`, `self.assert...(...)`): a group a test may share. */
export function isAssertionGroup(statements: readonly SyntaxNode[]): boolean {
  return statements.length > 0 && statements.every((statement) => assertionSubject(statement) !== null);
}

/**
 * `_assert_<subject>` for a group of assertions that all check one thing: the longest
 * attribute chain every assertion reads, the method's receiver left out
 * (`self.proto.state`, `self.proto.buffer` -> `_assert_proto`). Null when they check
 * different things.
 */
export function nameFromAssertions(statements: readonly SyntaxNode[], receiver?: string): string | null {
  if (!isAssertionGroup(statements)) return null;
  const chains = statements.map((statement) => {
    const chain = assertionSubject(statement) ?? [];
    return chain[0] === receiver ? chain.slice(1) : chain;
  });
  const common: string[] = [];
  for (let index = 0; chains.every((chain) => chain.length > index && chain[index] === chains[0]![index]); index++) common.push(chains[0]![index] as string);
  // A subject like `a`, `ax`, `M.nodes` or `symsystem1` names a variable, not what is checked.
  if (common.length === 0 || common.some((part) => part.length < 3 || /\d/.test(part))) return null;
  const words = common.flatMap((part) => identifierWords(part));
  return privateName(['assert', ...words]);
}

/**
 * `_check_<name>` for a block of guards on one local: every statement is an `if` without
 * `else` whose body ends by raising, and their conditions read one local, the same
 * (`if align not in (...): raise ValueError(...)` -> `_check_align`).
 */
export function nameFromGuards(statements: readonly SyntaxNode[], locals: ReadonlySet<string>): string | null {
  const read = new Set<string>();
  for (const statement of statements) {
    if (statement.type !== 'if_statement' || statement.namedChildren.some((child) => child.type === 'elif_clause' || child.type === 'else_clause')) return null;
    if (statement.childForFieldName('consequence')?.namedChildren.filter((child) => child.type !== 'comment').at(-1)?.type !== 'raise_statement') return null;
    const condition = statement.childForFieldName('condition');
    for (const identifier of condition?.descendantsOfType('identifier') ?? []) {
      const parent = identifier.parent;
      if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === identifier.id) continue;
      if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.id === identifier.id) continue;
      if (locals.has(identifier.text)) read.add(identifier.text);
    }
  }
  if (read.size !== 1) return null;
  return privateName(['check', ...identifierWords([...read][0] as string)]);
}

/** Result names that say nothing of the value. */
const PLACEHOLDERS = /^(?:result|results|value|values|temp|tmp|ret|retval|res|out|obj|expr|other|item|items|data|func|fn|thing|val|var|args|kwargs)$/;

/** Whether `statement` only binds `name` (`name = ...`, no chain, no annotation). */
function bindsOnly(statement: SyntaxNode, name: string): boolean {
  const assignment = statement.type === 'expression_statement' && statement.namedChildCount === 1 ? statement.namedChildren[0] : undefined;
  const right = assignment?.childForFieldName('right');
  return assignment?.type === 'assignment' && assignment.childForFieldName('left')?.text === name && !assignment.childForFieldName('type') && right?.type !== 'assignment';
}

/**
 * `_get_<result>` for a block that only chooses the value of its one result: every
 * statement binds it, or is an `if` whose every branch (an `else` included) binds it or
 * raises (`if isinstance(other, Monomial): exponents = ... else: raise TypeError(...)`
 * -> `_get_exponents`). Null for anything else the block does, or a result named like a
 * placeholder (`x`, `res`, `tmp1`).
 */
export function nameFromChosenValue(statements: readonly SyntaxNode[], result: string | undefined): string | null {
  const words = identifierWords(result ?? '');
  // `_get_wor_n`, `_get_expr`, `_get_reduce`: a result named by a fragment, a generic word or a verb names nothing.
  if (words.length === 0 || words.some((word) => word.length < 3 || /\d/.test(word)) || (words.length === 1 && (PLACEHOLDERS.test(words[0] as string) || isVerb(words[0] as string)))) return null;
  const name = result as string;
  const branchBinds = (block: SyntaxNode | null | undefined) => {
    const body = block?.namedChildren.filter((child) => child.type !== 'comment') ?? [];
    return body.length > 0 && body.every((statement) => bindsOnly(statement, name) || statement.type === 'raise_statement');
  };
  let branches = 0;
  let raises = false;
  const chooses = (statement: SyntaxNode): boolean => {
    if (bindsOnly(statement, name)) return true;
    if (statement.type !== 'if_statement') return false;
    const clauses = statement.namedChildren.filter((child) => child.type === 'elif_clause' || child.type === 'else_clause');
    branches += 1 + clauses.length;
    raises ||= statement.descendantsOfType('raise_statement').length > 0;
    return branchBinds(statement.childForFieldName('consequence')) && clauses.every((clause) => branchBinds(clause.childForFieldName(clause.type === 'else_clause' ? 'body' : 'consequence')));
  };
  if (!statements.every(chooses) || !statements.some((statement) => statement.type === 'if_statement')) return null;
  // `if a: x = 1 else: x = 2` is a conditional expression: a helper would only make the reader jump.
  if (!raises && branches < 3) return null;
  return privateName(['get', ...words]);
}
