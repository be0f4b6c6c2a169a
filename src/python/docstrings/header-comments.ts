// Whether a module's text may hold a definition with a comment docstrings could promote,
// read from the lines alone, before any parse: a comment block right under a `def` or
// `class` header (after its `# type:` comments), of four words or more, that opens with
// no directive. It may say yes wrongly, never no (the fixtures and the standard library
// hold the transform to that).
import { commentText, isDirectiveComment, isTypeComment } from './docstring-place.js';

const COMMENT_LINE = /^[ \t]*#/;
const BLANK_LINE = /^[ \t]*$/;
/** A header's last line: a colon at its end, or before a trailing comment or a backslash. */
const ENDS_HEADER = /:[ \t]*(?:\\|#.*)?$/;
const DEFINITION = /^[ \t]*(?:(?:async[ \t]+)?def|class)\b/;
/** Compound statements that are no definition, whose header may have a comment under it. */
const OTHER_COMPOUND = /^[ \t]*(?:if|elif|else|for|while|with|try|except|finally|match|case)\b/;

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].length;
}

/**
 * Whether the line is a whole compound header of its own: no quote (a string may hide a
 * bracket), and no closing bracket without its opening one (the end of a `def` header
 * whose parameters span lines, `for x in y]):`, is none).
 */
function wholeHeader(line: string): boolean {
  if (/["']/.test(line)) return false;
  let depth = 0;
  for (const char of line) {
    if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') {
      if (--depth < 0) return false;
    }
  }
  return true;
}

/** The words of the comment lines from `start` on, up to the first line that is none, as docstrings counts them. */
function blockWords(lines: readonly string[], start: number): number {
  let words = 0;
  for (let index = start; index < lines.length && COMMENT_LINE.test(lines[index] as string); index++) {
    words += commentText((lines[index] as string).trim()).split(/\s+/).filter((word) => /\w/.test(word)).length;
  }
  return words;
}

/**
 * Whether the text may define a function or class with a comment block right under its
 * header that docstrings could promote: the line under a line that ends a header opens a
 * comment block (after `# type:` comments) of four words or more whose first line is no
 * directive, and the header starts on a line that is not provably another compound
 * statement's, nor an `__init__`'s (whose comments are never promoted).
 */
export function mayPromoteHeaderComment(text: string): boolean {
  if (!/\b(?:def|class)\b/.test(text)) return false;
  // A lone carriage return ends a line for Python: the lines below would not be its own.
  if (/\r(?!\n)/.test(text)) return true;
  const lines = text.split(/\r?\n/);
  for (let index = 1; index < lines.length; index++) {
    const comment = lines[index] as string;
    const last = index - 1;
    if (!COMMENT_LINE.test(comment) || COMMENT_LINE.test(lines[last] as string) || !ENDS_HEADER.test(lines[last] as string)) continue;
    let start = index;
    while (start < lines.length && isTypeComment((lines[start] as string).trim())) start++;
    if (start >= lines.length || !COMMENT_LINE.test(lines[start] as string) || isDirectiveComment((lines[start] as string).trim())) continue;
    if (blockWords(lines, start) < 4) continue;
    // The header's first line: the nearest code line above, this one included, indented less than the comment.
    const depth = indentOf(comment);
    const within = (line: string): boolean => BLANK_LINE.test(line) || COMMENT_LINE.test(line) || indentOf(line) >= depth;
    let first = last;
    while (first >= 0 && within(lines[first] as string)) first--;
    if (first < 0) return true;
    const header = lines[first] as string;
    if (DEFINITION.test(header)) {
      if (/^[ \t]*def[ \t]+__init__\b/.test(header)) continue;
      return true;
    }
    // Another statement's header, whole on its line: not a definition's.
    if (first === last && OTHER_COMPOUND.test(header) && wholeHeader(header)) continue;
    return true;
  }
  return false;
}
