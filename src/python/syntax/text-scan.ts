// Reading Python source as text, without a parse: where a string literal or a comment
// ends. For scans that must be cheaper than a syntax tree (the conventions' habits, the
// trailing-comma bracket scan, the realignment of wrapped lines) and still not mistake a
// quote, bracket or `#` inside a string for code.

// Sticky patterns for the rest of a string literal after its opening quote(s): much
// faster than walking its characters. An unterminated string ends where the pattern
// stops (the end of the line, or of the file; the parser would refuse it).
const STRING_REST: Readonly<Record<string, RegExp>> = {
  "'''": /(?:[^'\\]|\\[\s\S]|'(?!''))*(?:'''|$)/y,
  '"""': /(?:[^"\\]|\\[\s\S]|"(?!""))*(?:"""|$)/y,
  "'": /(?:[^'\\\n]|\\[\s\S])*'?/y,
  '"': /(?:[^"\\\n]|\\[\s\S])*"?/y,
};

/** The end of a string literal whose opening quote is at `start` (after any prefix), and whether it is triple-quoted. */
export function stringEnd(text: string, start: number): { end: number; triple: boolean } {
  const quote = text[start] as string;
  const triple = text[start + 1] === quote && text[start + 2] === quote;
  const opening = triple ? quote.repeat(3) : quote;
  const rest = STRING_REST[opening] as RegExp;
  rest.lastIndex = start + opening.length;
  return { end: rest.exec(text) ? rest.lastIndex : text.length, triple };
}

/**
 * Where the string literal or comment that starts at `index` ends (the comment's end is
 * its line's newline); `index` itself when none starts there. A string's prefix letters
 * are read as a name before it.
 */
export function skipStringOrComment(text: string, index: number): number {
  const char = text[index];
  if (char === '#') {
    const newline = text.indexOf('\n', index);
    return newline < 0 ? text.length : newline;
  }
  return char === '"' || char === "'" ? stringEnd(text, index).end : index;
}

/**
 * `compute`, remembered for the last text it was asked of (one per thread): a transform's
 * `mayFind` reads a text before the parse, and its `find` the same text after.
 */
export function forLastText<T>(compute: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let last: T;
  return (text) => {
    if (text !== lastText) {
      last = compute(text);
      lastText = text;
    }
    return last;
  };
}

/** Whether a character is space between tokens: a blank, a line end, a line continuation's backslash. */
export function isCodeSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f' || char === '\\';
}

/** Whether only spaces and tabs stand before `at` on its line. */
export function startsLine(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  return before < 0 || text[before] === '\n';
}

/** Where the string literal whose opening quote is at `quoteAt` starts: before its prefix letters (`rb`, `f`...). */
export function stringStart(text: string, quoteAt: number): number {
  let start = quoteAt;
  while (start > 0 && start > quoteAt - 2 && /[rRbBuUfF]/.test(text[start - 1] as string)) start--;
  return start;
}

/**
 * Whether the string literal from `start` (its prefix) to `end`, its opening quote at
 * `quoteAt`, is an f-string whose braces do not pair: its replacement fields may hold its
 * own quote (Python 3.12), so a scan cannot tell where it ends.
 */
export function unsureFString(text: string, start: number, quoteAt: number, end: number): boolean {
  return /[fF]/.test(text.slice(start, quoteAt)) && !bracesBalance(text.slice(quoteAt, end));
}

/** Whether every `{` of an f-string's text has its `}` (doubled braces are text). */
function bracesBalance(body: string): boolean {
  let depth = 0;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char !== '{' && char !== '}') continue;
    if (depth === 0 && body[index + 1] === char) {
      index++;
      continue;
    }
    depth += char === '{' ? 1 : -1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** What `codeTokens` yields: a string literal, a match of its pattern, or the place it cannot read past. */
export type CodeToken =
  | { kind: 'string'; start: number; quoteAt: number; end: number; triple: boolean }
  | { kind: 'match'; at: number; text: string }
  | { kind: 'unsure' };

const UNSURE: CodeToken = { kind: 'unsure' };

/**
 * A text's string literals (`start` before the prefix, `quoteAt` at the opening quote)
 * and the matches of `pattern` outside them and outside comments, in order, read without
 * a parse (an f-string's replacement fields are read as its text). Ends with `unsure` at
 * an f-string whose braces do not pair (`unsureFString`): the scan cannot tell where it
 * ends.
 */
export function* codeTokens(text: string, pattern: string): Generator<CodeToken> {
  const interesting = new RegExp(`[#'"]|${pattern}`, 'g');
  for (let match = interesting.exec(text); match; match = interesting.exec(text)) {
    const at = match.index;
    const char = text[at];
    if (char === '#') {
      interesting.lastIndex = skipStringOrComment(text, at);
    } else if (char === '"' || char === "'") {
      const { end, triple } = stringEnd(text, at);
      const start = stringStart(text, at);
      if (unsureFString(text, start, at, end)) {
        yield UNSURE;
        return;
      }
      // The scan moves on before the token is read: a consumer may stop at any token.
      interesting.lastIndex = end;
      yield { kind: 'string', start, quoteAt: at, end, triple };
    } else {
      yield { kind: 'match', at, text: match[0] };
    }
  }
}
