// Which docstring style a docstring's text is written in: Sphinx fields (`:param x:`),
// Google sections (`Args:`), NumPy sections (`Parameters` over a dashed line), or plain
// prose with no sections; also epytext fields (`@param x:`, Twisted's), which no
// transform writes. Read from text alone, for learning a project's style.
export type DocstringKind = 'sphinx' | 'google' | 'numpy' | 'epytext' | 'plain';

const EPYTEXT_FIELD = /^[ \t]*@(?:param|type|returns?|rtype|raises?|ivar|cvar|var|keyword)\b[^:\n]*:/m;

const SPHINX_FIELD = /^[ \t]*:(?:param|parameter|arg|argument|key|keyword|type|returns?|rtype|raises?|except|exception|yields?|ytype|ivar|cvar|var)\b[^:\n]*:/m;
const NUMPY_SECTION =
  /^[ \t]*(?:Parameters|Other Parameters|Returns|Yields|Receives|Raises|Warns|Attributes|Methods|See Also|Notes|References|Examples)[ \t]*\r?\n[ \t]*-{3,}[ \t]*$/m;
const GOOGLE_SECTION =
  /^[ \t]*(?:Args|Arguments|Keyword Args|Keyword Arguments|Returns|Return|Yields|Raises|Attributes|Examples?|Note|Todo)[ \t]*:[ \t]*\r?\n[ \t]+\S/m;

/** The style of a docstring's body (the text between its quotes). */
export function classifyDocstring(body: string): DocstringKind {
  if (NUMPY_SECTION.test(body)) return 'numpy';
  if (SPHINX_FIELD.test(body)) return 'sphinx';
  if (GOOGLE_SECTION.test(body)) return 'google';
  if (EPYTEXT_FIELD.test(body)) return 'epytext';
  return 'plain';
}
