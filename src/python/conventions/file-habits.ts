// What one file shows of its project's habits, read in a single pass over the text (no
// parse: a default run reads every file of the project for this, so it must cost little):
// line lengths, the quotes of plain strings, its docstrings' style and layout, exploded
// brackets with and without a trailing comma, the identifiers its code uses, its logger.
import { classifyDocstring, type DocstringKind } from './docstring-kind.js';
import { loggingHabit, type LoggingHabit } from './logging-habit.js';
import { isThirdPersonVerb, isVerb } from '../words/english.js';
import { stringEnd } from '../syntax/text-scan.js';
import { lineIndexAt } from '../../engine/tree-common.js';

/** The limits Python projects commonly set (PEP 8, Black, and the usual wider ones). */
export const COMMON_LIMITS = [79, 88, 99, 100, 110, 119, 120] as const;

export interface FileHabits {
  /** Lines of code: not inside a triple-quoted string, not a comment alone. */
  lines: number;
  /**
   * For each of COMMON_LIMITS, how many lines of code are longer. Docstrings and comments
   * are left out: formatters do not wrap them, and a project that ignores E501 for a long
   * URL in a docstring still keeps its code to its limit.
   */
  linesOver: number[];
  /** Plain (not triple-quoted) strings whose text leaves the choice of quote free. */
  quotes: { single: number; double: number };
  /**
   * Docstrings of more than one line, by style, and where their summary starts; and of
   * one line of text, whether written on one line (`"""Summary."""`) or as three
   * (absent in older cache entries).
   */
  docstrings: Record<DocstringKind, number> & { summaryOnQuoteLine: number; summaryOnNextLine: number; oneLine?: number; oneLineAsThree?: number };
  /**
   * Docstrings of functions and classes whose summary opens with a verb, by its form:
   * "Return ..." (imperative) or "Returns ..." (third person). Absent in older cache entries.
   */
  summaryMood?: { imperative: number; thirdPerson: number };
  /**
   * Lines of docstrings (of functions, classes and the module), and for each of
   * COMMON_LIMITS how many are longer: the width prose is wrapped at (absent in older cache
   * entries).
   */
  docstringLines?: number;
  docstringLinesOver?: number[];
  /** Exploded brackets (one element per line) by element count and trailing comma. */
  brackets: { soleWithComma: number; soleWithout: number; severalWithComma: number; severalWithout: number };
  /**
   * The distinct identifiers of the code (not strings or comments), keywords excepted:
   * slices of the text, which they keep alive (copy one to keep it, as `countVocabulary`).
   */
  identifiers: string[];
  /** How many times each of `identifiers` occurs, in the same order (absent: once each). */
  identifierUses?: number[];
  logging: LoggingHabit;
  /** Whether the file defines test functions or test case classes. */
  definesTests: boolean;
  /** How the file raises from an exception and catches everything (see `exceptionHabits`). */
  exceptions: ExceptionHabits;
}

export interface ExceptionHabits {
  /** `raise X from e` statements (not `from None`, which only hides a context). */
  raiseFrom: number;
  /** Calls of a chaining helper: `raise_from(`, `raise_(`, `reraise(`. */
  raiseHelpers: number;
  /** A `from __future__ import` of what only Python 2 needs: the file keeps Python 2 working. */
  python2: boolean;
  /** `except:` clauses, and every `except` clause. */
  bareExcepts: number;
  excepts: number;
}

/** Counted on lines, like the rest: a `raise ... from` inside a string is rare enough. */
export function exceptionHabits(text: string): ExceptionHabits {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  // Each pattern is tried at every line start; a plain search of the text for what every
  // match must hold skips most files (a file that never writes `except`, say).
  const excepts = text.includes('except');
  return {
    // On the raise's line, or after the closing bracket of a raise spread over lines.
    raiseFrom:
      text.includes('raise') || /[)\]}][ \t]*from/.test(text) ? count(/^[ \t]*(?:raise\b[^\n#]*|[)\]}]+[ \t]*)\bfrom[ \t]+(?!None\b)[A-Za-z_]\w*[ \t]*(?:#.*)?$/gm) : 0,
    raiseHelpers: text.includes('raise_') || text.includes('reraise(') ? count(/\b(?:raise_from|raise_|reraise)\(/g) : 0,
    python2: text.includes('from __future__ import') && /^from __future__ import [^\n]*\b(?:absolute_import|print_function|unicode_literals|division)\b/m.test(text),
    bareExcepts: excepts ? count(/^[ \t]*except[ \t]*:/gm) : 0,
    excepts: excepts ? count(/^[ \t]*except\b/gm) : 0,
  };
}

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
  'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield', 'print', 'self', 'cls',
]);

