// `variable-names`: expands abbreviated local variable names (`dest_host` ->
// `destination_host`) from the shared dictionary and the user's own, in the function and
// every nested scope that reads them; refuses, with the reason, whenever the new name
// could be captured or code reads the variables by name. With `include-parameters`,
// parameters too: those callers cannot name (positional-only, `*args`) like locals, the
// others with their keyword arguments across the project (src/project/parameter-renames.ts).
import type { SyntaxNode } from '../src/engine/syntax-tree.js';
import { WordVerdicts } from '../src/python/words/text-words.js';
import { fix, replace } from '../src/engine/fixer.js';
import type { SourceFile } from '../src/engine/source.js';
import { defineTransform, type Finding, type Span } from '../src/engine/types.js';
import type { OptionValues } from '../src/engine/options.js';
import type { Conventions } from '../src/engine/conventions.js';
import { collectFileIndex, spelledIn, textOccurrences } from '../src/project/collect.js';
import { collectParameterFacts } from '../src/project/parameter-facts.js';
import { planParameterRenames, type ParameterFileData } from '../src/project/parameter-renames.js';
import { renameFindings, type FileRenames } from '../src/project/rename-findings.js';
import { docstringParameterSpans } from '../src/python/docstrings/docstring-parameters.js';
import { fillsTemplatesFromLocals } from '../src/python/scopes/dynamic-names.js';
import { parametersNotPassedByName } from '../src/python/summaries/functions.js';
import { BUILTIN_NAMES } from '../src/python/scopes/builtins.js';
import { analysedAlready, analyzeScopes, type Binding, type Scope } from '../src/python/scopes/scopes.js';
import { isAncestorOrSelf, renamedNodes, renameRefusal } from '../src/python/scopes/variable-renames.js';
import { abbreviationTable, planExpansion, UNIVERSAL_ABBREVIATIONS } from '../src/python/words/words.js';
import { abbreviatedNameKept, droppedWords, fileIdentifiers, mentionedInText, shortFormKeptElsewhere } from '../src/python/scopes/abbreviation-consistency.js';
import { familyBindings, heldBySiblings } from '../src/python/scopes/sibling-names.js';
import { expansionFromUse, mirroredParameter } from '../src/python/scopes/variable-meaning.js';

const options = {
  abbreviations: {
    type: 'table',
    default: {},
    description:
      'Your own abbreviations and what they stand for (`rp=resource_provider`), added to the shipped dictionary or overriding it; an empty expansion (`tmp=`) switches an entry off.',
  },
  'include-parameters': {
    type: 'boolean',
    default: false,
    description:
      'Also rename parameters: positional-only and `*args`/`**kwargs` ones safely, the others (unsafe) with the keyword arguments of every call the project index resolves, refused whenever a caller cannot be followed.',
  },
  'expand-universal': {
    type: 'boolean',
    default: false,
    description:
      'Also expand the abbreviations that are ordinary Python vocabulary (`idx`, `attr`, `col`, `pos`, `tmp`, `src`, `env`, `pkg`, `buf`, `fmt`, `msg`, `conn`, `ctx`, `expr`, `opts`...: the list in `pycodemod explain variable-names`); by default they stay, as every Python programmer reads them at sight.',
  },
  expand: {
    type: 'enum',
    choices: ['declared', 'dictionary'],
    default: 'declared',
    description:
      "declared: rename only abbreviations whose words you declared in `abbreviations` (or a review plan asks for); the others the dictionary knows are reported without a fix (blind reviews on Django, NetworkX, SciPy, fontTools called such renames churn). dictionary: rename those too.",
  },
  'include-tests': {
    type: 'boolean',
    default: false,
    description: 'Also rename in test files (`test_*.py`, `*_test.py`, `conftest.py`, files under `tests/`); by default production code only.',
  },
  'public-callers': {
    type: 'enum',
    choices: ['refuse', 'ignore'],
    default: 'refuse',
    description:
      "With include-parameters, a public function's parameter (no `_` on it or its class; in `__all__` if there is one): refuse, since code outside the project may pass it by keyword, or ignore such callers (the project is all of them).",
  },
} as const;

/** Bindings whose name someone else chose: functions and classes (`function-names`), imported modules. */
const NOT_VARIABLES = new Set(['function', 'class', 'import', 'parameter']);

