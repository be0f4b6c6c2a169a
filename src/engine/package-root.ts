// The directory of pycodemod's own package: two directories above this module from source
// (src/engine/), three once compiled or bundled (dist/src/...), the one whose package.json
// names pycodemod. Its version and its native addon are found from there.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let root: { path: string; version: string } | null | undefined;

/** The package's directory and version, or null when this module sits outside it. */
export function packageRoot(): { path: string; version: string } | null {
  if (root !== undefined) return root;
  root = null;
  for (const relative of ['../../', '../../../']) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    const manifestPath = `${path}package.json`;
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { name?: string; version?: string };
    if (manifest.name === 'pycodemod' && manifest.version) return (root = { path, version: manifest.version });
  }
  return root;
}
