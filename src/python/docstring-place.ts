// Where a docstring is, or would go: the existing docstring of a body, the comments
// between a header's colon and its first statement (type comments, directives, a
// description to promote), and the indentation a new line takes.
import type { SyntaxNode } from 'tree-sitter';
import { parsePython } from '../engine/parse.js';
import type { SourceFile } from '../engine/source.js';

/** A string literal Python's ast counts as a docstring (no f-string or bytes part). */
function isDocstringLiteral(node: SyntaxNode): boolean {
  if (node.type === 'parenthesized_expression') {
    const inner = node.namedChildren.filter((child) => child.type !== 'comment');
    return inner.length === 1 && isDocstringLiteral(inner[0]!);
  }
  if (node.type === 'concatenated_string') return node.namedChildren.filter((child) => child.type !== 'comment').every(isDocstringLiteral);
  if (node.type !== 'string') return false;
  const start = node.children[0];
  return start?.type === 'string_start' && !/[fFbB]/.test(start.text);
}

/** The first statement of a block or module, comments skipped. */
export function firstStatement(container: SyntaxNode): SyntaxNode | undefined {
  return container.namedChildren.find((child) => child.type !== 'comment');
}

/** The docstring statement of a function, class (their body block) or module, if any. */
export function existingDocstring(container: SyntaxNode): SyntaxNode | undefined {
  const body = container.type === 'module' || container.type === 'block' ? container : container.childForFieldName('body');
  const first = body ? firstStatement(body) : undefined;
  if (first?.type !== 'expression_statement') return undefined;
  const expressions = first.namedChildren.filter((child) => child.type !== 'comment');
  return expressions.length === 1 && isDocstringLiteral(expressions[0]!) ? first : undefined;
}

/** The `:` that ends a function or class header. */
export function headerColon(node: SyntaxNode): SyntaxNode | undefined {
  for (let sibling = node.childForFieldName('body')?.previousSibling ?? null; sibling; sibling = sibling.previousSibling) {
    if (sibling.type === ':') return sibling;
  }
  return undefined;
}

/** `# type:` comments must stay right under the header for type checkers to see them. */
export function isTypeComment(text: string): boolean {
  return /^#\s*type:/.test(text);
}

/** A comment addressed to a tool, or a note to self: never promoted to a docstring. */
export function isDirectiveComment(text: string): boolean {
  return /^#\s*(?:type:|noqa|pragma|pylint:|fmt:|mypy:|pyright:|pyre-|isort:|flake8:|ruff:|pycodemod:|nosec|-\*-|!|(?:end)?region\b)/i.test(text) || /^#\s*(?:TODO|FIXME|XXX|HACK|BUG)\b/.test(text);
}

/** The text of a comment without its `#` and the one space after it. */
export function commentText(comment: string): string {
  return comment.replace(/^#+ ?/, '').trimEnd();
}

/** Commented-out code (`# return x`, `# self.x = 1`): it parses as Python, more than a word. */
export function looksLikeCode(lines: readonly string[]): boolean {
  const text = lines.join('\n').trim();
  if (!text || !/[=()[\]:.]/.test(text)) return false;
  const tree = parsePython(`${text}\n`);
  return !tree.rootNode.hasError;
}

/** The comments between a header's colon and its body, each alone on its line. */
export function headerComments(file: SourceFile, node: SyntaxNode): SyntaxNode[] {
  const colon = headerColon(node);
  const body = node.childForFieldName('body');
  if (!colon || !body) return [];
  return node.children.filter(
    (child) => child.type === 'comment' && child.startIndex > colon.endIndex && child.endIndex <= body.startIndex && file.startsLine(child.startIndex),
  );
}

export interface LeadingComments {
  /** `# type:` comments at the top, which the docstring goes under. */
  typeComments: SyntaxNode[];
  /** The description to promote: consecutive plain comment lines after those. */
  description: SyntaxNode[];
}

/**
 * Splits the comments above a body into type comments and a promotable description:
 * consecutive lines (no blank line between), not directives, not notes to self, not
 * commented-out code, not preformatted (indented lists, tables, doctest prompts).
 */
export function leadingComments(file: SourceFile, node: SyntaxNode): LeadingComments {
  const comments = headerComments(file, node);
  const typeComments: SyntaxNode[] = [];
  let index = 0;
  while (index < comments.length && isTypeComment(comments[index]!.text)) typeComments.push(comments[index++]!);
  const description: SyntaxNode[] = [];
  for (; index < comments.length; index++) {
    const comment = comments[index]!;
    if (isDirectiveComment(comment.text)) break;
    const previous = description.at(-1);
    if (previous && file.position(comment.startIndex).line !== file.position(previous.startIndex).line + 1) break;
    description.push(comment);
  }
  const lines = description.map((comment) => commentText(comment.text));
  const preformatted = lines.some((line) => /^(?: {2,}|\t|[-*+] |>>>|\||\d+[.)] )/.test(line));
  const promotable = lines.some((line) => line.trim()) && !preformatted && !looksLikeCode(lines);
  return { typeComments, description: promotable ? description : [] };
}

/** Comment lines as paragraphs: lines joined, an empty `#` line separating paragraphs. */
export function commentParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim()) current.push(line.trim());
    else if (current.length) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  if (current.length) paragraphs.push(current.join(' '));
  return paragraphs;
}

/**
 * One level of indentation as the file writes it: the first indented block's step
 * beyond its header's line, else four spaces.
 */
export function indentUnit(file: SourceFile): string {
  const pattern = /^([ \t]*)\S[^\n]*:[ \t]*(?:#[^\n]*)?\r?\n(?:[ \t]*(?:#[^\n]*)?\r?\n)*([ \t]+)\S/m;
  const match = pattern.exec(file.text);
  if (match) {
    const outer = match[1]!;
    const inner = match[2]!;
    if (inner.startsWith(outer) && inner.length > outer.length) return inner.slice(outer.length);
  }
  return '    ';
}
