// A module's imports as edits: where the import block is, whether a module or name is
// already imported (and under which name), and the one edit that adds an import where a
// careful person would put it. Transforms that need `import logging` or `contextlib`
// share these, so that several fixes of one file produce identical edits (applied once).
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import { insertAt } from '../../engine/fixer.js';
import type { SourceFile } from '../../engine/source.js';
import type { Edit } from '../../engine/types.js';

function topLevelStatements(file: SourceFile): SyntaxNode[] {
  return file.root.namedChildren.filter((node) => node.type !== 'comment');
}

function isDocstring(node: SyntaxNode): boolean {
  return node.type === 'expression_statement' && node.namedChildren[0]?.type === 'string';
}

/** `__all__ = ...`, `__version__ = ...`: module metadata that may stand among the imports. */
function isDunderAssignment(node: SyntaxNode): boolean {
  const assignment = node.type === 'expression_statement' ? node.namedChildren[0] : undefined;
  return assignment?.type === 'assignment' && /^__\w+__$/.test(assignment.childForFieldName('left')?.text ?? '');
}

/**
 * The import statements at the top of the module (before other code), in order. The
 * docstring and dunder assignments (`__all__` before the imports, as asyncio writes it)
 * do not end the block.
 */
export function leadingImports(file: SourceFile): SyntaxNode[] {
  const imports: SyntaxNode[] = [];
  for (const statement of topLevelStatements(file)) {
    if (statement.type === 'import_statement' || statement.type === 'import_from_statement' || statement.type === 'future_import_statement') imports.push(statement);
    else if (!((isDocstring(statement) && imports.length === 0) || isDunderAssignment(statement))) break;
  }
  return imports;
}

/** A name a top-level import binds, and the index from which module-level code can use it. */
export interface ImportedAs {
  name: string;
  /** The end of the import statement: module-level code before it runs without the name. */
  boundAt: number;
}

/** How `module` is imported at the top level (`import a as b` -> b), if it is. */
export function moduleImport(file: SourceFile, module: string): ImportedAs | null {
  for (const statement of file.root.namedChildren) {
    if (statement.type === 'import_statement') {
      for (const name of statement.childrenForFieldName('name')) {
        if (name.type === 'dotted_name' && name.text === module) return { name: module, boundAt: statement.endIndex };
        const alias = name.type === 'aliased_import' && name.childForFieldName('name')?.text === module ? name.childForFieldName('alias')?.text : undefined;
        if (alias) return { name: alias, boundAt: statement.endIndex };
      }
    }
    // `from oslo_log import log as logging` binds a module too.
    if (statement.type === 'import_from_statement') {
      const from = statement.childForFieldName('module_name')?.text;
      for (const name of statement.childrenForFieldName('name')) {
        const imported = name.type === 'aliased_import' ? name.childForFieldName('name') : name;
        const local = name.type === 'aliased_import' ? name.childForFieldName('alias') : name;
        if (from && imported && local && `${from}.${imported.text}` === module) return { name: local.text, boundAt: statement.endIndex };
      }
    }
  }
  return null;
}

/** The local name under which `module` is imported at the top level (`import a as b` -> b). */
export function importedModuleName(file: SourceFile, module: string): string | null {
  return moduleImport(file, module)?.name ?? null;
}

/** How `from module import name` is bound at the top level, if it is. */
export function nameImport(file: SourceFile, module: string, name: string): ImportedAs | null {
  for (const statement of file.root.namedChildren) {
    if (statement.type !== 'import_from_statement' || statement.childForFieldName('module_name')?.text !== module) continue;
    for (const item of statement.childrenForFieldName('name')) {
      const imported = item.type === 'aliased_import' ? item.childForFieldName('name') : item;
      const local = item.type === 'aliased_import' ? item.childForFieldName('alias') : item;
      if (imported?.text === name && local) return { name: local.text, boundAt: statement.endIndex };
    }
  }
  return null;
}

/** The local name of `from module import name` at the top level, if present. */
export function importedName(file: SourceFile, module: string, name: string): string | null {
  return nameImport(file, module, name)?.name ?? null;
}

/** The top-level `from module import ...` statement, to add a name to it. */
export function fromImportOf(file: SourceFile, module: string): SyntaxNode | null {
  return file.root.namedChildren.find((statement) => statement.type === 'import_from_statement' && statement.childForFieldName('module_name')?.text === module && !statement.namedChildren.some((child) => child.type === 'wildcard_import')) ?? null;
}

/**
 * The end of the comment lines that open the file (a licence, a shebang, a note about the
 * module) when a blank line follows them; 0 when the file does not open so, or when its
 * first comments sit right above the first statement (they are about that statement).
 */
function headerCommentsEnd(file: SourceFile): number {
  const header = /^(?:[ \t]*#[^\r\n]*(?:\r?\n|$))+/.exec(file.text)?.[0] ?? '';
  return header && /^[ \t]*\r?\n/.test(file.text.slice(header.length)) ? header.length : 0;
}

/**
 * Where new top-level code goes when there is no import: after the docstring, else after
 * the opening comments, else at the first statement.
 */
function afterPreamble(file: SourceFile): number {
  const first = topLevelStatements(file)[0];
  if (first && isDocstring(first)) return file.nextLineStart(first.endIndex);
  const header = headerCommentsEnd(file);
  if (header > 0 && (!first || header <= first.startIndex)) return header;
  return first ? file.lineStart(first.startIndex) : file.text.length;
}

/**
 * The edit that adds `import module`: in alphabetical place among the leading plain
 * imports, else before the first `from` import, else after the docstring. Returns the
 * edit and the index at which the import block then ends (for code that must follow it).
 */
export function addImportEdit(file: SourceFile, module: string): Edit {
  const imports = leadingImports(file).filter((statement) => statement.type !== 'future_import_statement');
  const plain = imports.filter((statement) => statement.type === 'import_statement');
  const line = `import ${module}${file.eol}`;
  const after = plain.find((statement) => (statement.childrenForFieldName('name')[0]?.text ?? '') > module);
  if (after) return insertAt(file.lineStart(after.startIndex), line);
  const last = plain[plain.length - 1];
  if (last) return insertAt(file.nextLineStart(last.endIndex), line);
  const firstFrom = imports[0];
  if (firstFrom) return insertAt(file.lineStart(firstFrom.startIndex), line);
  const future = leadingImports(file).filter((statement) => statement.type === 'future_import_statement').pop();
  if (future) return insertAt(file.nextLineStart(future.endIndex), `${file.eol}${line}`);
  const at = afterPreamble(file);
  const blankAfter = file.text.slice(at).startsWith(file.eol) || at >= file.text.length ? '' : file.eol;
  const first = topLevelStatements(file)[0];
  const blankBefore = at > 0 && ((first && isDocstring(first)) || at === headerCommentsEnd(file)) ? file.eol : '';
  return insertAt(at, `${blankBefore}${line}${blankAfter}`);
}

/** The edit that adds `name` to an existing `from module import a, b`. */
export function addNameToFromImport(statement: SyntaxNode, name: string): Edit {
  const names = statement.childrenForFieldName('name');
  const last = names[names.length - 1] as SyntaxNode;
  return insertAt(last.endIndex, `, ${name}`);
}

/** Index just after the leading import block's last line (or after the preamble). */
export function endOfImports(file: SourceFile): number {
  const imports = leadingImports(file);
  const last = imports[imports.length - 1];
  return last ? file.nextLineStart(last.endIndex) : afterPreamble(file);
}
