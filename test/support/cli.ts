// Helpers for the command-line tests: run `main` in-process with captured streams, make
// throwaway projects (optionally git repositories), and name the test plugins.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export function pluginPath(name: string): string {
  return fileURLToPath(new URL(`./plugins/${name}.mjs`, import.meta.url));
}

export class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Lines given on standard input (for --interactive). */
  input?: string;
  env?: Record<string, string | undefined>;
}

export async function cliWith(cwd: string, options: CliOptions, ...args: string[]): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = Readable.from(options.input === undefined ? [] : [options.input]);
  const status = await main(args, { stdout, stderr, stdin, cwd, env: options.env ?? {} });
  return { status, stdout: stdout.text, stderr: stderr.text };
}

export function cli(cwd: string, ...args: string[]): Promise<CliRun> {
  return cliWith(cwd, {}, ...args);
}

export function project(files: Record<string, string | Buffer>): string {
  const directory = mkdtempSync(join(tmpdir(), 'pycodemod-test-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(directory, path, '..'), { recursive: true });
    writeFileSync(join(directory, path), content);
  }
  return directory;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

/** A project committed to a fresh git repository. */
export function committedProject(files: Record<string, string | Buffer>): string {
  const directory = project(files);
  git(directory, 'init', '-q');
  git(directory, 'add', '-A');
  git(directory, 'commit', '-q', '-m', 'initial');
  return directory;
}
