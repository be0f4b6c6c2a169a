// `variable-names`: expands abbreviated local variable names (`dest_host` ->
// `destination_host`) from the shared dictionary and the user's own, in the function and
// every nested scope that reads them; refuses, with the reason, whenever the new name
// could be captured or code reads the variables by name.
import type { SyntaxNode } from '../src/engine/syntax-tree.js';
import { fix, replace } from '../src/engine/fixer.js';
import type { SourceFile } from '../src/engine/source.js';
import { defineTransform, type Finding } from '../src/engine/types.js';
import { BUILTIN_NAMES } from '../src/python/builtins.js';
import { dynamicNameUse, fillsTemplatesFromLocals, isSelfDocumentingInterpolation, templateKeyNaming } from '../src/python/dynamic-names.js';
import { apparentLineLength } from '../src/python/line-length.js';
import { analyzeScopes, describeScope, nameConflict, occurrences, type Binding, type Scope } from '../src/python/scopes.js';
import { abbreviationTable, expandIdentifier } from '../src/python/words.js';

const options = {
  abbreviations: {
    type: 'table',
    default: {},
    description:
      'Your own abbreviations and what they stand for (`rp=resource_provider`), added to the shipped dictionary or overriding it; an empty expansion (`tmp=`) switches an entry off.',
  },
} as const;

const PYTHON_KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '),
);

/** Bindings whose name someone else chose: functions and classes (`function-names`), imported modules. */
const NOT_VARIABLES = new Set(['function', 'class', 'import', 'parameter']);

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
function refusal(binding: Binding, newName: string, templatesFromLocals: boolean): string | null {
  if (PYTHON_KEYWORDS.has(newName)) return `\`${newName}\` is a Python keyword`;
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

function isAncestorOrSelf(ancestor: Scope, scope: Scope): boolean {
  for (let current: Scope | null = scope; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

/** The lines that get longer than the file's limit, as "line 12 (84 characters)". */
function overlongLines(file: SourceFile, nodes: readonly SyntaxNode[], growth: number, limit: number | null): string[] {
  if (limit === null || growth <= 0) return [];
  const perLine = new Map<number, number>();
  for (const node of nodes) perLine.set(file.lineStart(node.startIndex), (perLine.get(file.lineStart(node.startIndex)) ?? 0) + 1);
  const lines: string[] = [];
  for (const [start, count] of perLine) {
    const length = file.lineEnd(start) - start;
    const after = length + count * growth;
    if (length <= limit && after > limit) lines.push(`line ${file.position(start).line} (${after} characters)`);
  }
  return lines;
}

export default defineTransform({
  id: 'variable-names',
  summary: 'Expand abbreviated local variable names (dest_host -> destination_host), scope-aware',
  suggestion: 4,
  safety: 'safe',
  invariant: 'alpha',
  scope: 'file',
  options,
  docs: {
    before:
      'def migrate(server, source_rp_uuid):\n    dest_host = server.host\n    for idx, conn in enumerate(server.connections):\n        conn.send(dest_host, idx, source_rp_uuid)\n',
    after:
      'def migrate(server, source_rp_uuid):\n    destination_host = server.host\n    for index, connection in enumerate(server.connections):\n        connection.send(destination_host, index, source_rp_uuid)\n',
  },
  *find(file, context): Iterable<Finding> {
    const dictionary = abbreviationTable(context.options.abbreviations);
    const analysis = analyzeScopes(file.root);
    const templatesFromLocals = fillsTemplatesFromLocals(file.root);
    const limit = apparentLineLength(file);
    // New names given in this pass, by scope: two renames to one name in scopes that see
    // each other wait for the next pass, where the first one counts as a collision.
    const given: Array<{ scope: Scope; name: string }> = [];
    for (const scope of analysis.scopes) {
      if (!scope.isFunctionLike) continue;
      for (const binding of scope.bindings.values()) {
        if (binding.sites.some((site) => NOT_VARIABLES.has(site.kind))) continue;
        const newName = expandIdentifier(binding.name, dictionary);
        if (!newName || newName === binding.name) continue;
        const at = binding.sites[0]!.node;
        const why = refusal(binding, newName, templatesFromLocals);
        if (why) {
          yield { message: `\`${binding.name}\` not renamed to \`${newName}\`: ${why}`, kind: 'refused', at };
          continue;
        }
        if (given.some((other) => other.name === newName && (isAncestorOrSelf(other.scope, scope) || isAncestorOrSelf(scope, other.scope)))) continue;
        given.push({ scope, name: newName });
        const nodes = [...occurrences(binding), ...nonlocalDeclarations(binding)];
        for (const line of overlongLines(file, nodes, newName.length - binding.name.length, limit)) {
          context.warn(`${file.path}: renaming \`${binding.name}\` to \`${newName}\` makes ${line} longer than the file's ${limit} characters`);
        }
        yield {
          message: `\`${binding.name}\` is an abbreviation: rename it to \`${newName}\``,
          kind: 'abbreviation',
          at,
          fix: () => fix(`Rename \`${binding.name}\` to \`${newName}\``, nodes.map((node) => replace(node, newName))),
        };
      }
    }
  },
});
