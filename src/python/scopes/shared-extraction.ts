// One helper for a paragraph that repeats in several functions: the helper is made from
// one occurrence, and every occurrence becomes a call with its own names as arguments.
// Each occurrence is checked as its own extraction (the same refusals and limits), and
// the occurrences must agree on what goes in and comes out, up to the renaming of locals.
import type { Edit } from '../../engine/types.js';
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import type { SourceFile } from '../../engine/source.js';
import { blockFlow } from './data-flow.js';
import { extractHelper, placementOf, type ExtractionLimits, type ExtractionRequest } from './extraction.js';

export interface SharedOccurrence {
  request: ExtractionRequest;
  /** The occurrence's locals -> their place in the paragraph (shared by every occurrence). */
  canonical: ReadonlyMap<string, string>;
}

export type SharedExtraction =
  | { refusals: string[]; calls?: undefined }
  | { refusals: []; calls: Edit[]; helper: string; afterClass?: SyntaxNode };

function placementKind(request: ExtractionRequest): string {
  const placement = placementOf(request.scope);
  return typeof placement === 'string' ? placement : placement.kind;
}

/**
 * The calls that replace every occurrence and the helper made from `occurrences[primary]`,
 * or why they cannot be made. Each occurrence's arguments and results must be the
 * primary's under the renaming, in the same order: the helper's parameters are the
 * primary's names.
 */
export function extractShared(file: SourceFile, occurrences: readonly SharedOccurrence[], primary: number, limits?: ExtractionLimits): SharedExtraction {
  const main = occurrences[primary] as SharedOccurrence;
  const made = extractHelper(file, main.request, limits);
  if (!made.call) return { refusals: made.refusals };
  const canonicalOf = (occurrence: SharedOccurrence, names: readonly string[]) => names.map((name) => occurrence.canonical.get(name) ?? name).join(', ');
  const flowOf = (occurrence: SharedOccurrence) => blockFlow(occurrence.request.scope, occurrence.request.statements);
  const mainFlow = flowOf(main);
  const calls: Edit[] = [];
  for (const [position, occurrence] of occurrences.entries()) {
    if (position === primary) {
      calls.push(made.call);
      continue;
    }
    const where = `${occurrence.request.scope.name ?? 'function'}`;
    if (placementKind(occurrence.request) !== placementKind(main.request)) return { refusals: [`${where} is not the same kind of function (a static or class method beside a method) as ${main.request.scope.name}`] };
    const extraction = extractHelper(file, occurrence.request, limits);
    if (!extraction.call) return { refusals: extraction.refusals.map((refusal) => `in ${where}, ${refusal}`) };
    const flow = flowOf(occurrence);
    if (canonicalOf(occurrence, flow.parameters) !== canonicalOf(main, mainFlow.parameters) || canonicalOf(occurrence, flow.results) !== canonicalOf(main, mainFlow.results) || flow.awaits !== mainFlow.awaits) {
      return { refusals: [`in ${where}, it takes or gives back other values than in ${main.request.scope.name}`] };
    }
    // `_move_edges(box, right, left)` behaves, but reads as a bug: an argument named as another parameter.
    const crossed = mainFlow.parameters.find((parameter) => {
      const passed = [...occurrence.canonical].find(([, place]) => place === main.canonical.get(parameter))?.[0];
      return passed !== undefined && passed !== parameter && mainFlow.parameters.includes(passed);
    });
    if (crossed) {
      const passed = [...occurrence.canonical].find(([, place]) => place === main.canonical.get(crossed))?.[0];
      return { refusals: [`in ${where}, it would pass ${passed} as ${crossed}, which reads as a mistake`] };
    }
    calls.push(extraction.call);
  }
  return { refusals: [], calls, helper: made.helper, ...(made.afterClass ? { afterClass: made.afterClass } : {}) };
}
