// quote-style: every string literal uses the same quote character (the configured one or
// the file's majority), and triple-quoted strings use """, as long as no escape is added.
import { defineTransform, type Finding } from '../src/engine/types.js';
import { fix } from '../src/engine/fixer.js';
import type { SourceFile } from '../src/engine/source.js';
import { isInReplacementField, otherQuote, requote, stringLiteral, type QuoteChar, type StringLiteral } from '../src/python/string-literals.js';

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

/** The strings whose quotes this transform owns: those outside f-string replacement fields. */
function literalsOf(file: SourceFile): StringLiteral[] {
  const literals: StringLiteral[] = [];
  for (const node of file.root.descendantsOfType('string')) {
    const literal = stringLiteral(node);
    if (literal && !isInReplacementField(node)) literals.push(literal);
  }
  return literals;
}

/**
 * The file's habit: among one-line strings that could be written with either quote
 * (`'it\'s'` counts, `'say "hi"'` does not), the quote used most; double on a tie.
 */
export function majorityQuote(literals: readonly StringLiteral[], text: string): QuoteChar {
  let single = 0;
  let double = 0;
  for (const literal of literals) {
    if (literal.triple || !requote(literal, text, otherQuote(literal.quote)).ok) continue;
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
    const literals = literalsOf(file);
    const chosen = context.options.quote;
    const preferred: QuoteChar = chosen === 'double' ? '"' : chosen === 'single' ? "'" : majorityQuote(literals, file.text);
    for (const literal of literals) {
      const target: QuoteChar = literal.triple ? '"' : preferred;
      if (literal.quote === target) continue;
      const result = requote(literal, file.text, target);
      if (!result.ok) continue;
      const finding: Finding = {
        message: literal.triple ? 'use """ for a triple-quoted string' : `use ${NAMES[target]} quotes`,
        at: literal.node,
        fix: () => fix(literal.triple ? 'use """' : `use ${NAMES[target]} quotes`, result.edits),
      };
      yield finding;
    }
  },
});
