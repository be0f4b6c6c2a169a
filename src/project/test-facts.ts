// What the test-names transform needs to know about each test, collected per file in
// the workers: which definitions are test methods or functions, which are shadowed by a
// later definition of the same name, and the words a descriptive name can come from.
import type { SyntaxNode } from '../engine/syntax-tree.js';
import type { SourceFile } from '../engine/source.js';
import type { Span } from './collect.js';
import { BUILTIN_NAMES } from '../python/scopes/builtins.js';
import { dottedParts } from './collect.js';

export interface TestFacts {
  /** Enclosing classes, outermost first; empty for module-level test functions. */
  classPath: string[];
  name: string;
  span: Span;
  line: number;
  /** A later definition with the same name in the same body replaces this one. */
  shadowed: boolean;
  /** The first paragraph of its docstring, on one line. */
  docstring?: string;
  firstComment?: string;
  /** Called names (last component), with counts, in the test's own body. */
  calls: Record<string, number>;
  /** Exception names given to assertRaises / pytest.raises. */
  raises: string[];
  /**
   * The assertions that end the test (the last run of assert statements and `assert*`
   * calls, at most three): the names their arguments read, and their line.
   */
  finalChecks: Array<{ line: number; names: string[] }>;
}

export interface FileTests {
  tests: TestFacts[];
  /** Names bound in each class body (and `''` for the module), to check collisions. */
  bodyNames: Record<string, string[]>;
}

const ASSERTION = /^(assert|fail)/;
/** Calls that set a test up rather than name what it tests. */
const SCAFFOLDING_CALLS = new Set(['Mock', 'MagicMock', 'patch', 'object', 'do', 'run', 'main', 'call', 'check', 'test', 'ns', 'setUp', 'tearDown', 'addCleanup', 'subTest', 'skipTest']);
/** Modules whose functions are test scaffolding (`random.shuffle`, `support.gc_collect`). */
const SCAFFOLDING_MODULES = new Set(['random', 'os', 'sys', 'support', 'time', 'threading', 'unittest', 'mock', 'io', 'tempfile', 'subprocess', 'shutil', 'warnings', 'gc', 'os_helper', 'script_helper', 'import_helper', 'threading_helper', 'socket_helper', 'warnings_helper', 'pytest', 'textwrap']);

function docstringOf(body: SyntaxNode | null): string | undefined {
  const first = body?.namedChildren[0];
  const string = first?.type === 'expression_statement' ? first.namedChildren[0] : null;
  if (string?.type !== 'string') return undefined;
  const content = string.namedChildren.filter((child) => child.type === 'string_content').map((child) => child.text).join('');
  // The first paragraph: a sentence may run on over lines ("...correctly calculated in signal with\n rising baseline").
  return content.trim().split(/\n\s*\n/)[0]?.replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * The comment that heads a function's body, before its first statement (a docstring
 * aside; tree-sitter may hang it on the def). A comment further down describes one step:
 * "This exec crap is needed because..." names no test.
 */
