// Compares our scope analysis with Python's own symtable, function by function: the
// names local to each function and its free variables. `node --import tsx
// test/corpus/scopes-vs-symtable.ts [DIR]` prints the agreement and the differences.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePython, firstSyntaxError } from '../../src/engine/parse.js';
import { discoverFiles } from '../../src/runner/discover.js';
import { analyzeScopes } from '../../src/python/scopes/scopes.js';

interface PythonFunction {
  name: string;
  line: number;
  locals: string[];
  frees: string[];
}

export interface Agreement {
  functions: number;
  agreeing: number;
  differences: string[];
}

const DUMPER = fileURLToPath(new URL('../support/symtable_dump.py', import.meta.url));

export function compareWithSymtable(files: readonly string[]): Agreement {
  const output = spawnSync('python3', [DUMPER], { input: files.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30 }).stdout;
  const result: Agreement = { functions: 0, agreeing: 0, differences: [] };
  for (const line of output.split('\n').filter(Boolean)) {
    const dump = JSON.parse(line) as { path: string; functions?: PythonFunction[] };
    if (!dump.functions) continue;
    const tree = parsePython(readFileSync(dump.path, 'utf8'));
    if (firstSyntaxError(tree.rootNode)) continue;
    const analysis = analyzeScopes(tree.rootNode);
    const ours = new Map(
      analysis.scopes.filter((scope) => scope.kind === 'function').map((scope) => [`${scope.name}:${scope.node.startPosition.row + 1}`, scope]),
    );
    for (const expected of dump.functions) {
      const scope = ours.get(`${expected.name}:${expected.line}`);
      if (!scope) continue;
      result.functions++;
      const locals = [...scope.bindings.keys()].sort();
      // Any use of the name `super` in a method makes CPython add an implicit `__class__`
      // cell; we note the zero-argument calls that need it separately.
      const ownScopes = [...scope.descendants()].filter((inner) => {
        for (let current: typeof inner | null = inner; current && current !== scope; current = current.parent) if (current.kind === 'class' || current.kind === 'function') return false;
        return true;
      });
      const readsSuper = ownScopes.some((inner) => inner.references.some((reference) => reference.builtin && reference.node.text === 'super'));
      const inClass = scope.parent?.kind === 'class';
      const frees = [...new Set([...scope.freeNames(), ...(readsSuper && inClass ? ['__class__'] : [])])].sort();
      const same = (a: string[], b: string[]) => a.length === b.length && a.every((item, index) => item === b[index]);
      if (same(locals, expected.locals) && same(frees, expected.frees)) {
        result.agreeing++;
        continue;
      }
      const missing = expected.locals.filter((name) => !locals.includes(name));
      const extra = locals.filter((name) => !expected.locals.includes(name));
      const freeMissing = expected.frees.filter((name) => !frees.includes(name));
      const freeExtra = frees.filter((name) => !expected.frees.includes(name));
      result.differences.push(
        `${dump.path}:${expected.line} ${expected.name}: locals missing [${missing}] extra [${extra}], frees missing [${freeMissing}] extra [${freeExtra}]`,
      );
    }
  }
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = process.argv[2] ?? execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).trim();
  const files = discoverFiles([root], { exclude: ['site-packages/'], cwd: root });
  const started = performance.now();
  const agreement = compareWithSymtable(files);
  process.stdout.write(`${agreement.agreeing} of ${agreement.functions} functions agree with symtable (${((100 * agreement.agreeing) / agreement.functions).toFixed(2)}%) in ${((performance.now() - started) / 1000).toFixed(1)}s\n`);
  for (const difference of agreement.differences.slice(0, 40)) process.stdout.write(`  ${difference}\n`);
}
