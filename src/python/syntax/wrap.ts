// Re-wrapping bracketed text to fit the line limit, the way the file already wraps its
// brackets: a hanging indent (the bracket ends its line, elements on the next lines) or
// elements aligned with the opening bracket. Transforms that make a line longer (a
// `from e`, a longer name, a new helper's signature) use it so that the line gate need
// not drop their fix; when nothing fits, they leave the line alone and the gate drops it.
import type { SourceFile } from '../../engine/source.js';
import type { Edit } from '../../engine/types.js';
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import { measureLine } from '../../engine/line-gate.js';
import { bracketedSequence } from './brackets.js';

/** How a file wraps its brackets, learnt from the brackets it already spreads over lines. */
export interface WrapLayout {
  /** `hanging`: `call(` ends the line; `aligned`: elements line up after the bracket. */
  style: 'hanging' | 'aligned';
  /** The extra indent of a hanging element line (relative to the statement). */
  unit: string;
  /** Whether a hanging bracket closes on a line of its own (black's layout). */
  closingOnOwnLine: boolean;
  /** Whether an element per line ends with a comma before the closing bracket. */
  trailingComma: boolean;
}

const SEQUENCES = ['argument_list', 'parameters', 'list', 'dictionary', 'set', 'tuple'];
const learnt = new WeakMap<SourceFile, WrapLayout>();

function indentOfLine(file: SourceFile, index: number): string {
  return file.indentAt(index);
}

/** The layout the file's own multi-line brackets use (PEP 8's hanging indent when it has none). */
export function learnWrapLayout(file: SourceFile): WrapLayout {
  const known = learnt.get(file);
  if (known) return known;
  let hanging = 0;
  let aligned = 0;
  let ownLine = 0;
  let sharedLine = 0;
  let commas = 0;
  let noCommas = 0;
  const units = new Map<string, number>();
  for (const node of file.root.descendantsOfType(SEQUENCES)) {
    const sequence = bracketedSequence(node);
    if (!sequence || sequence.elements.length === 0) continue;
    const { open, close, elements } = sequence;
    const openLine = file.lineStart(open.startIndex);
    if (file.lineStart(close.startIndex) === openLine) continue;
    const first = elements[0] as SyntaxNode;
    if (file.lineStart(first.startIndex) !== openLine) {
      hanging++;
      const statementIndent = indentOfLine(file, open.startIndex);
      const elementIndent = indentOfLine(file, first.startIndex);
      if (elementIndent.startsWith(statementIndent) && elementIndent.length > statementIndent.length) {
        const unit = elementIndent.slice(statementIndent.length);
        units.set(unit, (units.get(unit) ?? 0) + 1);
      }
      if (file.startsLine(close.startIndex)) ownLine++;
      else sharedLine++;
      if (file.startsLine(close.startIndex) && elements.length > 1) {
        if (sequence.trailingComma) commas++;
        else noCommas++;
      }
    } else {
      const second = elements.find((element) => file.lineStart(element.startIndex) !== openLine);
      if (second && second.startIndex - file.lineStart(second.startIndex) === open.endIndex - openLine) aligned++;
    }
  }
  const unit = [...units].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '    ';
  const layout: WrapLayout = {
    style: aligned > hanging ? 'aligned' : 'hanging',
    unit,
    closingOnOwnLine: ownLine >= sharedLine,
    trailingComma: commas > noCommas,
  };
  learnt.set(file, layout);
  return layout;
}

/** What to lay out: `head(items)tail`, starting at the beginning of a line. */
export interface WrapRequest {
  /** The text before the opening bracket on its line, indentation included (`    raise Error`). */
  head: string;
  open: '(' | '[' | '{';
  /** The elements, each on one line (`name`, `key=value`). */
  items: readonly string[];
  close: ')' | ']' | '}';
  /** What follows the closing bracket on its line (` from error`, `:`, ` -> int:`). */
  tail: string;
  limit: number;
  eol: string;
}

function fits(lines: readonly string[], limit: number): boolean {
  return lines.every((line) => measureLine(line) <= limit);
}

