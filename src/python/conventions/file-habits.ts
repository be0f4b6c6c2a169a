// What one file shows of its project's habits, read in a single pass over the text (no
// parse: a default run reads every file of the project for this, so it must cost little):
// line lengths, the quotes of plain strings, its docstrings' style and layout, exploded
// brackets with and without a trailing comma, the identifiers its code uses, its logger.
// A run that needs neither the docstrings nor the names reads the rest faster (`lineHabits`).
import { classifyDocstring, type DocstringKind } from './docstring-kind.js';
import { loggingHabit, type LoggingHabit } from './logging-habit.js';
import { isThirdPersonVerb, isVerb } from '../words/english.js';
import { CHARACTER_CLASS, NAME_PART, NAME_START } from '../syntax/characters.js';
import { isCodeSpace, startsLine, stringEnd } from '../syntax/text-scan.js';
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
   * slices of the text, which they keep alive (copy one to keep it, as `VocabularyCounter` does).
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
  /** A call, signature, import list or display: a trailing comma there never changes the meaning. */
  counts: boolean;
  /** Nothing but a comment follows the bracket on its line. */
  opensLine: boolean;
  commas: number;
  lastWasComma: boolean;
  comprehension: boolean;
  firstToken: string;
}

/**
 * A file's lines as the line-length habit reads them: each line's start and length
 * (without its line end, `\n` or `\r\n`), which are prose (inside triple-quoted strings,
 * or a comment alone: not counted), and per line, bit `position` of COMMON_LIMITS when
 * the line may pass that limit in code kept to it, as Black leaves it: a string too long
 * for a line of its own, or a comment after code that keeps to the limit. Black-formatted
 * code (88) has dozens of such lines, which made Scrapy's limit look like 99 and let
 * renames push code to 95.
 */
class LineTable {
  readonly starts: number[] = [];
  readonly lengths: number[] = [];
  private readonly prose: Uint8Array;
  private readonly excused: Uint8Array;

  constructor(private readonly text: string) {
    // One pass, no string made per line.
    for (let start = 0; ; ) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      this.starts.push(start);
      this.lengths.push(end > start && text.charCodeAt(end - 1) === 13 ? end - start - 1 : end - start);
      if (newline < 0) break;
      start = newline + 1;
    }
    this.prose = new Uint8Array(this.lengths.length);
    this.excused = new Uint8Array(this.lengths.length);
  }

  lineAt(at: number): number {
    return lineIndexAt(this.starts, at);
  }

  startsLine(at: number): boolean {
    return startsLine(this.text, at);
  }

  private excuse(line: number, fits: (limit: number) => boolean): void {
    COMMON_LIMITS.forEach((limit, position) => {
      if (fits(limit)) this.excused[line] = (this.excused[line] as number) | (1 << position);
    });
  }

  /** A comment at `at`: prose alone on its line, else an excuse for the limits the code before it keeps to. */
  comment(at: number): void {
    const line = this.lineAt(at);
    if (this.startsLine(at)) {
      this.prose[line] = 1;
      return;
    }
    let codeEnd = at;
    while (this.text[codeEnd - 1] === ' ' || this.text[codeEnd - 1] === '\t') codeEnd--;
    const column = codeEnd - (this.starts[line] as number);
    this.excuse(line, (limit) => column <= limit);
  }

  /** A triple-quoted string from its opening quote to `end`: its lines are prose. */
  tripleQuoted(quoteAt: number, end: number): void {
    const last = this.lineAt(end - 1);
    for (let line = this.lineAt(quoteAt); line <= last; line++) this.prose[line] = 1;
  }

  /**
   * A string on one line, from its prefix at `start` to `end`: on a line of its own (a
   * formatter split its bracket), it excuses the limits it is too long for; after code
   * outside brackets (`x = f"..."`), where no formatter can split, those the code before
   * it keeps to. After code inside a bracket it counts: a formatter would have split there.
   */
  oneLineString(start: number, end: number, insideBrackets: boolean): void {
    const line = this.lineAt(start);
    const width = end - start;
    if (this.startsLine(start)) {
      const lineStart = this.starts[line] as number;
      let scan = lineStart;
      while (this.text[scan] === ' ' || this.text[scan] === '\t') scan++;
      const indent = scan - lineStart;
      this.excuse(line, (limit) => indent + width > limit);
    } else if (!insideBrackets) this.excuse(line, (limit) => start - (this.starts[line] as number) <= limit);
  }

  /** Lines of code: not prose. */
  codeLines(): number {
    return this.lengths.length - this.prose.reduce((sum, flag) => sum + flag, 0);
  }

  /** For each of COMMON_LIMITS, the lines of code longer than it that are not excused. */
  linesOver(): number[] {
    return COMMON_LIMITS.map(
      (limit, position) => this.lengths.filter((length, line) => length > limit && !this.prose[line] && !((this.excused[line] as number) & (1 << position))).length,
    );
  }
}

