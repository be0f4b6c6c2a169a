// `docstrings`: functions, methods, classes (and, as an option, modules) without a
// docstring get one: a promoted leading comment or a summary from the Summarizer, with
// the sections of the chosen style. Safe: only docstrings and comments change.
import type { SyntaxNode } from '../src/engine/syntax-tree.js';
import { fix, replace } from '../src/engine/fixer.js';
import type { OptionValues } from '../src/engine/options.js';
import type { SourceFile } from '../src/engine/source.js';
import { defineTransform, type Edit, type Finding } from '../src/engine/types.js';
import { summarizeDefinitionRequest } from '../src/python/summaries/definition-summary.js';
import { classSections, functionSections, splitSummary } from '../src/python/docstrings/docstring-content.js';
import { commentDocstringText, commentText, existingDocstring, firstStatement, headerColon, indentUnit, leadingComments } from '../src/python/docstrings/docstring-place.js';
import { DOCSTRING_STYLES, renderDocstring, type DocstringContent, type DocstringStyle } from '../src/python/docstrings/docstring-render.js';
import { classSetsDoc, definitionOf, hasDecorator, headerText, isMethod, isPropertyAccessor, moduleExports, type Definition } from '../src/python/summaries/functions.js';
import { createSummarizer, type Summarizer } from '../src/python/summaries/summarizer.js';
import { isPrivateName } from '../src/python/words/words.js';
import { isTestFile, isTestName } from '../src/python/conventions/tests.js';

const options = {
  style: { type: 'enum', choices: DOCSTRING_STYLES, default: 'google', description: 'Docstring style: google, numpy, sphinx or plain (summary only).' },
  'line-length': { type: 'integer', min: 40, default: 79, description: 'Wrap docstring lines at this length.' },
  'promote-comments': { type: 'boolean', default: true, description: 'Turn a comment block at the start of a body into the docstring text.' },
  include: { type: 'enum', choices: ['all', 'public'] as const, default: 'all', description: 'all, or public: names without a leading underscore, and only those in __all__ when the module has one.' },
  'skip-tests': { type: 'boolean', default: false, description: 'Leave test files, test classes and test functions alone.' },
  'min-lines': { type: 'integer', min: 0, default: 0, description: 'Leave alone functions and classes whose body has fewer lines than this (0: document all).' },
  'include-nested': { type: 'boolean', default: false, description: 'Also document functions and classes defined inside functions.' },
  modules: { type: 'boolean', default: false, description: 'Also give modules a docstring.' },
  'class-attributes': { type: 'boolean', default: false, description: 'List the public attributes that __init__ assigns in the class docstring.' },
  'summarizer-command': { type: 'string', default: '', description: 'A program that prints the summary; it reads JSON (kind, name, signature, source, file, style) on stdin.' },
  'summarizer-timeout': { type: 'integer', min: 1, default: 10, description: 'Seconds the summarizer command may take for one summary before the heuristic is used.' },
} as const;

interface Settings {
  style: DocstringStyle;
  lineLength: number;
  promote: boolean;
  attributes: boolean;
  summarizer: Summarizer;
  /** The file's indentation step, for bodies split off a one-line definition. */
  unit: string;
}

