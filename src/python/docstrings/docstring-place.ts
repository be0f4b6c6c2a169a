// Where a docstring is, or would go: the existing docstring of a body, the comments
// between a header's colon and its first statement (type comments, directives, a
// description to promote), and the indentation a new line takes.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import { parsesWithoutError } from '../../engine/parse.js';
import type { SourceFile } from '../../engine/source.js';
import { definitionNodes } from '../syntax/definitions.js';

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
  // The first named child but a comment, without a list of the named ones (asked of every
  // definition's body by docstrings' project phase).
  for (const child of container.children) if (child.isNamed && child.type !== 'comment') return child;
  return undefined;
}

/** The docstring statement of a function, class (their body block) or module, if any. */
export function existingDocstring(container: SyntaxNode): SyntaxNode | undefined {
  const body = container.type === 'module' || container.type === 'block' ? container : container.childForFieldName('body');
  const first = body ? firstStatement(body) : undefined;
  if (first?.type !== 'expression_statement') return undefined;
  // Its one expression (comments aside), a docstring literal.
  let expression: SyntaxNode | undefined;
  for (const child of first.children) {
    if (!child.isNamed || child.type === 'comment') continue;
    if (expression) return undefined;
    expression = child;
  }
  return expression && isDocstringLiteral(expression) ? first : undefined;
}

/**
 * Whether the file writes a one-sentence docstring on one line (`"""Summary."""`) rather
 * than as three (`"""`, the sentence, `"""`): what most of its short docstrings do;
 * undefined when it has none of either.
 */
