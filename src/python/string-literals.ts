// The anatomy of a Python string literal (prefix, quote, triple quotes, literal text and
// f-string replacement fields), and how to change its quote without changing its value.
import type { SyntaxNode } from 'tree-sitter';
import type { Edit, Span } from '../engine/types.js';

export type QuoteChar = "'" | '"';

export interface StringLiteral {
  node: SyntaxNode;
  /** `string_start`: the prefix and the opening quote(s). */
  start: SyntaxNode;
  /** `string_end`: the closing quote(s). */
  end: SyntaxNode;
  /** The prefix as written (`''`, `r`, `Rb`, `f`...). */
  prefix: string;
  quote: QuoteChar;
  triple: boolean;
  raw: boolean;
  formatted: boolean;
  /** The f-string replacement fields (`interpolation` nodes), in order. */
  replacementFields: SyntaxNode[];
}

/** Reads a `string` node; null for anything else (or a string tree-sitter could not close). */
export function stringLiteral(node: SyntaxNode): StringLiteral | null {
  if (node.type !== 'string') return null;
  const start = node.firstChild;
  const end = node.lastChild;
  if (start?.type !== 'string_start' || end?.type !== 'string_end') return null;
  const opening = /^([A-Za-z]*)('''|"""|'|")$/.exec(start.text);
  if (!opening) return null;
  const [, prefix = '', delimiter = ''] = opening;
  // tree-sitter sometimes folds the end of a raw string's text into its closing token
  // (`br'\\'` ends with a `string_end` of `\\'`): such a string is left as it is.
  if (end.text !== delimiter) return null;
  const quote = delimiter[0] as QuoteChar;
  const triple = delimiter.length === 3;
  const lowerPrefix = prefix.toLowerCase();
  return {
    node,
    start,
    end,
    prefix,
    quote,
    triple,
    raw: lowerPrefix.includes('r'),
    formatted: lowerPrefix.includes('f'),
    replacementFields: node.namedChildren.filter((child) => child.type === 'interpolation'),
  };
}

/** The text between the quotes. */
export function bodySpan(literal: StringLiteral): Span {
  return { start: literal.start.endIndex, end: literal.end.startIndex };
}

/** The literal parts of the body: everything between the quotes but the replacement fields. */
export function literalSpans(literal: StringLiteral): Span[] {
  const spans: Span[] = [];
  let from = literal.start.endIndex;
  for (const field of literal.replacementFields) {
    if (field.startIndex > from) spans.push({ start: from, end: field.startIndex });
    from = field.endIndex;
  }
  if (literal.end.startIndex > from) spans.push({ start: from, end: literal.end.startIndex });
  return spans;
}

/** Whether `node` sits inside an f-string's replacement field (its own rules apply there). */
export function isInReplacementField(node: SyntaxNode): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'interpolation') return true;
  }
  return false;
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
    { start: literal.start.startIndex, end: literal.start.endIndex, text: literal.prefix + delimiter },
    { start: literal.end.startIndex, end: literal.end.endIndex, text: delimiter },
  ];
  if (literal.triple) {
    const body = text.slice(literal.start.endIndex, literal.end.startIndex);
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
    const inner = stringLiteral(nested);
    if (!inner) return refuse('a replacement field holds a string tree-sitter could not read');
    if (inner.quote !== target) continue;
    // A triple-quoted f-string keeps its fields as they are: flipping nested strings
    // there gains nothing a reader would notice.
    if (literal.triple) return refuse(`a replacement field holds ${target}`);
    const innerBody = text.slice(inner.start.endIndex, inner.end.startIndex);
    if (/['"\\]/.test(innerBody)) return refuse(`a replacement field holds a string that cannot change its quotes`);
    const innerDelimiter = inner.triple ? oldQuote.repeat(3) : oldQuote;
    edits.push(
      { start: inner.start.startIndex, end: inner.start.endIndex, text: inner.prefix + innerDelimiter },
      { start: inner.end.startIndex, end: inner.end.endIndex, text: innerDelimiter },
    );
  }
  outside.push(text.slice(from, field.endIndex));
  if (outside.some((part) => part.includes(target))) return refuse(`a replacement field holds ${target}`);
  return { ok: true, edits };
}
