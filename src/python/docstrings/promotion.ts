// Whether a comment under a header describes the whole definition (and may become its
// docstring) or the statement after it (and must stay where it is): "These must match",
// "the following", "only if", a version-history line, a note heading the first of
// several paragraphs or an inner function, all refer to what follows them.
import type { SyntaxNode } from '../../engine/syntax-tree.js';
import type { SourceFile } from '../../engine/source.js';
import { commentText } from './docstring-place.js';
import { isThirdPersonVerb, isVerb } from '../words/english.js';

/** Words that point at the code under the comment rather than at the definition. */
const POINTING = /^(?:these|those|the following|here|below|next|now|then|first|finally|only if|otherwise|else|if|when|because|so|and|but|or|also)\b/i;
const POINTING_ANYWHERE = /\b(?:the following|below|only if|(?:as|see) above)\b/i;
/** `Version 1.0: Initial version`, `v2: ...`, `Changed in 1.3:`: a history of the object. */
const HISTORY = /^(?:version|v)\s*\d+(?:\.\d+)*\s*[:-]|^(?:changed|added|new|deprecated) in\b/i;
/** "This method ...", "This class ..." speak of the definition; any other "This" of the code below. */
const THIS_DEFINITION = /^this\s+(?:function|method|class|helper|routine|test|hook|property|decorator|callback|handler|view|is called|gets called|should be called|must be called)\b/i;

/**
 * A note for whoever maintains the code, not a description for its caller: a hack or a
 * workaround, a task left (TODO, FIXME, XXX), a link or a ticket number, a caveat.
 */
const IMPLEMENTATION_NOTE = /\b(?:hack|hacks|hacky|kludge|nasty|ugly|pesky|workaround|work around|xxx|todo|fixme|for now|for the time being|temporary|temporarily|tricks?|anyways?)\b|https?:\/\/|\bwww\.|#\d+|\b[A-Z][A-Z0-9]+-\d+\b|\b(?:ticket|bug|issue|pr)\s*#?\d+|\b(?:bytecode|(?:called|executed|run) (?:very )?often|hot path|inner loop|speeds? up|faster|optimi[sz](?:ed|ation)|performance)\b|\bpython\s*[<>=]+\s*\d|\b(?:not sure|do not know|don't know|no idea|unclear (?:whether|if|why))\b/i;
/** "we need", "I think", "our cache", "let's": a narrative of the author's reasoning. */
const FIRST_PERSON = /\b(?:we|we're|we've|we'd|we'll|us|our|ours|let's|my)\b|\bI(?:'m|'ve|'d)?\b(?!\/)/i;
/**
 * "This method can be overridden", "This function is copied from ...": after "This X", a
 * modal verb or a provenance is a remark about the code, not a description for a caller.
 */
const THIS_REMARK = /^this\s+\w+\s+(?:(?:can|could|may|might|should|must|will|would)(?! be (?:called|invoked|used)\b)|is (?:copied|taken|adapted|borrowed|ported) from|was)\b/i;
/** "This method allows testing ... without a connection", "This class exists so ...": why it is written so. */
const THIS_RATIONALE = /^this\s+\w+\s+(?:allows|lets|exists|enables|makes it possible|is (?:here|needed|necessary|required|separate|static))\b/i;

/**
 * Whether "This method" opens the comment of a method, "This class" of a class, "This
 * function" of a function (a module's function described as "This method" was moved or
 * copied, and its comment was not kept up with it).
 */
function namesItsDefinition(node: SyntaxNode, first: string): boolean {
  const kind = /^this\s+(\w+)/i.exec(first)![1]!.toLowerCase();
  if (kind === 'class') return node.type === 'class_definition';
  if (node.type !== 'function_definition') return false;
  let owner = node.parent;
  if (owner?.type === 'decorated_definition') owner = owner.parent;
  const inClass = owner?.type === 'block' && owner.parent?.type === 'class_definition';
  return kind === 'method' ? inClass : true;
}

