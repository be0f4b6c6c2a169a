// The registry: every built-in transform, in the order their fixes win ties.
import type { AnyTransform } from '../src/engine/types.js';
import comments from './comments.js';
import docstrings from './docstrings.js';
import exceptionHandling from './exception-handling.js';
import functionNames from './function-names.js';
import quoteStyle from './quote-style.js';
import splitFunctions from './split-functions.js';
import testNames from './test-names.js';
import trailingCommas from './trailing-commas.js';
import variableNames from './variable-names.js';

export const transforms: readonly AnyTransform[] = [
  trailingCommas,
  quoteStyle,
  docstrings,
  functionNames,
  variableNames,
  comments,
  testNames,
  exceptionHandling,
  splitFunctions,
];

export function findTransform(id: string): AnyTransform | undefined {
  return transforms.find((transform) => transform.id === id);
}
