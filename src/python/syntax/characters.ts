// What a character is to a scan of Python text, read from a table by its UTF-16 code. The
// scans of every file's text ask it of each character: a look-up costs no call (the run
// tunes V8 not to inline, see cli/compiler-tuning.ts), and over Nova's text a word scan took
// a third less time than with a function per test.

/** A letter, `_`, or any character past ASCII (in code it can only be part of a name). */
export const NAME_START = 1;
/** A character that goes on a name: NAME_START's, and the digits. */
export const NAME_PART = 2;

/** Each UTF-16 code's class, NAME_START and NAME_PART as bits. */
export const CHARACTER_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < table.length; code++) {
    const start = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code > 127;
    const digit = code >= 48 && code <= 57;
    table[code] = (start ? NAME_START | NAME_PART : 0) | (digit ? NAME_PART : 0);
  }
  return table;
})();
