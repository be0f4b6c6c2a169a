// quote-style: strings on one line use the project's one quote preference (declared by a
// formatter's configuration or a clear project-wide majority; none, no re-quoting), an
// implicit concatenation is one unit, and docstrings and triple-quoted strings use """.
import type { SyntaxNode } from '../src/engine/syntax-tree.js';
import { defineTransform, type Finding } from '../src/engine/types.js';
import { fix } from '../src/engine/fixer.js';
import { existingDocstring } from '../src/python/docstrings/docstring-place.js';
import {
  otherQuote,
  requote,
  requoteAsTripleDouble,
  stringLiteral,
  stringsOutsideReplacementFields,
  type QuoteChar,
  type StringLiteral,
} from '../src/python/syntax/string-literals.js';
import type { Edit } from '../src/engine/types.js';
import type { SourceFile } from '../src/engine/source.js';
import type { Conventions } from '../src/engine/conventions.js';
import type { OptionValues } from '../src/engine/options.js';
import { codeTokens, forLastText, isCodeSpace } from '../src/python/syntax/text-scan.js';

const options = {
  quote: {
    type: 'enum',
    choices: ['project', 'double', 'single'],
    default: 'project',
    description:
      "The quote of strings on one line: the project's preference (project conventions: a formatter's configuration or a clear project-wide majority; without one, ordinary strings keep their quotes), double or single. Docstrings and triple-quoted strings always use \"\"\".",
  },
} as const;

const NAMES: Readonly<Record<QuoteChar, string>> = { '"': 'double', "'": 'single' };

/**
 * Whether a string is a docstring: the first statement of the module, a class or a
 * function. Asked of the few strings that stand as statements, not of every definition
 * (whose bodies' statements a lazy tree would otherwise fetch, for nearly nothing); and
 * only of a string that starts its line or follows a header's colon (`def f(): "Doc."`)
 * and ends its line (or a statement), told by the text, since asking a lazy tree for the
 * parent of each of a module's strings cost more than the rest of the search.
 */
function isDocstring(literal: SyntaxNode, text: string): boolean {
  if (!mayStartStatement(text, literal.startIndex) || !mayEndStatement(text, literal.endIndex)) return false;
  const statement = literal.parent;
  if (statement?.type !== 'expression_statement') return false;
  const body = statement.parent;
  const owner = body?.type === 'block' ? body.parent : null;
  const definition = owner && (owner.type === 'function_definition' || owner.type === 'class_definition') && owner.childForFieldName('body')?.equals(body!);
  const container = body?.type === 'module' ? body : definition ? owner : null;
  if (!container) return false;
  const docstring = existingDocstring(container);
  return !!docstring && docstring.equals(statement) && docstring.namedChildren.find((child) => child.type === 'string')?.equals(literal) === true;
}

/**
 * The edits that put every one-line piece of an implicit concatenation in one quote:
 * the preferred one if every piece can take it, else the other one if every piece can
 * take that (`'it\'s ' 'said "no"'` all stay single), else none: a message is read as
 * one string, and two quote styles in it look like a mistake.
 */
function concatenationEdits(pieces: readonly StringLiteral[], text: string, preferred: QuoteChar): { quote: QuoteChar; edits: Edit[] } | null {
  for (const quote of [preferred, otherQuote(preferred)]) {
    const results = pieces.map((piece) => requote(piece, text, quote));
    if (results.every((result) => result.ok)) {
      return { quote, edits: results.flatMap((result) => (result.ok ? result.edits : [])) };
    }
  }
  return null;
}

/**
 * Whether giving a one-line docstring triple quotes (four more characters) would push its
 * last line past the project's line length when it kept to it.
 */
function pushesPastLineLength(file: SourceFile, literal: StringLiteral, limit: number): boolean {
  if (literal.triple) return false;
  const end = literal.node.endIndex;
  const length = file.lineEnd(end) - file.lineStart(end);
  return length <= limit && length + 4 > limit;
}

/** Whether a string starting at `start` (its prefix included) may be a statement's first token, at a line's start or after a header's colon. */
function mayStartStatement(text: string, start: number): boolean {
  let before = start - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t' || text[before] === '\f' || text[before] === '\uFEFF')) before--;
  return before < 0 || text[before] === '\n' || text[before] === '\r' || text[before] === ':';
}

