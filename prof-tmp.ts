import { discoverFiles } from './src/runner/discover.js';
import { readFileSync } from 'node:fs';
import { fileHabits, COMMON_LIMITS } from './src/python/conventions/file-habits.js';
for (const root of process.argv.slice(2)) {
  const files = discoverFiles([root], { cwd: '/' });
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  let t = performance.now();
  const h = texts.map((text) => fileHabits(text));
  const over = COMMON_LIMITS.map((_, i) => h.reduce((s, x) => s + x.linesOver[i]!, 0));
  console.log(root.split('/').pop(), Math.round(performance.now() - t) + 'ms', h.reduce((s, x) => s + x.lines, 0), COMMON_LIMITS.map((l, i) => `>${l}:${over[i]}`).join(' '));
}
