// The Summarizer: where the one sentence of a docstring (or of a comment above a
// paragraph of statements) comes from. The heuristic reads the code; the command variant
// asks an external program (a local language model, say) and falls back to the
// heuristic, with a warning, when the program fails, says nothing or takes too long.
import { spawnSync } from 'node:child_process';
import type { SyntaxNode } from '../../engine/syntax-tree.js';

/** What is being summarised: a definition, a module, or a paragraph of statements. */
export type SummaryKind = 'function' | 'method' | 'class' | 'module' | 'paragraph';

export interface SummaryRequest {
  kind: SummaryKind;
  /** The function, class or module name; for a paragraph, the enclosing function's. */
  name: string;
  /** The header up to its colon (`def f(a: int) -> str:`); empty for modules and paragraphs. */
  signature: string;
  /** The source text being summarised. */
  source: string;
  file: string;
  /** The docstring style, or `comment` for a paragraph. */
  style: string;
  /** The syntax nodes being summarised (for the heuristic; never sent to a program). */
  nodes: readonly SyntaxNode[];
}

export interface Summarizer {
  /**
   * The summary text: a sentence, possibly followed by further paragraphs separated by
   * blank lines. Null when nothing can be said better than the code says it.
   */
  summarize(request: SummaryRequest): string | null;
}

export type Heuristic = (request: SummaryRequest) => string | null;

/** The JSON a summarizer command receives on its standard input. */
export function commandPayload(request: SummaryRequest): Omit<SummaryRequest, 'nodes'> {
  const { kind, name, signature, source, file, style } = request;
  return { kind, name, signature, source, file, style };
}

export interface SummarizerOptions {
  /** A shell command line; empty for the heuristic alone. */
  command?: string;
  /** How long the command may take for one summary. */
  timeoutMilliseconds?: number;
  /** What happens when the command fails, for its warning (default: the heuristic answers). */
  fallback?: string;
  /** Where warnings about the command go (the transform context's `warn`). */
  warn: (message: string) => void;
}

const DEFAULT_TIMEOUT_MILLISECONDS = 10_000;

/** The heuristic alone, or the command with the heuristic as its fallback. */
export function createSummarizer(heuristic: Heuristic, options: SummarizerOptions): Summarizer {
  const command = options.command?.trim();
  if (!command) return { summarize: heuristic };
  const timeout = options.timeoutMilliseconds ?? DEFAULT_TIMEOUT_MILLISECONDS;
  return {
    summarize(request) {
      const answer = runCommand(command, request, timeout);
      if ('text' in answer) return answer.text;
      options.warn(`summarizer command for ${request.kind} ${request.name} (${request.file}): ${answer.problem}; ${options.fallback ?? 'using the heuristic summary'}`);
      return heuristic(request);
    },
  };
}

function runCommand(command: string, request: SummaryRequest, timeout: number): { text: string } | { problem: string } {
  // Transforms are synchronous, so the program runs to completion here (or is killed).
  const result = spawnSync(command, {
    shell: true,
    input: JSON.stringify(commandPayload(request)),
    encoding: 'utf8',
    timeout,
    maxBuffer: 1024 * 1024,
  });
  const code = (result.error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ETIMEDOUT') return { problem: `timed out after ${timeout} ms` };
  // EPIPE: the program ended without reading all its input; its exit status tells the rest.
  if (result.error && code !== 'EPIPE') return { problem: result.error.message };
  if (result.signal) return { problem: `killed by ${result.signal}` };
  if (result.status !== 0) {
    const detail = result.stderr.trim().split('\n').pop() ?? '';
    return { problem: `exit status ${result.status}${detail ? ` (${detail})` : ''}` };
  }
  const text = result.stdout.replace(/\r\n/g, '\n').trim();
  return text ? { text } : { problem: 'empty answer' };
}
