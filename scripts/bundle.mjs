// The two bundles `npm run build` makes after tsc: the command line (dist/src/cli/cli.cjs,
// CommonJS) and the worker thread's entry (dist/src/runner/worker.js, over tsc's own). See
// README, "How it works". tree-sitter's native modules stay outside.
import { relative, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * string-width, which yargs and its help layout import, builds its Unicode regular
 * expressions (\p{RGI_Emoji}...) when it loads: 18 ms of a small run's 260, for a help text
 * most runs never print. Each import of it gets a stand-in that loads the very version
 * the importer resolves (esbuild bundles a require as a lazy init) on the first call.
 */
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(builder) {
    builder.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      const real = await builder.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'real' });
      if (real.errors.length > 0) return { errors: real.errors };
      // Relative: the bundle names its modules so, not by the build machine's paths.
      return { path: relative(process.cwd(), real.path), namespace: 'lazy-string-width' };
    });
    builder.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, (args) => ({
      contents: [
        'let real;',
        'module.exports = function stringWidth(string, options) {',
        // ESM (a default export) or CommonJS (the function itself), as the version is.
        `  if (!real) { const loaded = require(${JSON.stringify(resolve(args.path))}); real = typeof loaded === 'function' ? loaded : loaded.default; }`,
        '  return real(string, options);',
        '};',
        '',
      ].join('\n'),
      loader: 'js',
      resolveDir: '.',
    }));
  },
};

const shared = { bundle: true, platform: 'node', external: ['tree-sitter', 'tree-sitter-python'], logLevel: 'warning' };

await build({
  ...shared,
  entryPoints: ['dist/src/cli/run-main.js'],
  format: 'cjs',
  outfile: 'dist/src/cli/cli.cjs',
  define: { 'import.meta.url': '__pycodemod_bundle_url' },
  banner: { js: "var __pycodemod_bundle_url = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyStringWidth],
  logLevel: 'error',
});

await build({
  ...shared,
  entryPoints: ['dist/src/runner/worker.js'],
  format: 'esm',
  outfile: 'dist/src/runner/worker.js',
  allowOverwrite: true,
});