export function writesOneLineDocstrings(file: SourceFile): boolean | undefined {
  let oneLine = 0;
  let threeLines = 0;
  for (const node of definitionNodes(file, ['function_definition', 'class_definition'])) {
    const text = existingDocstring(node)?.text;
    if (!text) continue;
    if (/^[rRuU]?(?:"""|''')[^\n]*(?:"""|''')$/.test(text)) oneLine++;
    else if (/^[rRuU]?(?:"""|''')[ \t]*\r?\n[^\n]*\S[^\n]*\r?\n[ \t]*(?:"""|''')$/.test(text)) threeLines++;
  }
  return oneLine + threeLines ? oneLine >= threeLines : undefined;
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

/**
 * Words Python lets stand next to another word on a line (`not x`, `print x`, `match x:`),
 * and the constants (which may not, but are left to the parser).
 */
const PAIRED_WORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'case', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'exec', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'match', 'nonlocal',
  'not', 'or', 'pass', 'print', 'raise', 'return', 'try', 'type', 'while', 'with', 'yield',
]);

/** Two names side by side on a line (`Check that`): each pair, the second name looked ahead. */
const TWO_NAMES = /(?<![\w\u0080-\uffff])([A-Za-z_]\w*)[ \t]+(?=([A-Za-z_]\w*)(?![\w\u0080-\uffff]))/g;

/**
 * Whether the text is certainly no Python: two names side by side (neither a keyword) are
 * a syntax error wherever no string or comment opened before them, so before the text's
 * first quote, `#`, backslash or backtick (which the parser reads as Python 2's repr
 * quotes). A second name that prefixes a string there (`to rb'...'`) makes a name then a
 * string: an error too. Most comments are sentences, told so without a parse (over the
 * 537,488 comments of Debian's dist-packages, Nova, Django, SymPy and the standard
 * library, the same answers as the parser's, in a twentieth of its time).
 */
function certainlyProse(text: string): boolean {
  const cut = text.search(/['"#\\`]/);
  for (const [, first, second] of (cut < 0 ? text : text.slice(0, cut)).matchAll(TWO_NAMES)) {
    if (!PAIRED_WORDS.has(first as string) && !PAIRED_WORDS.has(second as string)) return true;
  }
  return false;
}

/** Commented-out code (`# return x`, `# self.x = 1`): it parses as Python, more than a word. */
export function looksLikeCode(lines: readonly string[]): boolean {
  const text = lines.join('\n').trim();
  if (!text || !/[=()[\]:.]/.test(text) || certainlyProse(text)) return false;
  return parsesWithoutError(`${text}\n`);
}

/** The comments between a header's colon and its body, each alone on its line. */
export function headerComments(file: SourceFile, node: SyntaxNode): SyntaxNode[] {
  const colon = headerColon(node);
  const body = node.childForFieldName('body');
  if (!colon || !body) return [];
  // Most headers have none: no need to read the children.
  if (!file.text.slice(colon.endIndex, body.startIndex).includes('#')) return [];
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
 * consecutive lines right under the header, with the same `#` marker, not directives,
 * not notes to self, not commented-out code, not opening with a table, list or doctest.
 */
export function leadingComments(file: SourceFile, node: SyntaxNode): LeadingComments {
  const comments = headerComments(file, node);
  const typeComments: SyntaxNode[] = [];
  let index = 0;
  while (index < comments.length && isTypeComment(comments[index]!.text)) typeComments.push(comments[index++]!);
  const description: SyntaxNode[] = [];
  // The description starts right under the header (or its type comments): a comment
  // after a blank line is about the code below it, not about the definition.
  const above = typeComments.at(-1) ?? headerColon(node);
  let expectedLine = above ? file.position(above.startIndex).line + 1 : 0;
  const marker = /^#+/.exec(comments[index]?.text ?? '')?.[0];
  for (; index < comments.length; index++) {
    const comment = comments[index]!;
    if (isDirectiveComment(comment.text) || /^#+/.exec(comment.text)?.[0] !== marker) break;
    if (file.position(comment.startIndex).line !== expectedLine) break;
    description.push(comment);
    expectedLine++;
  }
  const lines = description.map((comment) => commentText(comment.text));
  // A table, list or doctest as the first line is no summary.
  const preformatted = /^(?: {2,}|\t|[-*+] |>>>|\||\d+[.)] )/.test(lines[0] ?? '');
  // A link or an issue number alone (`# https://github.com/...`, `# bpo-24132:`) is a
  // reference for the code below, not a summary of the function.
  const reference = /^(?:<?https?:\/\/\S+>?|(?:bpo|gh|issue|bug)[- ]?#?\d+:?|see (?:<?https?:\/\/\S+>?|(?:bpo|gh|issue|bug)[- ]?#?\d+)\.?)$/i.test(lines[0]?.trim() ?? '');
  const promotable = lines.some((line) => line.trim()) && !preformatted && !reference && !looksLikeCode(lines);
  return { typeComments, description: promotable ? description : [] };
}

/** Where the first sentence of a line ends (after its `.`, `!` or `?`), or -1. */
function sentenceEnd(line: string): number {
  for (const match of line.matchAll(/[.!?]["')\]]?(?=\s|$)/g)) {
    const end = match.index + match[0].length;
    const after = line.slice(end).trimStart();
    if (/\b(?:e\.g|i\.e|etc|vs|cf)\.$/i.test(line.slice(0, end))) continue;
    // "Allow TRUNCATE ... CASCADE": an ellipsis stands for words left out, not a full stop.
    if (/\.\.["')\]]?$/.test(line.slice(0, end))) continue;
    if (after === '' || /^[A-Z]/.test(after)) return end;
  }
  return -1;
}

/**
 * A promoted comment as a summary sentence and further paragraphs. The summary is the
 * first sentence (lines joined); what follows keeps the comment's own line breaks, so
 * that lists and tables written in the comment survive.
 */
export function commentDocstringText(lines: readonly string[]): { summary: string; paragraphs: string[] } {
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line.trim()) blocks.at(-1)!.push(line.trimEnd());
    else if (blocks.at(-1)!.length) blocks.push([]);
  }
  const [first = [], ...others] = blocks.filter((block) => block.length > 0);
  let summaryLines = first;
  let rest: string[] = [];
  for (let index = 0; index < first.length; index++) {
    const end = sentenceEnd(first[index]!);
    if (end === -1) continue;
    summaryLines = [...first.slice(0, index), first[index]!.slice(0, end)];
    const tail = first[index]!.slice(end).trim();
    rest = [...(tail ? [tail] : []), ...first.slice(index + 1)];
    break;
  }
  const summary = summaryLines.map((line) => line.trim()).join(' ');
  return { summary, paragraphs: [rest, ...others].filter((block) => block.length > 0).map((block) => block.join('\n')) };
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