/** Why a definition is left alone, or undefined when it should be documented. */
function leaveAloneReason(file: SourceFile, definition: Definition, exported: Set<string> | undefined, opts: OptionValues<typeof options>): string | undefined {
  const { node } = definition;
  if (existingDocstring(node)) return 'has a docstring';
  if (hasDecorator(definition, 'overload')) return 'an @overload stub';
  if (isPropertyAccessor(definition)) return 'a property setter or deleter';
  if (node.type === 'class_definition' && classSetsDoc(node)) return 'sets __doc__ itself';
  const owners: SyntaxNode[] = [];
  for (let owner = definition.owner; owner.type !== 'module'; owner = definitionOf(owner).owner) owners.push(owner);
  if (!opts['include-nested'] && owners.some((owner) => owner.type === 'function_definition')) return 'nested';
  if (opts.include === 'public') {
    if ([node, ...owners].some((item) => isPrivateName(item.childForFieldName('name')?.text ?? ''))) return 'private';
    const top = owners.at(-1) ?? node;
    if (exported && !exported.has(top.childForFieldName('name')?.text ?? '')) return 'not in __all__';
  }
  if (opts['skip-tests'] && [node, ...owners].some((item) => isTestName(item.childForFieldName('name')?.text ?? '', item.type))) return 'a test';
  const body = node.childForFieldName('body');
  if (body && file.position(body.endIndex).line - file.position(body.startIndex).line + 1 < opts['min-lines']) return 'short';
  if (opts.style === 'numpy' && definition.name === '__init__' && isMethod(definition)) return 'documented by its class (numpy)';
  return undefined;
}

function summaryFor(file: SourceFile, node: SyntaxNode, settings: Settings, promoted: string[]): { summary: string; paragraphs: string[] } | null {
  if (promoted.length) return commentDocstringText(promoted);
  const kind = node.type === 'module' ? 'module' : node.type === 'class_definition' ? 'class' : isMethod(definitionOf(node)) ? 'method' : 'function';
  const text = settings.summarizer.summarize({
    kind,
    name: node.type === 'module' ? file.path : (node.childForFieldName('name')?.text ?? ''),
    signature: node.type === 'module' ? '' : headerText(node),
    source: node.type === 'module' ? file.text : file.slice(definitionOf(node).statement),
    file: file.path,
    style: settings.style,
    nodes: [node],
  });
  return text ? splitSummary(text) : null;
}

/** The edits that put a docstring into a function or class. */
function definitionFix(file: SourceFile, definition: Definition, settings: Settings): Edit[] | null {
  const { node } = definition;
  const colon = headerColon(node);
  const body = node.childForFieldName('body');
  const first = body ? firstStatement(body) : undefined;
  if (!colon || !body || !first) return null;
  // A header continued by a backslash (`def f(a):\` then `return a`) has a one-line body
  // too, for Python: the docstring goes on a line of its own and the backslash goes.
  const continued = /^(?:[ \t\f]*\\(?:\r\n|\r|\n))+[ \t\f]*$/.test(file.text.slice(colon.endIndex, first.startIndex));
  const oneLine = continued || file.lineStart(first.startIndex) === file.lineStart(colon.startIndex);
  const comments = oneLine ? { typeComments: [], description: [] } : leadingComments(file, node);
  const promoted = settings.promote ? comments.description : [];
  const text = summaryFor(file, node, settings, promoted.map((comment) => commentText(comment.text)));
  if (!text) return null;
  const sections = node.type === 'class_definition' ? classSections(node, settings) : functionSections(definition, text.summary);
  const content: DocstringContent = { ...sections, summary: text.summary, paragraphs: text.paragraphs };
  const indent = oneLine ? file.indentAt(node.startIndex) + settings.unit : file.indentAt(first.startIndex);
  // Section items take a tab in files indented with tabs, four spaces otherwise.
  const itemIndent = settings.unit.includes('\t') ? '\t' : '    ';
  const docstring = renderDocstring(content, settings.style, { indent, unit: itemIndent, lineLength: settings.lineLength, eol: file.eol });
  if (oneLine) return [replace({ start: colon.endIndex, end: first.startIndex }, `${file.eol}${indent}${docstring}${file.eol}${indent}`)];
  const lastType = comments.typeComments.at(-1);
  // Under the header (and its type comments), replacing the promoted comment and any
  // blank lines above it.
  const start = file.nextLineStart(lastType ? lastType.endIndex : colon.endIndex);
  const span = { start, end: promoted.length ? file.nextLineStart(promoted.at(-1)!.endIndex) : start };
  // PEP 257: a blank line separates a class docstring from the methods that follow it.
  const nextLine = file.text.slice(span.end, file.lineEnd(span.end));
  const separator = node.type === 'class_definition' && /^\s*(?:@|def |async def |class )/.test(nextLine) ? file.eol : '';
  return [replace(span, `${indent}${docstring}${file.eol}${separator}`)];
}

