// `docstrings`: functions, methods, classes (and, as an option, modules) without a
// docstring get one from text their author wrote: a comment under the header that
// describes the whole definition for its caller (promoted). Only with a summarizer
// configured (an opt-in) are summaries and facts read from the code (exceptions raised,
// early returns, what a None default stands for, settings read) written too. A method
// that overrides a documented method of a project base class inherits that docstring
// and gets none. Safe: only docstrings and comments change.
import type { SyntaxNode } from '../src/engine/syntax-tree.js';
import { fix, replace } from '../src/engine/fixer.js';
import type { OptionValues } from '../src/engine/options.js';
import type { SourceFile } from '../src/engine/source.js';
import { defineTransform, type Edit, type Finding } from '../src/engine/types.js';
import { summarizeDefinitionRequest } from '../src/python/summaries/definition-summary.js';
import { classSections, functionContent, hasContent, splitSummary } from '../src/python/docstrings/docstring-content.js';
import { silentReason } from '../src/python/docstrings/docstring-silence.js';
import { describesDefinition, PREFORMATTED_LINE, reflowedParagraphs } from '../src/python/docstrings/promotion.js';
import { returnedClosure } from '../src/python/summaries/code-facts.js';
import { commentDocstringText, commentText, existingDocstring, writesOneLineDocstrings, firstStatement, headerColon, indentUnit, leadingComments, type LeadingComments } from '../src/python/docstrings/docstring-place.js';
import { DOCSTRING_STYLES, renderDocstring, type DocstringContent, type DocstringStyle } from '../src/python/docstrings/docstring-render.js';
import { classSetsDoc, definitionOf, documentedParameters, hasDecorator, headerText, isMethod, isPropertyAccessor, moduleExports, type Definition } from '../src/python/summaries/functions.js';
import { createSummarizer, type Summarizer } from '../src/python/summaries/summarizer.js';
import { isDunder, isPrivateName } from '../src/python/words/words.js';
import { functionWords, imperativeOf, isThirdPersonVerb, isVerb, phrasalVerbOf, thirdPersonOf } from '../src/python/words/english.js';
import type { Conventions, DocstringMood } from '../src/engine/conventions.js';
import { isTestFile, isTestName } from '../src/python/conventions/tests.js';
import { resolve } from 'node:path';
import { definitionRequest, exampleDocstrings, requestKey } from '../src/python/docstrings/docstring-requests.js';
import { askEndpoint } from '../src/python/summaries/endpoint-summarizer.js';
import type { DefinitionRequest } from '../src/python/summaries/summary-prompt.js';
import { restatesCode } from '../src/python/summaries/restates-code.js';
import { mayPromoteHeaderComment } from '../src/python/docstrings/header-comments.js';
import { collectDefinitionIndex, type FileIndex } from '../src/project/collect.js';
import { ProjectIndex, type DeferredFiles } from '../src/project/index.js';
import { definitionNodes } from '../src/python/syntax/definitions.js';

