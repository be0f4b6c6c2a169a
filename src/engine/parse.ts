// Parsing Python with tree-sitter: one parser per thread, and syntax-error locations.
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';
import { syntaxTreeOf, type SyntaxNode, type SyntaxTree, type TreeForm } from './syntax-tree.js';
import { lineStartsOf, pointAt } from './tree-common.js';
import type { Edit } from './types.js';

let parser: Parser | undefined;

function pythonParser(): Parser {
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(Python as unknown as Parser.Language);
  }
  return parser;
}

// tree-sitter's default input buffer splits long strings into small reads; a buffer as
// large as the file makes one read and is noticeably faster on big modules.
const MIN_BUFFER = 32 * 1024;

/** The text a tree was parsed from, and the edits (sorted, not overlapping) that made `text` from it. */
export interface EditedFrom {
  tree: SyntaxTree;
  text: string;
  edits: readonly Edit[];
}

/**
 * Parses `text` and returns the tree transforms see (syntax-tree.ts). Given the tree of
 * the text before `edits`, tree-sitter re-parses only what the edits touched; that tree
 * is edited in place, and its nodes may not be read again. The tree's form is chosen
 * by what transforms read of the last trees (syntax-tree.ts), unless given.
 */
export function parsePython(text: string, editedFrom?: EditedFrom, form?: TreeForm): SyntaxTree {
  let old: Parser.Tree | null = null;
  if (editedFrom) {
    old = editedFrom.tree.native;
    editedFrom.tree.retire();
    const lines = lineStartsOf(editedFrom.text);
    const spans = touchingSpans(editedFrom.edits);
    // From the last span back to the first: each is then described in the text before
    // it, where everything above it still sits where it was.
    for (let index = spans.length - 1; index >= 0; index--) {
      const span = spans[index] as ChangedSpan;
      const startPosition = pointAt(lines, span.start);
      old.edit({
        startIndex: span.start,
        oldEndIndex: span.end,
        newEndIndex: span.start + span.length,
        startPosition,
        oldEndPosition: pointAt(lines, span.end),
        newEndPosition: pointAfter(startPosition, text.slice(span.newStart, span.newStart + span.length)),
      });
    }
  }
  const tree = pythonParser().parse(text, old, { bufferSize: Math.max(MIN_BUFFER, text.length + 1) });
  return syntaxTreeOf(tree, text, form);
}

/**
 * Whether `text` parses without an error, asked of tree-sitter's own tree: a snippet (a
 * comment read as code) makes no tree for transforms, which would count, for the form of
 * the next files' trees, a tree of a few words that nobody reads.
 */
export function parsesWithoutError(text: string): boolean {
  return !pythonParser().parse(text).rootNode.hasError;
}

interface ChangedSpan {
  /** The span in the old text. */
  start: number;
  end: number;
  /** Where its new text starts in the new text, and its length. */
  newStart: number;
  length: number;
}

/**
 * The edits grouped into spans that do not touch: an insertion at a replacement's start or
 * end makes one change with it, whatever order the arbiter applied them in.
 */
function touchingSpans(edits: readonly Edit[]): ChangedSpan[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const spans: ChangedSpan[] = [];
  let delta = 0;
  for (const edit of sorted) {
    const last = spans.at(-1);
    if (last && edit.start <= last.end) {
      last.end = Math.max(last.end, edit.end);
      last.length += edit.text.length;
    } else {
      spans.push({ start: edit.start, end: edit.end, newStart: edit.start + delta, length: edit.text.length });
    }
    delta += edit.text.length - (edit.end - edit.start);
  }
  return spans;
}

/** Where inserting `text` at `start` ends. */
function pointAfter(start: Parser.Point, text: string): Parser.Point {
  const lastNewline = text.lastIndexOf('\n');
  if (lastNewline === -1) return { row: start.row, column: start.column + text.length };
  let rows = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) rows++;
  return { row: start.row + rows, column: text.length - lastNewline - 1 };
}

export interface SyntaxErrorLocation {
  /** 1-based line and column (the column counts UTF-16 code units from 1). */
  line: number;
  column: number;
  index: number;
  /** `error` for unexpected text, `missing` for text the grammar expected. */
  kind: 'error' | 'missing';
  /** What was missing, or the unexpected text (shortened). */
  detail: string;
}

/**
 * The innermost first ERROR or MISSING node in document order, or null when the tree is
 * clean. tree-sitter may wrap a whole module in one ERROR node when recovery fails late
 * (a dedent inside brackets), so the search goes on into ERROR nodes that contain one;
 * the location is that of the node's first token, past the whitespace it may start with.
 */
export function firstSyntaxError(root: SyntaxNode): SyntaxErrorLocation | null {
  if (!root.hasError) return null;
  let node: SyntaxNode = root;
  for (;;) {
    const next = node.children.find((child) => child.hasError || child.isMissing);
    if (!next) break;
    node = next;
  }
  const kind = node.isMissing ? 'missing' : 'error';
  const leading = kind === 'missing' ? 0 : (/^\s*/.exec(node.text)?.[0].length ?? 0);
  const at = node.startIndex + leading;
  const before = node.text.slice(0, leading);
  const newlines = before.split('\n');
  const line = node.startPosition.row + newlines.length;
  const column = newlines.length > 1 ? (newlines.at(-1)?.length ?? 0) + 1 : node.startPosition.column + leading + 1;
  const text = node.text.slice(leading).split('\n')[0] ?? '';
  return {
    line,
    column,
    index: at,
    kind,
    detail: kind === 'missing' ? node.type : text.length > 30 ? `${text.slice(0, 30)}...` : text,
  };
}

export function describeSyntaxError(error: SyntaxErrorLocation): string {
  return error.kind === 'missing'
    ? `syntax error: expected ${JSON.stringify(error.detail)}`
    : `syntax error near ${JSON.stringify(error.detail)}`;
}

/**
 * How deeply the file's blocks nest, from its indentation (an indent stack, as Python's
 * tokenizer keeps; brackets and strings are not followed, so this is an estimate).
 * tree-sitter-python gives up between 60 and 70 levels, where CPython goes to 100.
 */
export function indentationDepth(text: string): number {
  const stack = [0];
  let deepest = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const match = /^[ \t\f]*/.exec(line)?.[0] ?? '';
    if (match.length === line.length || line[match.length] === '#') continue;
    const width = match.replace(/^.*\f/, '').replace(/\t/g, '        ').length;
    while (width < (stack.at(-1) as number)) stack.pop();
    if (width > (stack.at(-1) as number)) stack.push(width);
    deepest = Math.max(deepest, stack.length - 1);
  }
  return deepest;
}

/** Blocks nested deeper than this are beyond tree-sitter-python (see indentationDepth). */
export const PARSER_DEPTH_LIMIT = 60;
