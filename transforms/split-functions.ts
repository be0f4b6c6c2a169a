// Review suggestion 8: long functions split into well-named helpers. A paragraph of a
// long function becomes a private helper placed right after the function (a method of
// the same class for methods), named from its heading comment (which becomes the
// docstring) or from the call it is made of, with parameters and results from the data
// flow; a block that cannot move safely stays, with the reason. With `lines` set, exactly
// those lines move (Rope's extract method), or the finding says why they cannot.
import type { SyntaxNode } from '../src/engine/syntax-tree.js';
import { defineTransform, type Edit, type Finding } from '../src/engine/types.js';
import type { SourceFile } from '../src/engine/source.js';
import { blockEnd, extractHelper, helperInsertion, type Extraction, type ExtractionLimits, type ExtractionRequest } from '../src/python/scopes/extraction.js';
import { isAssertionGroup, nameFromAssertions, nameFromChosenValue, nameFromComment, nameFromDominantCall, nameFromGuards, namesCamelCase, styledName } from '../src/python/words/helper-names.js';
import { repeatedParagraphs, type RepeatedParagraph } from '../src/python/summaries/repeated-paragraphs.js';
import { extractShared, type SharedOccurrence } from '../src/python/scopes/shared-extraction.js';
import { blockFlow } from '../src/python/scopes/data-flow.js';
import { splitIdentifier } from '../src/python/words/words.js';
import { namesFile, parseLineRange, selectLines } from '../src/python/scopes/line-selection.js';
import { bodyParagraphs } from '../src/python/summaries/paragraphs.js';
import type { Scope } from '../src/python/scopes/scope-model.js';
import { collectHelperData, combineHelperData, helperDecision } from '../src/project/helper-hierarchy.js';
import { analyzeScopes, type ScopeAnalysis } from '../src/python/scopes/scopes.js';
import { isTestFile, isTestName } from '../src/python/conventions/tests.js';
import { apparentLineLength } from '../src/python/conventions/line-length.js';

const DEFINITIONS = new Set(['function_definition', 'class_definition', 'decorated_definition']);
const KEYWORDS = new Set('False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '));

function countStatements(node: SyntaxNode): number {
  let count = 0;
  for (const child of node.namedChildren) {
    if (child.type === 'block') count += countStatements(child);
    // A nested function or class is split on its own: one statement here.
    else if (child.type === 'function_definition' || child.type === 'class_definition' || child.type === 'decorated_definition') count += 1;
    else if (child.type.endsWith('_statement') || child.type === 'expression_statement') {
      count += 1 + countStatements(child);
    } else if (child.type.endsWith('clause')) count += countStatements(child);
  }
  return count;
}

