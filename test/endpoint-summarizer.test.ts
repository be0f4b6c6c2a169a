// The docstrings transform with a summarizer endpoint: a small OpenAI-compatible server on
// 127.0.0.1 answers, refuses, names things the code does not have, hangs or answers
// nonsense; the run asks callees first, uses only verified answers that say more than the
// name, warns once about the failures, and a second run asks again only what failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { main } from '../src/cli/main.js';
import { Capture } from './support/cli.js';
import { calleeFirstLevels, verifyAnswer, type DefinitionRequest } from '../src/python/summaries/summary-prompt.js';

const SOURCE = `class Scheduler:
    def pick_host(self, hosts):
        candidates = [host for host in hosts if host.up]
        return min(candidates, key=lambda host: host.load)

    def schedule(self, instance, hosts):
        host = self.pick_host(hosts)
        self.placements[instance] = host
        return host

    def reboot(self, host):
        host.power_cycle()

    def stop(self, host):
        host.shutdown()

    def migrate(self, instance, host):
        self.placements[instance] = host

    def hang(self, host):
        host.wait()

    def broken(self, host):
        host.poke()

    def resize(self, server, flavor):
        server.resize(flavor)
`;

const ANSWERS: Record<string, string> = {
  pick_host: 'Return the least loaded host among those that are up.',
  schedule: 'Place the instance on the least loaded host and remember the placement.',
  reboot: 'NOTHING',
  stop: 'Raise TimeoutError when the host does not answer.',
  migrate: 'Move the instance and update `self.target_host`.',
  resize: 'Resize the server to the flavor.',
  Scheduler: 'NOTHING',
};

interface Asked {
  name: string;
  prompt: string;
}

function startServer(asked: Asked[]): Promise<Server> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const { messages } = JSON.parse(body) as { messages: Array<{ content: string }> };
      const prompt = messages.at(-1)!.content;
      const name = /The (?:function|method|class) (\w+) in/.exec(prompt)![1]!;
      asked.push({ name, prompt });
      if (name === 'hang') {
        setTimeout(() => response.end(), 3000);
        return;
      }
      response.setHeader('content-type', 'application/json');
      if (name === 'broken') return response.end(JSON.stringify({ oops: true }));
      response.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: ANSWERS[name] ?? 'NOTHING' } }] }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function run(directory: string, url: string) {
  const stdout = new Capture();
  const stderr = new Capture();
  const status = await main(['-t', 'docstrings', '-j', '1', '--isolated', '--set', `docstrings.summarizer-url=${url}`, '--set', 'docstrings.summarizer-timeout=1', '--set', 'docstrings.summarizer-model=tiny', 'scheduler.py'], { stdout, stderr, cwd: directory });
  return { status, stdout: stdout.text, stderr: stderr.text };
}

test('endpoint answers are asked callees first, verified, cached; failures warn once', async () => {
  const asked: Asked[] = [];
  const server = await startServer(asked);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  const directory = mkdtempSync(join(tmpdir(), 'pycodemod-endpoint-'));
  writeFileSync(join(directory, 'scheduler.py'), SOURCE);
  try {
    const first = await run(directory, url);
    assert.match(first.stdout, /def pick_host\(self, hosts\):\n\+ {8}"""Return the least loaded host among those that are up\."""/);
    assert.match(first.stdout, /def schedule\(self, instance, hosts\):\n\+ {8}"""Place the instance on the least loaded host and remember the\n\+ {8}placement\.\n\+ {8}"""/);
    // Refused, unverifiable (an exception never raised, a name the code lacks), only the
    // name again, timed out, malformed: no docstring.
    for (const name of ['reboot', 'stop', 'migrate', 'resize', 'hang', 'broken', 'Scheduler']) {
      assert.doesNotMatch(first.stdout, new RegExp(`(?:def|class) ${name}\\b[^\\n]*\\n\\+`), name);
    }
    // The caller's prompt carries its callee's answer.
    assert.match(asked.find((item) => item.name === 'schedule')!.prompt, /- pick_host: Return the least loaded host among those that are up\./);
    assert.ok(asked.findIndex((item) => item.name === 'pick_host') < asked.findIndex((item) => item.name === 'schedule'));
    const warnings = first.stderr.split('\n').filter((line) => line.includes('summarizer endpoint'));
    assert.equal(warnings.length, 1, first.stderr);
    assert.match(warnings[0]!, /1 of 9 requests: timed out after 1 s/);
    assert.match(warnings[0]!, /1 of 9 requests: malformed answer/);

    asked.length = 0;
    const second = await run(directory, url);
    assert.equal(second.stdout, first.stdout);
    assert.deepEqual(asked.map((item) => item.name).sort(), ['broken', 'hang']);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

const REQUEST: DefinitionRequest = {
  key: 'k',
  file: 'a.py',
  name: 'connect',
  kind: 'function',
  source: 'def connect(host, timeout=None):\n    if timeout is None:\n        raise ValueError("no timeout")\n    return open_socket(host)\n',
  parameters: ['host', 'timeout'],
  identifiers: ['connect', 'host', 'timeout', 'ValueError', 'open_socket'],
  raised: ['ValueError'],
  callees: ['ValueError', 'open_socket'],
};

test('an answer is kept only when the code backs every name it gives', () => {
  assert.deepEqual(verifyAnswer('"Open a socket to the host with `open_socket`."', REQUEST), { text: 'Open a socket to the host with `open_socket`.' });
  assert.ok('dropped' in verifyAnswer('Open the socket with `make_socket`.', REQUEST));
  assert.ok('dropped' in verifyAnswer('Raise ConnectionError when the host is down.', REQUEST));
  assert.ok('dropped' in verifyAnswer('Use the retries parameter to try again.', REQUEST));
  assert.ok('dropped' in verifyAnswer("I'm sorry, I cannot help with that.", REQUEST));
  assert.ok('malformed' in verifyAnswer('Connect.\n\nArgs:\n    host: The host.', REQUEST));
  assert.ok('malformed' in verifyAnswer('   ', REQUEST));
});

test('callees are asked before their callers, a cycle broken where it closes', () => {
  const request = (name: string, callees: string[]): DefinitionRequest => ({ ...REQUEST, key: name, name, callees });
  const levels = calleeFirstLevels([request('a', ['b']), request('b', ['c']), request('c', []), request('d', ['d', 'e']), request('e', ['d'])]);
  assert.deepEqual(levels.map((level) => level.map((item) => item.name).sort()), [['c'], ['b', 'e'], ['a', 'd']]);
});