/** Keywords after which `(` opens a parenthesised expression, not a call's arguments. */
const EXPRESSION_KEYWORDS = new Set([
  'and', 'as', 'assert', 'await', 'del', 'elif', 'else', 'except', 'for', 'from', 'if', 'in', 'is', 'lambda', 'not', 'or',
  'raise', 'return', 'while', 'with', 'yield', 'case', 'match', 'print',
]);

const STRING_PREFIX = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/;

interface Bracket {
  char: string;
  /** A call, signature, import list or display: a trailing comma there never changes the meaning. */
  counts: boolean;
  /** Nothing but a comment follows the bracket on its line. */
  opensLine: boolean;
  commas: number;
  lastWasComma: boolean;
  comprehension: boolean;
  firstToken: string;
}

function isIdentifierStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code > 127;
}

function isIdentifierPart(code: number): boolean {
  return isIdentifierStart(code) || (code >= 48 && code <= 57);
}

/** The habits one file shows. */
/** What a scan may leave out: the identifiers (for the vocabulary) and the exception habits (logging, `raise from`, bare `except`). */
export interface HabitParts {
  names: boolean;
  exceptions: boolean;
}

const NO_LOGGING: LoggingHabit = { loggerName: null, factory: null, importStatement: null, logs: false };
const NO_EXCEPTIONS: ExceptionHabits = { raiseFrom: 0, raiseHelpers: 0, python2: false, bareExcepts: 0, excepts: 0 };

