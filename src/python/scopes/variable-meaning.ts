// What a variable means where it is used, for `variable-names`: an abbreviation is only
// expanded to what the code says it holds. A name that mirrors the keyword it is passed
// as or the attribute or key it is read from is someone else's name; `err` beside `out`
// holds the standard error; `req_cores = flavor.vcpus` is requested, not a request.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import { allParameters, plainStringValue } from '../summaries/functions.js';
import { identifierWords, planExpansion, type Expansion } from '../words/words.js';
import type { Binding, BindingSite } from './scope-model.js';
import { occurrences } from './scope-model.js';

/** The code that binds a site, as far as it tells what the name holds (`out, err = p.communicate()`). */
function bindingCode(site: BindingSite): { text: string; value: SyntaxNode | null; single: boolean } | null {
  for (let node = site.node.parent; node; node = node.parent) {
    if (node.type === 'assignment') return { text: node.text, value: node.childForFieldName('right'), single: node.childForFieldName('left')?.type === 'identifier' };
    if (node.type === 'with_item' || node.type === 'named_expression') return { text: node.text, value: null, single: false };
    if (node.type === 'for_statement') return { text: `${node.childForFieldName('left')?.text ?? ''} in ${node.childForFieldName('right')?.text ?? ''}`, value: null, single: false };
    if (/_statement$|_definition$|^block$/.test(node.type)) return null;
  }
  return null;
}

/** The values a name is given by plain `name = value` assignments. */
function assignedValues(binding: Binding): SyntaxNode[] {
  return binding.sites.flatMap((site) => {
    const code = bindingCode(site);
    return code?.single && code.value ? [code.value] : [];
  });
}

/**
 * The parameter a positional argument fills in a function of the same module, found by
 * the callee's name (`helper(src_data)`, `self.helper(src_data)`: `def helper(self,
 * src_data)`), or undefined when the module defines no such function or several.
 */
function parameterFilled(argument: SyntaxNode): string | undefined {
  const list = argument.parent;
  const call = list?.parent;
  if (list?.type !== 'argument_list' || call?.type !== 'call') return undefined;
  const callee = call.childForFieldName('function');
  const method = callee?.type === 'attribute';
  const name = method ? callee.childForFieldName('attribute')?.text : callee?.type === 'identifier' ? callee.text : undefined;
  if (!name) return undefined;
  const positional = list.namedChildren.filter((child) => child.type !== 'comment');
  const position = positional.findIndex((child) => child.id === argument.id);
  // After a `*rest`, the position is unknown.
  if (position < 0 || positional.slice(0, position).some((child) => /splat|keyword_argument/.test(child.type))) return undefined;
  let root = call;
  while (root.parent) root = root.parent;
  const definitions = root.descendantsOfType('function_definition').filter((definition) => definition.childForFieldName('name')?.text === name);
  if (definitions.length !== 1) return undefined;
  const parameters = allParameters(definitions[0]!).filter((parameter) => parameter.stars === '');
  // A method called through an attribute: its first parameter is the instance.
  const inClass = definitions[0]!.parent?.parent?.type === 'class_definition';
  return parameters[position + (method && inClass ? 1 : 0)]?.name;
}

/**
 * Why a local is the callee's name, not this function's, or null: it is passed
 * positionally to a same-module function whose parameter there has its name
 * (`self._store(dest_table, rows)`, `def _store(self, dest_table, rows)`). Parameters
 * (include-parameters) are renamed with their callers and callees project-wide instead.
 */
export function mirroredParameter(binding: Binding): string | null {
  if (binding.sites.some((site) => site.kind === 'parameter')) return null;
  for (const node of occurrences(binding)) {
    const filled = parameterFilled(node);
    if (filled !== undefined && sameName(filled, binding.name)) {
      return `it is passed to \`${filled}\`, the parameter of the same name (line ${node.startPosition.row + 1}): the two names mirror each other`;
    }
  }
  return null;
}

/** `_attrs` and `attrs` are one name for this purpose. */
function sameName(a: string, b: string): boolean {
  return a.replace(/^_+/, '') === b.replace(/^_+/, '');
}

/** The name a value is read from when it is read by name: `x.attrs`, `d['attrs']`, `d.get('attrs')`, `getattr(x, 'attrs')`. */
function nameReadFrom(value: SyntaxNode): string | undefined {
  if (value.type === 'attribute') return value.childForFieldName('attribute')?.text;
  if (value.type === 'subscript') {
    const key = value.childForFieldName('subscript');
    return key?.type === 'string' ? plainStringValue(key) : undefined;
  }
  if (value.type !== 'call') return undefined;
  const callee = value.childForFieldName('function');
  const args = value.childForFieldName('arguments')?.namedChildren ?? [];
  const calleeName = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : callee?.text;
  const key = calleeName === 'getattr' ? args[1] : callee?.type === 'attribute' && /^(?:get|pop|setdefault)$/.test(calleeName ?? '') ? args[0] : undefined;
  return key?.type === 'string' ? plainStringValue(key) : undefined;
}

