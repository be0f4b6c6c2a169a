// The review benchmark's pure parts (../shared/REVIEW.md): a unified diff cut into hunks,
// a seeded draw of N of them, the sheet a reviewer grades, and the graded sheet read back
// into counts checked against the targets.

export interface Hunk {
  /** The file the hunk changes, as the diff's `+++` header names it. */
  file: string;
  /** The hunk's text, from its `@@` line to its last line. */
  text: string;
}

/**
 * Cuts a unified diff (as `pycodemod --no-color` prints it) into its hunks. Each hunk's
 * `@@ -a,b +c,d @@` counts say how many lines belong to it, so a removed line that itself
 * starts with `--` is never taken for a file header.
 */
export function splitHunks(diff: string): Hunk[] {
  const hunks: Hunk[] = [];
  const lines = diff.split('\n');
  let file = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('+++ ')) {
      file = line.slice(4).replace(/^b\//, '').replace(/\t.*$/, '');
      continue;
    }
    const counts = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/.exec(line);
    if (!counts) continue;
    let oldLeft = Number(counts[1] ?? 1);
    let newLeft = Number(counts[2] ?? 1);
    const text = [line];
    while ((oldLeft > 0 || newLeft > 0) && i + 1 < lines.length) {
      const next = lines[++i] as string;
      text.push(next);
      if (next.startsWith('\\')) continue;
      if (!next.startsWith('+')) oldLeft--;
      if (!next.startsWith('-')) newLeft--;
    }
    while (lines[i + 1]?.startsWith('\\')) text.push(lines[++i] as string);
    hunks.push({ file, text: text.join('\n') });
  }
  return hunks;
}

/** mulberry32: a small, well-mixed PRNG, so a printed seed reproduces the draw. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` items drawn without replacement, in the order drawn (all of them when fewer). */
export function draw<T>(items: readonly T[], count: number, seed: number): T[] {
  const random = seededRandom(seed);
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, Math.min(count, pool.length));
}

export const REASONS = [
  'parrots-name',
  'inaccurate',
  'misleading',
  'meaning-changed',
  'idiom-broken',
  'convention',
  'line-too-long',
  'churn',
  'bad-helper-name',
  'harder-to-follow',
  'behaviour-risk',
  'log-noise',
  'grammar',
  'wrong-placement',
] as const;

export interface SheetHeader {
  project: string;
  projectPath: string;
  transform: string;
  seed: number;
  total: number;
  /** For the style transforms: the project has decided to adopt the style. */
  adopted: boolean;
}

const RUBRIC = `Grade every hunk with one of:
- ACCEPT: merge as is. Correct, fits the project's conventions, and makes the code better
  for a reader of this project.
- EDIT: the right change, but you would reword or re-wrap it first.
- REJECT: wrong or misleading; changes behaviour; breaks a convention or idiom of the
  project; fails the project's linter (line length!); or churn: noise that adds nothing a
  reader did not already know.
For EDIT and REJECT give one reason category from: ${REASONS.join(', ')}.`;

/** The sheet for a blind reviewer: the premise, the rubric, the hunks, a grading form. */
export function renderSheet(header: SheetHeader, hunks: readonly Hunk[]): string {
  const premise = header.adopted
    ? `The project has decided to adopt the style this patch applies: judge each hunk on whether it applies that decision correctly and in the project's manner, not on whether a sweep is welcome.\n\n`
    : '';
  const parts = [
    `# Review of a patch to ${header.project}\n`,
    `You are a long-time maintainer of ${header.project}. Someone sent a patch; below are ${hunks.length} hunks drawn at random from it (of ${header.total}). Open the untouched source at ${header.projectPath} for context: paths below are relative to it.\n`,
    premise,
    RUBRIC,
    `\nAnswer with one line per hunk, exactly in this form:\n\n    H<number>: <ACCEPT|EDIT|REJECT> <reason-category or -> <a few words why>\n`,
  ];
  hunks.forEach((hunk, index) => {
    parts.push(`\n## H${index + 1}: ${hunk.file}\n\n\`\`\`diff\n${hunk.text}\n\`\`\`\n`);
  });
  return parts.join('\n');
}

export type Grade = 'ACCEPT' | 'EDIT' | 'REJECT';

export interface GradedHunk {
  hunk: number;
  grade: Grade;
  reason: string | null;
  note: string;
}

/** Reads a reviewer's answer: one `H<n>: GRADE reason words` line per hunk (order free). */
export function readGrades(text: string): GradedHunk[] {
  const graded = new Map<number, GradedHunk>();
  for (const line of text.split('\n')) {
    const match = /^\s*[-*]?\s*\**H?(\d+)\**\s*[:.)-]\s*\**(ACCEPT|EDIT|REJECT)\**\b[\s,:;-]*(.*)$/i.exec(line);
    if (!match) continue;
    const [, number, grade, rest] = match as unknown as [string, string, string, string];
    const first = rest.trim().split(/[\s,;:]+/)[0]?.toLowerCase() ?? '';
    const reason = (REASONS as readonly string[]).includes(first) ? first : null;
    const note = reason ? rest.trim().slice(first.length).replace(/^[\s,;:—–-]+/, '') : rest.trim().replace(/^-\s*/, '');
    graded.set(Number(number), { hunk: Number(number), grade: grade.toUpperCase() as Grade, reason, note });
  }
  return [...graded.values()].sort((a, b) => a.hunk - b.hunk);
}

export interface Tally {
  graded: number;
  accept: number;
  edit: number;
  reject: number;
  reasons: Record<string, number>;
  /** The targets of REVIEW.md: ACCEPT >= 60%, ACCEPT + EDIT >= 85%, no behaviour-risk or line-too-long reject. */
  meetsTargets: boolean;
}

export function tally(grades: readonly GradedHunk[]): Tally {
  const count = (grade: Grade) => grades.filter((graded) => graded.grade === grade).length;
  const reasons: Record<string, number> = {};
  for (const graded of grades) {
    if (graded.grade !== 'ACCEPT' && graded.reason) reasons[graded.reason] = (reasons[graded.reason] ?? 0) + 1;
  }
  const accept = count('ACCEPT');
  const edit = count('EDIT');
  const fatal = grades.some((graded) => graded.grade === 'REJECT' && (graded.reason === 'behaviour-risk' || graded.reason === 'line-too-long'));
  const n = grades.length;
  return {
    graded: n,
    accept,
    edit,
    reject: count('REJECT'),
    reasons,
    meetsTargets: n > 0 && accept / n >= 0.6 && (accept + edit) / n >= 0.85 && !fatal,
  };
}
