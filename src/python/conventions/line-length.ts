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

/** The same, from the text alone (each line's length from its offsets: no string made per line). */
export function apparentLineLengthOf(text: string): number | null {
  const over = COMMON_LIMITS.map(() => 0);
  let lines = 0;
  for (let start = 0; ; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const length = end > start && text.charCodeAt(end - 1) === 13 ? end - start - 1 : end - start;
    lines++;
    // Most lines keep to the smallest limit.
    if (length > (COMMON_LIMITS[0] as number)) {
      COMMON_LIMITS.forEach((limit, position) => {
        if (length > limit) over[position] = (over[position] as number) + 1;
      });
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  const allowedOver = Math.floor(lines / 200);
  return COMMON_LIMITS.find((_limit, position) => (over[position] as number) <= allowedOver) ?? null;
}