/**
 * Why the name is not this function's to choose, or null: it is passed as the keyword
 * of the same name (`expected_attrs=expected_attrs`), stored in the attribute of that name
 * (`self.ptr = ptr`), stored under it in a dict literal,
 * or read from the attribute or key of that name (`opts = model._meta` is not, but
 * `attrs = kwargs['attrs']` and `ref = weakref.ref` are).
 */
export function mirroredName(binding: Binding): string | null {
  for (const node of occurrences(binding)) {
    const parent = node.parent;
    const line = node.startPosition.row + 1;
    if (parent?.type === 'keyword_argument' && parent.childForFieldName('value')?.id === node.id && parent.childForFieldName('name')?.text === binding.name) {
      return `it is passed as the keyword argument of the same name (line ${line}): the two names mirror each other`;
    }
    // `self.ptr = ptr`: the local mirrors the attribute it is stored in.
    if (parent?.type === 'assignment' && parent.childForFieldName('right')?.id === node.id) {
      const target = parent.childForFieldName('left');
      const attribute = target?.type === 'attribute' ? target.childForFieldName('attribute')?.text : undefined;
      if (attribute !== undefined && sameName(attribute, binding.name)) return `it is stored in the attribute of the same name (line ${line}): the two names mirror each other`;
    }
    if (parent?.type === 'pair' && parent.childForFieldName('value')?.id === node.id) {
      const key = parent.childForFieldName('key');
      if (key?.type === 'string' && plainStringValue(key) === binding.name) return `it is stored under the key of the same name (line ${line}): the two names mirror each other`;
    }
  }
  for (const value of assignedValues(binding)) {
    const read = nameReadFrom(value);
    if (read !== undefined && sameName(read, binding.name)) {
      return `it is read from \`${value.text.length > 40 ? `${value.text.slice(0, 37)}...` : value.text}\` (line ${value.startPosition.row + 1}): the local mirrors that name`;
    }
  }
  return null;
}

/**
 * Why the expansion would say something the name does not mean here, or null: a value
 * that carries the name (`Ts = TypeVarTuple('Ts')`: its repr says `Ts`), the text of the
 * standard error (`out, err = p.communicate()`, `out, err = execute(...)`), a numerator
 * beside its `den`, or a one-word name that holds what the code calls otherwise
 * (`conn = self.driver`: `connection` would not say it is the driver).
 */