function commentText(comments: readonly SyntaxNode[]): string {
  return comments.map((comment) => comment.text.replace(/^#+\s?/, '').trim()).join(' ').trim();
}

type Move = { request: ExtractionRequest; call: Edit; helper: string; what: string; note?: string; afterClass?: SyntaxNode };
type Named = ExtractionRequest & { note?: string; fallback?: ExtractionRequest & { note?: string } };
type SplitOptions = { 'max-statements': number; 'max-linear-statements': number; 'min-paragraph': number; 'min-repeated': number };
type Candidate = { request: ExtractionRequest; what: string };

const COMPOUND = new Set(['if_statement', 'for_statement', 'while_statement', 'try_statement', 'with_statement', 'match_statement']);
/** Calls that configure a test (flags, settings, overrides): a reader of the test must see them. */
const CONFIGURATION = /^(?:flags|set_flags|set_override|override_config|override_settings|modify_settings|set_config|setenv|setattr_config)$/;
/** Calls that clean up: the caller's last paragraph keeps them in sight. */
const CLEAN_UP = /^(?:close|cleanup|cleanUp|addCleanup|add_cleanup|stop|shutdown|terminate|kill|rmtree|unlink|tearDown|teardown|release|disconnect|dispose)$/;

function callNames(statements: readonly SyntaxNode[]): string[] {
  return statements.flatMap((statement) => statement.descendantsOfType('call')).map((call) => {
    const callee = call.childForFieldName('function');
    return (callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text) ?? '';
  });
}

/** Whether the statements assert something: `assert`, `self.assert...`, `pytest.raises`, `fail`. */
function asserts(statements: readonly SyntaxNode[]): boolean {
  return statements.some((statement) => statement.type === 'assert_statement' || statement.descendantsOfType('assert_statement').length > 0)
    || callNames(statements).some((name) => /^(?:assert|fail|raises|expect)|^(?:check|verify)_/i.test(name));
}

/** Whether a function is test code: in a test file, or a test function, hook or class by its name. */
function isTestCode(file: SourceFile, scope: Scope): boolean {
  return isTestFile(file.path) || isTestName(scope.name ?? '', 'function_definition') || (scope.parent?.kind === 'class' && isTestName(scope.parent.name ?? '', 'class_definition'));
}

function functionNames(scopes: readonly Scope[]): string[] {
  return scopes.filter((scope) => scope.kind === 'function' && scope.name).map((scope) => scope.name as string);
}

/**
 * Whether helpers of `scope` are named in camelCase: the way the module's private functions
 * of several words are, else its class's methods, else the file's functions.
 */
function helpersCamelCase(analysis: ScopeAnalysis, scope: Scope): boolean {
  // `test_lineReceived` says the project writes `lineReceived`: the words after `test_` count.
  const styles = (names: readonly string[]) => names.map((name) => name.replace(/^test_(?=[a-z]+[A-Z])/, '')).filter((name) => /[a-z0-9](?:_[a-z]|[A-Z])/.test(name) && !/^test/.test(name));
  const moduleNames = styles(functionNames(analysis.scopes));
  // A module whose public names keep a legacy camelCase API beside snake_case private code
  // gets helpers as its private code writes them.
  const privateNames = moduleNames.filter((name) => /^_[^_]/.test(name));
  if (privateNames.length >= 2) return namesCamelCase(privateNames);
  const siblings = scope.parent?.kind === 'class' ? styles(functionNames(scope.parent.children)) : [];
  return namesCamelCase(siblings.length > 0 ? siblings : moduleNames);
}

/** A remark heads the lines it explains (`# NOTE(name): ...`, `# XXX ...`): they stay together, in the caller. */
const REMARK = /^#+\s*(?:NOTE|XXX|TODO|FIXME|HACK|BBB|NB)\b/i;

/**
 * Whether a `_get_x`/`_make_x` name from a heading comment fits the instance the block
 * builds: a block whose one result is made by a class (`sym = YaccSymbol()`) returns that
 * class's object, and a name that shares no word with the class or the local
 * ("# Get production function" above it: `_get_production_function`) says what it does not
 * return (PLY's maintainers rejected it, and every call site with it).
 */
function nameFitsInstance(name: string, scope: Scope, statements: readonly SyntaxNode[]): boolean {
  const [verb, ...object] = splitIdentifier(name).words.map((word) => word.toLowerCase());
  if (!verb || !/^(?:get|make|create|build|new|init|initialize|construct)$/.test(verb) || object.length === 0) return true;
  const { results } = blockFlow(scope, statements);
  if (results.length !== 1) return true;
  const result = results[0]!;
  const made = statements
    .map((statement) => (statement.type === 'expression_statement' ? statement.namedChildren[0] : undefined))
    .find((node) => node?.type === 'assignment' && node.childForFieldName('left')?.text === result)
    ?.childForFieldName('right');
  const callee = made?.type === 'call' ? made.childForFieldName('function')?.text.split('.').at(-1) ?? '' : '';
  if (!/^[A-Z][a-z]/.test(callee)) return true;
  const stem = (word: string) => word.replace(/s$/, '').slice(0, 5);
  const owned = new Set([...splitIdentifier(callee).words, ...splitIdentifier(result).words].map((word) => stem(word.toLowerCase())));
  return object.some((word) => owned.has(stem(word)) || [...owned].some((part) => part.length >= 3 && stem(word).startsWith(part)));
}

type SharedCandidate = { occurrences: SharedOccurrence[]; primary: number; name: string; what: string; scopes: Scope[] };

/**
 * Paragraphs that repeat in sibling functions, as one helper each: named from a heading
 * comment above one of them, the call they are made of, what a group of assertions
 * checks, or the local a group of guards checks. In tests, only a group of assertions may
 * be shared by test bodies; hooks and helpers share no assertion or configuration. The
 * statements of every repeated paragraph (named or not) are returned too: they are no
 * single-paragraph candidates.
 */
function repeatedCandidates(file: SourceFile, analysis: ScopeAnalysis, options: SplitOptions): { candidates: SharedCandidate[]; unnamed: RepeatedParagraph[]; repeated: Set<number> } {
  const candidates: SharedCandidate[] = [];
  const unnamed: RepeatedParagraph[] = [];
  const repeated = new Set<number>();
  for (const group of repeatedParagraphs(file, analysis, options['min-repeated'])) {
    const { occurrences } = group;
    for (const occurrence of occurrences) repeated.add((occurrence.statements[0] as SyntaxNode).startIndex);
    const statements = (occurrences[0] as (typeof occurrences)[number]).statements;
    const scopes = [...new Set(occurrences.map((occurrence) => occurrence.scope))];
    if (scopes.some((scope) => isTestCode(file, scope))) {
      // In tests, what is asserted stays in sight, even where it repeats (maintainers of
      // Twisted and SciPy rejected every `_assert...` helper drawn from test bodies: three
      // explicit assertions read better than a call), and so do a scenario's steps and a
      // hook's configuration.
      if (asserts(statements) || scopes.some((scope) => /^test/i.test(scope.name ?? ''))) continue;
      if (callNames(statements).some((name) => CONFIGURATION.test(name))) continue;
    }
    if (occurrences.some((occurrence) => occurrence.heading.some((comment) => REMARK.test(comment.text)))) continue;
    const lastOfItsFunction = occurrences.some((occurrence) => {
      const body = occurrence.scope.node.childForFieldName('body')?.namedChildren.filter((child) => child.type !== 'comment') ?? [];
      const after = body.filter((statement) => statement.startIndex > (occurrence.statements.at(-1) as SyntaxNode).startIndex);
      return after.length === 0 || (after.length === 1 && after[0]?.type === 'return_statement');
    });
    if (lastOfItsFunction && callNames(statements).some((name) => CLEAN_UP.test(name))) continue;
    // A copy that is a function's whole body (its docstring and a `return` of its result aside):
    // the other copies should call that function; a new helper would leave it an empty
    // wrapper (attrs' `fields()` moved into `_get_attrs`).
    const wholeBody = occurrences.some((occurrence) => {
      const body = occurrence.scope.node.childForFieldName('body')?.namedChildren.filter((child) => child.type !== 'comment') ?? [];
      const first = occurrence.statements[0] as SyntaxNode;
      const before = body.filter((statement) => statement.startIndex < first.startIndex && !(statement === body[0] && statement.type === 'expression_statement' && statement.namedChildren[0]?.type === 'string'));
      const after = body.filter((statement) => statement.startIndex > (occurrence.statements.at(-1) as SyntaxNode).startIndex);
      if (before.length > 0) return false;
      if (after.length === 0) return true;
      // `return attrs`, the block's one result: the function is the block.
      const { results } = blockFlow(occurrence.scope, occurrence.statements);
      return after.length === 1 && after[0]!.type === 'return_statement' && results.length === 1 && after[0]!.namedChildren[0]?.text === results[0];
    });
    if (wholeBody) continue;
    const camelCase = helpersCamelCase(analysis, occurrences[0]!.scope);
    // A heading comment that names the whole block, above any of the copies.
    let primary = -1;
    let name: string | null = null;
    let docstring: string | undefined;
    let headingText: string | undefined;
    occurrences.forEach((occurrence, position) => {
      if (name || occurrence.heading.length === 0 || occurrence.innerComments) return;
      const comment = commentText(occurrence.heading);
      const found = nameFromComment(comment);
      if (!found || !nameFitsInstance(found, occurrence.scope, occurrence.statements)) return;
      name = styledName(found, camelCase);
      primary = position;
      const parrot = (comment.toLowerCase().match(/[a-z][a-z0-9]*/g) ?? []).filter((word) => !/^(?:a|an|the)$/.test(word)).join('_') === found.replace(/^_+/, '');
      docstring = parrot ? undefined : comment;
      headingText = comment;
    });
    if (!name) {
      primary = 0;
      const scope = occurrences[0]!.scope;
      const receiver = scope.parent?.kind === 'class' ? scope.parameters()[0]?.name : undefined;
      // Named after a local, the name must hold for every copy: `_assert_system1(system3)` misleads.
      const agreed = (name: (occurrence: (typeof occurrences)[number]) => string | null) => {
        const names = new Set(occurrences.map(name));
        return names.size === 1 ? [...names][0] ?? null : null;
      };
      const found = nameFromDominantCall(statements, new Set(scope.bindings.keys()))
        ?? agreed((occurrence) => nameFromAssertions(occurrence.statements, receiver))
        ?? agreed((occurrence) => nameFromGuards(occurrence.statements, new Set(occurrence.scope.bindings.keys())))
        ?? agreed((occurrence) => {
          const { results } = blockFlow(occurrence.scope, occurrence.statements);
          return results.length === 1 ? nameFromChosenValue(occurrence.statements, results[0]) : null;
        });
      name = found && styledName(found, camelCase);
    }
    if (!name) {
      unnamed.push(group);
      continue;
    }
    const shared = occurrences.map((occurrence, position): SharedOccurrence => {
      const first = occurrence.statements[0] as SyntaxNode;
      // A copy's heading goes with it when it says what the docstring says; another stays above the call.
      const ownHeading = headingText !== undefined && occurrence.heading.length > 0 && commentText(occurrence.heading) === headingText;
      const start = ownHeading ? file.lineStart((occurrence.heading[0] as SyntaxNode).startIndex) : file.lineStart(first.startIndex);
      const request: ExtractionRequest = {
        scope: occurrence.scope,
        statements: occurrence.statements,
        start,
        ...(ownHeading ? { textStart: file.lineStart(first.startIndex) } : {}),
        end: blockEnd(file, occurrence.statements.at(-1) as SyntaxNode),
        name: name as string,
        ...(position === primary && docstring ? { docstring } : {}),
      };
      return { request, canonical: occurrence.canonical };
    });
    const lines = occurrences.map((occurrence) => `${occurrence.scope.name} (line ${file.position((occurrence.statements[0] as SyntaxNode).startIndex).line})`);
    candidates.push({ occurrences: shared, primary, name, what: `the paragraph repeated in ${lines.join(' and ')}`, scopes });
  }
  return { candidates, unnamed, repeated };
}

type Candidates = { shared: ReturnType<typeof repeatedCandidates>; paragraphs: ReturnType<typeof paragraphCandidates> };

// A file the project phase settles is transformed from the tree its `collect` read: `find`
// then takes the candidates `collect` found in it, instead of looking for them again.
const candidatesOfTree = new WeakMap<ScopeAnalysis, { options: SplitOptions; candidates: Candidates }>();

/** The repeated paragraphs and the single ones to move of the tree `analysis` is of (the two searches take the same options). */
function candidatesOf(file: SourceFile, analysis: ScopeAnalysis, options: SplitOptions): Candidates {
  const kept = candidatesOfTree.get(analysis);
  if (kept?.options === options) return kept.candidates;
  const shared = repeatedCandidates(file, analysis, options);
  const candidates = { shared, paragraphs: paragraphCandidates(file, analysis, options, shared.repeated) };
  candidatesOfTree.set(analysis, { options, candidates });
  return candidates;
}

/**
 * The paragraphs of each long function that could become helpers, with their names, and
 * how many have no name. Long is in logical lines (statements, nested ones counted), and
 * straight-line code (no branch or loop) reads well longer. A paragraph is worth a name
 * when it has `min-paragraph` statements; in tests, never when it asserts, configures,
 * or is a step of a test's scenario; never the caller's closing clean-up.
 */
function paragraphCandidates(file: SourceFile, analysis: ScopeAnalysis, options: SplitOptions, repeated: ReadonlySet<number>): Array<{ scope: Scope; requests: Candidate[]; unnamed: number }> {
  const found: Array<{ scope: Scope; requests: Candidate[]; unnamed: number }> = [];
  for (const scope of analysis.scopes) {
    if (scope.kind !== 'function' || !['module', 'class', 'function'].includes(scope.parent?.kind ?? '')) continue;
    const functionNode = scope.node;
    const body = functionNode.childForFieldName('body');
    if (!body) continue;
    const statements = countStatements(body);
    const linear = !body.namedChildren.some((child) => COMPOUND.has(child.type));
    if (statements <= options['max-statements'] || (linear && statements <= options['max-linear-statements'])) continue;
    const tests = isTestCode(file, scope);
    const camelCase = helpersCamelCase(analysis, scope);
    // The steps of a test's scenario stay in the test, where its reader follows them.
    if (tests && /^test/i.test(scope.name ?? '')) continue;
    let unnamed = 0;
    const requests: Candidate[] = [];
    const paragraphs = bodyParagraphs(file, functionNode);
    paragraphs.forEach((paragraph, position) => {
      // The first paragraph sets up what the rest reads: moved, it would return most of
      // the function's locals and leave a shell. The line mode can still move it.
      if (position === 0) return;
      // A paragraph that repeats elsewhere becomes one helper for all its copies, or none.
      if (repeated.has((paragraph.statements[0] as SyntaxNode).startIndex)) return;
      let moved = paragraph.statements;
      // The function's closing `return` stays in it: a reader sees what it gives back.
      if (position === paragraphs.length - 1 && moved.at(-1)?.type === 'return_statement') moved = moved.slice(0, -1);
      const size = moved.reduce((sum, statement) => sum + 1 + countStatements(statement), 0);
      if (moved.length === 0 || size < options['min-paragraph']) return;
      if (tests && (asserts(moved) || callNames(moved).some((name) => CONFIGURATION.test(name)))) return;
      if (position === paragraphs.length - 1 && callNames(moved).some((name) => CLEAN_UP.test(name))) return;
      const first = moved[0] as SyntaxNode;
      const last = moved.at(-1) as SyntaxNode;
      const end = blockEnd(file, last);
      const heading = paragraph.comments.filter((comment) => comment.startIndex < first.startIndex);
      // A comment between the statements starts a step of its own: a heading does not cover it.
      const inner = paragraph.comments.filter((comment) => comment.startIndex > first.startIndex && comment.startIndex < last.endIndex && file.lineStart(comment.startIndex) + file.indentAt(comment.startIndex).length === comment.startIndex);
      if (heading.length > 0) {
        const comment = commentText(heading);
        const found = inner.length === 0 ? nameFromComment(comment) : null;
        const name = found && styledName(found, camelCase);
        // A remark (`# NOTE(name): ...`, `# XXX ...`) explains the lines below it: they stay together, in the caller.
        if (!name) return;
        // A docstring that only repeats the name (`# add nodes` over `_add_nodes`) says nothing more.
        const parrot = (comment.toLowerCase().match(/[a-z][a-z0-9]*/g) ?? []).filter((word) => !/^(?:a|an|the)$/.test(word)).join('_') === (found as string).replace(/^_+/, '');
        const request = { scope, statements: moved, start: file.lineStart((heading[0] as SyntaxNode).startIndex), textStart: file.lineStart(first.startIndex), end, name, ...(parrot ? {} : { docstring: comment }) };
        requests.push({ request, what: `"${comment}"` });
        return;
      }
      const called = nameFromDominantCall(moved, new Set(scope.bindings.keys()));
      const name = called && styledName(called, camelCase);
      if (!name) {
        if (!moved.every((statement) => DEFINITIONS.has(statement.type))) unnamed++;
        return;
      }
      // No docstring: a summary made up from the calls could claim what the block does not do.
      const request = { scope, statements: moved, start: file.lineStart(first.startIndex), end, name };
      requests.push({ request, what: `the paragraph at line ${file.position(first.startIndex).line}` });
    });
    if (requests.length > 0 || unnamed > 0) found.push({ scope, requests, unnamed });
  }
  return found;
}

/** The finding for the blocks of one function that move: one fix, so that all go in one pass. */
function extractionFinding(file: SourceFile, scope: Scope, moves: readonly Move[], selected = false): Finding {
  const functionName = scope.name ?? 'function';
  const names = moves.map((move) => move.request.name);
  const [only] = moves;
  const said = selected && only
    ? `${only.what} of ${functionName} can be extracted into ${only.request.name}`
    : moves.length === 1 && only
      ? `${functionName} is long: ${only.what} can be its own helper, ${only.request.name}`
      : `${functionName} is long: ${moves.length} paragraphs can be their own helpers, ${names.join(', ')}`;
  const notes = [...new Set(moves.flatMap((move) => (move.note ? [move.note] : [])))];
  const message = notes.length ? `${said} (${notes.join('; ')})` : said;
  return {
    message,
    at: selected && only ? (only.request.statements[0] as SyntaxNode) : (scope.node.childForFieldName('name') ?? scope.node),
    fix: () => {
      const methods = moves.filter((move) => !move.afterClass);
      const functions = moves.filter((move) => move.afterClass);
      const insertions = [
        ...(methods.length ? [helperInsertion(file, scope.node, methods.map((move) => move.helper))] : []),
        ...(functions.length ? [helperInsertion(file, functions[0]!.afterClass as SyntaxNode, functions.map((move) => move.helper))] : []),
      ];
      return { title: `Extract ${names.join(', ')}`, projectWide: false, edits: [...moves.map((move) => move.call), ...insertions] };
    },
  };
}

/** The finding for a repeated paragraph: every copy becomes a call of one helper, placed after the first function that calls it. */
function sharedFinding(file: SourceFile, candidate: SharedCandidate, made: Named, extraction: { calls: Edit[]; helper: string; afterClass?: SyntaxNode }): Finding {
  const names = [...new Set(candidate.scopes.map((scope) => scope.name ?? 'function'))];
  const said = `${names.slice(0, -1).join(', ')} and ${names.at(-1)} repeat a paragraph: one helper, ${made.name}, called from each`;
  const firstScope = candidate.occurrences[0]!.request.scope;
  return {
    message: made.note ? `${said} (${made.note})` : said,
    at: candidate.occurrences[0]!.request.statements[0] as SyntaxNode,
    fix: () => ({
      title: `Extract ${made.name}`,
      projectWide: false,
      edits: [...extraction.calls, helperInsertion(file, extraction.afterClass ?? firstScope.node, [extraction.helper])],
    }),
  };
}

function refusalFinding(request: ExtractionRequest, what: string, refusals: readonly string[]): Finding {
  return { message: `Not splitting ${what} out of ${request.scope.name ?? 'function'}: ${refusals.join('; ')}`, kind: 'refused', at: request.statements[0] as SyntaxNode };
}

/** Line mode: the request `lines` and `name` make in the file they name, why they make none (a message), or nothing (another file, or done already). */
function selectedRequest(file: SourceFile, analysis: ScopeAnalysis, lines: string, name: string): ExtractionRequest | { message: string; at: SyntaxNode | null } | null {
  const range = parseLineRange(lines);
  if (!namesFile(file.path, range.path)) return null;
  // Done already (a second pass, or the same command run again): the first line calls the helper the file defines.
  const firstLine = file.text.split('\n').slice(range.first - 1, range.last).find((text) => text.trim()) ?? '';
  const called = (helper: string) => new RegExp(`\\b${helper}\\(`).test(firstLine) && new RegExp(`^[ \\t]*(?:async[ \\t]+)?def[ \\t]+${helper}\\b`, 'm').test(file.text);
  if (name && (called(name) || called(`__${name.replace(/^_+/, '')}`))) return null;
  const selection = selectLines(file, analysis, range.first, range.last);
  const where = `lines ${range.first}-${range.last}`;
  if (typeof selection === 'string') return { message: `Cannot extract ${where}: ${selection}`, at: null };
  if (!name || KEYWORDS.has(name)) {
    const reason = name ? `${name} is a Python keyword` : 'give the helper a name with --set split-functions.name=NAME';
    return { message: `Cannot extract ${where}: ${reason}`, at: selection.statements[0] as SyntaxNode };
  }
  return { ...selection, name };
}

/** Line mode: the one extraction `lines` and `name` ask for, in the file they name. */
function* findSelected(file: SourceFile, analysis: ScopeAnalysis, lines: string, name: string, named: (request: ExtractionRequest) => Named | string, extract: (request: Named, limits: ExtractionLimits) => { request: Named; extraction: Extraction }, lineLength: number | undefined): Generator<Finding> {
  const selected = selectedRequest(file, analysis, lines, name);
  if (!selected) return;
  if ('message' in selected) {
    yield { message: selected.message, kind: 'refused', at: selected.at ?? { start: 0, end: 0 } };
    return;
  }
  const range = parseLineRange(lines);
  const where = `lines ${range.first}-${range.last}`;
  // The user's name stays the user's: a method (class-private where the hierarchy is open), never a module function.
  const decided = named(selected);
  const asked = typeof decided !== 'string' && decided.fallback ? decided.fallback : decided;
  if (typeof asked === 'string') {
    yield refusalFinding(selected, where, [asked]);
    return;
  }
  // The lines and the name are the user's: only the layout keeps to the line length.
  const { request, extraction } = extract(asked, { lineLength });
  if (extraction.call) yield extractionFinding(file, selected.scope, [{ request, call: extraction.call, helper: extraction.helper, what: where, note: request.note, afterClass: extraction.afterClass }], true);
  else yield refusalFinding(request, where, extraction.refusals);
}

export default defineTransform({
  id: 'split-functions',
  summary: 'Move the paragraphs of long functions, or the lines you select, into private helpers',
  suggestion: 8,
  safety: 'unsafe',
  scope: 'project',
  conventions: ['lineLength', 'tests'],
  options: {
    'max-statements': { type: 'integer', default: 25, min: 2, description: 'functions with more logical lines than this (statements, nested ones counted) are split' },
    'max-linear-statements': { type: 'integer', default: 50, min: 2, description: 'straight-line functions (no branch or loop at their top level) are split only beyond this many statements' },
    'min-paragraph': { type: 'integer', default: 4, min: 1, description: 'paragraphs with fewer statements (nested ones included) stay where they are' },
    'max-parameters': { type: 'integer', default: 3, min: 0, description: 'a paragraph that would take more arguments than this stays (its receiver not counted); a helper also returns at most one value' },
    paragraphs: {
      type: 'enum',
      choices: ['report', 'extract'] as const,
      default: 'report',
      description: 'report: say which paragraphs of a long function could be helpers (no fix; blind reviews of automatic splits found none a maintainer would merge); extract: move them (a review plan that points at a function does)',
    },
    repeated: {
      type: 'enum',
      choices: ['extract', 'report'] as const,
      default: 'extract',
      description: 'extract: a paragraph repeated in two or more functions of one class or module becomes one helper called from each; report: only say so',
    },
    'min-repeated': { type: 'integer', default: 3, min: 2, description: 'repeated paragraphs with fewer logical lines stay where they are' },
    lines: { type: 'string', default: '', pattern: '^$|^.+:[0-9]+-[0-9]+$', format: 'FILE:START-END (1-based lines, inclusive)', description: 'extract exactly these lines (whole statements of one block of a function) into a helper, and nothing else' },
    name: { type: 'string', default: '', pattern: '^$|^[A-Za-z_][A-Za-z0-9_]*$', format: 'a Python identifier', description: 'the name of the helper that `lines` extracts' },
  },
  docs: {
    before: [
      'def report(servers):',
      '    names = []',
      '    for server in servers:',
      '        names.append(server.name)',
      '',
      '    # Count the active servers in the fleet.',
      '    active = 0',
      '    for server in servers:',
      '        if server.active:',
      '            active += 1',
      '',
      '    return names, active',
      '',
    ].join('\n'),
    after: [
      'def report(servers):',
      '    names = []',
      '    for server in servers:',
      '        names.append(server.name)',
      '',
      '    active = _count_active_servers(servers)',
      '',
      '    return names, active',
      '',
      '',
      'def _count_active_servers(servers):',
      '    """Count the active servers in the fleet."""',
      '    active = 0',
      '    for server in servers:',
      '        if server.active:',
      '            active += 1',
      '    return active',
      '',
    ].join('\n'),
    options: { 'max-statements': 5, paragraphs: 'extract' },
  },
  checkFiles(options, files) {
    if (!options.lines) return null;
    const { path } = parseLineRange(options.lines);
    if (files.some((file) => namesFile(file, path))) return null;
    return `lines names ${path}, which is not among the files of this run: give the file (or its directory) as a path, or fix the name`;
  },
  project: {
    collect(file, options) {
      const analysis = analyzeScopes(file.root);
      const proposals = options.lines
        ? [selectedRequest(file, analysis, options.lines, options.name)].flatMap((request) => (request && 'scope' in request ? [request] : []))
        : (() => {
          const { shared, paragraphs } = candidatesOf(file, analysis, options);
          const single = paragraphs.flatMap((candidate) => candidate.requests.map(({ request }) => request));
          return [...shared.candidates.flatMap((candidate) => candidate.occurrences.map((occurrence) => occurrence.request)), ...single];
        })();
      return collectHelperData(file, proposals.map((request) => ({ scope: request.scope, name: request.name })));
    },
    combine: (files) => combineHelperData(files),
    // Only a method's helper is named from the class hierarchy: a file that proposes none
    // (no long method) is transformed from the tree its collect read.
    settled: (data) => Object.keys(data.proposals).length === 0,
  },
  *find(file, context): Generator<Finding> {
    const { options, project } = context;
    const analysis = analyzeScopes(file.root);
    // The project's line length once conventions are detected for the run; until then, the file's own.
    const lineLength = context.conventions?.lineLength ?? apparentLineLength(file) ?? undefined;
    // The name a method's helper gets in its class hierarchy, or why it gets none.
    // The name a method's helper gets in its class hierarchy, or why it gets none: a
    // module function first where the class is open to subclasses, the class-private
    // method when the block needs its receiver.
    const named = (request: ExtractionRequest): Named | string => {
      const decision = helperDecision(project, file.path, request.scope, request.name);
      if ('refusal' in decision) return decision.refusal;
      const method = { ...request, name: decision.name, note: decision.note };
      if (!decision.moduleFunction) return method;
      const reason = decision.note?.replace(/^class-private: /, '') ?? '';
      return { ...request, name: decision.moduleFunction, moduleFunction: true, note: `a module function: ${reason}`, fallback: method };
    };
    const extract = (request: Named, limits: ExtractionLimits): { request: Named; extraction: Extraction } => {
      const extraction = extractHelper(file, request, limits);
      if (!extraction.call && request.fallback) return { request: request.fallback, extraction: extractHelper(file, request.fallback, limits) };
      return { request, extraction };
    };
    if (options.lines) {
      yield* findSelected(file, analysis, options.lines, options.name, named, extract, lineLength);
      return;
    }
    const findings: Finding[] = [];
    // Two helpers given one name in one pass would both be written: the second waits for
    // the next pass, which sees the first and says why it stays.
    const chosen = new Set<string>();
    const limits: ExtractionLimits = { readable: { maxParameters: options['max-parameters'], maxResults: 1 }, lineLength };
    const { shared, paragraphs } = candidatesOf(file, analysis, options);
    for (const candidate of shared.candidates) {
      const proposed = candidate.occurrences[candidate.primary]!.request;
      const decided = named(proposed);
      if (typeof decided === 'string') {
        findings.push(refusalFinding(proposed, candidate.what, [decided]));
        continue;
      }
      if (chosen.has(decided.name)) continue;
      const attempt = (request: Named) => extractShared(file, candidate.occurrences.map((occurrence) => ({ ...occurrence, request: { ...occurrence.request, name: request.name, moduleFunction: request.moduleFunction } })), candidate.primary, limits);
      let made: Named = decided;
      let extraction = attempt(made);
      if (!extraction.calls && decided.fallback) extraction = attempt((made = decided.fallback));
      if (!extraction.calls) {
        findings.push(refusalFinding(made, candidate.what, extraction.refusals));
        continue;
      }
      if (made.name.startsWith('__')) {
        findings.push(refusalFinding(made, candidate.what, [`${made.note?.replace(/^class-private: /, '') ?? 'the class hierarchy is open'}, and a name-mangled helper (${made.name}) is no project's idiom`]));
        continue;
      }
      chosen.add(made.name);
      const found = sharedFinding(file, candidate, made, extraction);
      findings.push(options.repeated === 'extract' ? found : { message: `${found.message} (not extracted: --set split-functions.repeated=extract)`, kind: 'proposed', at: found.at });
    }
    for (const group of shared.unnamed) {
      const [first] = group.occurrences;
      const names = [...new Set(group.occurrences.map((occurrence) => occurrence.scope.name))].join(', ');
      findings.push({ message: `${names} repeat a paragraph (line ${file.position((first!.statements[0] as SyntaxNode).startIndex).line}) that no heading comment, dominant call, common assertion subject or guarded name can name: a comment above it that names what it does would make it one helper`, kind: 'unnamed', at: first!.statements[0] as SyntaxNode });
    }
    for (const { scope, requests, unnamed } of paragraphs) {
      const moves: Move[] = [];
      for (const { request: proposed, what } of requests) {
        const request = named(proposed);
        if (typeof request === 'string') {
          findings.push(refusalFinding(proposed, what, [request]));
          continue;
        }
        if (chosen.has(request.name)) continue;
        const { request: made, extraction } = extract(request, limits);
        if (!extraction.call) {
          findings.push(refusalFinding(made, what, extraction.refusals));
          continue;
        }
        // A class-private method (`__name`, mangled) is safe in an open hierarchy but no
        // project's idiom for a helper (maintainers reject it): only asked-for lines get one.
        if (made.name.startsWith('__')) {
          findings.push(refusalFinding(made, what, [`${made.note?.replace(/^class-private: /, '') ?? 'the class hierarchy is open'}, and a name-mangled helper (${made.name}) is no project's idiom`]));
          continue;
        }
        chosen.add(made.name);
        moves.push({ request: made, call: extraction.call, helper: extraction.helper, what, note: made.note, afterClass: extraction.afterClass });
      }
      if (moves.length > 0) {
        const found = extractionFinding(file, scope, moves);
        // Reported, not made, unless asked: a helper named from a heading comment, moved
        // away from its only caller, rarely reads better to the project's maintainers.
        findings.push(options.paragraphs === 'extract' ? found : { message: `${found.message} (not extracted by default: --set split-functions.paragraphs=extract)`, kind: 'proposed', at: found.at });
      }
      if (unnamed > 0) {
        // Silence beats a name that says nothing: the paragraph stays, and the finding says how to name it.
        const paragraphs = unnamed === 1 ? 'a paragraph has' : `${unnamed} paragraphs have`;
        findings.push({ message: `${scope.name} is long, but ${paragraphs} no heading comment that names an action and no dominant call to name a helper after: a comment above each would let them be split`, kind: 'unnamed', at: scope.node.childForFieldName('name') ?? scope.node });
      }
    }
    yield* findings;
  },
});

