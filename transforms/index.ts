// The registry: every built-in transform, in the order their fixes win ties.
import type { AnyTransform } from '../src/engine/types.js';
import comments from './comments.js';
import docstrings from './docstrings.js';
import variableNames from './variable-names.js';

export const transforms: readonly AnyTransform[] = [
  docstrings,
  variableNames,
  comments,
];

export function findTransform(id: string): AnyTransform | undefined {
  return transforms.find((transform) => transform.id === id);
}
