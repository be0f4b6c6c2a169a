// Whether a comment only says again what the code under it says: every word that
// carries meaning is a word of the statements' own names and strings ("# Stop the
// compute for each host." above `for host in self.hosts: self._stop_compute(host)`).
// Such a comment costs a reader a line and tells nothing; silence is better.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import { functionWords } from '../words/english.js';
import { expandAbbreviation, identifierWords, proseWords, splitIdentifier } from '../words/words.js';

/** Words that glue a sentence together, and the words the paragraph reader adds to its actions. */
const FRAME_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'for', 'from', 'with', 'in', 'on', 'at', 'by', 'as', 'into', 'onto', 'over', 'under',
  'is', 'are', 'be', 'it', 'its', 'their', 'them', 'this', 'that', 'then', 'each', 'every', 'all', 'later', 'use', 'new', 'not',
  'run', 'call', 'keep', 'check', 'create', 'set', 'get', 'return', 'base', 'class', 'up', 'down', 'initializer', 'clean',
  'wait', 'until', 'once', 'attribute', 'default', 'tear', 'inspect', 'initialize', 'initializer', 'initialization', 'pre', 'post', 'make', 'prepare', 'save', 'store', 'when', 'if', 'whether', 'value', 'values', 'result', 'expect', 'raise', 'reset', 'start', 'stop', 'state',
]);

/** A crude stem, enough to match `hosts` with `host`, `stopped` with `stop`. */
function stem(word: string): string {
  return word.toLowerCase().replace(/ies$/, 'y').replace(/sses$/, 'ss').replace(/([^s])s$/, '$1').replace(/(?:ed|ing)$/, '');
}

/** The stems of every name and string word in the statements. */
function codeStems(statements: readonly SyntaxNode[]): Set<string> {
  const stems = new Set<string>();
  const visit = (node: SyntaxNode) => {
    if (node.type === 'identifier' || node.type === 'string_content') {
      for (const word of node.type === 'identifier' ? identifierWords(node.text) : node.text.split(/[^A-Za-z0-9]+/)) {
        if (!word) continue;
        stems.add(stem(word));
        // `params` says "parameters", `func` "function": an expansion is the same word.
        for (const expanded of [...(expandAbbreviation(word) ?? []), ...proseWords([word])]) stems.add(stem(expanded));
      }
      // `RLock` is read as one word too; `setdefault`, `getattr` as their verb and object.
      if (node.type === 'identifier') {
        stems.add(stem(node.text.replace(/_/g, '')));
        for (const word of functionWords(node.text)) stems.add(stem(word));
        for (const word of splitIdentifier(node.text).words) stems.add(stem(word));
      }
    }
    for (const child of node.namedChildren) visit(child);
  };
  statements.forEach(visit);
  return stems;
}

/** Whether every meaningful word of the sentence is already a word of the code. */
export function restatesCode(sentence: string, statements: readonly SyntaxNode[]): boolean {
  const words = sentence.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const stems = codeStems(statements);
  return words.every((word) => FRAME_WORDS.has(word.toLowerCase()) || stems.has(stem(word)) || /^\d+$/.test(word));
}