/** "Subclass to compute ...", "Override this in subclasses": a note to implementers. */
const TO_SUBCLASSERS = /^(?:subclass(?:es)?|override|overridden|implementers?)\b|\b(?:subclasses (?:should|must|may|can|need to)|to be (?:overridden|implemented))\b/i;
/**
 * A reason for how a line is written ("Check size first for efficiency", "make sure it's a
 * np.void", "Add 1 because Class2=0 ..."): a comment on that line. On a property
 * accessor, whose one statement it explains, any purpose is such a reason too.
 */
const REASON = /\b(?:because|for (?:efficiency|speed|performance|consistency|safety)|make sure|so that|in order to|to avoid|to prevent|to force|to ensure|ensure that|otherwise)\b|\bso (?:\w+ ){1,2}(?:is|are|can|will|does|do|won't|doesn't|isn't|gets?)\b|^(?:use|uses|using)\b.*\bto [a-z]+/i;
const PURPOSE = /\b(?:to (?:make|keep|allow|get|let|break|save|support)|needed|required|extra|since)\b/i;

/** Openings of a stub's note that is not why it does nothing: a pronoun, a modal verb, a preposition ("for zip.ZipFile"). */
const NOT_A_REASON_OPENING = /^(?:he|she|they|you|it|must|should|can|could|may|might|will|would|needs?|for|with|in|on|at|by|from|to|of|as)$/i;
/** `@property`, `@x.setter`, `@cached_property`: an accessor, whose one statement a comment explains. */
const ACCESSOR = /^@(?:\w+\.)?(?:property|setter|getter|deleter|cached_property)\b|\.(?:setter|getter|deleter)$/;

/** Words a sentence about the whole definition does not open with, whatever follows. */
const NOT_A_VERB = /^(?:after|before|during|when|whenever|once|until|if|because|where|upon|within|instead|rather|here|now|then|otherwise|usually|normally|currently|a|an|the|this|that|these|those|it|its|he|she|they|you|there|is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|should|must|may|might|as|with|without|in|on|at|by|for|from|to|of|since|while|unless|although|though|not|no|all|some|any|each|every|same|note|nb|also|just|only)$/i;
/** A word after which the first word was a noun, the subject of a statement about the code. */
const SUBJECT_BEFORE = /^(?:are|is|was|were|have|has|had|can|could|will|would|should|must|may|might|do|does|did|don't|doesn't|aren't|isn't|can't|won't)$/i;
/** "Same purpose as ForwardManyToOneDescriptor.__reduce__().", "See Field.clean().": a pointer to the documented counterpart. */
const CROSS_REFERENCE = /^(?:same(?: \w+)? as|see|like|equivalent to|(?:an )?alias (?:of|for)|the (?:reverse|inverse|counterpart) of)\s+`?[A-Za-z_][\w.]*\.\w+(?:\(\))?`?/i;
/** Comment lines written in Python: `exp = [a, b, c]`, `-> ConcatPair(a, b)`, `>>> f(1)`, `f(x) == y`, `f(x, y)`. */
const CODE_LINE = /->|=>|[=!]=|\w\([^)]*\)\s*[-+*/<>%]|^>>>|^<[\w/!?]|^[\w.[\]\s,]+\s[-+*/|&]?=\s*\S|^[\w.]+\(.*\)[,:]?$|^(?:if|for|while|def|class|return|import|from|with)\s[^.]*:$|^[[{(].*[\]})]$/;

/** Whether a comment line holds code rather than prose (it cannot be reflowed into a sentence). */
export function isCodeLine(line: string): boolean {
  return CODE_LINE.test(line.trim());
}

/** Statements of a body, comments left out. */
function statementsOf(body: SyntaxNode): SyntaxNode[] {
  return body.namedChildren.filter((child) => child.type !== 'comment');
}

/** `pass`, `...`, `return None`: a body that does nothing, whose comment says why. */
function doesNothing(body: SyntaxNode): boolean {
  return statementsOf(body).every(
    (statement) =>
      statement.type === 'pass_statement' ||
      (statement.type === 'expression_statement' && statement.namedChildren[0]?.type === 'ellipsis') ||
      (statement.type === 'return_statement' && (!statement.namedChildren[0] || statement.namedChildren[0].type === 'none')),
  );
}