/** A string's prefix (`r`, `rb`, `f`...) ending at `quoteAt`: the word there, if it is one (`rb'` yes, `x'` no). */
function prefixBefore(text: string, quoteAt: number): string {
  let start = quoteAt;
  while (start > 0 && (CHARACTER_CLASS[text.charCodeAt(start - 1)]! & NAME_PART) !== 0) start--;
  // A word does not start with a digit: `2rb'x'` is `2` then a string with its prefix.
  while (start < quoteAt && isDigit(text.charCodeAt(start))) start++;
  const word = text.slice(start, quoteAt);
  return STRING_PREFIX.test(word) ? word : '';
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The characters where a line habit may change: comments, strings, brackets. */
const LINE_HABIT_CHARACTERS = /[#'"([{)\]}]/g;

/** The habits read token by token, none seen yet: what `fileHabits` counts from, and all `lineHabits` has of them. */
function emptyTokenHabits() {
  return {
    quotes: { single: 0, double: 0 },
    docstrings: { sphinx: 0, google: 0, numpy: 0, epytext: 0, plain: 0, summaryOnQuoteLine: 0, summaryOnNextLine: 0, oneLine: 0, oneLineAsThree: 0 },
    summaryMood: { imperative: 0, thirdPerson: 0 },
    docstringLines: 0,
    docstringLinesOver: COMMON_LIMITS.map(() => 0),
    brackets: { soleWithComma: 0, soleWithout: 0, severalWithComma: 0, severalWithout: 0 },
  };
}

/**
 * What a file shows of its line length (and whether it defines tests), without reading
 * its code token by token: the search jumps from one comment, string or bracket to the
 * next. With `tokens`, also the quotes of its strings and its exploded brackets, which
 * it reads token by token only inside a bracket that opens a line; with `docstrings`,
 * its docstrings too. Its names are left empty, and what it is not asked for. For a run
 * whose transforms read no names (renames, test names, helpers; trailing commas;
 * quotes): the same counts as `fileHabits`, in a fraction of its time.
 */
export function lineHabits(text: string, parts: Pick<HabitParts, 'exceptions'> & { tokens?: boolean; docstrings?: boolean } = { exceptions: false }): FileHabits {
  const table = new LineTable(text);
  const habits = emptyTokenHabits();
  const tokens = parts.tokens === true || parts.docstrings === true ? new TokenReader(text, habits.brackets) : null;
  const headers = parts.docstrings === true ? new HeaderFinder(text) : null;
  let docstringLines = 0;
  const search = LINE_HABIT_CHARACTERS;
  search.lastIndex = 0;
  let depth = 0;
  // test(), not exec(): no match object for each of a file's thousands of brackets and
  // quotes (a twentieth of what a rename's run allocated); every match is one character.
  while (search.test(text)) {
    const at = search.lastIndex - 1;
    const char = text[at];
    const prefix = char === '"' || char === "'" ? prefixBefore(text, at) : '';
    tokens?.codeBefore(at - prefix.length);
    if (char === '#') {
      table.comment(at);
      const newline = text.indexOf('\n', at);
      search.lastIndex = newline < 0 ? text.length : newline;
    } else if (char === '(' || char === '[' || char === '{') {
      tokens?.open(char, at);
      if (depth === 0) headers?.outerBracketOpened(at);
      depth++;
    } else if (char === ')' || char === ']' || char === '}') {
      tokens?.close(char, at, table.startsLine(at));
      if (depth === 1) headers?.outerBracketClosed(at);
      depth = Math.max(0, depth - 1);
    } else {
      const { end, triple } = stringEnd(text, at);
      if (triple) {
        table.tripleQuoted(at, end);
        if (headers && tokens && depth === 0 && tokens.startsLogicalLine(at - prefix.length) && tokens.followsHeader(headers)) {
          docstringLines += countDocstring(text, table, at, end, habits);
        }
      } else table.oneLineString(at - prefix.length, end, depth > 0);
      if (tokens) {
        if (!triple && !/[fF]/.test(prefix)) {
          const body = text.slice(at + 1, end - 1);
          if (!body.includes('"') && !body.includes("'")) habits.quotes[char === "'" ? 'single' : 'double']++;
        }
        tokens.token('"', end);
      }
      search.lastIndex = end;
    }
    tokens?.skipTo(search.lastIndex);
  }
  return {
    lines: table.codeLines(),
    linesOver: table.linesOver(),
    ...habits,
    docstringLines,
    identifiers: [],
    identifierUses: [],
    logging: parts.exceptions ? loggingHabit(text) : NO_LOGGING,
    exceptions: parts.exceptions ? exceptionHabits(text) : NO_EXCEPTIONS,
    definesTests: definesTests(text),
  };
}

/** A bracket no count can come from (see `TokenReader.open`): one object for all of them. */
const NOT_COUNTED: Bracket = { counts: false, opensLine: false, commas: 0, lastWasComma: false, comprehension: false, firstToken: '' };

/**
 * The tokens of `lineHabits`, read as `fileHabits` reads them where a count depends on
 * them: told each bracket, string and stretch of code between them, it reads the tokens
 * of that code only inside a bracket that opens a line (its exploded brackets' elements),
 * and the last token only when it is asked for (is a bracket a call's, does a docstring
 * follow a header).
 */
class TokenReader {
  private readonly stack: Bracket[] = [];
  /** The last token: the code from `lastFrom` to `lastTo` ends with it, or (`lastFrom` -1) it was `lastMatched`, which ended at `lastMatchedEnd` (-1: no token yet). */
  private lastMatched = '';
  private lastMatchedEnd = -1;
  private lastFrom = -1;
  private lastTo = -1;
  /** Where the code not yet read starts. */
  private after = 0;

  constructor(
    private readonly text: string,
    private readonly brackets: FileHabits['brackets'],
  ) {}

  skipTo(at: number): void {
    this.after = at;
  }

  /** The code from the last bracket, string or comment to `to`: names, numbers, operators. */
  codeBefore(to: number): void {
    const { text } = this;
    let start = this.after;
    while (start < to && isCodeSpace(text[start])) start++;
    if (start >= to) return;
    const top = this.stack.length > 0 ? this.stack[this.stack.length - 1] : undefined;
    if (top?.counts && top.opensLine) readElements(text, start, to, top);
    this.lastFrom = start;
    this.lastTo = to;
  }

  /** A bracket or string (`"`) matched by the search, ending at `end`. */
  token(value: string, end: number): void {
    const top = this.stack.length > 0 ? this.stack[this.stack.length - 1] : undefined;
    if (top?.counts && top.opensLine) {
      if (top.firstToken === '') top.firstToken = value;
      top.lastWasComma = false;
    }
    this.lastMatched = value;
    this.lastMatchedEnd = end;
    this.lastFrom = -1;
  }

  /**
   * Whether a token at `at`, outside brackets, is the first of its logical line: no token
   * before it, or a line end between the last one and it (not after a backslash, as
   * `fileHabits` reads them).
   */
  startsLogicalLine(at: number): boolean {
    const { text } = this;
    const end = this.lastFrom < 0 ? this.lastMatchedEnd : lastTokenIn(text, this.lastFrom, this.lastTo)[1];
    if (end < 0) return true;
    for (let newline = text.indexOf('\n', end); newline !== -1 && newline < at; newline = text.indexOf('\n', newline + 1)) {
      if (text[newline - 1] !== '\\') return true;
    }
    return false;
  }

  /**
   * Whether the logical line before the current one was a header, as `fileHabits` reads
   * one: its first token `def`, `class` or `async`, its last `:`. Before any token, the
   * module's docstring may come: true.
   */
  followsHeader(headers: HeaderFinder): boolean {
    if (this.lastFrom < 0) return this.lastMatchedEnd < 0;
    const [start, end] = lastTokenIn(this.text, this.lastFrom, this.lastTo);
    return end - start === 1 && this.text[start] === ':' && headers.endsHeader(start);
  }

  open(char: string, at: number): void {
    const { text } = this;
    // Most brackets close on the line they open: no count, and no need to know what they follow.
    if (!onlyCommentFollows(text, at + 1)) {
      this.token(char, at + 1);
      this.stack.push(NOT_COUNTED);
      return;
    }
    // What the token before it is: a name (a keyword among them), a closing bracket, other.
    let afterName = false;
    let word = '';
    if (this.lastFrom < 0) afterName = this.lastMatched === ')' || this.lastMatched === ']';
    else {
      const [start, end] = lastTokenIn(text, this.lastFrom, this.lastTo);
      afterName = isAsciiName(text, start, end);
      // No keyword is longer than six letters: most names need no string made.
      if (afterName && end - start <= 6) word = text.slice(start, end);
    }
    const counts = bracketCounts(char, afterName, word);
    this.token(char, at + 1);
    this.stack.push(counts ? { counts, opensLine: true, commas: 0, lastWasComma: false, comprehension: false, firstToken: '' } : NOT_COUNTED);
  }

  close(char: string, at: number, startsLine: boolean): void {
    const bracket = this.stack.pop();
    if (bracket) countExploded(bracket, startsLine, this.brackets);
    this.token(char, at + 1);
  }
}

/** The words a header opens with, as `fileHabits` reads one (`async with` too); they must open a line. */
const HEADER_WORD = /\b(?:def|class|async)\b/g;

/**
 * The lines that open with `def`, `class` or `async`, found as far as asked (each
 * question asks of a later colon than the one before), and whether the logical line the
 * last of them opens goes on to a colon.
 */
class HeaderFinder {
  /** Where each keyword found so far starts. */
  private readonly starts: number[] = [];
  private readonly search = new RegExp(HEADER_WORD.source, HEADER_WORD.flags);
  private next: number | null | undefined;
  /** Where each bracket opened outside brackets opens and closes, in order, as the scan meets them. */
  private readonly opens: number[] = [];
  private readonly closes: number[] = [];

  constructor(private readonly text: string) {}

  outerBracketOpened(at: number): void {
    this.opens.push(at);
  }

  outerBracketClosed(at: number): void {
    this.closes.push(at);
  }

  /** Whether `at` lies inside a bracket (of those met so far): a line there continues another. */
  private insideBrackets(at: number): boolean {
    const { opens, closes } = this;
    let low = 0;
    let high = opens.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((opens[middle] as number) < at) low = middle + 1;
      else high = middle;
    }
    return low > 0 && at < (closes[low - 1] ?? Infinity);
  }

  /** The next of the words with nothing but spaces and tabs before it on its line, or null. */
  private nextAtLineStart(): number | null {
    const { text, search } = this;
    while (search.test(text)) {
      const at = search.lastIndex - (text[search.lastIndex - 1] === 'f' ? 3 : 5);
      let before = at;
      while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
      if (before === 0 || text[before - 1] === '\n') return at;
    }
    return null;
  }

  /** Whether the `:` at `colon`, outside brackets, ends a logical line that opens with `def`, `class` or `async`. */
  endsHeader(colon: number): boolean {
    for (;;) {
      if (this.next === undefined) this.next = this.nextAtLineStart();
      if (this.next === null || this.next >= colon) break;
      this.starts.push(this.next);
      this.next = undefined;
    }
    // The latest such line opens the colon's logical line, unless it continues a line
    // inside brackets and only opens with one of the words (`async=True` in Python 2
    // code): then an earlier one does.
    for (let index = this.starts.length - 1; index >= 0; index--) {
      const start = this.starts[index] as number;
      if (this.insideBrackets(start)) continue;
      return sameLogicalLine(this.text, start, colon);
    }
    return false;
  }
}

/**
 * Whether the logical line that starts at `from` goes on to `to`: no line end outside
 * brackets, strings and comments (and not after a backslash) comes between them. A
 * bracket closed that did not open is passed over, as `fileHabits` does.
 */
function sameLogicalLine(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let at = from; at < to; at++) {
    const char = text[at];
    if (char === '#') {
      const newline = text.indexOf('\n', at);
      if (newline < 0) return false;
      at = newline - 1;
    } else if (char === '"' || char === "'") at = stringEnd(text, at).end - 1;
    else if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') depth = Math.max(0, depth - 1);
    else if (char === '\n' && depth === 0 && text[at - 1] !== '\\') return false;
  }
  return true;
}