/** Packs items greedily onto lines of at most `limit`, each line starting with `prefix`. */
function pack(items: readonly string[], prefix: string, firstPrefix: string, limit: number, lastSuffix: string): string[] {
  const lines: string[] = [];
  let line = firstPrefix;
  let empty = true;
  items.forEach((item, index) => {
    const piece = `${item}${index < items.length - 1 ? ',' : lastSuffix}`;
    const candidate = empty ? `${line}${piece}` : `${line} ${piece}`;
    if (!empty && measureLine(candidate) > limit) {
      lines.push(line);
      line = `${prefix}${piece}`;
    } else {
      line = candidate;
    }
    empty = false;
  });
  lines.push(line);
  return lines;
}

/** A compound statement's header (`def f(`, `if x(`): its hanging elements take a double indent. */
function opensBlock(head: string): boolean {
  return /^\s*(async\s+)?(def|class|if|elif|while|for|with)\b/.test(head);
}

/**
 * The text of `head(items)tail` laid out to fit `limit`, in the file's manner: on one line
 * when it fits, else aligned or hanging as `layout` says, packing elements onto as few
 * lines as fit, one per line as a last resort. Null when no layout fits (an element alone
 * is too long, or an element spans lines): leave the text as it was.
 */
export function wrapBracketed(request: WrapRequest, layout: WrapLayout): string | null {
  const { head, open, items, close, tail, limit, eol } = request;
  if (items.some((item) => item.includes('\n'))) return null;
  const single = `${head}${open}${items.join(', ')}${close}${tail}`;
  if (fits([single], limit)) return single;
  if (items.length === 0) return null;
  const indent = /^[ \t]*/.exec(head)?.[0] ?? '';
  if (layout.style === 'aligned') {
    const column = ' '.repeat(measureLine(head) + 1);
    const lines = pack(items, column, `${head}${open}`, limit, `${close}${tail}`);
    if (fits(lines, limit)) return lines.join(eol);
  }
  const closing = layout.closingOnOwnLine;
  const unit = !closing && opensBlock(head) ? layout.unit + layout.unit : layout.unit;
  const inner = `${indent}${unit}`;
  const closeLine = `${indent}${close}${tail}`;
  const joined = `${inner}${items.join(', ')}${closing ? '' : `${close}${tail}`}`;
  const oneInner = closing ? [`${head}${open}`, joined, closeLine] : [`${head}${open}`, joined];
  if (fits(oneInner, limit)) return oneInner.join(eol);
  const packed = pack(items, inner, inner, limit, closing ? '' : `${close}${tail}`);
  const lines = [`${head}${open}`, ...packed, ...(closing ? [closeLine] : [])];
  if (fits(lines, limit)) return lines.join(eol);
  if (!closing) return null;
  const comma = layout.trailingComma ? ',' : '';
  const each = [`${head}${open}`, ...items.map((item, index) => `${inner}${item}${index < items.length - 1 ? ',' : comma}`), closeLine];
  return fits(each, limit) ? each.join(eol) : null;
}

/**
 * An edit that re-wraps the bracketed sequence `node` (a call's arguments, parameters, a
 * list...) with `tail` added after its closing bracket, so that its lines fit `limit`;
 * null when the sequence holds a comment, an element spans lines, or nothing fits. The
 * edit spans from the start of the bracket's line to the end of the closing bracket's line.
 */
export function rewrapSequence(file: SourceFile, node: SyntaxNode, tail: string, limit: number): Edit | null {
  const sequence = bracketedSequence(node);
  if (!sequence) return null;
  const { open, close, elements } = sequence;
  const inside = file.text.slice(open.endIndex, close.startIndex);
  if (/#/.test(inside.replace(/(['"])(?:\\.|(?!\1).)*\1/g, '')) || /\\\r?\n/.test(inside)) return null;
  const start = file.lineStart(open.startIndex);
  const end = file.lineEnd(close.endIndex);
  const rest = file.text.slice(close.endIndex, end);
  const text = wrapBracketed(
    {
      head: file.text.slice(start, open.startIndex),
      open: open.type as WrapRequest['open'],
      items: elements.map((element) => file.slice(element)),
      close: close.type as WrapRequest['close'],
      tail: `${tail}${rest}`,
      limit,
      eol: file.eol,
    },
    learnWrapLayout(file),
  );
  return text === null ? null : { start, end, text };
}