export function meaningRefusal(binding: Binding, newName: string): string | null {
  for (const site of binding.sites) {
    const code = bindingCode(site);
    if (!code) continue;
    const line = site.node.startPosition.row + 1;
    const first = code.single && code.value?.type === 'call' ? code.value.childForFieldName('arguments')?.namedChildren[0] : undefined;
    if (first?.type === 'string' && plainStringValue(first) === binding.name) return `its value carries the name \`${binding.name}\` (line ${line}): the two would no longer match`;
    if (/(?:^|_)errs?(?:$|_)/i.test(binding.name) && /stderr|communicate\(|assert_python_(?:ok|failure)|(?:^|\W)out\s*,/.test(code.text)) {
      return `\`${binding.name}\` holds the standard error's output here (line ${line}), not an error`;
    }
  }
  if (/(?:^|_)num(?:$|_)/i.test(binding.name) && [...binding.scope.bindings.keys()].some((name) => /(?:^|_)den(?:$|_)/i.test(name))) {
    return `\`${binding.name}\` is a numerator here, beside a \`den\``;
  }
  const expanded = identifierWords(newName);
  const abbreviated = identifierWords(binding.name).filter((word) => !expanded.includes(word));
  const echoed = echoedWords(binding, abbreviated);
  if (echoed.length > 0) {
    return `the value it is given spells \`${echoed.join('`, `')}\` as it is (line ${binding.sites[0]!.node.startPosition.row + 1}): the name echoes it`;
  }
  const own = new Set([...identifierWords(binding.name), ...expanded]);
  if (own.size === 0 || identifierWords(binding.name).length !== 1) return null;
  for (const value of assignedValues(binding)) {
    if (value.type !== 'identifier' && value.type !== 'attribute') continue;
    const last = value.type === 'attribute' ? value.childForFieldName('attribute')?.text : value.text;
    const words = identifierWords(last ?? '');
    const related = words.some((word) => [...own].some((mine) => word.startsWith(mine) || mine.startsWith(word)));
    if (words.length > 0 && !related) {
      return `\`${binding.name}\` holds \`${value.text}\` here (line ${value.startPosition.row + 1}): \`${newName}\` would name it otherwise than the code does`;
    }
  }
  return null;
}

/**
 * Abbreviations with several common meanings, expanded only when what the name is given
 * says which: the first reading whose test passes wins; none passing, the name stays.
 * `req_cores = flavor.vcpus` holds what is requested, `req_id = context.request_id` a
 * request's, and `req` alone is a request; `proc = subprocess.Popen(...)` is a process, `proc = type_.result_processor(...)`
 * a processor.
 */
const READINGS: ReadonlyMap<string, ReadonlyArray<{ expansion: string; test: (values: readonly SyntaxNode[], alone: boolean) => boolean }>> = new Map([
  [
    'req',
    [
      { expansion: 'request', test: (values, alone) => alone || values.some((value) => /request/i.test(value.text)) },
      { expansion: 'requested', test: (values) => values.length > 0 && values.every((value) => value.type === 'attribute' || value.type === 'subscript') },
    ],
  ],
  ['proc', [{ expansion: 'process', test: (values) => values.some((value) => /Popen|subprocess|[Pp]rocess\(|spawn/.test(value.text)) }]],
]);

/** Words that make `pos` positional, not a position (`pos_args`). */
const POSITIONAL_OF = new Set(['arg', 'args', 'argument', 'arguments', 'param', 'params', 'parameters', 'only']);

/** One-word names whose expansion is an adjective, which names nothing alone (`temporary += " NOWAIT"`). */
const ADJECTIVES = new Set(['temporary', 'previous', 'current']);

/**
 * The abbreviated words that a path or dotted name the name is given spells
 * as they are (`lib = os.path.abspath("lib/sqlalchemy")`): the name echoes the string.
 */
function echoedWords(binding: Binding, words: readonly string[]): string[] {
  const echoed = new Set<string>();
  for (const value of assignedValues(binding)) {
    for (const content of value.descendantsOfType('string_content')) {
      // Paths and dotted names only: `'rp-host1'` is a value, not a spelling to echo.
      if (!/^[\w./-]+$/.test(content.text) || !/[./]/.test(content.text)) continue;
      for (const part of content.text.split(/[./-]+/)) for (const word of identifierWords(part)) if (words.includes(word)) echoed.add(word);
    }
  }
  return [...echoed];
}

/**
 * Whether the value the name is given already spells what the expansion would add
 * (`sz = self.wkb_size`, `ver = gdal_version()`): the definition tells the reader, and
 * the rename tells nothing new.
 */
function spelledByValue(binding: Binding, newName: string): boolean {
  const old = new Set(identifierWords(binding.name));
  const added = identifierWords(newName).filter((word) => !old.has(word));
  const values = assignedValues(binding);
  if (added.length === 0 || values.length === 0) return false;
  const spelled = new Set(values.flatMap((value) => [value, ...value.descendantsOfType('identifier')].flatMap((node) => (node.type === 'identifier' ? identifierWords(node.text) : []))));
  return added.every((word) => spelled.has(word));
}

/** The except clause's name is the exception, however it is spelled (`except OSError as err`). */
function onlyCaught(binding: Binding): boolean {
  return binding.sites.every((site) => site.kind === 'except');
}

/**
 * The expansion of `binding`'s name as its use reads (see READINGS); the name an
 * `except` clause gives its exception stays (`err`, `exc` are that idiom).
 */
export function expansionFromUse(
  binding: Binding,
  extra: ReadonlyMap<string, string>,
  vocabulary: ReadonlySet<string>,
  projectWords?: ReadonlySet<string>,
): Expansion {
  if (onlyCaught(binding)) return {};
  const words = identifierWords(binding.name).map((word) => word.replace(/\d+$/, ''));
  const chosen = new Map(extra);
  // Only the user's own entries override the vocabulary, not the readings chosen here.
  const evidence = { declared: new Set(extra.keys()), ...(projectWords ? { projectWords } : {}) };
  const plain = planExpansion(binding.name, extra, vocabulary, evidence);
  if (!plain.newName) return plain;
  if (spelledByValue(binding, plain.newName)) return {};
  const expanded = identifierWords(plain.newName);
  if (words.length === 1 && expanded.length === 1 && ADJECTIVES.has(expanded[0]!)) return {};
  if (words.includes('pos') && !extra.has('pos') && words.some((word) => POSITIONAL_OF.has(word))) chosen.set('pos', 'positional');
  for (const word of words) {
    const readings = READINGS.get(word);
    if (!readings || extra.has(word)) continue;
    const values = assignedValues(binding);
    const reading = readings.find((candidate) => candidate.test(values, words.length === 1));
    if (!reading) {
      const expansion = planExpansion(binding.name, extra, vocabulary, evidence);
      if (!expansion.newName) return expansion;
      const meanings = readings.map((candidate) => candidate.expansion).join(' or ');
      return { refusal: `\`${word}\` may mean ${meanings} or something else, and nothing assigned to \`${binding.name}\` says which` };
    }
    chosen.set(word, reading.expansion);
  }
  return planExpansion(binding.name, chosen, vocabulary, evidence);
}
