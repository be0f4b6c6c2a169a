// Paragraphs that repeat, word for word up to a consistent renaming of locals, in two or
// more functions of one class, one module or one enclosing function: the best helper there
// is (one helper, every call site). A paragraph is compared by its tokens, comments
// included; a local of its function (a parameter, an assigned name) is compared by where
// it first appears, the method's receiver as the receiver, every other name (a global, an
// attribute, a keyword) and every literal as written.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import type { SourceFile } from '../../engine/source.js';
import type { Scope, ScopeAnalysis } from '../scopes/scope-model.js';
import { blockParagraphs, bodyParagraphs, bodyStatements } from './paragraphs.js';

export interface Occurrence {
  /** The function the paragraph is in. */
  scope: Scope;
  /** The paragraph's statements (a function's closing `return` left out: it stays). */
  statements: SyntaxNode[];
  /** Comments directly above the first statement. */
  heading: SyntaxNode[];
  /** A comment between the statements: a heading above them does not cover them all. */
  innerComments: boolean;
  /** This occurrence's local -> its place in the paragraph (`$0`, `$1`... or `$receiver`). */
  canonical: Map<string, string>;
}

export interface RepeatedParagraph {
  /** In the file's order; two or more functions among them. */
  occurrences: Occurrence[];
}

/** Statements, nested ones counted (a nested definition counts as one). */
export function logicalLines(statements: readonly SyntaxNode[]): number {
  let count = 0;
  const walk = (node: SyntaxNode) => {
    for (const child of node.namedChildren) {
      if (child.type === 'block') walk(child);
      else if (child.type === 'function_definition' || child.type === 'class_definition' || child.type === 'decorated_definition') count += 1;
      else if (child.type.endsWith('_statement') || child.type === 'expression_statement') {
        count += 1;
        walk(child);
      } else if (child.type.endsWith('clause')) walk(child);
    }
  };
  for (const statement of statements) {
    count += 1;
    walk(statement);
  }
  return count;
}

/** The receiver of a method (its first parameter) unless it is a static method. */
function receiverOf(scope: Scope): string | undefined {
  if (scope.parent?.kind !== 'class') return undefined;
  const definition = scope.node.parent?.type === 'decorated_definition' ? scope.node.parent : undefined;
  if (definition?.namedChildren.some((child) => child.type === 'decorator' && /^@\s*(?:builtins\.)?staticmethod\s*$/.test(child.text))) return undefined;
  const first = scope.node.childForFieldName('parameters')?.namedChildren[0];
  return first?.type === 'identifier' ? first.text : first?.type === 'typed_parameter' ? first.namedChildren[0]?.text : undefined;
}

/** Identifier nodes of the function's own locals (bindings and reads, from nested scopes too), by position. */
function localIdentifiers(scope: Scope): Map<number, string> {
  const locals = new Map<number, string>();
  for (const binding of scope.bindings.values()) {
    for (const site of binding.sites) locals.set(site.node.startIndex, binding.name);
    for (const reference of binding.references) locals.set(reference.node.startIndex, binding.name);
  }
  return locals;
}

/** The tokens of a node; a string's text is a token whole (its escapes would hide the rest), its interpolations are not. */
function* leaves(node: SyntaxNode): Generator<SyntaxNode> {
  if (node.childCount === 0 || node.type === 'comment' || node.type === 'string_content') {
    yield node;
    return;
  }
  for (const child of node.children) yield* leaves(child);
}

/**
 * The paragraph's fingerprint: its tokens with the function's locals replaced by their
 * place of first appearance, and the mapping used.
 */
function fingerprint(scope: Scope, statements: readonly SyntaxNode[], comments: readonly SyntaxNode[], locals: Map<number, string>): { key: string; canonical: Map<string, string> } {
  const receiver = receiverOf(scope);
  const canonical = new Map<string, string>();
  const tokens: SyntaxNode[] = [...statements.flatMap((statement) => [...leaves(statement)]), ...comments];
  tokens.sort((a, b) => a.startIndex - b.startIndex);
  const seen = new Set<number>();
  const parts: string[] = [];
  for (const token of tokens) {
    if (seen.has(token.startIndex)) continue;
    seen.add(token.startIndex);
    const local = token.type === 'identifier' ? locals.get(token.startIndex) : undefined;
    if (local === undefined) {
      parts.push(token.type === 'comment' ? token.text.trim() : token.text);
      continue;
    }
    if (!canonical.has(local)) canonical.set(local, local === receiver ? '$receiver' : `$${canonical.size}`);
    parts.push(canonical.get(local) as string);
  }
  return { key: parts.join(' '), canonical };
}

const NESTED = new Set(['function_definition', 'class_definition', 'decorated_definition', 'lambda']);

