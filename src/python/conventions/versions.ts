// Python language versions a transform may target, and how to compare them: some
// rewrites (a trailing comma after `*args`, quotes inside f-strings) depend on the version.

/** Every Python 3 version a transform's `target-version` option accepts. */
export const PYTHON_VERSIONS = [
  '3.0', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7',
  '3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14',
] as const;

export type PythonVersion = (typeof PYTHON_VERSIONS)[number];

/** The default target: old enough for every Python still commonly deployed. */
export const DEFAULT_TARGET_VERSION: PythonVersion = '3.8';

/** Builds a `target-version` option for a transform's schema. */
export function targetVersionOption(description: string) {
  return {
    type: 'enum',
    choices: PYTHON_VERSIONS,
    default: DEFAULT_TARGET_VERSION,
    description,
  } as const;
}

function parts(version: string): [number, number] {
  const [major = '0', minor = '0'] = version.split('.');
  return [Number(major), Number(minor)];
}

/** True when `version` is `minimum` or newer ("3.10" is newer than "3.9"). */
export function atLeast(version: string, minimum: string): boolean {
  const [major, minor] = parts(version);
  const [minimumMajor, minimumMinor] = parts(minimum);
  return major > minimumMajor || (major === minimumMajor && minor >= minimumMinor);
}
