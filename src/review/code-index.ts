// What a review can point at in the code it is about: definitions (by dotted name within
// their module), variables and parameters of functions, attributes assigned on `self`,
// exception handlers and the classes they catch, and the statement at a line.
import { parsePython, firstSyntaxError } from '../engine/parse.js';
import { SourceFile } from '../engine/source.js';
import type { SyntaxNode } from '../engine/syntax-tree.js';
import { analyzeScopes } from '../python/scopes/scopes.js';
import { isTestName } from '../python/conventions/tests.js';

export interface LineRange {
  start: number;
  end: number;
}

export interface Definition {
  file: string;
  /** The dotted name within its module: `ServerResizeTest.setUp`. */
  path: string;
  /** With the module: `tests.test_server_resize.ServerResizeTest.setUp` (the rename plan's key). */
  qualified: string;
  name: string;
  kind: 'function' | 'class';
  test: boolean;
  lines: LineRange;
}

export interface Variable {
  file: string;
  name: string;
  /** The function that binds it (its dotted path), or null at module level. */
  owner: string | null;
  parameter: boolean;
  line: number;
}

export interface Handler {
  file: string;
  /** The last component of each class the clause names (`ResizeError` for `exceptions.ResizeError`). */
  catches: string[];
  owner: string | null;
  lines: LineRange;
}

export interface AttributeAssignment {
  file: string;
  /** `self.flavor1` */
  name: string;
  lines: LineRange;
}

export interface IndexedFile {
  file: string;
  module: string | null;
  source: SourceFile;
}

export interface CodeIndex {
  files: IndexedFile[];
  definitions: Definition[];
  variables: Variable[];
  handlers: Handler[];
  attributes: AttributeAssignment[];
}

function rangeOf(source: SourceFile, node: SyntaxNode): LineRange {
  return { start: source.position(node.startIndex).line, end: source.position(Math.max(node.startIndex, node.endIndex - 1)).line };
}

/** The last component of each class an `except` clause names (`ResizeError` for `exceptions.ResizeError`). */
export function caughtNames(clause: SyntaxNode): string[] {
  const caught = clause.namedChildren.find((child) => child.type !== 'block' && child.type !== 'comment');
  const expression = caught?.type === 'as_pattern' ? caught.namedChildren[0] : caught;
  return expression ? expression.text.replace(/[()\s]/g, '').split(',').map((name) => name.split('.').pop() as string).filter(Boolean) : [];
}

/** The dotted path of the definitions enclosing `node` (itself included when it is one). */
export function definitionPath(node: SyntaxNode): string | null {
  const names: string[] = [];
  for (let current: SyntaxNode | null = node; current; current = current.parent) {
    if (current.type === 'function_definition' || current.type === 'class_definition') {
      const name = current.childForFieldName('name')?.text;
      if (name) names.unshift(name);
    }
  }
  return names.length ? names.join('.') : null;
}

function indexFile(file: string, text: string, module: string | null, index: CodeIndex): void {
  const tree = parsePython(text);
  if (firstSyntaxError(tree.rootNode)) return;
  const source = new SourceFile(file, text, tree, module);
  index.files.push({ file, module, source });
  const visit = (node: SyntaxNode) => {
    if (node.type === 'function_definition' || node.type === 'class_definition') {
      const name = node.childForFieldName('name')?.text ?? '';
      const path = definitionPath(node) as string;
      // A decorated definition's lines start at its first decorator.
      const whole = node.parent?.type === 'decorated_definition' ? node.parent : node;
      index.definitions.push({
        file,
        path,
        qualified: module ? `${module}.${path}` : path,
        name,
        kind: node.type === 'class_definition' ? 'class' : 'function',
        test: isTestName(name, node.type),
        lines: rangeOf(source, whole),
      });
    } else if (node.type === 'except_clause') {
      index.handlers.push({ file, catches: caughtNames(node), owner: definitionPath(node), lines: rangeOf(source, node) });
    } else if (node.type === 'assignment' || node.type === 'augmented_assignment') {
      const left = node.childForFieldName('left');
      const targets = left?.type === 'pattern_list' || left?.type === 'tuple_pattern' ? left.namedChildren : left ? [left] : [];
      for (const target of targets) {
        if (target.type === 'attribute') index.attributes.push({ file, name: target.text, lines: rangeOf(source, node.parent?.type === 'expression_statement' ? node.parent : node) });
      }
    }
    for (const child of node.namedChildren) visit(child);
  };
  visit(source.root);
  for (const scope of analyzeScopes(source.root).scopes) {
    if (scope.kind !== 'function') continue;
    const owner = definitionPath(scope.node);
    for (const binding of scope.bindings.values()) {
      const site = binding.sites[0];
      if (!site || binding.sites.some((other) => other.kind === 'function' || other.kind === 'class' || other.kind === 'import')) continue;
      index.variables.push({ file, name: binding.name, owner, parameter: binding.sites.some((other) => other.kind === 'parameter'), line: source.position(site.node.startIndex).line });
    }
  }
}

/** Indexes the files a review is about: `texts` maps each display path to its text. */
export function indexCode(texts: ReadonlyArray<{ file: string; text: string; module: string | null }>): CodeIndex {
  const index: CodeIndex = { files: [], definitions: [], variables: [], handlers: [], attributes: [] };
  for (const { file, text, module } of texts) indexFile(file, text, module, index);
  return index;
}

/** The statement that holds `line` in a file: the smallest simple statement, else the compound one. */
export function statementAt(source: SourceFile, line: number): { node: SyntaxNode; lines: LineRange } | null {
  let best: SyntaxNode | null = null;
  const visit = (node: SyntaxNode) => {
    const start = source.position(node.startIndex).line;
    const end = source.position(Math.max(node.startIndex, node.endIndex - 1)).line;
    if (line < start || line > end) return;
    if (/_statement$|^(?:function|class)_definition$|^decorated_definition$|^except_clause$/.test(node.type)) best = node;
    for (const child of node.namedChildren) visit(child);
  };
  visit(source.root);
  const found = best as SyntaxNode | null;
  return found ? { node: found, lines: rangeOf(source, found) } : null;
}