/**
 * Whether a docstring's body is one line of text between the quotes' lines:
 * `/^[ \t]*\r?\n[^\n]*\S[^\n]*\r?\n[ \t]*$/`, without the backtracking that pattern
 * does over a long line (a fifth of the docstrings' scan of Twisted).
 */
function isOneLineAsThree(body: string): boolean {
  const first = body.indexOf('\n');
  const second = first < 0 ? -1 : body.indexOf('\n', first + 1);
  if (second < 0 || body.indexOf('\n', second + 1) >= 0) return false;
  return /^[ \t]*\r?$/.test(body.slice(0, first)) && /\S/.test(body.slice(first + 1, second)) && /^[ \t]*$/.test(body.slice(second + 1));
}

/**
 * Counts a docstring from its opening quotes at `quoteAt` to `end`: its style and layout,
 * the mood of its summary, its lines over each common limit. Returns its lines.
 */
function countDocstring(text: string, table: LineTable, quoteAt: number, end: number, habits: ReturnType<typeof emptyTokenHabits>): number {
  const { docstrings, summaryMood, docstringLinesOver } = habits;
  const body = text.slice(quoteAt + 3, Math.max(quoteAt + 3, end - 3));
  let lines = 0;
  for (let line = table.lineAt(quoteAt), last = table.lineAt(end - 1); line <= last; line++) {
    lines++;
    const width = table.lengths[line] as number;
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
  else if (isOneLineAsThree(body)) docstrings.oneLineAsThree++;
  if (body.includes('\n') && body.trim().includes('\n')) {
    docstrings[classifyDocstring(body)]++;
    if (/^[ \t]*\S/.test(body)) docstrings.summaryOnQuoteLine++;
    else docstrings.summaryOnNextLine++;
  }
  return lines;
}

/**
 * Counts a bracket just closed when it is exploded: a call's, signature's, import list's
 * or display's that opens a line and closes at the start of one, with elements (not a
 * comprehension, not only `*args`), by their number and whether a comma ends them.
 */
function countExploded(bracket: Bracket, closeStartsLine: boolean, brackets: FileHabits['brackets']): void {
  if (!bracket.counts || !bracket.opensLine || !closeStartsLine || bracket.comprehension || bracket.firstToken === '' || bracket.firstToken.startsWith('*')) return;
  const elements = bracket.lastWasComma ? bracket.commas : bracket.commas + 1;
  if (elements === 1) brackets[bracket.lastWasComma ? 'soleWithComma' : 'soleWithout']++;
  else if (elements > 1) brackets[bracket.lastWasComma ? 'severalWithComma' : 'severalWithout']++;
}

/**
 * Whether a bracket's elements tell the trailing-comma habit: a call's arguments (after a
 * name or a closing bracket, not after a keyword), an import list, a display (`[` not
 * after a name, `{`); not a parenthesised expression nor a subscript. `after` is the
 * token before it (a name only when `afterName`).
 */
function bracketCounts(char: string, afterName: boolean, after: string): boolean {
  if (char === '(') return (afterName && !EXPRESSION_KEYWORDS.has(after)) || after === 'import';
  if (char === '[') return !afterName || EXPRESSION_KEYWORDS.has(after);
  return true;
}

/** Whether only spaces, then an end of line or a comment, follow `from`. */
function onlyCommentFollows(text: string, from: number): boolean {
  let scan = from;
  while (scan < text.length && (text[scan] === ' ' || text[scan] === '\t')) scan++;
  return scan >= text.length || text[scan] === '\n' || text[scan] === '\r' || text[scan] === '#';
}

/** Where the token that starts at `at` (not a space) ends, as `fileHabits` reads tokens: a name, `**`, or one character. */
function tokenEnd(text: string, at: number, to: number): number {
  if ((CHARACTER_CLASS[text.charCodeAt(at)]! & NAME_START) !== 0) {
    let end = at + 1;
    while (end < to && (CHARACTER_CLASS[text.charCodeAt(end)]! & NAME_PART) !== 0) end++;
    return end;
  }
  return text[at] === '*' && text[at + 1] === '*' && at + 1 < to ? at + 2 : at + 1;
}

/** Where the last token of the code from `from` to `to` (not all spaces) starts and ends. */
function lastTokenIn(text: string, from: number, to: number): [number, number] {
  let end = to;
  while (end > from && isCodeSpace(text[end - 1])) end--;
  if ((CHARACTER_CLASS[text.charCodeAt(end - 1)]! & NAME_PART) === 0) return [end - 1, end];
  // A run of name characters: a name from its first letter, each digit before it a token.
  let start = end - 1;
  while (start > from && (CHARACTER_CLASS[text.charCodeAt(start - 1)]! & NAME_PART) !== 0) start--;
  while (start < end && isDigit(text.charCodeAt(start))) start++;
  return start < end ? [start, end] : [end - 1, end];
}

/** Whether the text from `start` to `end` is an ASCII name (`/^[A-Za-z_]\w*$/`). */
function isAsciiName(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
    if (!letter && (at === start || code < 48 || code > 57)) return false;
  }
  return true;
}

