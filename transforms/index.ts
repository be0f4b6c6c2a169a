// The registry: every built-in transform, in the order their fixes win ties.
import type { AnyTransform } from '../src/engine/types.js';
import trailingCommas from './trailing-commas.js';
import quoteStyle from './quote-style.js';

export const transforms: readonly AnyTransform[] = [trailingCommas, quoteStyle];

export function findTransform(id: string): AnyTransform | undefined {
  return transforms.find((transform) => transform.id === id);
}
