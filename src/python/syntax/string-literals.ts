// The anatomy of a Python string literal (prefix, quote, triple quotes, literal text and
// f-string replacement fields), and how to change its quote without changing its value.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import type { Edit, Span } from '../../engine/types.js';

export type QuoteChar = "'" | '"';

export interface StringLiteral {
  node: SyntaxNode;
  /** The prefix and the opening quote(s). */
  opening: Span;
  /** The text between the quotes. */
  body: Span;
  /** The closing quote(s). */
  closing: Span;
  /** The prefix as written (`''`, `r`, `Rb`, `f`...). */
  prefix: string;
  quote: QuoteChar;
  triple: boolean;
  raw: boolean;
  formatted: boolean;
  /** The f-string replacement fields (`interpolation` nodes), in order. */
  replacementFields: SyntaxNode[];
}

const OPENING = /^([A-Za-z]{0,2})('''|"""|'|")/;

/**
 * Reads a `string` node from the source text rather than from its tokens: tree-sitter
 * sometimes folds the end of a raw string's text into its closing token (`br'\\'`),
 * but the node's range is right. Null for anything else.
 */
export function stringLiteral(node: SyntaxNode, text: string): StringLiteral | null {
  if (node.type !== 'string') return null;
  const start = node.startIndex;
  const end = node.endIndex;
  const opening = OPENING.exec(text.slice(start, Math.min(end, start + 5)));
  if (!opening) return null;
  const [whole, prefix = '', delimiter = ''] = opening;
  const body = { start: start + whole.length, end: end - delimiter.length };
  if (body.end < body.start || text.slice(body.end, end) !== delimiter) return null;
  const lowerPrefix = prefix.toLowerCase();
  const formatted = lowerPrefix.includes('f');
  const replacementFields = formatted ? node.namedChildren.filter((child) => child.type === 'interpolation') : [];
  if (replacementFields.some((field) => field.startIndex < body.start || field.endIndex > body.end)) return null;
  return {
    node,
    opening: { start, end: body.start },
    body,
    closing: { start: body.end, end },
    prefix,
    quote: delimiter[0] as QuoteChar,
    triple: delimiter.length === 3,
    raw: lowerPrefix.includes('r'),
    formatted,
    replacementFields,
  };
}

/** The literal parts of the body: everything between the quotes but the replacement fields. */
export function literalSpans(literal: StringLiteral): Span[] {
  const spans: Span[] = [];
  let from = literal.body.start;
  for (const field of literal.replacementFields) {
    if (field.startIndex > from) spans.push({ start: from, end: field.startIndex });
    from = field.endIndex;
  }
  if (literal.body.end > from) spans.push({ start: from, end: literal.body.end });
  return spans;
}

/**
 * The string literals under `root` that are not inside an f-string's replacement field
 * (strings there follow their f-string's rules). One walk, in document order: a string
 * that starts before the end of the last replacement field seen is inside it.
 */
export function stringsOutsideReplacementFields(root: SyntaxNode, text: string): StringLiteral[] {
  const literals: StringLiteral[] = [];
  let fieldEnd = -1;
  for (const node of root.descendantsOfType(['string', 'interpolation'])) {
    if (node.startIndex < fieldEnd) continue;
    if (node.type === 'interpolation') {
      fieldEnd = node.endIndex;
      continue;
    }
    const literal = stringLiteral(node, text);
    if (literal) literals.push(literal);
  }
  return literals;
}

export const otherQuote = (quote: QuoteChar): QuoteChar => (quote === '"' ? "'" : '"');

export type Requote = { ok: true; edits: Edit[] } | { ok: false; reason: string };

const refuse = (reason: string): Requote => ({ ok: false, reason });

/**
 * Edits that give `literal` the quote `target` (three of them when triple-quoted) with
 * the same value, or why that cannot be done without adding escapes:
 * - an escaped old quote (`'it\'s'`) loses its backslash, which it no longer needs;
 * - an unescaped target quote in the text (`'say "hi"'`) refuses: it would need one;
 * - a raw string on one line refuses any quote in its text: a backslash stays in its value;
 * - triple quotes refuse text that holds three target quotes or ends with one;
 * - an f-string's replacement fields may not hold the new quote (Python before 3.12
 *   rejects it; on 3.12 it reads badly), except in nested strings that can take the old
 *   quote instead: `f'{d["k"]}'` becomes `f"{d['k']}"`.
 */
export function requote(literal: StringLiteral, text: string, target: QuoteChar): Requote {
  if (literal.quote === target) return { ok: true, edits: [] };
  const oldQuote = literal.quote;
  const delimiter = literal.triple ? target.repeat(3) : target;
  const edits: Edit[] = [
    { ...literal.opening, text: literal.prefix + delimiter },
    { ...literal.closing, text: delimiter },
  ];
  if (literal.triple) {
    const body = text.slice(literal.body.start, literal.body.end);
    if (body.includes(delimiter)) return refuse(`its text holds ${delimiter}`);
    if (body.endsWith(target)) return refuse(`its text ends with ${target}`);
  }
  for (const span of literalSpans(literal)) {
    const result = scanLiteralText(text, span, literal, target);
    if (!result.ok) return result;
    edits.push(...result.edits);
  }
  for (const field of literal.replacementFields) {
    const result = requoteReplacementField(field, text, literal, oldQuote, target);
    if (!result.ok) return result;
    edits.push(...result.edits);
  }
  return { ok: true, edits };
}

/** Checks a literal part for the target quote and drops the backslash of `\<old quote>`. */
function scanLiteralText(text: string, span: Span, literal: StringLiteral, target: QuoteChar): Requote {
  const edits: Edit[] = [];
  for (let index = span.start; index < span.end; index++) {
    const character = text[index];
    if (literal.raw) {
      // In a raw string a backslash stays in the value, so `\'` cannot become `'`; with
      // triple quotes a lone quote of either kind is harmless (the checks above did the rest).
      if (!literal.triple && (character === "'" || character === '"')) return refuse('a raw string cannot drop the backslash of an escaped quote');
      continue;
    }
    if (character === '\\') {
      if (text[index + 1] === literal.quote && index + 1 < span.end) edits.push({ start: index, end: index + 1, text: '' });
      index++;
    } else if (character === target && !literal.triple) {
      return refuse(`its text holds ${target}`);
    }
  }
  return { ok: true, edits };
}

/** Top-level strings of a replacement field (not those inside another nested string). */
function nestedStrings(field: SyntaxNode): SyntaxNode[] {
  return field.descendantsOfType('string').filter((nested) => {
    for (let parent = nested.parent; parent && parent !== field; parent = parent.parent) {
      if (parent.type === 'string') return false;
    }
    return true;
  });
}

function requoteReplacementField(field: SyntaxNode, text: string, literal: StringLiteral, oldQuote: QuoteChar, target: QuoteChar): Requote {
  const edits: Edit[] = [];
  let from = field.startIndex;
  const outside: string[] = [];
  for (const nested of nestedStrings(field)) {
    outside.push(text.slice(from, nested.startIndex));
    from = nested.endIndex;
    const inner = stringLiteral(nested, text);
    if (!inner) return refuse('a replacement field holds a string tree-sitter could not read');
    if (inner.quote !== target) continue;
    // A triple-quoted f-string keeps its fields as they are: flipping nested strings
    // there gains nothing a reader would notice.
    if (literal.triple) return refuse(`a replacement field holds ${target}`);
    const innerBody = text.slice(inner.body.start, inner.body.end);
    if (/['"\\]/.test(innerBody)) return refuse(`a replacement field holds a string that cannot change its quotes`);
    const innerDelimiter = inner.triple ? oldQuote.repeat(3) : oldQuote;
    edits.push({ ...inner.opening, text: inner.prefix + innerDelimiter }, { ...inner.closing, text: innerDelimiter });
  }
  outside.push(text.slice(from, field.endIndex));
  if (outside.some((part) => part.includes(target))) return refuse(`a replacement field holds ${target}`);
  return { ok: true, edits };
}

/**
 * Edits that write a docstring in `"""` (PEP 257) with the same value: a triple-quoted
 * one changes its quotes, one in single-character quotes gets triple ones (`'it\'s'`
 * becomes `"""it's"""`). Refused when the text would hold `"""` or end with `"`, and
 * for f-strings and bytes, which are no docstrings.
 */
export function requoteAsTripleDouble(literal: StringLiteral, text: string): Requote {
  if (literal.triple) return requote(literal, text, '"');
  if (literal.formatted || /b/i.test(literal.prefix)) return refuse('an f-string or bytes is no docstring');
  const edits: Edit[] = [
    { ...literal.opening, text: `${literal.prefix}"""` },
    { ...literal.closing, text: '"""' },
  ];
  let result = '';
  for (let index = literal.body.start; index < literal.body.end; index++) {
    const character = text[index] as string;
    // `\'` needs no backslash between triple double quotes; in a raw string it is part
    // of the value and stays.
    if (character === '\\' && !literal.raw && text[index + 1] === "'" && literal.quote === "'") {
      edits.push({ start: index, end: index + 1, text: '' });
      result += "'";
      index++;
    } else if (character === '\\' && index + 1 < literal.body.end) {
      result += character + text[index + 1];
      index++;
    } else {
      result += character;
    }
  }
  if (result.includes('"""')) return refuse('its text holds """');
  if (result.endsWith('"')) return refuse('its text ends with "');
  return { ok: true, edits };
}