const options = {
  style: { type: 'enum', choices: [...DOCSTRING_STYLES, 'project'] as const, default: 'project', description: "Docstring style: google, numpy, sphinx, plain (prose, no sections), or project: the project's convention (pycodemod conventions)." },
  'line-length': { type: 'integer', min: 0, default: 0, description: "Wrap docstring lines at this length (0: the project's docstring width, 79 unless its docstrings show a wider one, within its line length)." },
  'promote-comments': { type: 'boolean', default: true, description: 'Turn a comment block at the start of a body into the docstring text.' },
  include: { type: 'enum', choices: ['all', 'public'] as const, default: 'all', description: 'all, or public: names without a leading underscore, and only those in __all__ when the module has one.' },
  'skip-tests': { type: 'boolean', default: false, description: 'Leave test files, test classes and test functions alone.' },
  'min-lines': { type: 'integer', min: 0, default: 0, description: 'Leave alone functions and classes whose body has fewer lines than this (0: document all).' },
  'include-nested': { type: 'boolean', default: false, description: 'Also document functions and classes defined inside functions.' },
  modules: { type: 'boolean', default: false, description: 'Also give modules a docstring.' },
  'class-attributes': { type: 'boolean', default: false, description: 'List the public attributes that __init__ assigns in the class docstring.' },
  'summarizer-command': { type: 'string', default: '', description: 'A program that prints the summary; it reads JSON (kind, name, signature, source, file, style) on stdin.' },
  'summarizer-timeout': { type: 'integer', min: 1, default: 10, description: 'Seconds the summarizer command or endpoint may take for one summary before the heuristic is used.' },
  'summarizer-url': { type: 'string', default: '', description: 'An OpenAI-compatible chat-completions server (llama.cpp, Ollama, vLLM: http://127.0.0.1:8080/v1) asked for the summaries, before any file is rewritten.' },
  'summarizer-model': { type: 'string', default: 'default', description: 'The model name sent to the summarizer endpoint.' },
  'summarizer-concurrency': { type: 'integer', min: 1, default: 4, description: 'Requests to the summarizer endpoint made at the same time.' },
  'summarizer-cache': { type: 'string', default: '.pycodemod_cache/summaries.json', description: 'Where the endpoint answers are kept, by a hash of the prompt (relative to the working directory; empty: no cache).' },
} as const;

/**
 * Where prose wraps: the option, else the project's docstring width within its line length
 * (Django's code goes to 119, its docstrings to 79).
 */
function proseWidth(opts: OptionValues<typeof options>, conventions: Conventions): number {
  return opts['line-length'] || Math.min(conventions.lineLength, conventions.docstringWidth);
}

/** The endpoint summarizer's data: what to ask (collected from every file), then the answers. */
interface SummaryProject {
  requests: DefinitionRequest[];
  examples: string[];
  /** Verified answers by request key; null: the answer was dropped, the heuristic decides. */
  answers: Record<string, string | null>;
  /** Path -> methods (`Class.method`) that override a documented method of a project base class. */
  overrides: Record<string, string[]>;
}

/** One file's part of the project data. */
interface SummaryFileData {
  requests: DefinitionRequest[];
  examples: string[];
  index: FileIndex;
  /** Methods (`Outer.Inner.method`) with a docstring, and those without one. */
  documented: string[];
  undocumented: string[];
}

interface Settings {
  style: DocstringStyle;
  lineLength: number;
  /** The project's layout: `"""Summary.` or the summary under the opening quotes. */
  summaryOnQuoteLine: boolean;
  /** Whether the file writes a one-sentence docstring on one line (undefined: as the layout says); asked only of a docstring to write. */
  oneLiner: () => boolean | undefined;
  /** Whether the file spells `.__doc__` at all (most do not: no search per definition then). */
  spellsDoc: boolean;
  promote: boolean;
  attributes: boolean;
  summarizer: Summarizer;
  /** The file's indentation step, for bodies split off a one-line definition. */
  unit: string;
  /** A summarizer program answers: its text is information, not a restated name. */
  answersAreInformation: boolean;
  /** The endpoint's verified answers, by request key. */
  answers: Record<string, string | null>;
  /**
   * No summarizer is configured: a docstring is written only from the author's own text
   * (a promoted comment), never from the name or facts copied from the code.
   */
  authorTextOnly: boolean;
  /** Methods of this file (`Class.method`) whose base class documents them. */
  overrides: ReadonlySet<string>;
  /** The verb form the project's summaries open with. */
  mood: DocstringMood;
}

/** Words after a summary's first word that show it is not a verb ("Tests for the parser"). */
const NOT_AN_OBJECT = /^(?:for|of|in|on|with|from|by|at|as|is|are|was|were|and|or|to)$/i;

/**
 * A function's summary opening with the verb form the project writes ("Returns the row"
 * becomes "Return the row" where summaries are imperative), and a verb written as one
 * word in the form prose writes it ("Cleanup the files" becomes "Clean up the files").
 */