/**
 * Whether the comment reads as a description of what the definition does for its caller,
 * the way docstrings are written: a function's opens with its verb ("Merge if ...",
 * "Use CONCAT_WS ...", "Yields ..."), a class's with a verb or a noun phrase ("Keeps
 * track of ...", "A registry of ..."); a pointer to the documented counterpart; or, on a
 * body that does nothing, why it does nothing. A remark about the code ("Casting to
 * numeric is unnecessary.", "Internal FK's ... don't get a descriptor.", "As with
 * CharField, this will ...") is a comment on the implementation and stays one.
 */
export function readsAsDescription(node: SyntaxNode, lines: readonly string[]): boolean {
  const text = lines.filter(Boolean).join(' ');
  if (IMPLEMENTATION_NOTE.test(text) || FIRST_PERSON.test(text)) return false;
  if (lines.some(isCodeLine)) return false;
  if (CROSS_REFERENCE.test(text) || THIS_DEFINITION.test(text)) return true;
  const body = node.childForFieldName('body');
  // "Therefore, ...": the first sentence is a premise, not a summary of the whole.
  if (/[.!?]\s+(?:therefore|thus|hence|so|that is why|this is why)\b/i.test(text)) return false;
  // On a body that does nothing, a short note says why ("RunPython objects have no state
  // effect."); not one that opens with code ("io.BufferedWriter.flush already writes ...").
  const opening = text.split(/\s/)[0] ?? '';
  const shortNote = lines.filter(Boolean).length <= 2 && !/[._()]/.test(opening) && !NOT_A_REASON_OPENING.test(opening);
  if (body && node.type === 'function_definition' && doesNothing(body) && shortNote) return true;
  const [first = '', second = ''] = text.split(/\s+/).map((word) => word.replace(/[,:;.]$/, ''));
  // "REVERSE in Oracle ...", "Checks are run ...": a name or a noun, the subject of a remark.
  const subject = /^[A-Z]{2,}$/.test(first) || SUBJECT_BEFORE.test(second);
  if (!/^[A-Za-z]+$/.test(first) || NOT_A_VERB.test(first) || /ing$/i.test(first) || subject) {
    // A class may be described by what it is ("A registry of plugins by name."), a
    // function whose body is one `return` by what it returns ("The area of a rectangle,
    // in square units."), when the phrase is not the subject of a remark ("The pickled
    // state is simply ...").
    if (!/^(?:an?|the)$/i.test(first) || /^(?:following|above|below|same)$/i.test(second)) return false;
    if (node.type === 'class_definition') return true;
    const statements = body ? statementsOf(body) : [];
    const sentence = text.split(/(?<=[.!?])\s/)[0] ?? '';
    // "The --loader argument sets the environment variable": a verb after the phrase makes
    // it the subject of a statement.
    const words = sentence.split(/\s+/).map((word) => word.replace(/[,;:.]$/, ''));
    return statements.length === 1 && statements[0]!.type === 'return_statement' && !words.some((word, index) => SUBJECT_BEFORE.test(word) || (index >= 2 && isThirdPersonVerb(word) && !/s$/.test(words[index - 1] ?? '')));
  }
  if (isVerb(first) || isThirdPersonVerb(first)) return true;
  // What the function is: "Helper for drawing and hit testing.", "Shortcut to ...".
  if (/^(?:helper|wrapper|shortcut|callback|handler|decorator|generator|factory)$/i.test(first) && /^(?:for|to|that|which|of|around)$/i.test(second)) return true;
  // A verb our list does not know reads as one when an object follows ("Sum the values").
  return /^(?:the|a|an|all|each|every|any|its|their|whether|one|both)$/i.test(second);
}

