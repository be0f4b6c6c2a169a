// Which names a rename may give: a Python identifier that CPython lets a program bind.
// Keywords do not parse as names, and __debug__ parses but the compiler refuses to bind
// it, so both would give a file Python rejects.

/** The hard keywords of Python 3 (soft keywords such as match and type are names). */
export const PYTHON_KEYWORDS: ReadonlySet<string> = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '),
);

const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** Why `name` cannot be a new name for anything, or null when Python accepts it. */
export function newNameProblem(name: string): string | null {
  if (!IDENTIFIER.test(name)) return `\`${name}\` is not a Python identifier`;
  if (PYTHON_KEYWORDS.has(name)) return `\`${name}\` is a Python keyword`;
  if (name === '__debug__') return '`__debug__` is a constant Python never lets a program bind';
  return null;
}
