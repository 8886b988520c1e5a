/** Writes a whole file or nothing: a temporary file next to the target, renamed over it when complete. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Pieces of text are gathered into writes of about this many characters. */
const CHUNK_CHARS = 1 << 20;

/**
 * `data` may be the text in pieces (a report of 100,000 rows is 150 MB): they are written as they
 * come, so the whole text is never one string, nor one buffer of its UTF-8.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array | Iterable<string>, newMode?: number): Promise<void> {
  await replaceAtomic(target, (tmp) => (typeof data === 'string' || data instanceof Uint8Array ? fs.writeFile(tmp, data) : writePieces(tmp, data)), newMode);
}

/**
 * `write` makes the whole file at a temporary path next to `target`, renamed over it when it is done.
 * The file keeps the permissions of the one it replaces (readable by its owner only while it is
 * written); a new one takes `newMode`, the input's, within the process's umask: a sheet of ID numbers
 * the user keeps to himself (chmod 600) gives outputs no one else can read, from the first byte.
 */
export async function replaceAtomic(target: string, write: (tmp: string) => Promise<void>, newMode?: number): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  const kept = await modeOf(target);
  // Created here, before anything is in it; the writers' 'w' opens keep a file's mode.
  const createdMode = kept !== undefined ? 0o600 : newMode === undefined ? undefined : newMode & 0o666;
  try {
    if (createdMode !== undefined) {
      await fs.rm(tmp, { force: true });
      await fs.writeFile(tmp, '', { mode: createdMode, flag: 'wx' });
    }
    await write(tmp);
    if (kept !== undefined) await fs.chmod(tmp, kept);
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** The permission bits of an existing file, or undefined when there is none. */
export async function modeOf(file: string): Promise<number | undefined> {
  try {
    return (await fs.stat(file)).mode & 0o777;
  } catch {
    return undefined;
  }
}

async function writePieces(file: string, pieces: Iterable<string>): Promise<void> {
  const handle = await fs.open(file, 'w');
  try {
    // writeFile, not write: it keeps writing until the whole chunk is in the file.
    let chunk: string[] = [];
    let size = 0;
    for (const piece of pieces) {
      chunk.push(piece);
      size += piece.length;
      if (size >= CHUNK_CHARS) {
        await handle.writeFile(chunk.join(''));
        chunk = [];
        size = 0;
      }
    }
    if (size > 0) await handle.writeFile(chunk.join(''));
  } finally {
    await handle.close();
  }
}
