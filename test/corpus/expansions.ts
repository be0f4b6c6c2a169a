// `node dist/test/corpus/expansions.js < report.json`: the abbreviations variable-names
// expanded, word by word, most frequent first, from a `--format json` report, to judge the
// dictionary against real code. A parameter renamed across files counts once.
import { readFileSync } from 'node:fs';
import { splitIdentifier } from '../../src/python/words.js';

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
  const before = splitIdentifier(match[1]!).words.map((word) => word.toLowerCase());
  const after = splitIdentifier(match[2]!).words.map((word) => word.toLowerCase());
  // An expansion may have several words (`rp` -> `resource_provider`): it runs until the
  // next old word reappears.
  let at = 0;
  before.forEach((word, index) => {
    if (after[at] === word) {
      at++;
      return;
    }
    const next = before[index + 1];
    let end = next === undefined ? after.length : at + 1;
    while (end < after.length && after[end] !== next) end++;
    const pair = `${word} -> ${after.slice(at, end).join('_')}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
    at = end;
  });
}
const limit = Number(process.argv[2] ?? 20);
for (const [pair, count] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit)) {
  process.stdout.write(`${String(count).padStart(6)}  ${pair}\n`);
}