/** Whether `binding` is a variable this pass may rename: a local, or a parameter no caller names. */
function isRenamable(binding: Binding, parametersToo: boolean): boolean {
  const parameter = binding.sites.some((site) => site.kind === 'parameter');
  if (binding.sites.some((site) => site.kind !== 'parameter' && NOT_VARIABLES.has(site.kind))) return false;
  return !parameter || (parametersToo && binding.scope.kind === 'function' && parametersNotPassedByName(binding.scope.node).has(binding.name));
}

/** Where renaming `binding` writes: its occurrences and, for a parameter, its docstring entries. */
function renamedSpans(binding: Binding): Array<SyntaxNode | Span> {
  const parameter = binding.sites.some((site) => site.kind === 'parameter');
  return [...renamedNodes(binding), ...(parameter ? docstringParameterSpans(binding.scope.node, binding.name) : [])];
}

/** What decides an expansion, the same for every file of a run. */
interface Words {
  dictionary: ReadonlyMap<string, string>;
  vocabulary: ReadonlySet<string>;
  projectWords: ReadonlySet<string> | undefined;
  /** What `planExpansion` weighs besides the dictionary. */
  evidence: { declared: ReadonlySet<string>; projectWords?: ReadonlySet<string> };
  /** Each word met so far: whether the dictionary expands it, or refuses to. */
  verdicts: WordVerdicts;
}

// By the options, then the conventions: both objects serve every file of a run.
const wordsOf = new WeakMap<object, WeakMap<Conventions, Words>>();

function runWords(chosen: OptionValues<typeof options>, conventions: Conventions): Words {
  const byConventions = wordsOf.get(chosen) ?? new WeakMap<Conventions, Words>();
  wordsOf.set(chosen, byConventions);
  let words = byConventions.get(conventions);
  if (words) return words;
  // The project's own words and names (used across many modules) are idioms there, and
  // so are the abbreviations every Python programmer reads at sight.
  const universal = chosen['expand-universal'] ? [] : [...UNIVERSAL_ABBREVIATIONS].flatMap((word) => [word, `${word}s`]);
  // Learnt from the project (or configured): an abbreviation is expanded only to a
  // long form the project itself writes widely. Nothing known (no project, or one too
  // small to have words in several modules): the dictionary decides.
  const known = conventions.data.vocabulary.origin !== 'default' && conventions.vocabulary.size > 0;
  const dictionary = abbreviationTable(chosen.abbreviations);
  const projectWords = known ? conventions.vocabulary : undefined;
  const vocabulary = new Set([...conventions.vocabulary, ...universal]);
  const evidence = { declared: new Set(dictionary.keys()), ...(projectWords ? { projectWords } : {}) };
  const expands = (name: string): boolean => {
    const plan = planExpansion(name, dictionary, vocabulary, evidence);
    return !!(plan.newName || plan.refusal);
  };
  words = { dictionary, vocabulary, projectWords, evidence, verdicts: new WordVerdicts(expands) };
  byConventions.set(conventions, words);
  return words;
}

/**
 * Where the words of the text that read as names (strings and comments too: a superset)
 * start, of those the dictionary expands, or refuses to, as `expansionFromUse` would.
 */
function expandingWords(text: string, words: Words): number[] {
  return words.verdicts.kept(text).map(({ start }) => start);
}

/**
 * The function bodies worth analysing: every function of an outermost function (with the
 * functions nested in it) that spells a word `expandingWords` found, since every name a
 * function binds is spelt in it and a rename's collisions are looked for in the scopes
 * around and inside it; and every function that declares `global` or `nonlocal`, which
 * bind names outside it. The others' locals can neither be renamed nor collide with a
 * new name (a builtin's name aside, see `find`).
 */
function bodiesSpelling(text: string, starts: readonly number[]): (definition: SyntaxNode) => boolean {
  const declarations = textOccurrences(text, ['global', 'nonlocal']);
  return (definition) => {
    let outermost = definition;
    for (let node = definition.parent; node; node = node.parent) if (node.type === 'function_definition') outermost = node;
    return spelledIn(starts, outermost) || spelledIn(declarations, definition);
  };
}

