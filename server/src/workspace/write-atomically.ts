import { accessSync, closeSync, constants, fchmodSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Thrown by writeAtomically when the file no longer holds the text the fixes were made for. */
export class ChangedOnDiskError extends Error {
  constructor(file: string) {
    super(`${path.basename(file)} changed on disk while it was being fixed`);
  }
}

/**
 * Replaces a file's text so that it is never lost: the new text goes to a temporary file in the same folder
 * (with the file's permission bits), is flushed to disk, and is renamed over the file; a failure at any step
 * (full disk, read-only folder, crash) leaves the original as it was and no temporary file behind. A symlink
 * is followed (the file it points at is replaced, the link stays); a read-only file is refused. With
 * `expected`, the bytes the new text was computed from, nothing is written when the file holds anything
 * else by then (an editor saved it meanwhile), so a concurrent edit is never overwritten. `text` may be given in
 * pieces, written one after another.
 */
export function writeAtomically(file: string, text: string | Iterable<string>, expected?: Uint8Array): void {
  let target: string;
  try {
    target = realpathSync(file);
  } catch {
    target = path.resolve(file);
  }
  let mode: number | undefined;
  try {
    mode = statSync(target).mode & 0o7777;
    accessSync(target, constants.W_OK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mode = undefined;
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(temp, 'wx', mode ?? 0o666);
  let renamed = false;
  try {
    try {
      // A large text may come in pieces (the CLI's cache), so it is never one string in memory.
      for (const piece of typeof text === 'string' ? [text] : text) {
        const data = Buffer.from(piece, 'utf8');
        for (let written = 0; written < data.length; ) written += writeSync(fd, data, written, data.length - written);
      }
      if (mode !== undefined) fchmodSync(fd, mode);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (expected !== undefined && !sameBytes(target, expected)) throw new ChangedOnDiskError(file);
    renameSync(temp, target);
    renamed = true;
  } finally {
    if (!renamed) {
      try {
        unlinkSync(temp);
      } catch {
        // Gone already.
      }
    }
  }
  try {
    // Make the rename itself durable (best effort: not every system can open a folder).
    const dir = openSync(path.dirname(target), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // The data is written; only the rename may wait for the next flush.
  }
}

function sameBytes(file: string, expected: Uint8Array): boolean {
  try {
    return Buffer.from(expected).equals(readFileSync(file));
  } catch {
    return false;
  }
}
