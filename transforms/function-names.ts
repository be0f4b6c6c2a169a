// Review suggestion 3: over-long function, method and class names. Renames follow a
// reviewed plan (or the transform's own proposals) across the whole project: the
// definition, calls, imports, self./cls./super() members through the class hierarchy,
// `__all__`, mock.patch targets; a rename that cannot be made complete is refused.
import { ProjectGate } from '../src/engine/project-gate.js';
import { defineTransform, type RenameSuggestion, type Span } from '../src/engine/types.js';
import { builtFileIndex, collectDefinitionIndex, collectFileIndex, collectFileIndexFor, type FileIndex } from '../src/project/collect.js';
import { ProjectIndex } from '../src/project/index.js';
import { calledByName, planRename, type RenameEdit, type RenameOptions } from '../src/project/rename.js';
import { renameFindings, type FileRenames } from '../src/project/rename-findings.js';
import { mayBeProposed, proposeShorterNames } from '../src/project/shorter-names.js';
import { WordVerdicts } from '../src/python/words/text-words.js';

export interface RenameProject {
  files: Record<string, FileRenames>;
  suggestions: RenameSuggestion[];
}

function overlaps(a: readonly RenameEdit[], b: readonly RenameEdit[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}

/** The old names of the renames asked (`pkg.mod.Class.name` -> `name`). */
function oldNames(renames: ReadonlyMap<string, string>): Set<string> {
  return new Set([...renames.keys()].map((qualified) => qualified.slice(qualified.lastIndexOf('.') + 1)));
}

/** Whether renames are asked and `text` spells none of their old names (a superset: as text, anywhere). */
function spellsNoneOf(text: string, renames: ReadonlyMap<string, string>): boolean {
  if (renames.size === 0) return false;
  for (const name of oldNames(renames)) if (text.includes(name)) return false;
  return true;
}

// Whether a name could be proposed, per distinct name met by this thread.
const proposable = new WordVerdicts(mayBeProposed);

/** The names spelled in `text` (in code, strings or comments: a superset) that a proposal could rename (`mayBeProposed`). */
function proposableNamesIn(text: string): string[] {
  return [...new Set(proposable.kept(text).map(({ word }) => word))];
}

/** `from m import *` (also `import*`, and across a backslash's line break). */
const STAR_IMPORT = /\bimport[\s\\]*\*/;

/** What a put-off file's text tells a rename: whether it may define a class (the word anywhere), and spells a new name. */
interface DeferNote {
  classes: boolean;
  newNames: boolean;
}

/** The name of the class member `qualified` names (a method, a nested class), or null for a module-level name. */
function memberName(index: ProjectIndex, qualified: string): string | null {
  const symbol = index.symbols.get(qualified) ?? index.symbols.get(index.canonical(qualified));
  return symbol && symbol.classPath.length > 0 ? symbol.definition.name : null;
}

/**
 * Turns a plan into per-file findings. Shared with test-names, whose renames follow the
 * same rules once it has chosen the names.
 */
export function renameProject(
  files: ReadonlyArray<{ path: string; data: FileIndex }>,
  plan: ReadonlyMap<string, string>,
  options: RenameOptions,
  index = new ProjectIndex(files),
  gate = new ProjectGate(),
  /** The transform whose rename this is, for the suppression comments that name it. */
  transform = 'function-names',
): RenameProject {
  const result: RenameProject = { files: {}, suggestions: [] };
  const entry = (path: string): FileRenames => {
    result.files[path] ??= { fingerprint: index.files.get(path)?.fingerprint ?? '', renames: [], refusals: [] };
    return result.files[path];
  };
  const accepted: Array<Map<string, RenameEdit[]>> = [];
  const renamedFamilies = new Map<string, string>();
  for (const [qualified, newName] of plan) {
    // An override already renamed with its family needs no entry of its own.
    if (renamedFamilies.get(qualified) === newName) continue;
    const planned = planRename(index, qualified, newName, options);
    if (!planned) continue;
    if ('reason' in planned) {
      entry(planned.path).refusals.push({ message: `Not renaming ${qualified} to ${newName}: ${planned.reason}`, at: planned.span });
      continue;
    }
    const clash = accepted.some((earlier) => [...planned.edits].some(([path, edits]) => overlaps(edits, earlier.get(path) ?? [])));
    const definition = index.symbols.get(planned.qualified);
    if (clash && definition) {
      entry(definition.path).refusals.push({ message: `Not renaming ${qualified} to ${newName}: another rename of the plan changes the same places`, at: definition.definition.span });
      continue;
    }
    const refusal = gate.admit(planned.edits, transform);
    if (refusal) {
      if (definition) entry(definition.path).refusals.push({ message: `Not renaming ${qualified} to ${newName}: ${refusal.reason}`, kind: refusal.kind, at: definition.definition.span });
      continue;
    }
    // Mentions in comments and docstrings: each where its line stays within the limit.
    for (const [path, edits] of planned.proseEdits) {
      for (const mention of edits) {
        if (gate.admit(new Map([[path, [mention]]]), transform)) continue;
        planned.edits.set(path, [...(planned.edits.get(path) ?? []), mention]);
      }
    }
    accepted.push(planned.edits);
    for (const member of planned.family) renamedFamilies.set(member, newName);
    const total = [...planned.edits.values()].reduce((sum, edits) => sum + edits.length, 0);
    const fileCount = planned.edits.size;
    for (const [path, edits] of planned.edits) {
      const sorted = [...edits].sort((a, b) => a.start - b.start);
      const family = planned.family.length > 1 ? ` with its overrides (${planned.family.length} definitions)` : '';
      entry(path).renames.push({
        title: `Rename ${planned.oldName} to ${planned.newName}`,
        message: `${planned.qualified} is renamed to ${planned.newName}${family}: ${edits.length} of ${total} places in ${fileCount} file${fileCount === 1 ? '' : 's'} are here`,
        at: sorted[0] as Span,
        edits: sorted,
      });
    }
    for (const warning of planned.warnings) {
      const [path] = warning.split(':');
      if (path && definition) entry(definition.path).refusals.push({ message: warning, at: definition.definition.span });
    }
  }
  return result;
}

export default defineTransform({
  id: 'function-names',
  summary: 'Rename over-long functions, methods and classes across the project, from a reviewed plan',
  suggestion: 3,
  safety: 'unsafe',
  scope: 'project',
  conventions: ['lineLength'],
  options: {
    'max-length': {
      type: 'integer',
      default: 0,
      min: 0,
      description: "names longer than this many characters get a shorter proposal; 0: longer than 98 in 100 of the project's own names, and at least 30",
    },
    'max-words': {
      type: 'integer',
      default: 0,
      min: 0,
      description: "names with more words than this get a shorter proposal; 0: more than 98 in 100 of the project's own names, and at least 5",
    },
    public: {
      type: 'enum',
      choices: ['skip', 'propose'],
      default: 'skip',
      description: 'propose names that leave the project too: public functions, classes and methods, names in `__all__`, exception classes, RPC methods',
    },
    family: { type: 'enum', choices: ['rename', 'refuse'], default: 'rename', description: 'rename overriding and overridden methods together, or refuse to rename them' },
    strings: {
      type: 'enum',
      choices: ['refuse', 'ignore'],
      default: 'refuse',
      description: 'when the old name also appears in a string that is not a known reference (an RPC name, a getattr key): refuse the rename, or rename anyway',
    },
    unsure: {
      type: 'enum',
      choices: ['refuse', 'rename'],
      default: 'refuse',
      description: 'for a method: obj.name where the class of obj is unknown, and overrides in classes defined inside functions: refuse the rename, or rename them too',
    },
  },
  docs: {
    before: [
      'def _wait_for_the_server_to_reach_the_active_state(server):',
      '    return server',
      '',
      '',
      '_wait_for_the_server_to_reach_the_active_state(None)',
      '',
    ].join('\n'),
    after: ['def _wait_for_server_to_reach_active_state(server):', '    return server', '', '', '_wait_for_server_to_reach_active_state(None)', ''].join('\n'),
  },
  project: {
    // With renames asked, a file that spells none of the old names cannot refer to them:
    // its outline (definitions, bases, imports, module names) serves the hierarchy and
    // the collisions, without the places that refer to symbols (most of the work). One
    // that spells one is read little more: the bodies that spell it (collectFileIndexFor).
    outline: (_options, context) => context.renames.size > 0 || context.partial === true,
    // Nor need its outline be read, unless a name is resolved through the file (an
    // import it re-exports, a base class: the index asks), it star-imports (the names it
    // gets may collide), or a member of a class is renamed and the file may define a
    // class that holds the new name, or one whose outside base calls the old one by name.
    // Without renames, every name may be proposed.
    defer: (_options, context): DeferNote | null =>
      spellsNoneOf(context.text, context.renames) && !STAR_IMPORT.test(context.text)
        ? { classes: /\bclass\b/.test(context.text), newNames: [...context.renames.values()].some((name) => context.text.includes(name)) }
        : null,
    collect: (file, _options, context) => {
      // Without renames every name may be proposed, but few could be: where the file may
      // be asked for again, its outline and the names of its that could be (the index asks
      // for the file when a proposal is weighed or made for one: most runs propose none).
      // (A full index another transform built serves as it is.)
      if (context.renames.size === 0) {
        const outline = (): FileIndex => ({ ...collectDefinitionIndex(file), spelled: proposableNamesIn(file.text) });
        return builtFileIndex(file) ?? (context.partial ? outline() : collectFileIndex(file));
      }
      if (spellsNoneOf(file.text, context.renames)) return collectDefinitionIndex(file);
      // With renames, only their old names are looked up (no proposals are made).
      return collectFileIndexFor(file, oldNames(context.renames));
    },
    quiet: (path, project: RenameProject) => !project.files[path],
    combine(files, options, renames, gate, context) {
      const index = new ProjectIndex(files, context);
      // A member's family and collisions are found among the classes of its hierarchy:
      // those that spell neither name matter only to a name an outside base may call.
      const members = [...renames.keys()].map((qualified) => memberName(index, qualified)).filter((name) => name !== null);
      if (context && members.length > 0) {
        const everyClass = members.some((name) => calledByName(name, options));
        for (const [path, { note }] of context.deferred) {
          const { classes, newNames } = note as DeferNote;
          if (classes && (everyClass || newNames)) context.need(path);
        }
      }
      // Proposals serve `pycodemod suggest`, which asks for no renames.
      const limits = { maxLength: options['max-length'], maxWords: options['max-words'], public: options.public === 'propose' };
      const proposals = renames.size > 0 ? [] : proposeShorterNames(index, limits);
      const plan = renames.size > 0 ? renames : new Map(proposals.map((proposal) => [proposal.qualified, proposal.newName]));
      const project = renameProject(files, plan, options, index, gate);
      project.suggestions = proposals.map((proposal) => ({
        qualified: proposal.qualified,
        newName: proposal.newName,
        note: `${proposal.oldName} (${proposal.oldName.length} characters, ${proposal.references} reference${proposal.references === 1 ? '' : 's'}${proposal.isPublic ? '; public: code outside these paths may use it' : ''})${
          proposal.namesakes.length > 0 ? `; named after it, to rename with it: ${proposal.namesakes.join(', ')} (and their mock arguments and docstring mentions)` : ''
        }`,
      }));
      return project;
    },
  },
  suggest: (project) => project.suggestions,
  find: (file, context) => renameFindings(context.project.files, file.path, file.text, undefined, context.conventions.lineLength),
});
