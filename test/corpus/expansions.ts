// `node dist/test/corpus/expansions.js < report.json`: the abbreviations variable-names
// expanded, word by word, most frequent first, from a `--format json` report, to judge the
// dictionary against real code (run it before changing the dictionary: it re-expands the
// renamed names with the current one). A parameter renamed across files counts once.
import { readFileSync } from 'node:fs';
import { expandAbbreviation, splitIdentifier } from '../../src/python/words/words.js';

interface ReportFinding {
  transform: string;
  message: string;
  applied: boolean;
}

const RENAMED = /^`([\w]+)`(?: \(a parameter of `\w+`\))? is an abbreviation: (?:rename it|renamed) to `(\w+)`/;

const report = JSON.parse(readFileSync(0, 'utf8')) as { findings: ReportFinding[] };
const counts = new Map<string, number>();
for (const finding of report.findings) {
  if (finding.transform !== 'variable-names' || !finding.applied || finding.message.includes('(defined in ')) continue;
  const match = RENAMED.exec(finding.message);
  if (!match) continue;
  // The renamed name's words, expanded the way the shipped dictionary expanded them.
  for (const word of splitIdentifier(match[1]!).words) {
    const expansion = expandAbbreviation(word.replace(/\d+$/, ''));
    if (!expansion) continue;
    const pair = `${word.replace(/\d+$/, '').toLowerCase()} -> ${expansion.join('_')}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
}
const limit = Number(process.argv[2] ?? 20);
for (const [pair, count] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit)) {
  process.stdout.write(`${String(count).padStart(6)}  ${pair}\n`);
}