/** The edit that puts a docstring at the top of a module, under its header comments. */
function moduleFix(file: SourceFile, settings: Settings): Edit[] | null {
  const text = summaryFor(file, file.root, settings, []);
  if (!text) return null;
  const docstring = renderDocstring({ summary: text.summary, paragraphs: text.paragraphs }, 'plain', { indent: '', lineLength: settings.lineLength, eol: file.eol });
  const header = /^(?:#[^\n]*\n)*/.exec(file.text)![0];
  const code = /^(?:[ \t]*\r?\n)*/.exec(file.text.slice(header.length))![0];
  const start = header.length;
  const end = start + code.length;
  const after = end < file.text.length ? file.eol : '';
  return [replace({ start, end }, `${header ? file.eol : ''}${docstring}${file.eol}${after}`)];
}

export default defineTransform({
  id: 'docstrings',
  summary: 'Add docstrings to functions, classes and modules that have none',
  suggestion: 2,
  safety: 'safe',
  invariant: 'ast-without-docstrings',
  scope: 'file',
  options,
  docs: {
    before: 'def _resize_and_assert_error(server, flavor_id, expected_status: int = 400):\n    if not flavor_id:\n        raise ValueError("a flavor is required")\n    return server.resize(flavor_id) == expected_status\n',
    after:
      'def _resize_and_assert_error(server, flavor_id, expected_status: int = 400):\n    """Resize and assert error.\n\n    Args:\n        server: The server.\n        flavor_id: The flavor ID.\n        expected_status (int): The expected status. Defaults to 400.\n\n    Returns:\n        The result.\n\n    Raises:\n        ValueError: A flavor is required.\n    """\n    if not flavor_id:\n        raise ValueError("a flavor is required")\n    return server.resize(flavor_id) == expected_status\n',
  },
  *find(file, context): Iterable<Finding> {
    const opts = context.options;
    if (opts['skip-tests'] && isTestFile(file.path)) return;
    const settings: Settings = {
      style: opts.style,
      lineLength: opts['line-length'],
      promote: opts['promote-comments'],
      attributes: opts['class-attributes'],
      unit: indentUnit(file),
      summarizer: createSummarizer(summarizeDefinitionRequest, {
        command: opts['summarizer-command'],
        timeoutMilliseconds: opts['summarizer-timeout'] * 1000,
        warn: (message) => context.warn(message),
      }),
    };
    if (opts.modules && !existingDocstring(file.root)) {
      yield { message: 'module has no docstring', kind: 'no-docstring', at: { start: 0, end: 0 }, fix: () => edits('Add a module docstring', moduleFix(file, settings)) };
    }
    const exported = moduleExports(file.root);
    const stack: SyntaxNode[] = [file.root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      for (let index = node.namedChildCount - 1; index >= 0; index--) stack.push(node.namedChild(index)!);
      if (node.type !== 'function_definition' && node.type !== 'class_definition') continue;
      const definition = definitionOf(node);
      if (leaveAloneReason(file, definition, exported, opts)) continue;
      const what = node.type === 'class_definition' ? 'class' : isMethod(definition) ? 'method' : 'function';
      yield {
        message: `${what} ${definition.name} has no docstring`,
        kind: 'no-docstring',
        at: node.childForFieldName('name') ?? node,
        fix: () => edits(`Add a docstring to ${definition.name}`, definitionFix(file, definition, settings)),
      };
    }
  },
});

function edits(title: string, list: Edit[] | null) {
  return list ? fix(title, list) : null;
}