/** The tokens of the code from `from` (not a space) to `to` in a bracket that opens a line: its commas, a comprehension's `for`. */
function readElements(text: string, from: number, to: number, bracket: Bracket): void {
  for (let at = from; at < to; ) {
    if (isCodeSpace(text[at])) {
      at++;
      continue;
    }
    const end = tokenEnd(text, at, to);
    // Only whether there is a first token, and whether it is `*` or `**`, counts.
    if (bracket.firstToken === '') bracket.firstToken = text[at] as string;
    const comma = text[at] === ',';
    if (comma) bracket.commas++;
    else if (bracket.commas === 0 && end - at === 3 && text.startsWith('for', at)) bracket.comprehension = true;
    bracket.lastWasComma = comma;
    at = end;
  }
}

/** Whether the file defines test functions or test case classes. */
function definesTests(text: string): boolean {
  return (text.includes('def test') && /^[ \t]*(?:async[ \t]+)?def test/m.test(text)) || (text.includes('Test') && /^class (?:\w*Test|Test)/m.test(text));
}

/** What a scan may leave out: the identifiers (for the vocabulary) and the exception habits (logging, `raise from`, bare `except`). */
export interface HabitParts {
  names: boolean;
  exceptions: boolean;
}

const NO_LOGGING: LoggingHabit = { loggerName: null, factory: null, importStatement: null, logs: false };
const NO_EXCEPTIONS: ExceptionHabits = { raiseFrom: 0, raiseHelpers: 0, python2: false, bareExcepts: 0, excepts: 0 };

