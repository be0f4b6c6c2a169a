// Renaming one variable of a function: the nodes that spell it (with the `nonlocal`
// declarations of nested scopes) and the reasons to refuse, shared by the local and the
// parameter renames of `variable-names`.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import { BUILTIN_NAMES } from './builtins.js';
import { newNameProblem } from '../syntax/identifiers.js';
import { dynamicNameUse, isSelfDocumentingInterpolation, templateKeyNaming } from './dynamic-names.js';
import { meaningRefusal, mirroredName } from './variable-meaning.js';
import { describeScope, nameConflict, occurrences, type Binding, type Scope } from './scopes.js';

/** The `nonlocal name` declarations of nested scopes that refer to `binding`. */
function nonlocalDeclarations(binding: Binding): SyntaxNode[] {
  const declarations: SyntaxNode[] = [];
  for (const inner of binding.scope.descendants()) {
    if (inner === binding.scope || !inner.nonlocalNames.has(binding.name)) continue;
    if (ownerOfNonlocal(inner, binding.name) !== binding.scope) continue;
    for (const statement of inner.node.descendantsOfType('nonlocal_statement')) {
      if (scopeNodeOf(statement) !== inner.node) continue;
      declarations.push(...statement.namedChildren.filter((child) => child.type === 'identifier' && child.text === binding.name));
    }
  }
  return declarations;
}

/** The scope a `nonlocal name` in `scope` binds to (Python's rule: the nearest enclosing function that has it). */
function ownerOfNonlocal(scope: Scope, name: string): Scope | null {
  for (let outer = scope.parent; outer; outer = outer.parent) {
    if (outer.kind === 'class') continue;
    if (outer.kind === 'module') return null;
    if (outer.nonlocalNames.has(name)) continue;
    if (outer.bindings.has(name)) return outer;
  }
  return null;
}

/** The node of the function, lambda or class that a statement belongs to. */
function scopeNodeOf(node: SyntaxNode): SyntaxNode | null {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (parent.type === 'function_definition' || parent.type === 'class_definition' || parent.type === 'lambda') return parent;
  }
  return null;
}

/** Why `binding` may not become `newName`, or null when the rename is safe. */
export function renameRefusal(binding: Binding, newName: string, templatesFromLocals: boolean): string | null {
  const problem = newNameProblem(newName);
  if (problem) return problem;
  const meaning = mirroredName(binding) ?? meaningRefusal(binding, newName);
  if (meaning) return meaning;
  const dynamic = dynamicNameUse(binding.scope);
  if (dynamic) return `${describeScope(binding.scope)} ${dynamic.reason} (line ${dynamic.node.startPosition.row + 1}), which finds variables by name`;
  if (templatesFromLocals) {
    const template = templateKeyNaming(binding.scope.node, binding.name);
    if (template) return `\`${binding.name}\` is also a key of the template on line ${template.startPosition.row + 1}, and this module fills templates from locals()`;
  }
  const printed = occurrences(binding).find(isSelfDocumentingInterpolation);
  if (printed) return `the f-string on line ${printed.startPosition.row + 1} prints the name itself (\`{${binding.name}=}\`)`;
  const conflict = nameConflict(binding.scope, newName);
  if (conflict) return `\`${newName}\` ${conflict}`;
  if (BUILTIN_NAMES.has(newName)) return `\`${newName}\` would shadow the builtin of that name`;
  return null;
}

export function isAncestorOrSelf(ancestor: Scope, scope: Scope): boolean {
  for (let current: Scope | null = scope; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

/** Every node to rewrite when `binding` is renamed: its sites, reads and `nonlocal` declarations. */
export function renamedNodes(binding: Binding): SyntaxNode[] {
  return [...occurrences(binding), ...nonlocalDeclarations(binding)];
}
