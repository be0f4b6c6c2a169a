// `pycodemod review REVIEW [paths..]`: read a code review, map each suggestion to a
// transform and to the places it names in the code, and print the plan (TOML or JSON)
// that `--plan` applies.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../engine/errors.js';
import { moduleNames } from '../engine/module-names.js';
import { discoverFiles } from '../runner/discover.js';
import { displayPathOf } from '../runner/process-file.js';
import { indexCode } from '../review/code-index.js';
import { planAsJson, renderPlan } from '../review/plan-file.js';
import { planReview } from '../review/plan-review.js';
import { readReview } from '../review/read-review.js';
import { EXIT } from './exit-codes.js';
import type { Terminal } from './run-command.js';

export interface ReviewArguments {
  review: string;
  paths: string[];
  format: 'toml' | 'json';
  output?: string;
  exclude: string[];
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

export async function reviewCommand(args: ReviewArguments, terminal: Terminal): Promise<number> {
  let text: string;
  // yargs gives a lone `-` as an empty string.
  const fromStdin = args.review === '-' || args.review === '';
  if (fromStdin) {
    if (!terminal.stdin) throw new InputError('review -: no standard input to read the review from');
    text = await readAll(terminal.stdin);
  } else {
    try {
      text = readFileSync(resolve(terminal.cwd, args.review), 'utf8');
    } catch (error) {
      throw new InputError(`cannot read the review ${args.review}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  const name = fromStdin ? 'standard input' : args.review;
  if (text.trim() === '') throw new InputError(`the review ${name} is empty: give the text of a code review (plain text or Markdown)`);
  const review = readReview(text);
  if (review.suggestions.length === 0) {
    throw new InputError(`no suggestion recognised in the review ${name}: expected numbered or bulleted suggestions (1. ..., - ...) or Markdown sections`);
  }
  const files = discoverFiles(args.paths.length ? args.paths : ['.'], { exclude: args.exclude, cwd: terminal.cwd });
  const modules = moduleNames(files);
  const index = indexCode(files.map((file) => ({ file: displayPathOf(file, terminal.cwd), text: readFileSync(file, 'utf8'), module: modules.get(file) ?? null })));
  const plan = planReview(review.suggestions, review.remarks, index);
  const shown = index.files.map((file) => file.file);
  const titles = new Map(review.suggestions.map((suggestion) => [suggestion.number, suggestion.title]));
  const document = args.format === 'json' ? planAsJson(plan, name, shown) : renderPlan(plan, name, titles, shown);
  if (args.output) writeFileSync(resolve(terminal.cwd, args.output), document);
  else terminal.stdout.write(document);
  const planned = new Set(plan.actions.map((action) => action.suggestion)).size;
  terminal.stderr.write(
    `pycodemod: ${review.suggestions.length} suggestion${review.suggestions.length === 1 ? '' : 's'}: ${planned} planned (${plan.actions.length} action${plan.actions.length === 1 ? '' : 's'}), ` +
      `${plan.unactionable.length} with nothing to apply; ${plan.missing.length} quoted name${plan.missing.length === 1 ? '' : 's'} not in the code\n`,
  );
  return EXIT.ok;
}