/** The blocks inside a function's body that belong to it: bodies of its compound statements, not of nested functions or classes. */
function ownBlocks(functionNode: SyntaxNode): SyntaxNode[] {
  const body = functionNode.childForFieldName('body');
  if (!body) return [];
  // One search of the function for blocks (no node made for what lies between them), each
  // kept unless a definition between it and the function holds it.
  return body.descendantsOfType('block').filter((block) => {
    for (let owner = block.parent; owner && owner !== body; owner = owner.parent) if (NESTED.has(owner.type)) return false;
    return true;
  });
}

/**
 * What two paragraphs with one fingerprint certainly share: their text with no space, line
 * end, backslash or `;` (what may part the tokens) and every name masked (a local renamed
 * is still a name; a non-ASCII letter is part of it). Paragraphs whose texts differ so
 * cannot repeat, and need no fingerprint, whose node per token cost most of the search.
 */
function textShape(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/[\s\\;]+/g, '').replace(/[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*/g, '_');
}

interface Paragraph {
  scope: Scope;
  statements: SyntaxNode[];
  heading: SyntaxNode[];
  within: SyntaxNode[];
  innerComments: boolean;
}

/**
 * The paragraphs of at least `minimum` logical lines that repeat in two or more sibling
 * functions (methods of one class, functions of one module or of one enclosing
 * function). A paragraph that is a function's whole body is left out: one function can
 * call the other, no helper needed.
 */
export function repeatedParagraphs(file: SourceFile, analysis: ScopeAnalysis, minimum: number): RepeatedParagraph[] {
  const shapes = new Map<string, Paragraph[]>();
  for (const scope of analysis.scopes) {
    if (scope.kind !== 'function' || !scope.parent || !['module', 'class', 'function'].includes(scope.parent.kind)) continue;
    const all = bodyStatements(scope.node);
    const closing = all.at(-1);
    // The body's paragraphs, and those of the blocks inside it (an `if`, a loop, a `with`...), not of nested definitions.
    const paragraphs = [...bodyParagraphs(file, scope.node), ...ownBlocks(scope.node).flatMap((block) => blockParagraphs(file, block))];
    for (const paragraph of paragraphs) {
      // The function's closing `return` stays in it: a reader sees what it gives back.
      const statements = paragraph.statements.filter((statement) => !(statement === closing && statement.type === 'return_statement'));
      if (statements.length === 0 || (statements.length === all.length && statements[0] === all[0]) || logicalLines(statements) < minimum) continue;
      const first = statements[0] as SyntaxNode;
      const last = statements.at(-1) as SyntaxNode;
      const lastLine = file.position(last.endIndex).line;
      const within = paragraph.comments.filter((comment) => comment.startIndex > first.startIndex && file.position(comment.startIndex).line <= lastLine);
      const heading = paragraph.comments.filter((comment) => comment.startIndex < first.startIndex);
      const innerComments = within.some((comment) => file.startsLine(comment.startIndex) && comment.startIndex < last.endIndex);
      const end = Math.max(last.endIndex, ...within.map((comment) => comment.endIndex));
      // Where the paragraph's function sits, and its text's shape.
      const shape = `${scope.parent.node.startIndex}:${textShape(file.text, first.startIndex, end)}`;
      const alike = shapes.get(shape) ?? [];
      alike.push({ scope, statements, heading, within, innerComments });
      shapes.set(shape, alike);
    }
  }
  const groups = new Map<string, Occurrence[]>();
  const locals = new Map<Scope, Map<number, string>>();
  for (const alike of shapes.values()) {
    if (new Set(alike.map((paragraph) => paragraph.scope)).size < 2) continue;
    for (const { scope, statements, heading, within, innerComments } of alike) {
      const scopeLocals = locals.get(scope) ?? localIdentifiers(scope);
      locals.set(scope, scopeLocals);
      const { key, canonical } = fingerprint(scope, statements, within, scopeLocals);
      const id = `${scope.parent!.node.startIndex}:${key}`;
      const group = groups.get(id) ?? [];
      group.push({ scope, statements, heading, innerComments, canonical });
      groups.set(id, group);
    }
  }
  return [...groups.values()]
    .filter((occurrences) => new Set(occurrences.map((occurrence) => occurrence.scope)).size >= 2)
    .map((occurrences) => ({ occurrences: occurrences.sort((a, b) => (a.statements[0] as SyntaxNode).startIndex - (b.statements[0] as SyntaxNode).startIndex) }))
    .sort((a, b) => (a.occurrences[0]!.statements[0] as SyntaxNode).startIndex - (b.occurrences[0]!.statements[0] as SyntaxNode).startIndex);
}
