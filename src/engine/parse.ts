// Parsing Python with tree-sitter: one parser per thread, and syntax-error locations.
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';
import { copyTree, type SyntaxNode, type SyntaxTree } from './syntax-tree.js';

let parser: Parser | undefined;

// tree-sitter's default input buffer splits long strings into small reads; a buffer as
// large as the file makes one read and is noticeably faster on big modules.
const MIN_BUFFER = 32 * 1024;

/** Parses `text` and returns the tree as plain objects (syntax-tree.ts); the native tree is not kept. */
export function parsePython(text: string): SyntaxTree {
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(Python as unknown as Parser.Language);
  }
  return copyTree(parser.parse(text, null, { bufferSize: Math.max(MIN_BUFFER, text.length + 1) }), text);
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