/**
 * Whether a string ending at `end` may be a statement's last token: nothing but spaces
 * before the line's end, a `;`, a comment or a backslash (an argument on a line of its
 * own is followed by a comma or a bracket).
 */
function mayEndStatement(text: string, end: number): boolean {
  let after = end;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t' || text[after] === '\f')) after++;
  return after >= text.length || text[after] === '\n' || text[after] === '\r' || text[after] === ';' || text[after] === '#' || text[after] === '\\';
}

/** The quote of strings on one line: the option's, else the project's; null for none (only docstrings and triple quotes change). */
function preferredQuote(chosen: OptionValues<typeof options>['quote'], conventions: Conventions): QuoteChar | null {
  if (chosen === 'double') return '"';
  if (chosen === 'single') return "'";
  return conventions.quotes === 'double' ? '"' : conventions.quotes === 'single' ? "'" : null;
}

/** A string literal as the text shows it, from its prefix to its closing quote(s). */
interface StringToken {
  start: number;
  /** Where its opening quote is, past the prefix. */
  quoteAt: number;
  end: number;
  triple: boolean;
  /** How many brackets are open before it. */
  depth: number;
}

const UNSURE = 'unsure';

/**
 * The string literals of a text, read without a parse (`codeTokens`), each with the
 * brackets open before it. Ends with `UNSURE` where the text is not what the scan takes
 * it for: a bracket closed more often than opened, or an f-string the scan cannot tell
 * the end of.
 */
function readStringTokens(text: string): Array<StringToken | typeof UNSURE> {
  const tokens: Array<StringToken | typeof UNSURE> = [];
  let depth = 0;
  for (const token of codeTokens(text, '[()[\\]{}]')) {
    if (token.kind === 'unsure') {
      tokens.push(UNSURE);
      break;
    }
    if (token.kind === 'string') {
      tokens.push({ start: token.start, quoteAt: token.quoteAt, end: token.end, triple: token.triple, depth });
    } else if ('([{'.includes(token.text)) {
      depth++;
    } else if (--depth < 0) {
      tokens.push(UNSURE);
      break;
    }
  }
  return tokens;
}

// A text's string literals: `mayFind` reads them before the parse, `find` after.
const stringTokens = forLastText(readStringTokens);

/**
 * Whether the text holds a string this transform may change, read from the text alone:
 * one in `'''`, one that may be a docstring (it may start a statement, outside
 * brackets) other than `"""`, or one on one line in the quote not preferred. Also true
 * when the scan is unsure of the text (`stringTokens`).
 */
function mayRequote(text: string, preferred: QuoteChar | null): boolean {
  for (const token of stringTokens(text)) {
    if (token === UNSURE) return true;
    const quote = text[token.quoteAt];
    if (token.triple ? quote === "'" : (preferred !== null && quote !== preferred) || (token.depth === 0 && mayStartStatement(text, token.start))) return true;
  }
  return false;
}

/**
 * Whether another string literal follows the one ending at `end`, past spaces, line
 * breaks, backslashes and comments: what stands between two pieces of an implicit
 * concatenation (`"a" "b"`, or one per line inside brackets).
 */
