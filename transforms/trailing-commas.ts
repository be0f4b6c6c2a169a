// trailing-commas: a bracketed sequence laid out one element per line ends with a comma
// (so adding an element touches one line), and a sequence on one line does not.
import type { SyntaxNode } from '../src/engine/syntax-tree.js';
import { defineTransform, type Finding } from '../src/engine/types.js';
import { fix, insertAt, remove } from '../src/engine/fixer.js';
import type { SourceFile } from '../src/engine/source.js';
import { bracketedSequence, bracketsOfInterest, SEQUENCE_NODE_TYPES, sequencesOpeningAt, spansLines, type BracketedSequence } from '../src/python/syntax/brackets.js';
import { forLastText } from '../src/python/syntax/text-scan.js';
import { atLeast, targetVersionOption } from '../src/python/conventions/versions.js';

const options = {
  add: {
    type: 'boolean',
    default: true,
    description:
      'Add a comma after the last element when every element and the closing bracket start lines of their own (after a sole element only where the project writes one).',
  },
  remove: {
    type: 'boolean',
    default: true,
    description: 'Remove the comma after the last element when the brackets open and close on one line.',
  },
  'target-version': targetVersionOption(
    'The oldest Python the code must run on. Before 3.6 a definition with *args, **kwargs or a bare * cannot end with a comma; before 3.5 neither can a call with *args or **kwargs.',
  ),
} as const;

/** Node types that make a trailing comma a syntax error in old Pythons, per kind. */
const UNPACKING_IN_DEFINITION = new Set(['list_splat_pattern', 'dictionary_splat_pattern', 'keyword_separator']);
const UNPACKING_IN_CALL = new Set(['list_splat', 'dictionary_splat']);

/**
 * Whether a comma after the only element carries meaning, so that adding or removing
 * it changes the program: `(a,)` is a tuple and `case (a):` a group pattern; `x[a,]`
 * is indexed by a tuple, and so is `list[int,]` in an annotation.
 */
function commaIsMeaningful(sequence: BracketedSequence): boolean {
  if (sequence.elements.length !== 1) return false;
  switch (sequence.node.type) {
    case 'tuple':
    case 'tuple_pattern':
    case 'subscript':
      return true;
    case 'type_parameter':
      // `def f[T]()` and `class C[T]` declare type parameters; `list[int]` inside an
      // annotation (also a type_parameter node) is a subscript.
      return !['function_definition', 'class_definition'].includes(sequence.node.parent?.type ?? '');
    case 'with_clause':
      // A lone parenthesised item: Python 3.9+ reads `with (a,):` as one item, 3.8 (and
      // tree-sitter) as a tuple, so that comma means different things across versions.
      return true;
    default:
      return false;
  }
}

/** A call whose only argument is a bare generator: `f(x for x in y)` takes no comma. */
function isLoneGenerator(sequence: BracketedSequence): boolean {
  const [only] = sequence.elements;
  return sequence.elements.length === 1 && only?.type === 'generator_expression' && only.firstChild?.type !== '(';
}

/** Whether a call or definition holds `*args`, `**kwargs` or a bare `*` (old Pythons reject a comma after them). */
function hasUnpacking(sequence: BracketedSequence): boolean {
  const types = sequence.kind === 'parameters' ? UNPACKING_IN_DEFINITION : sequence.kind === 'call' ? UNPACKING_IN_CALL : null;
  return !!types && sequence.elements.some((element) => types.has(element.type));
}

/** Whether the target version accepts a comma after `*args`/`**kwargs` in this sequence. */
function unpackingAllowsComma(sequence: BracketedSequence, targetVersion: string): boolean {
  if (sequence.kind === 'parameters') {
    return atLeast(targetVersion, '3.6') || !sequence.elements.some((element) => UNPACKING_IN_DEFINITION.has(element.type));
  }
  if (sequence.kind === 'call') {
    return atLeast(targetVersion, '3.5') || !sequence.elements.some((element) => UNPACKING_IN_CALL.has(element.type));
  }
  return true;
}

/**
 * Most sequences sit on one line and end without a comma: rules them out from the text
 * alone, before the tree is asked for every child. On one line nothing but spaces can
 * stand between a trailing comma and the closing bracket, the node's last character.
 */
function isOneLineWithoutTrailingComma(file: SourceFile, node: SyntaxNode): boolean {
  const start = node.startIndex;
  const end = node.endIndex;
  if (file.position(start).line !== file.position(end).line) return false;
  let index = end - 2;
  while (index > start && (file.text[index] === ' ' || file.text[index] === '\t')) index--;
  return file.text[index] !== ',';
}

/**
 * Whether the closing bracket ends the bracket's layout: nothing but a comment, an end
 * of line, or what continues the same expression (`).method(`, `):`, `) -> T:`) follows
 * it. A closing bracket crammed against another (`}})`, `])`) or followed by the next
 * element of an outer bracket (`}, {`) belongs to a hugging layout that neither black
 * nor Ruff writes, and a comma there reads as half a convention.
 */