/** The habits one file shows; what `parts` leaves out is empty (learnt from no file, it stays at the default). */
export function fileHabits(text: string, parts: HabitParts = { names: true, exceptions: true }): FileHabits {
  const { names } = parts;
  const table = new LineTable(text);
  const tokenHabits = emptyTokenHabits();
  const { quotes, docstrings, summaryMood, docstringLinesOver, brackets } = tokenHabits;
  let docstringLines = 0;
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
  const startsLine = (at: number): boolean => table.startsLine(at);
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
      table.comment(index);
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
    else if ((CHARACTER_CLASS[code]! & NAME_START) !== 0) {
      let end = index + 1;
      while (end < length && (CHARACTER_CLASS[text.charCodeAt(end)]! & NAME_PART) !== 0) end++;
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
        table.tripleQuoted(quoteAt, end);
        if (previousHeader && !lineHasToken && stack.length === 0) docstringLines += countDocstring(text, table, quoteAt, end, tokenHabits);
      } else table.oneLineString(quoteAt - prefix.length, end, stack.length > 0);
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
      const counts = bracketCounts(char, /^[A-Za-z_]\w*$/.test(after) || after === ')' || after === ']', after);
      token(char);
      stack.push({ counts, opensLine: onlyCommentFollows(text, index + 1), commas: 0, lastWasComma: false, comprehension: false, firstToken: '' });
      index++;
      continue;
    }
    if (char === ')' || char === ']' || char === '}') {
      const bracket = stack.pop();
      if (bracket) countExploded(bracket, startsLine(index), brackets);
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
    lines: table.codeLines(),
    linesOver: table.linesOver(),
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
    definesTests: definesTests(text),
  };
}
