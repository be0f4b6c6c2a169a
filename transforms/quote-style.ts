// quote-style: every string literal uses the same quote character (the configured one or
// the file's majority), and triple-quoted strings use """, as long as no escape is added.
import { defineTransform, type Finding } from '../src/engine/types.js';
import { fix } from '../src/engine/fixer.js';
import { otherQuote, requote, stringsOutsideReplacementFields, type QuoteChar, type Requote, type StringLiteral } from '../src/python/syntax/string-literals.js';

const options = {
  quote: {
    type: 'enum',
    choices: ['majority', 'double', 'single'],
    default: 'majority',
    description:
      'The quote of strings on one line: double, single, or the majority of the file among the strings that could use either (a tie goes to double). Triple-quoted strings always use """.',
  },
} as const;

const NAMES: Readonly<Record<QuoteChar, string>> = { '"': 'double', "'": 'single' };

/** A string and the result of giving it the other quote, computed once per pass. */
interface Candidate {
  literal: StringLiteral;
  flipped: Requote;
}

/**
 * The file's habit: among one-line strings that could be written with either quote
 * (`'it\'s'` counts, `'say "hi"'` does not), the quote used most; double on a tie.
 */
function majorityQuote(candidates: readonly Candidate[]): QuoteChar {
  let single = 0;
  let double = 0;
  for (const { literal, flipped } of candidates) {
    if (literal.triple || !flipped.ok) continue;
    if (literal.quote === "'") single++;
    else double++;
  }
  return single > double ? "'" : '"';
}

export default defineTransform({
  id: 'quote-style',
  summary: 'Use one quote character for strings, and """ for triple-quoted ones',
  suggestion: 1,
  safety: 'safe',
  scope: 'file',
  options,
  docs: {
    before: [
      "def greet(name):",
      "    '''Say hello.'''",
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
  },
  *find(file, context) {
    const candidates: Candidate[] = stringsOutsideReplacementFields(file.root, file.text).map((literal) => ({
      literal,
      flipped: requote(literal, file.text, otherQuote(literal.quote)),
    }));
    const chosen = context.options.quote;
    const preferred: QuoteChar = chosen === 'double' ? '"' : chosen === 'single' ? "'" : majorityQuote(candidates);
    for (const { literal, flipped } of candidates) {
      const target: QuoteChar = literal.triple ? '"' : preferred;
      // A string has two possible quotes: if it is not in the target one, the flip is the fix.
      if (literal.quote === target || !flipped.ok) continue;
      const title = literal.triple ? 'use """' : `use ${NAMES[target]} quotes`;
      const finding: Finding = {
        message: literal.triple ? 'use """ for a triple-quoted string' : `use ${NAMES[target]} quotes`,
        at: literal.node,
        fix: () => fix(title, flipped.edits),
      };
      yield finding;
    }
  },
});
