// Small builders for edits, so transforms produce plain data and never touch strings
// or magic-string themselves.
import type { SyntaxNode } from './syntax-tree.js';
import type { Edit, Fix, Safety, Span } from './types.js';

type Target = SyntaxNode | Span;

function spanOf(target: Target): Span {
  return 'startIndex' in target ? { start: target.startIndex, end: target.endIndex } : target;
}

export function replace(target: Target, text: string): Edit {
  const { start, end } = spanOf(target);
  return { start, end, text };
}

export function insertAt(index: number, text: string): Edit {
  return { start: index, end: index, text };
}

export function insertBefore(target: Target, text: string): Edit {
  return insertAt(spanOf(target).start, text);
}

export function insertAfter(target: Target, text: string): Edit {
  return insertAt(spanOf(target).end, text);
}

export function remove(target: Target): Edit {
  return replace(target, '');
}

export function fix(title: string, edits: Edit[], safety?: Safety): Fix {
  return safety ? { title, edits, safety } : { title, edits };
}
