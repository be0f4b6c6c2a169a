// A stand-in for a summarizer command (a language model, say) in the tests: it reads
// the request JSON on stdin and answers from its fields, or misbehaves on request
// (--fail, --empty, --slow) so that the fallback to the heuristic can be tested.
import { readFileSync } from 'node:fs';

const mode = process.argv[2];
const request = JSON.parse(readFileSync(0, 'utf8'));
if (mode === '--fail') {
  process.stderr.write('model not available\n');
  process.exit(3);
}
if (mode === '--empty') process.exit(0);
if (mode === '--slow') await new Promise((resolve) => setTimeout(resolve, 5000));
const lines = request.source.split('\n').length;
process.stdout.write(`Summarize the ${request.kind} ${request.name} of ${request.file} (${lines} lines, ${request.style} style).\n\nSignature: ${request.signature}\n`);
