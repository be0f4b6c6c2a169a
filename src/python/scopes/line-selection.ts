// The statements a range of lines selects, for split-functions' line mode (Rope's
// extract method takes a selection the same way): whole statements of one block of one
// function, at any depth, or the one reason the lines select no such thing.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import type { SourceFile } from '../../engine/source.js';
import { existingDocstring } from '../docstrings/docstring-place.js';
import type { Scope, ScopeAnalysis } from './scope-model.js';

export interface LineSelection {
  /** The function whose block holds the statements. */
  scope: Scope;
  statements: SyntaxNode[];
  /** The selected lines, blank lines around them left out: whole lines, comments included. */
  start: number;
  end: number;
}

/** `FILE:START-END` split into its parts; the option's pattern has checked the shape. */
export function parseLineRange(value: string): { path: string; first: number; last: number } {
  const [, path = '', first = '0', last = '0'] = /^(.*):(\d+)-(\d+)$/.exec(value) ?? [];
  return { path, first: Number(first), last: Number(last) };
}

/** Whether the file at `path` is the one a user named: the same path, or one ending with it. */
export function namesFile(path: string, named: string): boolean {
  const normal = (text: string) => text.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
  return normal(path) === normal(named) || normal(path).endsWith(`/${normal(named)}`);
}

const line = (file: SourceFile, index: number) => file.position(index).line;

function statementsOf(container: SyntaxNode): SyntaxNode[] {
  return container.namedChildren.filter((child) => child.type !== 'comment');
}

/** The blocks directly inside a compound statement (its bodies, its clauses' bodies). */
function blocksOf(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.flatMap((child) => (child.type === 'block' ? [child] : blocksOf(child)));
}

/** The container (module or block) whose statements the lines select, and those statements. */
function selectIn(file: SourceFile, container: SyntaxNode, first: number, last: number): { container: SyntaxNode; statements: SyntaxNode[] } | string {
  const children = statementsOf(container);
  const selected = children.filter((child) => line(file, child.startIndex) >= first && line(file, child.endIndex) <= last);
  const cut = children.find((child) => !selected.includes(child) && line(file, child.startIndex) <= last && line(file, child.endIndex) >= first);
  if (selected.length > 0) {
    return cut ? `lines ${first}-${last} cut the statement of lines ${line(file, cut.startIndex)}-${line(file, cut.endIndex)}` : { container, statements: selected };
  }
  if (!cut) return `lines ${first}-${last} hold no statement`;
  const block = blocksOf(cut).find((candidate) => line(file, candidate.startIndex) <= first && line(file, candidate.endIndex) >= last && line(file, candidate.startIndex) > line(file, cut.startIndex));
  if (!block) return `lines ${first}-${last} cut the statement of lines ${line(file, cut.startIndex)}-${line(file, cut.endIndex)}`;
  return selectIn(file, block, first, last);
}

/** The statements that lines `first`-`last` (1-based, inclusive) select, or why they select none. */
export function selectLines(file: SourceFile, analysis: ScopeAnalysis, first: number, last: number): LineSelection | string {
  const lines = file.text.split('\n');
  if (first < 1 || last < first) return `lines ${first}-${last} are not a range of lines`;
  if (last > lines.length) return `the file has only ${lines.length} lines`;
  while (first <= last && !lines[first - 1]!.trim()) first++;
  while (last >= first && !lines[last - 1]!.trim()) last--;
  if (first > last) return 'the lines are blank';
  const selection = selectIn(file, file.root, first, last);
  if (typeof selection === 'string') return selection;
  const { container, statements } = selection;
  const owner = container.parent;
  const scope = analysis.scopes
    .filter((candidate) => candidate.kind === 'function' || candidate.kind === 'class')
    .filter((candidate) => candidate.node.startIndex <= container.startIndex && container.endIndex <= candidate.node.endIndex)
    .sort((a, b) => b.node.startIndex - a.node.startIndex)[0];
  if (!scope || scope.kind !== 'function') return `lines ${first}-${last} are not inside a function`;
  if (owner?.id === scope.node.id && statements.some((statement) => statement.id === existingDocstring(container)?.id)) return `lines ${first}-${last} hold the docstring of ${scope.name}`;
  const lineStart = (number: number) => lines.slice(0, number - 1).reduce((sum, text) => sum + text.length + 1, 0);
  const end = Math.max(file.lineEnd(lineStart(last)), (statements.at(-1) as SyntaxNode).endIndex);
  return { scope, statements, start: lineStart(first), end };
}
