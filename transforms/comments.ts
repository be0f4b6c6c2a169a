// `comments`: above each paragraph of a long function (or of a set-up, tear-down or
// `__init__` body) that has no comment, one line saying what the paragraph does, from
// the Summarizer. Nothing is written when the summary would only repeat the code's own
// words, twice in one function, or more than a few times in one function.
import type { SyntaxNode } from '../src/engine/syntax-tree.js';
import { fix, insertAt } from '../src/engine/fixer.js';
import type { SourceFile } from '../src/engine/source.js';
import { defineTransform, type Finding } from '../src/engine/types.js';
import { wrapWords } from '../src/python/docstrings/docstring-render.js';
import { definitionOf, headerText } from '../src/python/summaries/functions.js';
import { bodyParagraphs, bodyStatements } from '../src/python/summaries/paragraphs.js';
import { createSummarizer } from '../src/python/summaries/summarizer.js';
import { restatesCode } from '../src/python/summaries/restates-code.js';
import { definitionNodes } from '../src/python/syntax/definitions.js';

const options = {
  'min-statements': { type: 'integer', min: 2, default: 8, description: 'Comment the paragraphs of functions with at least this many statements in their body.' },
  'min-paragraph': { type: 'integer', min: 1, default: 2, description: 'Comment paragraphs of at least this many statements (1 in set-up, tear-down and __init__ bodies).' },
  'line-length': { type: 'integer', min: 0, default: 0, description: "Wrap comments at this length (0: the project's line length, at most 79)." },
  'summarizer-command': { type: 'string', default: '', description: 'A program that prints the comment text; it reads JSON (kind "paragraph", name, signature, source, file, style) on stdin.' },
  'summarizer-timeout': { type: 'integer', min: 1, default: 10, description: 'Seconds the summarizer command may take for one comment (then that paragraph gets none).' },
  'max-per-function': { type: 'integer', min: 1, default: 3, description: 'Write at most this many comments in one function.' },
} as const;

/** Bodies worth a comment whatever their length: they set the scene for what follows. */
const SET_UP_BODIES = new Set(['setUp', 'setUpClass', 'tearDown', 'tearDownClass', 'asyncSetUp', 'asyncTearDown', '__init__']);

/** `# @generated` or "do not edit" near the top: the file is rewritten by a tool. */
function isGenerated(file: SourceFile): boolean {
  const head = file.text.slice(0, 2000);
  return /@generated\b/.test(head) || /do not edit/i.test(head);
}

/** A paragraph that is only `pass` or `return`: there is nothing to say. */
function isTrivial(statements: readonly SyntaxNode[]): boolean {
  return statements.every((statement) => statement.type === 'pass_statement' || statement.type === 'return_statement');
}

export default defineTransform({
  id: 'comments',
  summary: 'Add a comment saying what each paragraph of a long function or set-up does',
  suggestion: 5,
  safety: 'safe',
  scope: 'file',
  conventions: ['lineLength'],
  onePass: true,
  options,
  docs: {
    // Only a summarizer has something to say: without one the transform is silent. Its
    // answer is written when it says more than the code's own words.
    options: { 'summarizer-command': 'echo Free the first host so that the resize must pick the second.', 'min-statements': 2, 'min-paragraph': 2 },
    before:
      'def resize_to_second_host(self):\n    server = self._create_server(self.flavor1)\n\n    self._stop_compute("host1")\n    self._start_compute("host2")\n\n    return self._resize(server, self.flavor2)\n',
    after:
      'def resize_to_second_host(self):\n    server = self._create_server(self.flavor1)\n\n    # Free the first host so that the resize must pick the second.\n    self._stop_compute("host1")\n    self._start_compute("host2")\n\n    return self._resize(server, self.flavor2)\n',
  },
  // Comments are written only by the summarizer, and only in functions.
  mayFind: (text, { options }) => options['summarizer-command'].trim() !== '' && text.includes('def'),
  *find(file, context): Iterable<Finding> {
    const opts = context.options;
    if (isGenerated(file) || !opts['summarizer-command'].trim()) return;
    // Prose is wrapped as PEP 8 asks of comments even where code lines may be longer.
    const lineLength = opts['line-length'] || Math.min(context.conventions.lineLength, 79);
    for (const node of definitionNodes(file, ['function_definition'])) {
      const name = definitionOf(node).name;
      const setUp = SET_UP_BODIES.has(name);
      const count = bodyStatements(node).length;
      if (count <= 1 || (!setUp && count < opts['min-statements'])) continue;
      const minimum = setUp ? 1 : opts['min-paragraph'];
      // The function's own comments count as said (a second pass of the fix loop sees ours).
      const paragraphs = bodyParagraphs(file, node);
      // Paragraphs already commented count: a function says at most a few things in comments.
      let added = paragraphs.filter((paragraph) => paragraph.comments.length > 0).length;
      const written = new Set(node.descendantsOfType('comment').map((comment) => comment.text.replace(/^#+\s*/, '').trim()));
      for (const paragraph of paragraphs) {
        if (added >= opts['max-per-function']) break;
        // Without a summarizer there is nothing to say: words read back from the code
        // ("Create a string I/O, a test result and a test loader.") restate it.
        const summarizer = createSummarizer(() => null, {
          command: opts['summarizer-command'],
          fallback: 'no comment written',
          timeoutMilliseconds: opts['summarizer-timeout'] * 1000,
          warn: (message) => context.warn(message),
        });
        const { statements } = paragraph;
        if (paragraph.comments.length > 0 || statements.length < minimum || isTrivial(statements)) continue;
        const first = statements[0]!;
        // A statement sharing its line with the header (`def f(): a; b`) has no line to go above.
        if (!file.startsLine(first.startIndex)) continue;
        const text = summarizer.summarize({
          kind: 'paragraph',
          name,
          signature: headerText(node),
          source: file.slice({ start: first.startIndex, end: statements.at(-1)!.endIndex }),
          file: file.path,
          style: 'comment',
          nodes: statements,
        });
        // Silence beats a comment made of the code's own words, or one said twice.
        if (!text || restatesCode(text, statements) || written.has(text.replace(/\s+/g, ' ').trim())) continue;
        written.add(text.replace(/\s+/g, ' ').trim());
        added++;
        const indent = file.indentAt(first.startIndex);
        const lines = wrapWords(text.replace(/\s+/g, ' ').trim(), Math.max(20, lineLength - indent.length - 2));
        yield {
          message: `paragraph of ${name} has no comment`,
          kind: 'no-comment',
          at: first,
          fix: () => fix('Add a comment above the paragraph', [insertAt(file.lineStart(first.startIndex), lines.map((line) => `${indent}# ${line}${file.eol}`).join(''))]),
        };
      }
    }
  },
});
