// The endpoint summarizer: asks an OpenAI-compatible chat-completions server (llama.cpp's
// server, Ollama, vLLM) for docstring summaries, all before any file is transformed:
// callee-first levels, each level's requests made concurrently; answers cached by a hash
// of the prompt (which holds the source), so a second run asks nothing; every answer
// verified against the code. Timeouts, refusals and malformed answers leave the
// definition to the heuristic, and one warning line says how many and why.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { calleeFirstLevels, promptMessages, verifyAnswer, type ChatMessage, type DefinitionRequest, type PromptSettings } from './summary-prompt.js';

export interface EndpointSettings extends PromptSettings {
  /** The server's base URL (`http://127.0.0.1:8080/v1`) or its full chat-completions URL. */
  url: string;
  model: string;
  timeoutMilliseconds: number;
  concurrency: number;
  /** The cache file; empty for none. */
  cachePath: string;
}

export interface EndpointOutcome {
  /** Verified answers by request key; null when the answer was dropped (silence). */
  answers: Record<string, string | null>;
  /** One line per kind of problem, with counts, for the warning. */
  problems: string[];
}

export interface EndpointHooks {
  progress(done: number, total: number): void;
}

/** The chat-completions URL of a base URL. */
export function completionsUrl(url: string): string {
  const trimmed = url.replace(/\/+$/, '');
  return /\/chat\/completions$/.test(trimmed) ? trimmed : `${trimmed}/chat/completions`;
}

function readCache(path: string): Record<string, string | null> {
  if (!path) return {};
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return data && typeof data === 'object' ? (data as Record<string, string | null>) : {};
  } catch {
    return {};
  }
}

function writeCache(path: string, cache: Record<string, string | null>): void {
  if (!path) return;
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(cache));
  renameSync(temporary, path);
}

type Reply = { content: string } | { problem: string };

async function ask(settings: EndpointSettings, messages: ChatMessage[]): Promise<Reply> {
  let response: Response;
  try {
    response = await fetch(completionsUrl(settings.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: settings.model, messages, temperature: 0, stream: false }),
      signal: AbortSignal.timeout(settings.timeoutMilliseconds),
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') return { problem: `timed out after ${settings.timeoutMilliseconds / 1000} s` };
    return { problem: `cannot reach the server (${(error as Error).message})` };
  }
  if (!response.ok) return { problem: `HTTP ${response.status}` };
  try {
    const body = (await response.json()) as { choices?: Array<{ message?: { content?: unknown } }> };
    const content = body.choices?.[0]?.message?.content;
    return typeof content === 'string' ? { content } : { problem: 'malformed answer (no choices[0].message.content)' };
  } catch {
    return { problem: 'malformed answer (not JSON)' };
  }
}

/** Runs `work` over the items with at most `limit` at a time. */
async function inPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(runners);
}

/** Asks for every request's summary; answers are verified, failures counted. */
export async function askEndpoint(requests: readonly DefinitionRequest[], settings: EndpointSettings, hooks: EndpointHooks): Promise<EndpointOutcome> {
  const cache = readCache(settings.cachePath);
  const answers: Record<string, string | null> = {};
  const problems = new Map<string, number>();
  const count = (problem: string) => problems.set(problem, (problems.get(problem) ?? 0) + 1);
  const summaries = new Map<string, string>();
  let done = 0;
  let changed = false;
  for (const level of calleeFirstLevels(requests)) {
    await inPool(level, settings.concurrency, async (request) => {
      const callees = new Map(request.callees.filter((name) => summaries.has(name)).map((name) => [name, summaries.get(name)!]));
      const messages = promptMessages(request, settings, callees);
      const hash = createHash('sha256').update(settings.model).update('\0').update(JSON.stringify(messages)).digest('hex');
      let content: string | undefined;
      if (hash in cache) {
        const cached = cache[hash];
        answers[request.key] = cached ?? null;
        if (cached) summaries.set(request.name, cached.split('\n')[0]!);
      } else {
        const reply = await ask(settings, messages);
        if ('problem' in reply) count(reply.problem);
        else content = reply.content;
      }
      if (content !== undefined) {
        const verdict = verifyAnswer(content, request);
        if ('malformed' in verdict) count(`malformed answer (${verdict.malformed})`);
        else {
          const text = 'text' in verdict ? verdict.text : null;
          answers[request.key] = text;
          // Refusals and unverified answers are remembered too: asking again says the same.
          cache[hash] = text;
          changed = true;
          if (text) summaries.set(request.name, text.split('\n')[0]!);
        }
      }
      hooks.progress(++done, requests.length);
    });
  }
  if (changed) writeCache(settings.cachePath, cache);
  const total = requests.length;
  return { answers, problems: [...problems].map(([problem, times]) => `${times} of ${total} requests: ${problem}`) };
}
