// Where a function's docstring names one of its parameters, so that renaming the
// parameter renames the entry too: a Google `Args:` entry (`dest (str): ...`), a Sphinx
// field (`:param dest:`, `:param str dest:`, `:type dest:`) or a numpy entry
// (`dest : str` under `Parameters` and its dashes). Prose that mentions the name is left.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import type { Span } from '../../engine/types.js';
import { existingDocstring } from './docstring-place.js';

const GOOGLE_HEADER = /^(Args|Arguments|Parameters|Params|Keyword Args|Keyword Arguments|Other Parameters):\s*$/;
const NUMPY_HEADER = /^(Parameters|Other Parameters|Keyword Arguments)\s*$/;
const NUMPY_RULE = /^-{3,}\s*$/;
const SPHINX_FIELD = /:(?:param|parameter|arg|argument|key|keyword|type)\s+(?:[^:\n]*\s)?([A-Za-z_]\w*):/g;

interface Line {
  start: number;
  indent: number;
  content: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const content = raw.trimStart();
    lines.push({ start: start + raw.length - content.length, indent: raw.length - content.length, content: content.trimEnd() });
    start += raw.length + 1;
  }
  return lines;
}

/** Entries of the Google and numpy parameter sections: each entry's first line. */
function sectionEntries(lines: readonly Line[]): Line[] {
  const entries: Line[] = [];
  for (let at = 0; at < lines.length; at++) {
    const header = lines[at]!;
    const numpy = NUMPY_HEADER.test(header.content) && NUMPY_RULE.test(lines[at + 1]?.content ?? '');
    if (!numpy && !GOOGLE_HEADER.test(header.content)) continue;
    let entryIndent: number | null = numpy ? header.indent : null;
    for (let next = at + (numpy ? 2 : 1); next < lines.length; next++) {
      const line = lines[next]!;
      if (line.content === '') continue;
      if (numpy ? line.indent < header.indent || NUMPY_RULE.test(lines[next + 1]?.content ?? '') : line.indent <= header.indent) break;
      entryIndent ??= line.indent;
      if (line.indent === entryIndent) entries.push(line);
    }
  }
  return entries;
}

/** The spans, in the file, where the docstring of `definition` names parameter `name`. */
export function docstringParameterSpans(definition: SyntaxNode, name: string): Span[] {
  const statement = existingDocstring(definition);
  const literal = statement?.namedChildren.find((child) => child.type === 'string');
  if (!literal) return [];
  const text = literal.text;
  const spans: Span[] = [];
  const at = (offset: number) => spans.push({ start: literal.startIndex + offset, end: literal.startIndex + offset + name.length });
  for (const entry of sectionEntries(linesOf(text))) {
    // `dest (str): ...`, `dest: ...`, `dest : str`, `dest, source : str`.
    const head = /^([\w*]+(?:\s*,\s*[\w*]+)*)\s*(?:\([^)]*\))?\s*:(?:\s|$)/.exec(entry.content);
    if (!head) continue;
    let offset = 0;
    for (const item of head[1]!.split(',')) {
      // `*args` and `**kwargs` entries carry their stars.
      const word = item.trim().replace(/^\*{1,2}/, '');
      const position = head[1]!.indexOf(word, offset);
      if (word === name) at(entry.start + position);
      offset = position + word.length;
    }
  }
  for (const match of text.matchAll(SPHINX_FIELD)) {
    if (match[1] === name) at((match.index ?? 0) + match[0].length - 1 - name.length);
  }
  return spans;
}
