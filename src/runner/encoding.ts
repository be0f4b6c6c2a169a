// Reading and writing Python files byte-exactly: UTF-8 with or without a BOM, any line
// endings, the file mode; everything else is skipped with a reason instead of guessed.
import { chmodSync, closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// PEP 263: a comment on line 1 or 2 matching this declares the source encoding.
const CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const UTF8_NAMES = new Set(['utf-8', 'utf8', 'utf-8-sig', 'u8', 'utf', 'cp65001']);
const ASCII_NAMES = new Set(['ascii', 'us-ascii', '646']);

export interface DecodedFile {
  text: string;
  bom: boolean;
}

export type ReadResult = { ok: true; file: DecodedFile } | { ok: false; reason: string };

function declaredEncoding(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 400).toString('latin1').split('\n', 2);
  for (const line of head) {
    const match = CODING_COOKIE.exec(line);
    if (match?.[1]) return match[1].toLowerCase().replace(/_/g, '-');
    // The cookie only counts on line 2 when line 1 is a comment or blank.
    if (!/^[ \t\f]*(#.*)?\r?$/.test(line)) break;
  }
  return null;
}

/** Decodes a Python file's bytes, or says why it is not rewritten. */
export function decodePython(bytes: Buffer): ReadResult {
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  const bom = bytes.subarray(0, 3).equals(BOM);
  const body = bom ? bytes.subarray(3) : bytes;
  const encoding = declaredEncoding(body);
  if (encoding && !UTF8_NAMES.has(encoding)) {
    const pureAscii = !body.some((byte) => byte > 0x7f);
    if (!(ASCII_NAMES.has(encoding) && pureAscii)) {
      return { ok: false, reason: `declares the ${encoding} encoding (PEP 263 coding cookie); only UTF-8 files are rewritten` };
    }
  }
  try {
    return { ok: true, file: { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), bom } };
  } catch {
    return { ok: false, reason: 'is not valid UTF-8 (and declares no other encoding)' };
  }
}

export function readPython(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: `cannot be read (${code ?? (error as Error).message})` };
  }
  return decodePython(bytes);
}

export function encodePython(file: DecodedFile): Buffer {
  const body = Buffer.from(file.text, 'utf8');
  return file.bom ? Buffer.concat([BOM, body]) : body;
}

/**
 * Replaces a file atomically: the new bytes go to a temporary file in the same
 * directory, which takes the original's mode and is then renamed over it.
 */
export function writeAtomic(path: string, bytes: Buffer): void {
  const { mode } = statSync(path);
  const temporary = join(dirname(path), `.${basename(path)}.pycodemod-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const handle = openSync(temporary, 'wx', mode & 0o7777);
  try {
    try {
      writeSync(handle, bytes);
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    chmodSync(temporary, mode & 0o7777);
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already renamed or never created: nothing to clean up.
    }
    throw error;
  }
}
