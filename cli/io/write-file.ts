/** Writes a whole file or nothing: a temporary file next to the target, renamed over it when complete. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Pieces of text are gathered into writes of about this many characters. */
const CHUNK_CHARS = 1 << 20;

/**
 * `data` may be the text in pieces (a report of 100,000 rows is 150 MB): they are written as they
 * come, so the whole text is never one string, nor one buffer of its UTF-8.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  await replaceAtomic(target, (tmp) => (typeof data === 'string' || data instanceof Uint8Array ? fs.writeFile(tmp, data) : writePieces(tmp, data)));
}

/** `write` makes the whole file at a temporary path next to `target`, renamed over it when it is done. */
export async function replaceAtomic(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await write(tmp);
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
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
