// The line length a file keeps to, guessed from its own lines: the line gate's limit for
// a file when the project declares none.
import type { SourceFile } from '../../engine/source.js';

/** The limits Python projects commonly set (PEP 8, Black, and the usual wider ones). */
const COMMON_LIMITS = [79, 88, 99, 100, 119, 120];

/**
 * The smallest common limit that the file's lines keep to, allowing one line in two
 * hundred over it (a long URL, a table); null when the file keeps to none of them.
 */
export function apparentLineLength(file: SourceFile): number | null {
  return apparentLineLengthOf(file.text);
}

/** The same, from the text alone. */
export function apparentLineLengthOf(text: string): number | null {
  const lengths = text.split('\n').map((line) => line.replace(/\r$/, '').length);
  const allowedOver = Math.floor(lengths.length / 200);
  for (const limit of COMMON_LIMITS) {
    if (lengths.filter((length) => length > limit).length <= allowedOver) return limit;
  }
  return null;
}