function inProjectMood(summary: string, mood: DocstringMood): string {
  const match = /^([A-Z][a-z]+)(\s+)(\S+)/.exec(summary);
  if (!match || NOT_AN_OBJECT.test(match[3]!)) return summary;
  const [, verb, space] = match as unknown as [string, string, string];
  const rest = summary.slice(verb.length);
  const phrasal = phrasalVerbOf(verb);
  if (phrasal) {
    const [head, particle] = phrasal.split(' ') as [string, string];
    return `${mood === 'third-person' ? (thirdPersonOf(head) ?? head) : head} ${particle}${rest}`;
  }
  const changed = mood === 'imperative' ? imperativeOf(verb) : mood === 'third-person' && !isThirdPersonVerb(verb) ? thirdPersonOf(verb) : undefined;
  return changed && space ? `${changed}${rest}` : summary;
}

/** `Outer.Inner.method` for a method in a class body (classes only, no function between), else null. */
function methodPath(definition: Definition): string | null {
  const path = [definition.name];
  let owner = definition.owner;
  if (owner.type !== 'class_definition') return null;
  for (; owner.type === 'class_definition'; owner = definitionOf(owner).owner) path.unshift(owner.childForFieldName('name')?.text ?? '');
  return owner.type === 'module' ? path.join('.') : null;
}

/** Whether a comment of the definition's could become its docstring. */
function hasCommentToPromote(file: SourceFile, definition: Definition, opts: OptionValues<typeof options>): boolean {
  return promotableComments(file, definition, opts['promote-comments']).length > 0;
}

/** Without a summarizer (a program or an endpoint), only the author's own words make a docstring. */
function authorTextOnly(opts: OptionValues<typeof options>): boolean {
  return !opts['summarizer-command'].trim() && !opts['summarizer-url'].trim();
}

/**
 * Whether `find` could document the method that has no docstring: any, with a summarizer;
 * else one with a comment to promote (`headerChecked`: its header is known to hold a `#`).
 */
function couldDocument(file: SourceFile, definition: Definition, opts: OptionValues<typeof options>, headerChecked = false): boolean {
  if (!authorTextOnly(opts)) return true;
  const { node } = definition;
  return !isTestName(definition.name, node.type) && (headerChecked || mayHaveHeaderComment(file, node)) && hasCommentToPromote(file, definition, opts);
}

/**
 * The methods of a file with a docstring, and those without one that `find` could
 * document (`couldDocument`): only these can be overrides that the project phase must find.
 */
function fileMethods(file: SourceFile, opts: OptionValues<typeof options>): { documented: string[]; undocumented: string[] } {
  const documented: string[] = [];
  const undocumented: string[] = [];
  const silent = opts['skip-tests'] && isTestFile(file.path);
  for (const node of definitionNodes(file, ['function_definition'])) {
    const definition = definitionOf(node);
    const path = methodPath(definition);
    if (!path) continue;
    if (existingDocstring(node)) documented.push(path);
    else if (!silent && couldDocument(file, definition, opts)) undocumented.push(path);
  }
  return { documented, undocumented };
}

/**
 * Whether `fileMethods` finds a method `find` could document, asked in the cheapest order:
 * without a summarizer, a definition with no comment in its header, most of them, is
 * passed over before its node or its owners are looked up.
 */
function mayDocumentAMethod(file: SourceFile, opts: OptionValues<typeof options>): boolean {
  if (opts['skip-tests'] && isTestFile(file.path)) return false;
  const textOnly = authorTextOnly(opts);
  // A comment in a header comes before the body, which starts before the next definition.
  // The definitions come in order: the first `#` after one serves the next ones up to it.
  let hash = -1;
  const commented = (keyword: number, next: number): boolean => {
    if (hash < keyword) hash = file.text.indexOf('#', keyword) >>> 0;
    return hash < next;
  };
  for (const node of definitionNodes(file, ['function_definition'], textOnly ? commented : undefined)) {
    if (textOnly && !mayHaveHeaderComment(file, node)) continue;
    const definition = definitionOf(node);
    if (methodPath(definition) && !existingDocstring(node) && couldDocument(file, definition, opts, true)) return true;
  }
  return false;
}

