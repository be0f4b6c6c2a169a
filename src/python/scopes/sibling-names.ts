// Sibling names of one function, for `variable-names`: names that share an abbreviated
// word (`dest_host`, `dest_rp_uuid`) or a pair of them (`src_`/`dest_`, `req`/`resp`)
// are renamed together or not at all, so a function never reads `destination_host`
// beside `dest_hostname` or `source` beside `dst`; nor `source_helper` beside
// `tgt_helper`, names alike but for one abbreviated word (parallelNames).
import { expandAbbreviation, identifierWords, looksAbbreviated } from '../words/words.js';
import type { Binding, Scope } from './scope-model.js';

/** Abbreviations that come in pairs: one of them expanded alone breaks the pair. */
const PAIRS: ReadonlyArray<readonly string[]> = [
  ['src', 'dest', 'dst', 'tgt'],
  ['req', 'resp', 'res'],
];

/** The abbreviated words of a name, as family keys (`msgs` and `msg` are one family; `src` and `dest` another). */
export function siblingKeys(name: string, extra?: ReadonlyMap<string, string>): string[] {
  const keys = new Set<string>();
  for (const raw of identifierWords(name)) {
    const word = raw.replace(/\d+$/, '');
    if (!expandAbbreviation(word, extra) && !looksAbbreviated(word)) continue;
    const singular = word.endsWith('s') && word.length > 2 && expandAbbreviation(word.slice(0, -1), extra) ? word.slice(0, -1) : word;
    const pair = PAIRS.find((members) => members.includes(singular));
    keys.add(pair ? pair.join('/') : singular);
  }
  return [...keys];
}

/** Whether a word reads as an abbreviation (the dictionary's, the user's, or by its letters). */
function abbreviated(word: string, extra?: ReadonlyMap<string, string>): boolean {
  const bare = word.replace(/\d+$/, '');
  return !!expandAbbreviation(bare, extra) || looksAbbreviated(bare);
}

/**
 * Parallel names: the same words but one, and that one abbreviated in both (`src_helper`
 * and `tgt_helper`, `lhs_node` and `rhs_node`): one pair however the project spells it.
 */
export function parallelNames(first: string, second: string, extra?: ReadonlyMap<string, string>): boolean {
  const a = identifierWords(first).map((word) => word.toLowerCase());
  const b = identifierWords(second).map((word) => word.toLowerCase());
  if (a.length < 2 || a.length !== b.length) return false;
  const differing = a.flatMap((word, index) => (word === b[index] ? [] : [index]));
  if (differing.length !== 1) return false;
  const at = differing[0] as number;
  return abbreviated(a[at] as string, extra) && abbreviated(b[at] as string, extra);
}

/** The bindings of a function and of the scopes nested in it: the names one reader sees together. */
export function familyBindings(scope: Scope): Binding[] {
  return [...scope.descendants()].filter((inner) => inner.kind !== 'class').flatMap((inner) => [...inner.bindings.values()]);
}

/**
 * Which of `renamed` must stay because a sibling stays: for every family key, when one
 * binding that carries it is not renamed, none is. Returns, for each binding held back,
 * the sibling that holds it.
 */
export function heldBySiblings(
  bindings: readonly Binding[],
  renamed: ReadonlySet<Binding>,
  extra?: ReadonlyMap<string, string>,
): Map<Binding, Binding> {
  const keysOf = new Map(bindings.map((binding) => [binding, siblingKeys(binding.name, extra)]));
  const held = new Map<Binding, Binding>();
  const moving = new Set(renamed);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [binding, keys] of keysOf) {
      if (moving.has(binding) || keys.length === 0) continue;
      for (const other of moving) {
        if (!keysOf.get(other)?.some((key) => keys.includes(key)) && !parallelNames(binding.name, other.name, extra)) continue;
        moving.delete(other);
        held.set(other, binding);
        changed = true;
      }
    }
  }
  return held;
}
