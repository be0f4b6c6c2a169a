// Finds the fixture cases of __testfixtures__/<transform>/ and runs them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSources } from '../../src/engine/project.js';
import type { FileOutcome } from '../../src/engine/fix-loop.js';
import type { AnyTransform } from '../../src/engine/types.js';
import { conventionsOf, defaultConventionsData, type Conventions, type ConventionsData } from '../../src/engine/conventions.js';
import { applyOverrides, isConventionKey } from '../../src/project/conventions/overrides.js';
import { apparentLineLengthOf } from '../../src/python/conventions/line-length.js';

export const FIXTURES_ROOT = fileURLToPath(new URL('../../__testfixtures__/', import.meta.url));

export interface FixtureCase {
  transformId: string;
  name: string;
  /** Relative path -> input text. */
  inputs: Map<string, string>;
  /** Relative path -> expected text (the input itself when no output is given). */
  expected: Map<string, string>;
  options: Record<string, unknown>;
  renames: Map<string, string>;
  /** Substrings that some finding message or warning must contain. */
  messages: string[];
  /** The project's conventions (`<case>.conventions.json`: `[tool.pycodemod]` keys over the defaults). */
  conventions: ConventionsData;
}

function readJson(path: string): Record<string, unknown> {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
}

function readLines(path: string): string[] {
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean) : [];
}

function walk(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function fixtureCases(transformId: string): FixtureCase[] {
  const directory = join(FIXTURES_ROOT, transformId);
  if (!existsSync(directory)) return [];
  const cases: FixtureCase[] = [];
  for (const entry of readdirSync(directory).sort()) {
    const path = join(directory, entry);
    const common = (base: string) => ({
      transformId,
      options: readJson(`${base}options.json`),
      renames: new Map(Object.entries(readJson(`${base}renames.json`)) as Array<[string, string]>),
      messages: readLines(`${base}messages.txt`),
      conventions: applyOverrides(
        defaultConventionsData(),
        Object.entries(readJson(`${base}conventions.json`)).map(([key, value]) => {
          if (!isConventionKey(key)) throw new Error(`${base}conventions.json: unknown convention '${key}'`);
          return { key, value, source: `${base}conventions.json` };
        }),
      ),
    });
    if (entry.endsWith('.input.py')) {
      const name = entry.slice(0, -'.input.py'.length);
      const input = readFileSync(path, 'utf8');
      const outputPath = join(directory, `${name}.output.py`);
      const fileName = `${name}.py`;
      cases.push({
        ...common(join(directory, `${name}.`)),
        name,
        inputs: new Map([[fileName, input]]),
        expected: new Map([[fileName, existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : input]]),
      });
    } else if (statSync(path).isDirectory() && existsSync(join(path, 'input'))) {
      const inputs = new Map<string, string>();
      const expected = new Map<string, string>();
      for (const file of walk(join(path, 'input')).sort()) {
        const relativePath = relative(join(path, 'input'), file);
        const text = readFileSync(file, 'utf8');
        const output = join(path, 'output', relativePath);
        inputs.set(relativePath, text);
        expected.set(relativePath, existsSync(output) ? readFileSync(output, 'utf8') : text);
      }
      cases.push({ ...common(`${path}/`), name: entry, inputs, expected });
    }
  }
  return cases;
}

/** Runs a case's transform (named explicitly, so unsafe fixes apply). */
/** The conventions as transforms read them, each read added to `reads` by its name (`isTestFile` is `tests`). */
function watchedConventions(data: ConventionsData, reads: Set<string>): Conventions {
  const names = new Set(Object.keys(data));
  const watchedData = new Proxy(data, {
    get(target, name, receiver) {
      if (typeof name === 'string' && names.has(name)) reads.add(name);
      return Reflect.get(target, name, receiver) as unknown;
    },
  });
  return new Proxy(conventionsOf(data), {
    get(target, name, receiver) {
      if (name === 'data') return watchedData;
      if (name === 'isTestFile') reads.add('tests');
      else if (typeof name === 'string' && names.has(name)) reads.add(name);
      return Reflect.get(target, name, receiver) as unknown;
    },
  });
}

/** Runs a case; with `reads`, the names of the conventions the run read are added to it. */
export function runCase(transform: AnyTransform, fixture: FixtureCase, inputs = fixture.inputs, reads?: Set<string>): Map<string, FileOutcome> {
  // The line gate's limit as for a project without configuration: learnt from its code
  // (here, the limit the case's files keep to), unless the case sets its line length.
  const limits = [...fixture.inputs.values()].map((text) => apparentLineLengthOf(text) ?? 120);
  const configured = fixture.conventions.lineLength;
  const lineLength = configured.origin === 'default' ? Math.max(79, ...limits) : configured.value;
  const conventions = reads ? watchedConventions(fixture.conventions, reads) : fixture.conventions;
  return runSources(inputs, [{ transform, options: fixture.options }], { allowUnsafe: true, renames: fixture.renames, conventions, lineLength });
}

export function outputOf(outcome: FileOutcome, input: string): string {
  return outcome.output ?? input;
}