/** The file's habits; what `parts` leaves out is empty (learnt from no file, it stays at the default). */
export function fileHabits(text: string, parts: HabitParts = { names: true, exceptions: true }): FileHabits {
  const { names } = parts;
  // Each line's start, and its length without its line end (`\n` or `\r\n`): one pass,
  // no string made per line.
  const lineStarts: number[] = [];
  const lineLengths: number[] = [];
  for (let start = 0; ; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    lineStarts.push(start);
    lineLengths.push(end > start && text.charCodeAt(end - 1) === 13 ? end - start - 1 : end - start);
    if (newline < 0) break;
    start = newline + 1;
  }
  const lineAt = (at: number): number => lineIndexAt(lineStarts, at);
  // Lines of prose (inside triple-quoted strings, or a comment alone): not counted.
  const prose = new Uint8Array(lineLengths.length);
  // Per line, bit `position` of COMMON_LIMITS: the line may pass that limit in code kept
  // to it, as Black leaves it: a string too long for a line of its own, or a comment
  // after code that keeps to the limit. Black-formatted code (88) has dozens of such
  // lines, which made Scrapy's limit look like 99 and let renames push code to 95.
  const excused = new Uint8Array(lineLengths.length);
  const excuse = (line: number, fits: (limit: number) => boolean): void => {
    COMMON_LIMITS.forEach((limit, position) => {
      if (fits(limit)) excused[line] = (excused[line] as number) | (1 << position);
    });
  };
  const indentOf = (line: number): number => {
    const start = lineStarts[line] as number;
    let scan = start;
    while (text[scan] === ' ' || text[scan] === '\t') scan++;
    return scan - start;
  };
  const quotes = { single: 0, double: 0 };
  const docstrings = { sphinx: 0, google: 0, numpy: 0, epytext: 0, plain: 0, summaryOnQuoteLine: 0, summaryOnNextLine: 0, oneLine: 0, oneLineAsThree: 0 };
  const summaryMood = { imperative: 0, thirdPerson: 0 };
  let docstringLines = 0;
  const docstringLinesOver = COMMON_LIMITS.map(() => 0);
  const brackets = { soleWithComma: 0, soleWithout: 0, severalWithComma: 0, severalWithout: 0 };
  const identifiers = new Map<string, number>();
  const stack: Bracket[] = [];
  // The logical line: its first word, whether it ended with a colon, and whether a token
  // has been seen on it yet (a string that opens a line after a `def`/`class` header is
  // the docstring).
  let lineFirstWord: string | null = null;
  let lineHasToken = false;
  let lastToken = '';
  let previousHeader = true; // the module's first statement is its docstring
  let index = 0;
  const length = text.length;
  const endLogicalLine = (): void => {
    if (lineHasToken) previousHeader = (lineFirstWord === 'def' || lineFirstWord === 'class' || lineFirstWord === 'async') && lastToken === ':';
    lineFirstWord = null;
    lineHasToken = false;
  };
  const onlyCommentFollows = (from: number): boolean => {
    let scan = from;
    while (scan < length && (text[scan] === ' ' || text[scan] === '\t')) scan++;
    return scan >= length || text[scan] === '\n' || text[scan] === '\r' || text[scan] === '#';
  };
  const startsLine = (at: number): boolean => {
    let scan = at - 1;
    while (scan >= 0 && (text[scan] === ' ' || text[scan] === '\t')) scan--;
    return scan < 0 || text[scan] === '\n';
  };
  const token = (value: string): void => {
    // Not stack[-1] when empty: an index below zero is a property lookup, slow in V8.
    const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
    if (top) {
      if (top.firstToken === '') top.firstToken = value;
      if (value === ',') top.commas++;
      if (value === 'for' && top.commas === 0) top.comprehension = true;
      top.lastWasComma = value === ',';
    }
    if (!lineHasToken) lineFirstWord = value;
    lineHasToken = true;
    lastToken = value;
  };
  while (index < length) {
    const char = text[index] as string;
    const code = text.charCodeAt(index);
    if (char === '#') {
      const line = lineAt(index);
      if (startsLine(index)) prose[line] = 1;
      else {
        let codeEnd = index;
        while (text[codeEnd - 1] === ' ' || text[codeEnd - 1] === '\t') codeEnd--;
        const column = codeEnd - (lineStarts[line] as number);
        excuse(line, (limit) => column <= limit);
      }
      const newline = text.indexOf('\n', index);
      index = newline < 0 ? length : newline;
      continue;
    }
    if (char === '\n') {
      if (stack.length === 0 && text[index - 1] !== '\\') endLogicalLine();
      index++;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r' || char === '\f' || char === '\\') {
      index++;
      continue;
    }
    let prefix = '';
    let quoteAt = -1;
    if (char === '"' || char === "'") quoteAt = index;
    else if (isIdentifierStart(code)) {
      let end = index + 1;
      while (end < length && isIdentifierPart(text.charCodeAt(end))) end++;
      const word = text.slice(index, end);
      if ((text[end] === '"' || text[end] === "'") && STRING_PREFIX.test(word)) {
        prefix = word;
        quoteAt = end;
      } else {
        if (names && !KEYWORDS.has(word) && word.length > 1) identifiers.set(word, (identifiers.get(word) ?? 0) + 1);
        token(word);
        index = end;
        continue;
      }
    }
    if (quoteAt >= 0) {
      const { end, triple } = stringEnd(text, quoteAt);
      const quote = text[quoteAt] as string;
      if (triple) {
        const last = lineAt(end - 1);
        for (let line = lineAt(quoteAt); line <= last; line++) prose[line] = 1;
        if (previousHeader && !lineHasToken && stack.length === 0) {
          const body = text.slice(quoteAt + 3, Math.max(quoteAt + 3, end - 3));
          for (let line = lineAt(quoteAt), last = lineAt(end - 1); line <= last; line++) {
            docstringLines++;
            const width = lineLengths[line] as number;
            COMMON_LIMITS.forEach((limit, position) => {
              if (width > limit) docstringLinesOver[position] = (docstringLinesOver[position] ?? 0) + 1;
            });
          }
          const verb = /^\s*([A-Z][a-z]+)\b(?![.:])/.exec(body)?.[1];
          if (verb && !/^(?:Is|Has|Does|Was|Can|Will|Should|Must)$/.test(verb)) {
            if (isThirdPersonVerb(verb)) summaryMood.thirdPerson++;
            else if (isVerb(verb)) summaryMood.imperative++;
          }
          if (!body.includes('\n')) docstrings.oneLine++;
          else if (/^[ \t]*\r?\n[^\n]*\S[^\n]*\r?\n[ \t]*$/.test(body)) docstrings.oneLineAsThree++;
          if (body.includes('\n') && body.trim().includes('\n')) {
            docstrings[classifyDocstring(body)]++;
            if (/^[ \t]*\S/.test(body)) docstrings.summaryOnQuoteLine++;
            else docstrings.summaryOnNextLine++;
          }
        }
      } else {
        // On a line of its own (a formatter split its bracket), too long for any line;
        // or after code outside brackets (`x = f"..."`), where no formatter can split.
        // After code inside a bracket it counts: a formatter would have split there.
        const line = lineAt(quoteAt);
        const start = quoteAt - prefix.length;
        const width = end - start;
        if (startsLine(start)) excuse(line, (limit) => indentOf(line) + width > limit);
        else if (stack.length === 0) excuse(line, (limit) => start - (lineStarts[line] as number) <= limit);
      }
      if (!triple && !/[fF]/.test(prefix)) {
        const body = text.slice(quoteAt + 1, end - 1);
        if (!body.includes('"') && !body.includes("'")) quotes[quote === "'" ? 'single' : 'double']++;
      }
      token('"');
      index = end;
      continue;
    }
    if (char === '(' || char === '[' || char === '{') {
      const after = lastToken;
      const afterName = /^[A-Za-z_]\w*$/.test(after) || after === ')' || after === ']';
      const counts =
        char === '('
          ? (afterName && !EXPRESSION_KEYWORDS.has(after)) || after === 'import'
          : char === '['
            ? !afterName || EXPRESSION_KEYWORDS.has(after)
            : true;
      token(char);
      stack.push({ char, counts, opensLine: onlyCommentFollows(index + 1), commas: 0, lastWasComma: false, comprehension: false, firstToken: '' });
      index++;
      continue;
    }
    if (char === ')' || char === ']' || char === '}') {
      const bracket = stack.pop();
      if (bracket && bracket.counts && bracket.opensLine && startsLine(index) && !bracket.comprehension && bracket.firstToken !== '' && !bracket.firstToken.startsWith('*')) {
        const elements = bracket.lastWasComma ? bracket.commas : bracket.commas + 1;
        if (elements === 1) brackets[bracket.lastWasComma ? 'soleWithComma' : 'soleWithout']++;
        else if (elements > 1) brackets[bracket.lastWasComma ? 'severalWithComma' : 'severalWithout']++;
      }
      token(char);
      index++;
      continue;
    }
    if (char === '*' && text[index + 1] === '*') {
      token('**');
      index += 2;
      continue;
    }
    token(char);
    index++;
  }
  return {
    lines: lineLengths.length - prose.reduce((sum, flag) => sum + flag, 0),
    linesOver: COMMON_LIMITS.map(
      (limit, position) => lineLengths.filter((length, line) => length > limit && !prose[line] && !((excused[line] as number) & (1 << position))).length,
    ),
    quotes,
    docstrings,
    summaryMood,
    docstringLines,
    docstringLinesOver,
    brackets,
    identifiers: [...identifiers.keys()],
    identifierUses: [...identifiers.values()],
    logging: parts.exceptions ? loggingHabit(text) : NO_LOGGING,
    exceptions: parts.exceptions ? exceptionHabits(text) : NO_EXCEPTIONS,
    definesTests: (text.includes('def test') && /^[ \t]*(?:async[ \t]+)?def test/m.test(text)) || (text.includes('Test') && /^class (?:\w*Test|Test)/m.test(text)),
  };
}