function followedByString(text: string, end: number): boolean {
  let at = end;
  for (;;) {
    const char = text[at];
    if (isCodeSpace(char)) at++;
    else if (char === '#') {
      const newline = text.indexOf('\n', at);
      if (newline === -1) return false;
      at = newline;
    } else break;
  }
  return /^[rRbBuUfF]{0,2}['"]/.test(text.slice(at, at + 3));
}

/**
 * The string literals `find` must read, found from the text and fetched from the tree
 * one by one (a search of the whole tree for strings cost more than the rest of the
 * transform): every one that may be a docstring, is in `'''`, is not in the preferred
 * quote, or stands next to another string (a piece of an implicit concatenation, read
 * as one unit); no other can change. Null when the text scan is unsure, when the tree
 * has an error, or when the tree has no string where the text shows one: then every
 * string is read from the tree.
 */
function stringsToRead(file: SourceFile, preferred: QuoteChar | null): StringLiteral[] | null {
  const { root, text } = file;
  if (root.hasError) return null;
  const literals: StringLiteral[] = [];
  let preceded = false;
  for (const token of stringTokens(text)) {
    if (token === UNSURE) return null;
    const followed = followedByString(text, token.end);
    const quote = text[token.quoteAt];
    const mayChange = token.triple ? quote === "'" : preferred !== null && quote !== preferred;
    if (preceded || followed || mayChange || (!token.triple && mayStartStatement(text, token.start) && mayEndStatement(text, token.end))) {
      const node = root.descendantForIndex(token.start, token.end);
      if (node.type !== 'string' || node.startIndex !== token.start || node.endIndex !== token.end) return null;
      const literal = stringLiteral(node, text);
      if (literal) literals.push(literal);
    }
    preceded = followed;
  }
  return literals;
}

function finding(at: SyntaxNode, message: string, title: string, edits: Edit[]): Finding {
  return { message, at, fix: () => fix(title, edits) };
}

export default defineTransform({
  id: 'quote-style',
  summary: 'Use the project\'s one quote character for strings, and """ for docstrings and triple-quoted strings',
  suggestion: 1,
  safety: 'safe',
  scope: 'file',
  conventions: ['lineLength', 'quotes', 'docstringLayout'],
  onePass: true,
  options,
  docs: {
    before: [
      "def greet(name):",
      "    'Say hello.'",
      '    print("Hello, " + name)',
      "    return 'it\\'s done' if name else 'say \"nothing\"'",
      '',
    ].join('\n'),
    after: [
      'def greet(name):',
      '    """Say hello."""',
      '    print("Hello, " + name)',
      '    return "it\'s done" if name else \'say "nothing"\'',
      '',
    ].join('\n'),
    options: { quote: 'double' },
  },
  // A file whose strings all have the quotes they would get needs no parse.
  mayFind: (text, context) => mayRequote(text, preferredQuote(context.options.quote, context.conventions)),
  *find(file, context) {
    const preferred = preferredQuote(context.options.quote, context.conventions);
    const concatenations = new Map<SyntaxNode['id'], { node: SyntaxNode; pieces: StringLiteral[] }>();
    // The implicit concatenation the literals are in, up to its end: found from its first
    // piece, the one a string follows, so that the tree is asked for no other's parent.
    let unit: SyntaxNode | null = null;
    for (const literal of stringsToRead(file, preferred) ?? stringsOutsideReplacementFields(file.root, file.text)) {
      if (preferred !== null && (!unit || literal.node.startIndex >= unit.endIndex) && followedByString(file.text, literal.node.endIndex)) {
        const parent = literal.node.parent;
        unit = parent?.type === 'concatenated_string' ? parent : null;
      }
      if (isDocstring(literal.node, file.text)) {
        if (literal.quote === '"' && literal.triple) continue;
        // A project that writes its docstrings' text on the line after the quotes (Twisted)
        // would want that layout too, which changes the docstring's text: not this
        // transform's to do (it keeps the AST), so such a one-line docstring is left.
        if (!literal.triple && !context.conventions.docstringLayout.summaryOnQuoteLine) continue;
        const result = requoteAsTripleDouble(literal, file.text);
        if (result.ok && !pushesPastLineLength(file, literal, context.conventions.lineLength)) yield finding(literal.node, 'write a docstring in """ (PEP 257)', 'use """ for the docstring', result.edits);
        continue;
      }
      if (literal.triple) {
        if (literal.quote === '"') continue;
        const result = requote(literal, file.text, '"');
        if (result.ok) yield finding(literal.node, 'use """ for a triple-quoted string', 'use """', result.edits);
        continue;
      }
      if (preferred === null) continue;
      if (unit && literal.node.startIndex < unit.endIndex) {
        const pieces = concatenations.get(unit.id) ?? { node: unit, pieces: [] };
        pieces.pieces.push(literal);
        concatenations.set(unit.id, pieces);
        continue;
      }
      if (literal.quote === preferred) continue;
      const result = requote(literal, file.text, preferred);
      if (result.ok) yield finding(literal.node, `use ${NAMES[preferred]} quotes`, `use ${NAMES[preferred]} quotes`, result.edits);
    }
    if (preferred === null) return;
    for (const { node, pieces } of concatenations.values()) {
      const unit = concatenationEdits(pieces, file.text, preferred);
      if (!unit || unit.edits.length === 0) continue;
      const name = NAMES[unit.quote];
      yield finding(node, `use ${name} quotes in every part of the concatenated string`, `use ${name} quotes`, unit.edits);
    }
  },
});
