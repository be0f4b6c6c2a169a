// A parsed Python file as transforms see it: text, tree, and position helpers.
import type { SyntaxNode, SyntaxTree } from './syntax-tree.js';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

export class SourceFile {
  readonly root: SyntaxNode;
  /** The file's line ending: the first one found, `\n` when it has none. */
  readonly eol: '\n' | '\r\n';
  private lineStarts: number[] | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
    readonly tree: SyntaxTree,
    /**
     * The dotted module name as the import system would see it, from the files of the run
     * (`pkg/sub/mod.py` -> `pkg.sub.mod`, see module-names.ts); null when not known.
     */
    readonly module: string | null = null,
  ) {
    this.root = tree.rootNode;
    const newline = text.indexOf('\n');
    this.eol = newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
  }

  /** Start index of each line. */
  private starts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      for (let index = this.text.indexOf('\n'); index !== -1; index = this.text.indexOf('\n', index + 1)) {
        starts.push(index + 1);
      }
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }

  position(index: number): Position {
    const starts = this.starts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= index) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: index - (starts[low] ?? 0) + 1 };
  }

  /** Index of the first character of the line holding `index`. */
  lineStart(index: number): number {
    return this.text.lastIndexOf('\n', index - 1) + 1;
  }

  /** Index of the line break (or end of text) that ends the line holding `index`. */
  lineEnd(index: number): number {
    const newline = this.text.indexOf('\n', index);
    if (newline === -1) return this.text.length;
    return newline > 0 && this.text[newline - 1] === '\r' ? newline - 1 : newline;
  }

  /** Index just past the line break that ends the line holding `index`. */
  nextLineStart(index: number): number {
    const newline = this.text.indexOf('\n', index);
    return newline === -1 ? this.text.length : newline + 1;
  }

  /**
   * The whitespace that starts the line holding `index`. A form feed resets Python's
   * column count, so only what follows the last one is the line's indentation.
   */
  indentAt(index: number): string {
    let start = this.lineStart(index);
    let end = start;
    while (end < this.text.length && (this.text[end] === ' ' || this.text[end] === '\t' || this.text[end] === '\f')) {
      if (this.text[end] === '\f') start = end + 1;
      end++;
    }
    return this.text.slice(start, end);
  }

  /** True when only whitespace precedes `index` on its line. */
  startsLine(index: number): boolean {
    return /^[ \t]*$/.test(this.text.slice(this.lineStart(index), index));
  }

  slice(span: { startIndex: number; endIndex: number } | { start: number; end: number }): string {
    return 'startIndex' in span ? this.text.slice(span.startIndex, span.endIndex) : this.text.slice(span.start, span.end);
  }
}