/** The lines that get longer than the file's limit, as "line 12 (84 characters)". */
function overlongLines(file: SourceFile, nodes: readonly SyntaxNode[], growth: number, limit: number): string[] {
  if (growth <= 0) return [];
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

/**
 * The lines a rename would leave misaligned: a bracket opened after the name on its line
 * whose continuation lines line up with it (visual indent, as PEP 8 shows) would move,
 * and they would not: `result = call(dest,\n              other)`.
 */
function misalignedContinuations(file: SourceFile, nodes: readonly SyntaxNode[]): string[] {
  const lines: string[] = [];
  for (const node of nodes) {
    let statement: SyntaxNode = node;
    while (statement.parent && !['block', 'module'].includes(statement.parent.type)) statement = statement.parent;
    const row = node.startPosition.row;
    const walk = (candidate: SyntaxNode) => {
      if (candidate.startPosition.row > row || candidate.endPosition.row === row) return;
      const opening = candidate.children[0];
      if (opening && ['(', '[', '{'].includes(opening.type) && opening.startPosition.row === row && opening.startIndex >= node.endIndex) {
        const column = opening.startPosition.column + 1;
        const aligned = candidate.namedChildren.find((child) => child.startPosition.row > row && child.startPosition.column === column && file.startsLine(child.startIndex));
        if (aligned) lines.push(`line ${aligned.startPosition.row + 1}`);
      }
      for (const child of candidate.namedChildren) walk(child);
    };
    walk(statement);
  }
  return [...new Set(lines)];
}

/** What `find` and `settles` know of a file's run. */
interface RunContext {
  options: OptionValues<typeof options>;
  conventions: Conventions;
  /** The parameters' renames the project phase planned, by path (with `include-parameters`). */
  project?: Record<string, FileRenames>;
}

/** `expandingWords` of the last text read: `find` and then `settles` ask it of one file. */
let lastRead: { text: string; words: Words; starts: number[] } | undefined;

function expandingWordsOf(text: string, words: Words): number[] {
  if (lastRead?.text !== text || lastRead.words !== words) lastRead = { text, words, starts: expandingWords(text, words) };
  return lastRead.starts;
}

/** Whether the file is test code that the options leave alone. */
function skipped(file: SourceFile, context: RunContext): boolean {
  return !context.options['include-tests'] && context.conventions.isTestFile(file.path);
}

/** The renames of the file's parameters that the project phase planned. */
function parameterFindings(file: SourceFile, context: RunContext): Iterable<Finding> {
  return context.project ? renameFindings(context.project, file.path, file.text, 'unsafe', context.conventions.lineLength) : [];
}

export default defineTransform({
  id: 'variable-names',
  summary: 'Expand abbreviated local variable names (dest_host -> destination_host), scope-aware; parameters on request',
  suggestion: 4,
  safety: 'safe',
  // Parameter renames update docstring entries as well.
  invariant: 'alpha-without-docstrings',
  scope: 'project',
  conventions: ['lineLength', 'vocabulary', 'tests'],
  options,
  // Nothing found, for want of a file it reads or of a name the dictionary expands: the
  // other transforms' one-pass fixes (docstrings, comments, quotes, commas) bind no name,
  // so it would find nothing after them either.
  settles: (file, context: RunContext) =>
    skipped(file, context) ||
    (expandingWordsOf(file.text, runWords(context.options, context.conventions)).length === 0 && [...parameterFindings(file, context)].length === 0),
  // A text that spells no name the dictionary expands has nothing to rename (parameters
  // aside, which the project phase plans from every file).
  mayFind: (text, { options: chosen, conventions }) => chosen['include-parameters'] || expandingWordsOf(text, runWords(chosen, conventions)).length > 0,
  docs: {
    before:
      'def migrate(server, scheduler):\n    dest_host = scheduler.select_host(server)\n    for idx, conn in enumerate(server.connections):\n        conn.send(dest_host, idx)\n',
    after:
      'def migrate(server, scheduler):\n    destination_host = scheduler.select_host(server)\n    for idx, conn in enumerate(server.connections):\n        conn.send(destination_host, idx)\n',
    // The word as a reviewer declares it (a review plan does the same): `idx` and `conn` stay.
    options: { abbreviations: { dest: 'destination' } },
  },
  project: {
    wanted: (chosen) => chosen['include-parameters'],
    collect: (file, chosen): ParameterFileData => ({
      index: collectFileIndex(file),
      facts: collectParameterFacts(file, abbreviationTable(chosen.abbreviations)),
    }),
    combine: (files, chosen, _renames, gate): Record<string, FileRenames> => planParameterRenames(files, { publicCallers: chosen['public-callers'] }, gate),
  },
  *find(file, context): Iterable<Finding> {
    const parametersToo = context.options['include-parameters'];
    if (skipped(file, context)) return;
    const words = runWords(context.options, context.conventions);
    const { dictionary, vocabulary, projectWords } = words;
    // Every finding below starts from a name the dictionary would expand (or refuse to):
    // a file with none, read as text, needs no scope analysis (most files of a project).
    const expanding = expandingWordsOf(file.text, words);
    if (expanding.length === 0) {
      yield* parameterFindings(file, context);
      return;
    }
    // Every identifier of the module, found only when a rename is planned (a search of the whole tree).
    let identifiers: readonly SyntaxNode[] | undefined;
    // Only the bodies that may rename or bind outside them are analysed (a full analysis
    // another transform made of this tree serves as well). Whether a builtin is read is a
    // question for the whole module: a rename to a builtin's name asks the full analysis.
    const analysis = analysedAlready(file.root) ?? analyzeScopes(file.root, { walkBody: bodiesSpelling(file.text, expanding) });
    const asWhole = (binding: Binding): Binding => analyzeScopes(file.root).bindingAt(binding.sites[0]!.node) ?? binding;
    const templatesFromLocals = fillsTemplatesFromLocals(file.root);
    const limit = context.conventions.lineLength;
    // New names given in this pass, by scope: two renames to one name in scopes that see
    // each other wait for the next pass, where the first one counts as a collision.
    const given: Array<{ scope: Scope; name: string }> = [];
    // What each function would rename, decided for the module as a whole below.
    const plans: Array<Map<Binding, string>> = [];
    for (const top of analysis.scopes) {
      // Each outermost function with its nested scopes is decided at once: siblings
      // (`src_`/`dest_`, `dest_host`/`dest_rp_uuid`) are renamed together or not at all.
      if (!top.isFunctionLike || top.parent?.isFunctionLike) continue;
      const family = familyBindings(top);
      const planned = new Map<Binding, string>();
      const refused: Finding[] = [];
      for (const binding of family) {
        if (!binding.scope.isFunctionLike || !isRenamable(binding, parametersToo)) continue;
        // Nothing reads it: a rename says nothing to a reader (unless code reads it by name,
        // which the refusals below report).
        const { locals, vars, eval: evaluates, exec, getframe } = binding.scope.dynamic;
        const unused = binding.references.length === 0 && !binding.sites.some((site) => site.kind === 'parameter');
        if (unused && !(locals || vars || evaluates || exec || getframe)) continue;
        const expansion = expansionFromUse(binding, dictionary, vocabulary, projectWords);
        const at = binding.sites[0]!.node;
        const newName = expansion.newName;
        // A rename whose words the user declared (a reviewer asking for it) may part from the callee's parameter.
        const declared = newName !== undefined && droppedWords(binding.name, newName).every((word) => dictionary.has(word));
        const refusal = (renamed: string) =>
          renameRefusal(BUILTIN_NAMES.has(renamed) ? asWhole(binding) : binding, renamed, templatesFromLocals) ?? (declared ? null : mirroredParameter(binding));
        const why = expansion.refusal ?? (newName ? refusal(newName) : null);
        if (why) {
          refused.push({ message: `\`${binding.name}\` not renamed${newName ? ` to \`${newName}\`` : ''}: ${why}`, kind: 'refused', at });
          continue;
        }
        if (!newName || newName === binding.name) continue;
        const tooLong = overlongLines(file, renamedNodes(binding), newName.length - binding.name.length, limit);
        if (tooLong.length > 0) {
          refused.push({ message: `\`${binding.name}\` not renamed to \`${newName}\`: it would make ${tooLong.join(', ')} longer than the file's ${limit} characters`, kind: 'line-too-long', at });
          continue;
        }
        const misaligned = newName.length === binding.name.length ? [] : misalignedContinuations(file, renamedNodes(binding));
        if (misaligned.length > 0) {
          refused.push({ message: `\`${binding.name}\` not renamed to \`${newName}\`: ${misaligned.join(', ')} lines up with a bracket the rename would move`, kind: 'refused', at });
          continue;
        }
        const parameter = binding.sites.some((site) => site.kind === 'parameter');
        const mention = parameter ? null : mentionedInText(binding.scope.node, binding.name);
        if (mention) {
          refused.push({ message: `\`${binding.name}\` not renamed to \`${newName}\`: a comment or string of the function names it (${mention})`, kind: 'refused', at });
          continue;
        }
        planned.set(binding, newName);
      }
      yield* refused;
      if (planned.size === 0) continue;
      const held = heldBySiblings(family, new Set(planned.keys()), dictionary);
      for (const [binding, sibling] of held) {
        if (!planned.has(binding)) continue;
        yield { message: `\`${binding.name}\` not renamed to \`${planned.get(binding)}\`: its sibling \`${sibling.name}\` stays as it is, and siblings are renamed together`, kind: 'refused', at: binding.sites[0]!.node };
        planned.delete(binding);
      }
      if (planned.size === 0) continue;
      // A function that keeps another abbreviated name would read half renamed.
      // The words the user declared are theirs to expand (a reviewer asking for this very
      // rename): the consistency rules below leave such renames alone.
      const asked = (binding: Binding, newName: string): boolean => droppedWords(binding.name, newName).every((word) => dictionary.has(word));
      const staying = abbreviatedNameKept(family, new Set(planned.keys()), vocabulary, dictionary);
      if (staying) {
        for (const [binding, newName] of planned) {
          if (asked(binding, newName)) continue;
          yield { message: `\`${binding.name}\` not renamed to \`${newName}\`: \`${staying.name}\` stays abbreviated in the same function`, kind: 'refused', at: binding.sites[0]!.node };
          planned.delete(binding);
        }
        if (planned.size === 0) continue;
      }
      plans.push(planned);
    }
    // The module keeps the short word elsewhere (not renamed in this pass): both spellings
    // would live side by side. A function's names are renamed together or not at all, and
    // a function left as it is may keep a word another one gave up: decided until stable.
    for (let settled = false; !settled; ) {
      settled = true;
      const renamedHere = new Set(plans.flatMap((planned) => [...planned.keys()].flatMap((binding) => renamedNodes(binding).map((node) => node.startIndex))));
      for (const planned of [...plans]) {
        const keptElsewhere = [...planned].flatMap(([binding, newName]) => {
          if (droppedWords(binding.name, newName).every((word) => dictionary.has(word))) return [];
          const elsewhere = shortFormKeptElsewhere((identifiers ??= fileIdentifiers(file.root)), renamedHere, droppedWords(binding.name, newName));
          return elsewhere ? [{ binding, elsewhere }] : [];
        });
        if (keptElsewhere.length === 0) continue;
        const first = keptElsewhere[0]!;
        for (const [binding, newName] of planned) {
          const own = keptElsewhere.find((entry) => entry.binding === binding);
          const why = own ? `the module keeps the short form in ${own.elsewhere}` : `\`${first.binding.name}\` stays, since the module keeps the short form in ${first.elsewhere}`;
          yield { message: `\`${binding.name}\` not renamed to \`${newName}\`: ${why}`, kind: 'refused', at: binding.sites[0]!.node };
        }
        plans.splice(plans.indexOf(planned), 1);
        settled = false;
        break;
      }
    }
    // Words the user declared (their table, or a review plan's): what is renamed by default.
    const declaredWords = new Set(Object.entries(context.options.abbreviations as Record<string, string>).filter(([, long]) => long).map(([short]) => short.toLowerCase()));
    const byDictionary = context.options.expand === 'dictionary';
    for (const planned of plans) {
      for (const [binding, newName] of planned) {
        const at = binding.sites[0]!.node;
        if (!byDictionary && !droppedWords(binding.name, newName).every((word) => declaredWords.has(word.toLowerCase()))) {
          yield {
            message: `\`${binding.name}\` is an abbreviation: \`${newName}\` would spell it out (not renamed by default: declare the word in variable-names.abbreviations, or --set variable-names.expand=dictionary)`,
            kind: 'proposed',
            at,
          };
          continue;
        }
        const scope = binding.scope;
        if (given.some((other) => other.name === newName && (isAncestorOrSelf(other.scope, scope) || isAncestorOrSelf(scope, other.scope)))) continue;
        given.push({ scope, name: newName });
        const spans = renamedSpans(binding);
        yield {
          message: `\`${binding.name}\` is an abbreviation: rename it to \`${newName}\``,
          kind: 'abbreviation',
          at,
          // Computed from this pass's text: it may wait for a later pass. Other transforms'
          // fixes in the function wait for the renamed text.
          fix: () => ({
            ...fix(`Rename \`${binding.name}\` to \`${newName}\``, spans.map((span) => replace(span, newName))),
            projectWide: false,
            extent: { start: scope.node.startIndex, end: scope.node.endIndex },
          }),
        };
      }
    }
    yield* parameterFindings(file, context);
  },
});
