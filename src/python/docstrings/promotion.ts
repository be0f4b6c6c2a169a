// Whether a comment under a header describes the whole definition (and may become its
// docstring) or the statement after it (and must stay where it is): "These must match",
// "the following", "only if", a version-history line, a note heading the first of
// several paragraphs or an inner function, all refer to what follows them.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import type { SourceFile } from '../../engine/source.js';
import { commentText } from './docstring-place.js';

/** Words that point at the code under the comment rather than at the definition. */
const POINTING = /^(?:these|those|the following|here|below|next|now|then|first|finally|only if|otherwise|else|if|when|because|so|and|but|or|also)\b/i;
const POINTING_ANYWHERE = /\b(?:the following|below|only if|(?:as|see) above)\b/i;
/** `Version 1.0: Initial version`, `v2: ...`, `Changed in 1.3:`: a history of the object. */
const HISTORY = /^(?:version|v)\s*\d+(?:\.\d+)*\s*[:-]|^(?:changed|added|new|deprecated) in\b/i;
/** "This method ...", "This class ..." speak of the definition; any other "This" of the code below. */
const THIS_DEFINITION = /^this\s+(?:function|method|class|helper|routine|test|hook|property|decorator|callback|handler|view|is called|gets called|should be called|must be called)\b/i;

/** A blank line separates two top-level statements of the body: it has paragraphs. */
function hasSeveralParagraphs(file: SourceFile, body: SyntaxNode): boolean {
  const statements = body.namedChildren.filter((child) => child.type !== 'comment');
  for (let index = 1; index < statements.length; index++) {
    if (/\n[ \t]*\r?\n/.test(file.text.slice(statements[index - 1]!.endIndex, statements[index]!.startIndex))) return true;
  }
  return false;
}

/** Whether the comment block under the header describes the whole definition. */
export function describesDefinition(file: SourceFile, node: SyntaxNode, comments: readonly SyntaxNode[]): boolean {
  const last = comments.at(-1);
  const body = node.childForFieldName('body');
  if (!last || !body) return false;
  const lines = comments.map((comment) => commentText(comment.text).trim());
  const first = lines[0] ?? '';
  // "# interesting....", "# Total guess.": a note to self, too short to document anything.
  if (lines.join(' ').split(/\s+/).filter((word) => /\w/.test(word)).length < 3) return false;
  if (POINTING.test(first) || (/^this\b/i.test(first) && !THIS_DEFINITION.test(first))) return false;
  if (lines.some((line) => HISTORY.test(line) || POINTING_ANYWHERE.test(line))) return false;
  // A remark or a question to self ("note this method was missing before [ticket:3989]",
  // "how do I....tell it?"), a history with a ticket: notes for a maintainer, not a docstring.
  if (/^(?:note|nb|n\.b\.|remark|question)\b/i.test(first) || /\?/.test(lines.join(' ').split(/(?<=[.!])\s/)[0] ?? '')) return false;
  if (lines.some((line) => /\[ticket:\d+\]|\b(?:ticket|issue|bug)\s*#?\d+/i.test(line))) return false;
  // "Constants shared by all instances:" introduces the statements under it.
  if (/:$/.test(lines.filter(Boolean).at(-1) ?? '')) return false;
  const next = body.namedChildren.find((child) => child.type !== 'comment' && child.startIndex > last.endIndex);
  if (!next) return true;
  // A note right above an inner function or class is about it.
  if (next.type === 'function_definition' || next.type === 'class_definition' || next.type === 'decorated_definition') return false;
  const touching = !/\n[ \t]*\r?\n/.test(file.text.slice(last.endIndex, next.startIndex));
  if (!touching || THIS_DEFINITION.test(first)) return true;
  // Right above the code, a note is about the statement under it ("Force the cache to
  // be fully populated." above `self._fetch_all()`), unless that statement is the whole
  // body, or the note is long and the body one paragraph.
  const statements = body.namedChildren.filter((child) => child.type !== 'comment' && child.startIndex > last.endIndex);
  if (statements.length === 1) return true;
  return lines.length >= 3 && !hasSeveralParagraphs(file, body);
}

/** A table, list or doctest keeps its line breaks; prose is joined to be re-wrapped. */
export const PREFORMATTED_LINE = /^(?: {2,}|\t|[-*+] |>>>|\||\d+[.)] |\.\. |:\w+)/;

/** The paragraphs after a promoted summary, prose reflowed to the line length, wording kept. */
export function reflowedParagraphs(paragraphs: readonly string[]): string[] {
  return paragraphs.map((paragraph) => {
    const lines = paragraph.split('\n');
    return lines.some((line) => PREFORMATTED_LINE.test(line)) ? paragraph : lines.map((line) => line.trim()).join(' ');
  });
}
