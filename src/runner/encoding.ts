// Reading and writing Python files byte-exactly: UTF-8 with or without a BOM, any line
// endings, the file mode, owner and links; a write never replaces what it did not read;
// everything else is skipped with a reason instead of guessed.
import { createHash } from 'node:crypto';
import { chmodSync, closeSync, fchownSync, fsyncSync, ftruncateSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readRegularFile } from '../project/read-file.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// PEP 263: a comment on line 1 or 2 matching this declares the source encoding.
const CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const UTF8_NAMES = new Set(['utf-8', 'utf8', 'utf-8-sig', 'u8', 'utf', 'cp65001']);
const ASCII_NAMES = new Set(['ascii', 'us-ascii', '646']);

export interface DecodedFile {
  text: string;
  bom: boolean;
  /**
   * Old Mac line ends (CR only): the text is given to the transforms with LF, which
   * Python reads the same, and written back with CR.
   */
  cr?: boolean;
}

export type ReadResult = { ok: true; file: DecodedFile; fingerprint: string } | { ok: false; reason: string };

/** What a file's bytes were when read: a write goes ahead only if they still are. */
export function fingerprintOf(bytes: Buffer): string {
  return `${bytes.length}:${createHash('sha256').update(bytes).digest('hex')}`;
}

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
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    const fingerprint = fingerprintOf(bytes);
    if (text.includes('\r') && !text.includes('\n')) return { ok: true, file: { text: text.replace(/\r/g, '\n'), bom, cr: true }, fingerprint };
    return { ok: true, file: { text, bom }, fingerprint };
  } catch {
    return { ok: false, reason: 'is not valid UTF-8 (and declares no other encoding)' };
  }
}

export function readPython(path: string): ReadResult {
  let bytes: Buffer | null;
  try {
    bytes = readRegularFile(path);
    if (!bytes) return { ok: false, reason: 'is not a regular file (a pipe, socket or device)' };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: `cannot be read (${code ?? (error as Error).message})` };
  }
  return decodePython(bytes);
}

export function encodePython(file: DecodedFile): Buffer {
  const body = Buffer.from(file.cr ? file.text.replace(/\n/g, '\r') : file.text, 'utf8');
  return file.bom ? Buffer.concat([BOM, body]) : body;
}

/** A file that must not be written, with the reason shown to the user. */
export class WriteRefused extends Error {
  override name = 'WriteRefused';
  constructor(
    message: string,
    /** skipped: the user's choice (a read-only file); failed: the run could not finish it. */
    readonly status: 'skipped' | 'failed',
  ) {
    super(message);
  }
}

function checkUnchanged(path: string, fingerprint: string | undefined): void {
  if (fingerprint !== undefined && fingerprintOf(readFileSync(path)) !== fingerprint) {
    throw new WriteRefused('changed during the run (edited since pycodemod read it); left unchanged, run again', 'failed');
  }
}

/** Overwrites the file's own inode: its hard links, owner and inode number stay. */
function writeInPlace(path: string, bytes: Buffer): void {
  const handle = openSync(path, 'r+');
  try {
    writeSync(handle, bytes, 0, bytes.length, 0);
    ftruncateSync(handle, bytes.length);
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

/**
 * Replaces a file with new bytes, if it still holds what was read (`fingerprint`):
 * through a symbolic link to its target; atomically (a temporary file in the same
 * directory, with the original's mode, owner and group, renamed over it), or in place
 * when the file has other hard links or its owner cannot be kept. A read-only file is
 * left alone. Throws WriteRefused with the reason, or the file system's error.
 */
export function writeChecked(path: string, bytes: Buffer, fingerprint?: string): void {
  const target = realpathSync(path);
  const stats = statSync(target);
  if ((stats.mode & 0o222) === 0) throw new WriteRefused(`is read-only (mode ${(stats.mode & 0o777).toString(8).padStart(4, '0')}); left unchanged`, 'skipped');
  if (stats.nlink > 1) {
    checkUnchanged(target, fingerprint);
    writeInPlace(target, bytes);
    return;
  }
  const temporary = join(dirname(target), `.${basename(target)}.pycodemod-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const handle = openSync(temporary, 'wx', stats.mode & 0o7777);
  try {
    try {
      writeSync(handle, bytes);
      fsyncSync(handle);
      const ownerChanges = stats.uid !== process.getuid?.() || stats.gid !== process.getgid?.();
      if (ownerChanges) fchownSync(handle, stats.uid, stats.gid);
    } finally {
      closeSync(handle);
    }
    chmodSync(temporary, stats.mode & 0o7777);
    checkUnchanged(target, fingerprint);
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already renamed or never created: nothing to clean up.
    }
    // Another user's file in a directory we may write: the new inode would be ours, so
    // the file is overwritten in place instead, which keeps its owner.
    if ((error as NodeJS.ErrnoException).code === 'EPERM' && !(error instanceof WriteRefused)) {
      checkUnchanged(target, fingerprint);
      writeInPlace(target, bytes);
      return;
    }
    throw error;
  }
}