/** Whether a function answers yes or no: annotated `-> bool`, or its one statement returns a test. */
function returnsBoolean(node: SyntaxNode, statements: readonly SyntaxNode[]): boolean {
  if (node.type !== 'function_definition') return false;
  if (node.childForFieldName('return_type')?.text === 'bool') return true;
  const value = statements.length === 1 && statements[0]!.type === 'return_statement' ? statements[0]!.namedChildren[0] : undefined;
  if (!value) return false;
  if (value.type === 'comparison_operator' || value.type === 'not_operator' || value.type === 'true' || value.type === 'false') return true;
  const callee = value.type === 'call' ? value.childForFieldName('function') : null;
  return !!callee && /(?:^|\.)(?:(?:is|has)(?:_\w+|[A-Z]\w*)|is(?:identifier|digit|alpha|alnum|space|upper|lower|title|decimal|numeric|ascii|printable|file|dir|link|abs|mount|disjoint|subset|superset|alive|set|enabled|empty|valid|closed|open|ready|done|active))$|^(?:isinstance|issubclass|callable|hasattr|bool|all|any)$/.test(callee.text);
}

/** Whether the comment block under the header describes the whole definition. */
export function describesDefinition(file: SourceFile, node: SyntaxNode, comments: readonly SyntaxNode[]): boolean {
  const last = comments.at(-1);
  const body = node.childForFieldName('body');
  if (!last || !body) return false;
  const lines = comments.map((comment) => commentText(comment.text).trim());
  const first = lines[0] ?? '';
  // "# interesting....", "# Total guess.", "# Hook for Oracle.": a note to self, too short
  // to document anything.
  if (lines.join(' ').split(/\s+/).filter((word) => /\w/.test(word)).length < 4) return false;
  if (POINTING.test(first) || (/^this\b/i.test(first) && !THIS_DEFINITION.test(first))) return false;
  // A comment under `def __init__` explains its statements (why `zlib.compressobj()` takes no
  // arguments, why the body is `pass`); what constructing does is the class docstring's to say.
  if (node.childForFieldName('name')?.text === '__init__') return false;
  const text = lines.join(' ');
  if (/^this\s+(?:method|class|function)\b/i.test(first) && !namesItsDefinition(node, first)) return false;
  if (THIS_REMARK.test(first) || THIS_RATIONALE.test(first) || TO_SUBCLASSERS.test(text) || REASON.test(text)) return false;
  // On a property accessor, whose one statement such a comment explains, any purpose is a reason too.
  const decorators = node.parent?.type === 'decorated_definition' ? node.parent.namedChildren.filter((child) => child.type === 'decorator') : [];
  if (decorators.some((decorator) => ACCESSOR.test(decorator.text)) && PURPOSE.test(text)) return false;
  // Two sentences the author left unpunctuated ("Drop the node\nThen look up ...") would
  // run together into one when reflowed.
  const raw = comments.map((comment) => commentText(comment.text));
  // So would parallel lines ("with one argument: ..." / "with two arguments: ..."), and a
  // line opening with a class name after one left open ("... with each point" /
  // "ExponentialMovingWindowIndexer ...": a second sentence or the first's object?).
  const firstWord = (line: string) => /^\W*(\w+)/.exec(line.trim())?.[1]?.toLowerCase();
  const runOn = (line: string, index: number): boolean =>
    index > 0 && !PREFORMATTED_LINE.test(line) && !PREFORMATTED_LINE.test(raw[index - 1]!) && /[A-Za-z0-9]$/.test(raw[index - 1]!.trim()) &&
    ((/^[A-Z][a-z]+/.test(line.trim()) && !/^[A-Z][a-z]+:/.test(line.trim()) && !/^Python\b/.test(line.trim())) || firstWord(line) === firstWord(raw[index - 1]!));
  if (raw.some(runOn)) return false;
  // "... executed 1000s of times." / "by loading get into a local ...": a sentence the
  // author did not capitalise would read as a slip once joined.
  if (raw.some((line, index) => index > 0 && /[a-z0-9)]\.$/.test(raw[index - 1]!.trim()) && !/\b(?:e\.g|i\.e|etc|vs|cf)\.$/.test(raw[index - 1]!.trim()) && /^[a-z]/.test(line.trim()))) return false;
  const statements = body.namedChildren.filter((child) => child.type !== 'comment' && child.startIndex > last.endIndex);
  // "Ignore all the errors" above a body that is one `try`: a note on its handler.
  // So is a note on warnings above a body that is one `with` (`warnings.catch_warnings()`).
  if (statements.length === 1 && (statements[0]!.type === 'try_statement' || statements[0]!.type === 'with_statement') && /\b(?:errors?|exceptions?|warnings?|\w+Warning|fail\w*|ignor\w*|silen\w*)\b/i.test(text)) return false;
  // "This method is called from _handle_read and _try_inline_read": its callers, not what it does.
  if (/^this\s+\w+\s+is\s+(?:only\s+)?called\s+(?:from|by|in)\b/i.test(first)) return false;
  // "return value of od.keys does not ...": a noun, the subject of a remark.
  if (/^return\s+(?:value|values|type|types|code|codes)\b/i.test(first)) return false;
  // A predicate ("def _valid_name(path) -> bool: return ....isidentifier()") is described by
  // what it tells ("Return whether ...", "Check if ..."); "Ignore invalid names ..." is
  // what its caller does with the answer.
  if (returnsBoolean(node, statements) && !/^(?:returns?|checks?|tests?|tells?|determines?|decides?|whether|true|is|are|has)\b/i.test(first)) return false;
  if (lines.some((line) => HISTORY.test(line)) || POINTING_ANYWHERE.test(lines.join(' '))) return false;
  // A remark or a question to self ("note this method was missing before [ticket:3989]",
  // "how do I....tell it?"), a history with a ticket: notes for a maintainer, not a docstring.
  if (/^(?:note|nb|n\.b\.|remark|question)\b/i.test(first) || /\?/.test(lines.join(' ').split(/(?<=[.!])\s/)[0] ?? '')) return false;
  if (lines.some((line) => /\[ticket:\d+\]|\b(?:ticket|issue|bug)\s*#?\d+/i.test(line))) return false;
  // "Constants shared by all instances:" introduces the statements under it.
  // "Build element:" above an example: a line ending with a colon introduces what follows.
  if (lines.some((line) => /:$/.test(line))) return false;
  if (!readsAsDescription(node, lines)) return false;
  const next = body.namedChildren.find((child) => child.type !== 'comment' && child.startIndex > last.endIndex);
  if (!next) return true;
  // A note right above an inner function or class is about it.
  if (next.type === 'function_definition' || next.type === 'class_definition' || next.type === 'decorated_definition') return false;
  // Above a body of several statements, a note describes the first of them or the first
  // paragraph ("Inject custom set() methods ..." above one block of __init_subclass__),
  // whether or not a blank line follows it: only a body of one statement (a loop, an
  // `if` with its branches, a return) is described whole by the comment above it.
  // "This method is called when ..." speaks of the whole, whatever the body.
  if (THIS_DEFINITION.test(first)) return true;
  // An `if` with other branches: the note above it speaks of the first branch ("Override
  // prime symbol to use Bakoma" above `if sym == r'\prime': ... else: ...`), as the
  // notes its other branches carry show.
  const only = statements.length === 1 ? statements[0]! : null;
  if (only?.type === 'if_statement' && only.namedChildren.some((child) => child.type === 'else_clause' || child.type === 'elif_clause')) return false;
  return only !== null;
}

/** A table, list or doctest keeps its line breaks; prose is joined to be re-wrapped. */
export const PREFORMATTED_LINE = /^(?: {2,}|\t|[-*+] |>>>|\||\d+[.)] |\.\. |:\w+)/;

/** The paragraphs after a promoted summary, prose reflowed to the line length, wording kept. */
export function reflowedParagraphs(paragraphs: readonly string[]): string[] {
  return paragraphs.map((paragraph) => {
    const lines = paragraph.split('\n');
    return lines.some((line) => PREFORMATTED_LINE.test(line)) ? paragraph : lines.map((line) => line.trim()).join(' ');
  });
}
