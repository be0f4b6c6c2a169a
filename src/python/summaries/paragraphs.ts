// A function body as paragraphs: runs of statements separated by blank lines, each with
// the comments in it or directly above it. Shared by `comments` (which writes a comment
// above a paragraph) and `split-functions` (which splits at comment-headed paragraphs).
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import type { SourceFile } from '../../engine/source.js';
import { existingDocstring } from '../docstrings/docstring-place.js';

export interface Paragraph {
  statements: SyntaxNode[];
  /** Comments inside the paragraph's lines or on the lines directly above it. */
  comments: SyntaxNode[];
}

const LINES = new WeakMap<SourceFile, string[]>();

/** The file's lines, split once per file. */
function linesOf(file: SourceFile): string[] {
  let lines = LINES.get(file);
  if (!lines) {
    lines = file.text.split('\n');
    LINES.set(file, lines);
  }
  return lines;
}

function line(file: SourceFile, index: number): number {
  return file.position(index).line;
}

/** The statements of a body block (the docstring left out), in order. */
export function bodyStatements(functionNode: SyntaxNode): SyntaxNode[] {
  const body = functionNode.childForFieldName('body');
  if (!body) return [];
  const docstring = existingDocstring(body);
  return body.namedChildren.filter((child) => child.type !== 'comment' && child.id !== docstring?.id);
}

/** The paragraphs of a function's body; a body without blank lines is one paragraph. */
export function bodyParagraphs(file: SourceFile, functionNode: SyntaxNode): Paragraph[] {
  const body = functionNode.childForFieldName('body');
  return body ? blockParagraphs(file, body, bodyStatements(functionNode)) : [];
}

/** The paragraphs of a block (a function's body, the body of an `if`, a loop...): runs of its statements between blank lines. */
export function blockParagraphs(file: SourceFile, block: SyntaxNode, statements: readonly SyntaxNode[] = block.namedChildren.filter((child) => child.type !== 'comment')): Paragraph[] {
  if (statements.length === 0) return [];
  const lines = linesOf(file);
  const blankBetween = (endLine: number, startLine: number) => {
    for (let number = endLine + 1; number < startLine; number++) if (!lines[number - 1]!.trim()) return true;
    return false;
  };
  const groups: SyntaxNode[][] = [];
  let previous: SyntaxNode | undefined;
  for (const statement of statements) {
    if (!previous || blankBetween(line(file, previous.endIndex), line(file, statement.startIndex))) groups.push([]);
    groups.at(-1)!.push(statement);
    previous = statement;
  }
  const comments = (block.parent ?? block).descendantsOfType('comment');
  // Each comment's line once, not once per paragraph.
  const commentLines = comments.map((comment) => line(file, comment.startIndex));
  return groups.map((group) => {
    const first = line(file, group[0]!.startIndex);
    const last = line(file, group.at(-1)!.endIndex);
    // Comment lines directly above the first statement belong to the paragraph too.
    let top = first;
    while (top > 1 && /^\s*#/.test(lines[top - 2] ?? '')) top--;
    return { statements: group, comments: comments.filter((_, index) => (commentLines[index] as number) >= top && (commentLines[index] as number) <= last) };
  });
}
