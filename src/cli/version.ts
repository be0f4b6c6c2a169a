// The version of pycodemod, from its package.json (engine/package-root.ts finds it).
import { packageRoot } from '../engine/package-root.js';

export function packageVersion(): string {
  return packageRoot()?.version ?? '0.0.0';
}
