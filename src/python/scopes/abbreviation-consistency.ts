// Whether expanding an abbreviated local leaves the code consistent, for `variable-names`:
// a module that keeps the short word elsewhere (`self.ptr`, `msgs` in another function),
// a function that keeps other abbreviated names, or a comment or string that names the
// old name would read half renamed, so the name stays.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import { expandAbbreviation, identifierWords, looksAbbreviated } from '../words/words.js';
import type { Binding } from './scope-model.js';

/** `msg` and `msgs` are one word for this purpose. */
function sameWord(a: string, b: string): boolean {
  return a === b || a === `${b}s` || b === `${a}s`;
}

/** The words of the old name that the new one no longer has (`dest` in `dest_host` -> `destination_host`). */
export function droppedWords(oldName: string, newName: string): string[] {
  const kept = new Set(identifierWords(newName));
  return identifierWords(oldName).filter((word) => !kept.has(word.replace(/\d+$/, '')) && !kept.has(word));
}

/** The identifiers of a file, every occurrence (names, attributes, keywords), in document order. */
export function fileIdentifiers(root: SyntaxNode): SyntaxNode[] {
  return root.descendantsOfType('identifier');
}

/**
 * Where the module keeps a dropped word outside the renamed occurrences, as "`self.ptr`
 * (line 12)", or null: renaming here alone would leave the module with both spellings.
 */
export function shortFormKeptElsewhere(identifiers: readonly SyntaxNode[], renamed: ReadonlySet<number>, words: readonly string[]): string | null {
  if (words.length === 0) return null;
  for (const node of identifiers) {
    if (renamed.has(node.startIndex)) continue;
    if (identifierWords(node.text).some((word) => words.some((dropped) => sameWord(word, dropped)))) {
      return `\`${node.text}\` (line ${node.startPosition.row + 1})`;
    }
  }
  return null;
}

/**
 * A name of the function that stays abbreviated (`pfx` beside an `idx` being renamed), or
 * null: a word the dictionary expands or one that reads as an abbreviation, unless the
 * project or Python reads it at sight (`kept`).
 */
export function abbreviatedNameKept(bindings: Iterable<Binding>, renamed: ReadonlySet<Binding>, kept: ReadonlySet<string>, extra: ReadonlyMap<string, string>): Binding | null {
  for (const binding of bindings) {
    // The name an `except` clause gives its exception (`err`, `exc`) is an idiom.
    if (renamed.has(binding) || binding.sites.every((site) => site.kind === 'except')) continue;
    const abbreviated = identifierWords(binding.name).some((word) => {
      const letters = word.replace(/\d+$/, '');
      if (letters.length <= 1 || kept.has(letters)) return false;
      return expandAbbreviation(letters, extra) !== undefined || looksAbbreviated(letters);
    });
    if (abbreviated) return binding;
  }
  return null;
}

/** A comment or string inside `node` that names `name` as a word (`# 'col' is ...`), as "line 12", or null. */
export function mentionedInText(node: SyntaxNode, name: string): string | null {
  const pattern = new RegExp(`(?<![\\w.])${name.replace(/[$]/g, '\\$&')}(?!\\w)`);
  for (const text of [...node.descendantsOfType('comment'), ...node.descendantsOfType('string_content')]) {
    if (pattern.test(text.text)) return `line ${text.startPosition.row + 1}`;
  }
  return null;
}