function firstCommentOf(definition: SyntaxNode): string | undefined {
  const header = definition.childForFieldName('parameters')?.endIndex ?? definition.startIndex;
  const statements = (definition.childForFieldName('body')?.namedChildren ?? []).filter((child) => child.type !== 'comment');
  const docstring = statements[0]?.type === 'expression_statement' && statements[0].namedChildren[0]?.type === 'string';
  const firstStatement = statements[docstring ? 1 : 0];
  const limit = firstStatement?.startIndex ?? definition.endIndex;
  const comments = definition.descendantsOfType('comment').filter((node) => node.startIndex > header && node.startIndex < limit);
  // A sentence may run on over the next comment lines: the block up to a gap is one text.
  const block = comments.filter((node, position) => comments.slice(0, position + 1).every((line, at) => at === 0 || line.startPosition.row === comments[at - 1]!.startPosition.row + 1));
  const text = block.map((node) => node.text.replace(/^#+\s*/, '').trim()).join(' ').trim();
  return text && !/^(type:|noqa|pragma|pylint|fmt:)/.test(text) ? text : undefined;
}

/** True when a call may name the unit under test: not an assertion, builtin or scaffolding. */
function isUnitCall(name: string, parts: readonly string[]): boolean {
  // `gth`, `pow`: too short to say what is tested; `AllTests()`: a fixture class of the tests.
  if (ASSERTION.test(name) || SCAFFOLDING_CALLS.has(name) || name.length < 4 || /Tests?$|TestCase$/.test(name)) return false;
  if (parts.length === 1 && BUILTIN_NAMES.has(name)) return false;
  return !(parts.length > 1 && SCAFFOLDING_MODULES.has(parts[0] as string));
}

/** Whether a statement checks something: `assert x`, `self.assertEqual(...)`, `mock.assert_called_with(...)`. */
function isAssertion(statement: SyntaxNode): boolean {
  if (statement.type === 'assert_statement') return true;
  const call = statement.type === 'expression_statement' ? statement.namedChildren[0] : null;
  if (call?.type !== 'call') return false;
  const parts = dottedParts(call.childForFieldName('function'));
  return /^assert/i.test(parts?.[parts.length - 1] ?? '');
}

/** The names an assertion's arguments read (`dest_rp_uuid`, `self.dest_hostname` -> dest_hostname), strings left out. */
function namesRead(statement: SyntaxNode): string[] {
  const call = statement.type === 'expression_statement' ? statement.namedChildren[0] : null;
  const checked = call?.type === 'call' ? call.childForFieldName('arguments') : statement;
  const names: string[] = [];
  for (const identifier of checked?.descendantsOfType('identifier') ?? []) {
    if (identifier.parent?.type === 'keyword_argument' && identifier.parent.childForFieldName('name')?.id === identifier.id) continue;
    // A function the check calls names no place (`local_node_connectivity(G, 1, 2)`).
    const callee = identifier.parent?.type === 'attribute' && identifier.parent.childForFieldName('attribute')?.id === identifier.id ? identifier.parent : identifier;
    if (callee.parent?.type === 'call' && callee.parent.childForFieldName('function')?.id === callee.id) continue;
    if (identifier.text !== 'self') names.push(identifier.text);
  }
  return names;
}

/** The assertions that end a test body (see TestFacts.finalChecks). */
function finalChecksOf(body: SyntaxNode | null): TestFacts['finalChecks'] {
  const statements = (body?.namedChildren ?? []).filter((child) => child.type !== 'comment');
  const checks: TestFacts['finalChecks'] = [];
  for (let position = statements.length - 1; position >= 0 && checks.length < 3; position--) {
    const statement = statements[position]!;
    if (!isAssertion(statement)) break;
    checks.unshift({ line: statement.startPosition.row + 1, names: namesRead(statement) });
  }
  return checks;
}

function callFacts(body: SyntaxNode | null): Pick<TestFacts, 'calls' | 'raises'> {
  const calls: Record<string, number> = {};
  const raises: string[] = [];
  const walk = (node: SyntaxNode) => {
    if (node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'lambda') return;
    if (node.type === 'call') {
      const parts = dottedParts(node.childForFieldName('function'));
      const name = parts?.[parts.length - 1];
      if (name === 'assertRaises' || name === 'assertRaisesRegex' || (name === 'raises' && parts?.[0] === 'pytest')) {
        const first = node.childForFieldName('arguments')?.namedChildren[0];
        const exception = dottedParts(first ?? null);
        if (exception) raises.push(exception[exception.length - 1] as string);
      } else if (name && isUnitCall(name, parts ?? [])) {
        calls[name] = (calls[name] ?? 0) + 1;
      }
    }
    for (const child of node.children) if (child.isNamed) walk(child);
  };
  if (body) walk(body);
  return { calls, raises };
}

/** Test-like definitions of every class body and of the module, with their facts. */
export function collectTests(file: SourceFile): FileTests {
  const result: FileTests = { tests: [], bodyNames: {} };
  const visitBody = (body: SyntaxNode, classPath: string[]) => {
    const definitions: Array<{ node: SyntaxNode; name: SyntaxNode }> = [];
    const names = new Set<string>();
    for (const statement of body.namedChildren) {
      const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
      if (!definition) continue;
      const name = definition.childForFieldName('name');
      if (definition.type === 'function_definition' && name) definitions.push({ node: definition, name });
      if (definition.type === 'class_definition' && name) {
        const inner = definition.childForFieldName('body');
        if (inner) visitBody(inner, [...classPath, name.text]);
      }
      if (name) names.add(name.text);
      for (const target of definition.type === 'expression_statement' ? definition.descendantsOfType('assignment') : []) {
        const left = target.childForFieldName('left');
        if (left?.type === 'identifier') names.add(left.text);
      }
    }
    result.bodyNames[classPath.join('.')] = [...names];
    definitions.forEach(({ node, name }, position) => {
      if (!/^test/i.test(name.text)) return;
      const body = node.childForFieldName('body');
      result.tests.push({
        classPath,
        name: name.text,
        span: { start: name.startIndex, end: name.endIndex },
        line: name.startPosition.row + 1,
        shadowed: definitions.slice(position + 1).some((later) => later.name.text === name.text),
        docstring: docstringOf(body),
        firstComment: firstCommentOf(node),
        ...callFacts(body),
        finalChecks: finalChecksOf(body),
      });
    });
  };
  visitBody(file.root, []);
  return result;
}
