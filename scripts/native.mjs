// `npm run build`'s last step: builds native/flatten.node (native/flatten.c, with the
// tree-sitter library from node-tree-sitter's own sources) with node-gyp, unless the
// build there is newer than its sources. Without a C compiler or Node's headers the build
// fails with a one-line warning and pycodemod copies trees through node-tree-sitter's
// cursor, as before: the same trees, several times slower (README, Performance).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const native = fileURLToPath(new URL('../native/', import.meta.url));
const built = join(native, 'build', 'Release', 'flatten.node');
const treeSitter = dirname(createRequire(import.meta.url).resolve('tree-sitter'));
const sources = ['flatten.c', 'tree-sitter-lib.c', 'binding.gyp'].map((name) => join(native, name));
sources.push(join(treeSitter, 'package.json'));

const modified = (path) => statSync(path).mtimeMs;
if (existsSync(built) && sources.every((source) => modified(source) <= modified(built))) process.exit(0);

// npm names its own node-gyp when it runs a script; else the one npm bundles, else PATH's.
const bundled = join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
const nodeGyp = process.env.npm_config_node_gyp ?? (existsSync(bundled) ? bundled : null);
const args = ['rebuild'];
// Node's own headers, where it is installed with them (Debian's nodejs: /usr/include/node),
// unless npm names a directory: else node-gyp would download them.
const prefix = join(dirname(process.execPath), '..');
if (!process.env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node_api.h'))) args.push(`--nodedir=${prefix}`);
const command = nodeGyp ? [process.execPath, [nodeGyp, ...args]] : ['node-gyp', args];
const result = spawnSync(command[0], command[1], { cwd: native, encoding: 'utf8' });
if (result.status !== 0) {
  const lines = `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n');
  const line = lines.find((text) => /error:|gyp ERR! stack Error/.test(text)) ?? lines.find((text) => /ERR!/.test(text));
  const reason = result.error?.message ?? line?.trim() ?? `exit ${result.status}`;
  const fallback = "trees will be copied through tree-sitter's cursor, several times slower";
  console.warn(`pycodemod: the native tree copy was not built (${reason}); ${fallback}`);
}
