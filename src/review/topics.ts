// Which transform a review suggestion asks for, from what it talks about: its heading
// first (reviewers name the topic there), then its text.

export interface Topic {
  transform: string;
  /** What in the suggestion chose it, for the plan's comment. */
  because: string;
}

/** Most specific first: "test naming" is about tests before it is about names. */
const TOPICS: ReadonlyArray<{ transform: string; pattern: RegExp }> = [
  { transform: 'test-names', pattern: /\btests?\s+(?:names?|naming)\b|\bnames? of (?:the )?tests?\b|\brenam\w*\s+(?:the\s+)?tests?\b/i },
  { transform: 'docstrings', pattern: /\bdocstrings?\b|\bdocumentation strings?\b/i },
  { transform: 'function-names', pattern: /\b(?:function|method|class)\s+(?:names?|naming)\b|\bnames? of (?:the )?(?:functions|methods)\b/i },
  { transform: 'variable-names', pattern: /\bvariables?\s+(?:names?|naming)\b|\bnames? of (?:the )?variables\b/i },
  { transform: 'exception-handling', pattern: /\berror[- ]handling\b|\bexceptions?\b|\bexcept\b|\bcatch(?:es|ing)?\b/i },
  { transform: 'split-functions', pattern: /\b(?:code\s+)?organi[sz]ation\b|\blong (?:methods?|functions?)\b|\bbreak(?:ing)?\s+(?:\w+\s+){0,3}down\b|\bsmaller (?:methods|functions|pieces)\b|\bsplit\b/i },
  { transform: 'comments', pattern: /\bcomments?\b/i },
  { transform: 'trailing-commas', pattern: /\btrailing commas?\b|\bcommas?\b/i },
  { transform: 'quote-style', pattern: /\bquot(?:es?|ation marks?|ing)\b/i },
];

/** The transform for a suggestion, or null when it is about nothing pycodemod rewrites. */
export function topicOf(title: string, text: string): Topic | null {
  for (const source of [title, text]) {
    if (!source) continue;
    // A style heading ("Consistent coding style") says which style only in the text.
    if (/\bstyle\b|\bformatting\b|\bconsisten/i.test(source) && source === title) {
      const style = TOPICS.filter((topic) => topic.transform === 'trailing-commas' || topic.transform === 'quote-style').find((topic) => topic.pattern.test(text));
      if (style) return { transform: style.transform, because: `"${title}" and "${(style.pattern.exec(text) as RegExpExecArray)[0]}"` };
      continue;
    }
    for (const topic of TOPICS) {
      const match = topic.pattern.exec(source);
      if (match) return { transform: topic.transform, because: `"${match[0]}"` };
    }
  }
  return null;
}
