// Code that finds local variables by their names as strings: `locals()`, `vars()`,
// `eval`, `exec`, frame inspection, and templates filled from them. Renaming a variable
// there changes what such code finds, so the renaming transforms refuse and say why.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import type { Scope } from './scope-model.js';

/** A call or template that reads local names as strings, and why that matters. */
export interface DynamicNameUse {
  node: SyntaxNode;
  /** A phrase that completes "the function ...": `calls locals()`. */
  reason: string;
}

const FRAME_ATTRIBUTES = new Set(['f_locals', 'f_back']);

function calleeName(call: SyntaxNode): string | null {
  const callee = call.childForFieldName('function');
  if (callee?.type === 'identifier') return callee.text;
  if (callee?.type === 'attribute') return `${callee.childForFieldName('object')?.text ?? ''}.${callee.childForFieldName('attribute')?.text ?? ''}`;
  return null;
}

function argumentCount(call: SyntaxNode): number {
  return call.childForFieldName('arguments')?.namedChildren.filter((child) => child.type !== 'comment').length ?? 0;
}

/** `locals()` or `vars()` without arguments: the calling scope's variables as a dictionary. */
function readsLocals(call: SyntaxNode): boolean {
  const name = calleeName(call);
  return name === 'locals' || (name === 'vars' && argumentCount(call) === 0);
}

/** Whether the `locals()` call fills a template: `"..." % locals()`, `.format(**locals())`, `.format_map(locals())`. */
function fillsTemplate(call: SyntaxNode): boolean {
  let node = call;
  while (node.parent?.type === 'dictionary_splat' || node.parent?.type === 'parenthesized_expression') node = node.parent;
  const parent = node.parent;
  if (parent?.type === 'binary_operator' && parent.childForFieldName('operator')?.type === '%' && parent.childForFieldName('right')?.startIndex === node.startIndex) return true;
  if (parent?.type === 'argument_list') {
    const method = parent.parent?.childForFieldName('function');
    const attribute = method?.type === 'attribute' ? method.childForFieldName('attribute')?.text : undefined;
    return attribute === 'format' || attribute === 'format_map' || attribute === 'substitute' || attribute === 'safe_substitute';
  }
  return false;
}

/** What a call does with local names, or null when it does nothing of the kind. */
function dynamicCall(call: SyntaxNode): string | null {
  const name = calleeName(call);
  if (readsLocals(call)) return fillsTemplate(call) ? `fills a template from ${name}()` : `calls ${name}()`;
  if (name === 'eval' || name === 'exec') return `calls ${name}()`;
  if (name === 'sys._getframe' || name === 'inspect.currentframe' || name === 'inspect.stack') return `inspects frames with ${name}()`;
  return null;
}

/**
 * The first place in `scope`'s own code (nested scopes included: `locals()` in a
 * closure sees the variables it uses) that reads local variables by name.
 */
export function dynamicNameUse(scope: Scope): DynamicNameUse | null {
  if (scope.kind === 'module' || scope.kind === 'class') return null;
  let found: DynamicNameUse | null = null;
  const walk = (node: SyntaxNode): void => {
    if (found) return;
    if (node.type === 'call') {
      const reason = dynamicCall(node);
      if (reason) {
        found = { node, reason };
        return;
      }
    } else if (node.type === 'attribute' && FRAME_ATTRIBUTES.has(node.childForFieldName('attribute')?.text ?? '')) {
      found = { node, reason: `reads frames (${node.childForFieldName('attribute')!.text})` };
      return;
    }
    for (const child of node.namedChildren) walk(child);
  };
  walk(scope.node);
  return found;
}

/** Whether anything in the module fills a template from `locals()` or `vars()`. */
export function fillsTemplatesFromLocals(root: SyntaxNode): boolean {
  // Most modules spell neither name: no search of the tree for their calls.
  const text = root.text;
  if (!text.includes('locals') && !text.includes('vars')) return false;
  return root.descendantsOfType('call').some((call) => readsLocals(call) && fillsTemplate(call));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A string in `node` that names `name` as a template key (`%(name)s`, `{name}`,
 * `{name.attr}`, `$name`, `${name}`), or null. F-strings are code, not templates.
 */
export function templateKeyNaming(node: SyntaxNode, name: string): SyntaxNode | null {
  const escaped = escapeRegExp(name);
  const key = new RegExp(`%\\(${escaped}\\)|\\{${escaped}[}.\\[!:]|\\$\\{?${escaped}(?![A-Za-z0-9_])`);
  for (const string of node.descendantsOfType('string')) {
    if (string.namedChildren.some((child) => child.type === 'interpolation')) continue;
    const content = string.namedChildren.filter((child) => child.type === 'string_content').map((child) => child.text).join('');
    if (key.test(content)) return string;
  }
  return null;
}

/** An occurrence inside an f-string's `{name=}` or `{name.attr=}`, whose output prints the expression's text. */
export function isSelfDocumentingInterpolation(identifier: SyntaxNode): boolean {
  for (let node = identifier.parent; node && node.type !== 'string'; node = node.parent) {
    if (node.type === 'interpolation') return node.children.some((child) => child.type === '=');
  }
  return false;
}