/**
 * Whether the text may hold a definition `find` documents, as its lines show: with the
 * author's words only, one with a comment under its header it could promote.
 */
function mayDocumentByText(text: string, opts: OptionValues<typeof options>): boolean {
  if (!authorTextOnly(opts)) return true;
  return opts['promote-comments'] && mayPromoteHeaderComment(text);
}

/** Bases whose methods have no docstring a reader would look for. */
const UNDOCUMENTED_BASES = new Set(['object', 'ABC', 'abc.ABC', 'Generic', 'typing.Generic', 'Protocol', 'typing.Protocol']);

/**
 * The methods that override a method some project base class documents: help() and
 * Sphinx's autodoc show the base's docstring for them, which a docstring of their own
 * (often a note about this override's implementation) would hide. A public method of a
 * class with a base outside the project (`unittest.TestResult`, `socketserver.BaseServer`)
 * or one that implements an interface (`@implementer(IPushProducer)`) may override a
 * documented one that cannot be read: it is counted with them.
 */
function documentedOverrides(files: ReadonlyArray<{ path: string; data: SummaryFileData }>, context?: DeferredFiles): Record<string, string[]> {
  // The files set aside document no override: the index asks for those its look-ups reach.
  const index = new ProjectIndex(
    files.map(({ path, data }) => ({ path, data: data.index })),
    context,
  );
  const documented = new Set<string>();
  for (const { path, data } of files) {
    const module = index.moduleOfPath.get(path);
    if (module) for (const method of data.documented) documented.add(`${module}.${method}`);
  }
  // Classes with a base outside the project (other than `object` and the like) or an interface.
  const outside = (qualified: string): boolean => {
    const symbol = index.symbols.get(qualified);
    if (symbol?.kind !== 'class') return false;
    const { bases, opaqueBases } = symbol.definition;
    // `@implementer(IPushProducer)`: the interface documents the public methods.
    const implementsInterface = symbol.definition.decorators.some((decorator) => /^(?:[\w.]*\.)?implementer\(/.test(decorator));
    const outsideBase = (base: string): boolean => !UNDOCUMENTED_BASES.has(base) && index.symbols.get(index.resolveDotted(symbol.path, base.split('.')) ?? '')?.kind !== 'class';
    return implementsInterface || opaqueBases || bases.some(outsideBase);
  };
  const overrides: Record<string, string[]> = {};
  for (const { path, data } of files) {
    const module = index.moduleOfPath.get(path);
    if (!module) continue;
    for (const method of data.undocumented) {
      const dot = method.lastIndexOf('.');
      const name = method.slice(dot + 1);
      const cls = `${module}.${method.slice(0, dot)}`;
      const hierarchy = [cls, ...index.ancestors(cls)];
      const publicName = !name.startsWith('_');
      const documentedAbove = hierarchy.slice(1).some((base) => documented.has(`${base}.${name}`));
      if (documentedAbove || (publicName && hierarchy.some(outside))) (overrides[path] ??= []).push(method);
    }
  }
  return overrides;
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

function summaryFor(file: SourceFile, node: SyntaxNode, settings: Settings, promoted: string[], answer?: string | null): { summary: string; paragraphs: string[]; informative: boolean } | null {
  if (promoted.length) {
    // A list or table under the first line starts a paragraph of its own, kept as written.
    const listAt = promoted.findIndex((line, index) => index > 0 && PREFORMATTED_LINE.test(line));
    const text = commentDocstringText(listAt > 0 ? [...promoted.slice(0, listAt), '', ...promoted.slice(listAt)] : promoted);
    return { summary: text.summary, paragraphs: reflowedParagraphs(text.paragraphs), informative: true };
  }
  if (answer) {
    // A verified answer that only says the name again ("Resize the server.") is no information.
    const header = [node.childForFieldName('name'), node.childForFieldName('parameters')].filter((item): item is SyntaxNode => !!item);
    return { ...splitSummary(answer), informative: !restatesCode(splitSummary(answer).summary, header) };
  }
  const kind = node.type === 'module' ? 'module' : node.type === 'class_definition' ? 'class' : isMethod(definitionOf(node)) ? 'method' : 'function';
  const request = {
    kind,
    name: node.type === 'module' ? file.path : (node.childForFieldName('name')?.text ?? ''),
    signature: node.type === 'module' ? '' : headerText(node),
    source: node.type === 'module' ? file.text : file.slice(definitionOf(node).statement),
    file: file.path,
    style: settings.style,
    nodes: [node],
  } as const;
  const text = settings.summarizer.summarize(request);
  if (!text) return null;
  // A summarizer program's answer is information; the heuristic's fallback is not.
  const informative = settings.answersAreInformation && text !== summarizeDefinitionRequest(request);
  return { ...splitSummary(text), informative };
}

/**
 * `run_validators`, `connect(host)`, `__init__`: a name whose summary is a sentence with
 * a verb and its object; a lone verb acting on the instance ("Pop the queue.") is not.
 */
function namesAnAction(definition: Definition): boolean {
  if (isDunder(definition.name)) return true;
  const [verb, ...rest] = functionWords(definition.name);
  if (verb === undefined || !isVerb(verb)) return false;
  return rest.length > 0 || documentedParameters(definition).some((parameter) => parameter.stars === '' && parameter.default === undefined);
}

/** The comment block under the header that may become the docstring, if any. */
function promotableComments(file: SourceFile, definition: Definition, promote: boolean, comments?: LeadingComments): SyntaxNode[] {
  const { node } = definition;
  const colon = headerColon(node);
  const first = node.childForFieldName('body') ? firstStatement(node.childForFieldName('body')!) : undefined;
  if (!promote || !colon || !first || file.lineStart(first.startIndex) === file.lineStart(colon.startIndex)) return [];
  const { description } = comments ?? leadingComments(file, node);
  return description.length && describesDefinition(file, node, description) ? description : [];
}

/** The edits that put a docstring into a function or class; null when there is nothing to say. */
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
  // A method whose base class documents it inherits that docstring.
  const path = methodPath(definition);
  if (path && settings.overrides.has(path)) return null;
  // `f.__doc__ = ...` further down: the docstring is set there, and one here would be replaced.
  if (settings.spellsDoc && file.text.includes(`${definition.name}.__doc__`) && new RegExp(`(?:^|[^\\w.])${definition.name}\\.__doc__\\s*[+]?=`, 'm').test(file.text)) return null;
  const promoted = promotableComments(file, definition, settings.promote, comments);
  // Without a summarizer, only the author's own words make a docstring; a test's comment
  // stays a comment (in a docstring it adds nothing a reader of the test did not have).
  if (settings.authorTextOnly && (!promoted.length || isTestName(definition.name, node.type))) return null;
  const answer = promoted.length ? undefined : settings.answers[requestKey(file.slice(definition.statement))];
  // Without a comment of its own (or a verified answer), a definition whose docstring
  // could only restate its name, or whose name may not say what it returns (a closure),
  // stays undocumented.
  if (!promoted.length && !answer && (silentReason(definition) || (node.type === 'function_definition' && returnedClosure(definition)))) return null;
  const text = summaryFor(file, node, settings, promoted.map((comment) => commentText(comment.text)), answer);
  if (!text) return null;
  const summary = node.type === 'function_definition' ? inProjectMood(text.summary, settings.mood) : text.summary;
  const content: DocstringContent = { summary, paragraphs: text.paragraphs };
  if (node.type === 'class_definition') Object.assign(content, classSections(node, { ...settings, style: settings.authorTextOnly ? 'plain' : settings.style }));
  else if (!settings.authorTextOnly) {
    const facts = functionContent(definition, settings.style);
    // A summary from the name alone earns no docstring: the code must say more, and the
    // name must read as an action for its summary to head the facts ("Return the decr.",
    // "Characters.", "Not support combined queries." do not).
    if (!text.informative && (!hasContent(facts) || !namesAnAction(definition))) return null;
    Object.assign(content, facts.sections);
    content.paragraphs = [...text.paragraphs, ...(facts.prose.length ? [facts.prose.join(' ')] : [])];
  }
  const indent = oneLine ? file.indentAt(node.startIndex) + settings.unit : file.indentAt(first.startIndex);
  // Section items take a tab in files indented with tabs, four spaces otherwise.
  const itemIndent = settings.unit.includes('\t') ? '\t' : '    ';
  const docstring = renderDocstring(content, settings.style, { indent, unit: itemIndent, lineLength: settings.lineLength, eol: file.eol, summaryOnQuoteLine: settings.summaryOnQuoteLine, ...(settings.oneLiner() === undefined ? {} : { oneLiner: settings.oneLiner() }) });
  if (oneLine) return [replace({ start: colon.endIndex, end: first.startIndex }, `${file.eol}${indent}${docstring}${file.eol}${indent}`)];
  const lastType = comments.typeComments.at(-1);
  // Under the header (and its type comments), replacing the promoted comment and any
  // blank lines above it.
  const start = file.nextLineStart(lastType ? lastType.endIndex : colon.endIndex);
  let end = promoted.length ? file.nextLineStart(promoted.at(-1)!.endIndex) : start;
  // The blank line that set a promoted comment apart from the code goes with it.
  if (promoted.length && node.type === 'function_definition') end += /^(?:[ \t]*\r?\n)*/.exec(file.text.slice(end))![0].length;
  const span = { start, end };
  // PEP 257: a blank line separates a class docstring from the methods that follow it.
  const nextLine = file.text.slice(span.end, file.lineEnd(span.end));
  const separator = node.type === 'class_definition' && /^\s*(?:@|def |async def |class )/.test(nextLine) ? file.eol : '';
  return [replace(span, `${indent}${docstring}${file.eol}${separator}`)];
}

/** The edit that puts a docstring at the top of a module, under its header comments. */
function moduleFix(file: SourceFile, settings: Settings): Edit[] | null {
  // A summary from the file name ("The config module.") says nothing: only a summarizer's.
  const text = summaryFor(file, file.root, settings, []);
  if (!text?.informative) return null;
  const docstring = renderDocstring({ summary: text.summary, paragraphs: text.paragraphs }, 'plain', { indent: '', lineLength: settings.lineLength, eol: file.eol, summaryOnQuoteLine: settings.summaryOnQuoteLine });
  const header = /^(?:#[^\n]*\n)*/.exec(file.text)![0];
  const code = /^(?:[ \t]*\r?\n)*/.exec(file.text.slice(header.length))![0];
  const start = header.length;
  const end = start + code.length;
  const after = end < file.text.length ? file.eol : '';
  return [replace({ start, end }, `${header ? file.eol : ''}${docstring}${file.eol}${after}`)];
}

/**
 * Whether a comment may stand between the definition's header and its body, as the text
 * shows (a `#` after its start, before its body): without one, there is nothing of the
 * author's to promote.
 */
function mayHaveHeaderComment(file: SourceFile, node: SyntaxNode): boolean {
  const body = node.childForFieldName('body');
  const hash = file.text.indexOf('#', node.startIndex);
  return !body || (hash !== -1 && hash < body.startIndex);
}

/** The functions and classes without a docstring that the options let us document (with `worth`, of those it keeps). */
function* candidates(file: SourceFile, opts: OptionValues<typeof options>, worth?: (node: SyntaxNode) => boolean): Iterable<Definition> {
  const exported = moduleExports(file.root);
  // One search of the tree (no node object for the nodes between definitions).
  for (const node of definitionNodes(file, ['function_definition', 'class_definition'])) {
    if (worth && !worth(node)) continue;
    const definition = definitionOf(node);
    if (!leaveAloneReason(file, definition, exported, opts)) yield definition;
  }
}

/** The definitions worth asking the endpoint about: no comment to promote, not silent by kind. */
function endpointRequests(file: SourceFile, opts: OptionValues<typeof options>): DefinitionRequest[] {
  if (opts['skip-tests'] && isTestFile(file.path)) return [];
  return [...candidates(file, opts)]
    .filter((definition) => (definition.node.type === 'class_definition' || !silentReason(definition)) && !hasCommentToPromote(file, definition, opts))
    .map((definition) => definitionRequest(file, definition));
}

export default defineTransform({
  id: 'docstrings',
  summary: "Add docstrings from the author's own words: a leading comment that describes the whole function or class (facts from the code only with a summarizer)",
  suggestion: 2,
  safety: 'safe',
  invariant: 'ast-without-docstrings',
  scope: 'file',
  conventions: ['lineLength', 'docstringStyle', 'docstringLayout', 'docstringMood', 'docstringWidth', 'tests'],
  onePass: true,
  options,
  mayFind: (text, { options: opts }) => mayDocumentByText(text, opts),
  docs: {
    before:
      'def _resize_and_assert_error(server, flavor_id, expected_status=400):\n    # Check that the API refuses to resize the server to this flavor.\n    return server.resize(_flavor(flavor_id)) == expected_status\n\n\ndef _flavor(flavor_id):\n    if not flavor_id:\n        raise ValueError("a flavor is required")\n    return FLAVORS[flavor_id]\n\n\ndef test_resize_to_same_flavor(self):\n    # The server already has this flavor.\n    self.assertFalse(_resize_and_assert_error(self.server, "m1.small"))\n',
    after:
      'def _resize_and_assert_error(server, flavor_id, expected_status=400):\n    """Check that the API refuses to resize the server to this flavor."""\n    return server.resize(_flavor(flavor_id)) == expected_status\n\n\ndef _flavor(flavor_id):\n    if not flavor_id:\n        raise ValueError("a flavor is required")\n    return FLAVORS[flavor_id]\n\n\ndef test_resize_to_same_flavor(self):\n    # The server already has this flavor.\n    self.assertFalse(_resize_and_assert_error(self.server, "m1.small"))\n',
  },
  project: {
    // Without a summarizer endpoint, only the overrides: definitions and bases.
    outline: (opts) => !opts['summarizer-url'].trim(),
    collect: (file, opts): SummaryFileData => ({
      requests: opts['summarizer-url'].trim() ? endpointRequests(file, opts) : [],
      examples: opts['summarizer-url'].trim() ? exampleDocstrings(file) : [],
      // Only what resolves base classes: the overrides are all the project phase finds.
      index: collectDefinitionIndex(file),
      ...fileMethods(file, opts),
    }),
    // Without an endpoint's answers, only a method this file could document depends on the other files.
    settled: (data, opts) => !opts['summarizer-url'].trim() && data.undocumented.length === 0,
    // Such a file (most of a project) matters to the others only if one of its classes is
    // the base of one of theirs: the index asks for it then.
    aside: (file, opts) => (!opts['summarizer-url'].trim() && !mayDocumentAMethod(file, opts) ? true : null),
    // So does, unparsed, a file whose text shows no comment it could promote.
    defer: (opts, { text }) => (!mayDocumentByText(text, opts) ? true : null),
    // Nor does it when none of the file's methods overrides a documented one.
    unaffected: (path, project: SummaryProject, opts) => !opts['summarizer-url'].trim() && !project.overrides[path],
    combine(files: ReadonlyArray<{ path: string; data: SummaryFileData }>, _opts, _renames, _gate, context): SummaryProject {
      const requests = files.flatMap(({ data }) => data.requests);
      // Three of the project's docstrings, from files spread over the tree.
      const withExamples = files.filter(({ data }) => data.examples.length > 0);
      const picks = withExamples.length ? [...new Set([0, Math.floor(withExamples.length / 2), withExamples.length - 1])] : [];
      return { requests, examples: picks.map((index) => withExamples[index]!.data.examples[0]!), answers: {}, overrides: documentedOverrides(files, context) };
    },
    async prepare(project, opts, context): Promise<SummaryProject> {
      if (!project.requests.length) return project;
      const outcome = await askEndpoint(
        project.requests,
        {
          url: opts['summarizer-url'].trim(),
          model: opts['summarizer-model'],
          timeoutMilliseconds: opts['summarizer-timeout'] * 1000,
          concurrency: opts['summarizer-concurrency'],
          cachePath: opts['summarizer-cache'] ? resolve(context.cwd, opts['summarizer-cache']) : '',
          style: opts.style === 'project' ? context.conventions.docstringStyle : opts.style,
          lineLength: proseWidth(opts, context.conventions),
          examples: project.examples,
        },
        { progress: context.progress },
      );
      if (outcome.problems.length) context.warn(`summarizer endpoint ${opts['summarizer-url']}: ${outcome.problems.join('; ')}; the heuristic was used for those`);
      return { ...project, answers: outcome.answers };
    },
  },
  *find(file, context): Iterable<Finding> {
    const opts = context.options;
    if (opts['skip-tests'] && isTestFile(file.path)) return;
    let oneLiner: { value: boolean | undefined } | undefined;
    const settings: Settings = {
      style: opts.style === 'project' ? context.conventions.docstringStyle : opts.style,
      lineLength: proseWidth(opts, context.conventions),
      summaryOnQuoteLine: context.conventions.docstringLayout.summaryOnQuoteLine,
      // The file's own habit first, then the project's.
      oneLiner: () => (oneLiner ??= { value: writesOneLineDocstrings(file) ?? context.conventions.docstringLayout.oneLiner }).value,
      spellsDoc: file.text.includes('.__doc__'),
      promote: opts['promote-comments'],
      attributes: opts['class-attributes'],
      unit: indentUnit(file),
      answersAreInformation: opts['summarizer-command'].trim() !== '',
      answers: context.project?.answers ?? {},
      authorTextOnly: authorTextOnly(opts),
      overrides: new Set(context.project?.overrides[file.path] ?? []),
      mood: context.conventions.docstringMood,
      summarizer: createSummarizer(summarizeDefinitionRequest, {
        command: opts['summarizer-command'],
        timeoutMilliseconds: opts['summarizer-timeout'] * 1000,
        warn: (message) => context.warn(message),
      }),
    };
    const moduleEdits = opts.modules && !existingDocstring(file.root) ? moduleFix(file, settings) : null;
    if (moduleEdits) yield { message: 'module has no docstring', kind: 'no-docstring', at: { start: 0, end: 0 }, fix: () => fix('Add a module docstring', moduleEdits) };
    // Only the author's words make a docstring: a definition with no comment under its header has none.
    const worth = settings.authorTextOnly ? (node: SyntaxNode) => mayHaveHeaderComment(file, node) : undefined;
    for (const definition of candidates(file, opts, worth)) {
      const { node } = definition;
      const what = node.type === 'class_definition' ? 'class' : isMethod(definition) ? 'method' : 'function';
      // Decided now, not when the fix is asked for: silence reports nothing.
      const list = definitionFix(file, definition, settings);
      if (!list) continue;
      yield {
        message: `${what} ${definition.name} has no docstring`,
        kind: 'no-docstring',
        at: node.childForFieldName('name') ?? node,
        fix: () => fix(`Add a docstring to ${definition.name}`, list),
      };
    }
  },
});