function closingBracketStandsAlone(file: SourceFile, sequence: BracketedSequence): boolean {
  if (!file.startsLine(sequence.close.startIndex)) return false;
  const rest = file.text.slice(sequence.close.endIndex, file.lineEnd(sequence.close.endIndex)).trimStart();
  if (/^[)\]}]/.test(rest)) return false;
  return !/^,\s*[^\s#]/.test(rest);
}

/**
 * The layout black and Ruff keep a magic trailing comma in: every element starts a line
 * of its own (so none shares the opening bracket's line or another element's line), and
 * the closing bracket stands alone. `f(a,\n  b\n)` and `[\n  a, b,\n  c\n]` are not it.
 */
function laidOutOnePerLine(file: SourceFile, sequence: BracketedSequence): boolean {
  return sequence.elementStarts.every((start) => file.startsLine(start)) && closingBracketStandsAlone(file, sequence);
}

// The text's brackets of interest: `mayFind` reads them before the parse, `find` after.
const startsIn = forLastText(bracketsOfInterest);

function addFinding(last: SyntaxNode): Finding {
  return {
    message: 'add a trailing comma: every element and the closing bracket stand on lines of their own',
    at: last,
    // The comma goes right after the element, so a comment after it keeps its place.
    fix: () => fix('add trailing comma', [insertAt(last.endIndex, ',')]),
  };
}

function removeFinding(sequence: BracketedSequence, last: SyntaxNode, comma: SyntaxNode): Finding {
  return {
    message: 'remove the trailing comma: the brackets open and close on one line',
    at: comma,
    // Everything from the last element to the closing bracket: `f(a, b , )` -> `f(a, b)`.
    fix: () => fix('remove trailing comma', [remove({ start: last.endIndex, end: sequence.close.startIndex })]),
  };
}

export default defineTransform({
  id: 'trailing-commas',
  summary: 'Add a trailing comma to multi-line brackets, remove it from single-line ones',
  suggestion: 1,
  safety: 'safe',
  scope: 'file',
  conventions: ['trailingCommaAfterSoleElement'],
  onePass: true,
  options,
  docs: {
    before: [
      'def connect(',
      '    host,',
      '    port=8080  # the default of the service',
      '):',
      '    return open_socket(host, port,)',
      '',
    ].join('\n'),
    after: [
      'def connect(',
      '    host,',
      '    port=8080,  # the default of the service',
      '):',
      '    return open_socket(host, port)',
      '',
    ].join('\n'),
  },
  // A file without a bracket a comma may be added to or removed from needs no parse.
  mayFind: (text) => startsIn(text)?.length !== 0,
  *find(file, context) {
    const targetVersion = context.options['target-version'];
    const additions: Array<{ sequence: BracketedSequence; last: SyntaxNode }> = [];
    // Exploded calls and definitions with `*args`/`**kwargs`, with and without a comma:
    // a file that has them only without (black with an old target version leaves them
    // so, and a Python 2 compatible project must) keeps them so.
    let unpackingWithComma = 0;
    let unpackingWithout = 0;
    // Only the brackets a comma may be added to or removed from can matter, and the text
    // tells where they are (bracketsOfInterest): the tree is asked for those alone.
    const starts = startsIn(file.text);
    const candidates = starts ? sequencesOpeningAt(file.root, starts) : file.root.descendantsOfType(SEQUENCE_NODE_TYPES as string[]);
    for (const node of candidates) {
      if (isOneLineWithoutTrailingComma(file, node)) continue;
      const sequence = bracketedSequence(node);
      const last = sequence?.elements.at(-1);
      if (!sequence || !last || commaIsMeaningful(sequence)) continue;
      if (sequence.trailingComma) {
        if (spansLines(sequence) && hasUnpacking(sequence)) unpackingWithComma++;
        if (context.options.remove && !spansLines(sequence)) yield removeFinding(sequence, last, sequence.trailingComma);
        continue;
      }
      if (!context.options.add || !spansLines(sequence) || !laidOutOnePerLine(file, sequence)) continue;
      if (hasUnpacking(sequence)) unpackingWithout++;
      // A sole element takes a comma only where the project writes one: most write
      // `call(\n    argument\n)` without (84% and 92% of such calls on two large projects).
      if (sequence.elements.length === 1 && !context.conventions.trailingCommaAfterSoleElement) continue;
      if (isLoneGenerator(sequence) || !unpackingAllowsComma(sequence, targetVersion)) continue;
      additions.push({ sequence, last });
    }
    const unpackingTakesComma = unpackingWithComma > 0;
    for (const { sequence, last } of additions) {
      if (!unpackingTakesComma && hasUnpacking(sequence)) continue;
      yield addFinding(last);
    }
  },
});
