/**
 * Writes a whole file or nothing: a temporary file next to the target, renamed over it when complete.
 * A target that is no file (a terminal or /dev/stdout, /dev/null, a named pipe, a socket, or a link
 * to one) is written into once the whole file is made, never renamed over.
 */
import { constants, createReadStream, createWriteStream, openSync, promises as fs, renameSync, rmSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';

/**
 * The temporary files this process is making, and the copies it keeps while moving files in: a run
 * stopped by Ctrl-C or `kill` removes them (stop-signals.ts) instead of leaving `.NAME.PID.tmp`
 * files beside the user's sheets.
 */
const pending = new Set<string>();
let onBusy: ((busy: boolean) => void) | undefined;

/** `listener` hears when the first file starts pending (true) and when the last is done (false). */
export function watchPending(listener: (busy: boolean) => void): void {
  onBusy = listener;
}

function hold(file: string): void {
  pending.add(file);
  if (pending.size === 1) onBusy?.(true);
}

function release(file: string): void {
  if (pending.delete(file) && pending.size === 0) onBusy?.(false);
}

/**
 * While commitStaged moves a run's files in, how to undo the moves made so far: each moved target and
 * the copy of what it held (null: it is new). A stop signal between two moves puts them back, as a
 * failed move does: an archive moved in beside a cleaned file left old would hold this run's rows
 * twice over on the rerun, and a cleaned file moved in beside an archive put back would lose them.
 */
const undoing: { target: string; backup: string | null }[] = [];

/**
 * Set while commitStaged has moved every file in and only removes the copies it kept: a stop then
 * leaves the new files in place (removePendingFiles says so), where before it puts the old ones back.
 */
let movedIn = false;

/**
 * Removes the files half made (called on a stop signal, when no promise will run again). Returns
 * true when the run's files were all in place already (only the copies of the old ones were left to
 * remove), false when nothing of the run was left written.
 */
export function removePendingFiles(): boolean {
  const written = movedIn;
  for (const { target, backup } of undoing.splice(0).reverse()) {
    try {
      if (backup === null) rmSync(target, { force: true });
      else {
        renameSync(backup, target);
        pending.delete(backup);
      }
    } catch {
      // Going anyway: the others are still put back.
    }
  }
  for (const file of pending) {
    try {
      rmSync(file, { force: true });
    } catch {
      // Going anyway: one that cannot be removed must not keep the others.
    }
  }
  pending.clear();
  onBusy?.(false);
  return written;
}

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
  await commitStaged([await stageFile(target, write, newMode)]);
}

/** A file made whole at a temporary path next to its target, not yet moved into place. */
export interface StagedFile {
  target: string;
  tmp: string;
  /**
   * The target is a device, a named pipe or a socket (followed through links): the file is copied
   * into it, not renamed over it. Renamed, `--json /dev/stdout` run as root would put a plain file
   * where /dev/stdout was, and nothing would reach the terminal or the pipe.
   */
  stream?: boolean;
}

/** `writeFileAtomic`'s first half: the file is made, not moved in (commitStaged does, with the run's other files). */
export async function stageText(target: string, data: string | Uint8Array | Iterable<string>, newMode?: number): Promise<StagedFile> {
  return stageFile(target, (tmp) => (typeof data === 'string' || data instanceof Uint8Array ? fs.writeFile(tmp, data) : writePieces(tmp, data)), newMode);
}

/** `replaceAtomic`'s first half: the whole file at its temporary path, with the permissions it will have. */
export async function stageFile(target: string, write: (tmp: string) => Promise<void>, newMode?: number): Promise<StagedFile> {
  const stream = await isStream(target);
  // A stream's folder (/dev) is no place for a file: it is made in the temporary folder, its owner's alone.
  const tmp = stream
    ? path.join(tmpdir(), `.sheet-keeper.${path.basename(target)}.${process.pid}.tmp`)
    : path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  const kept = stream ? undefined : await modeOf(target);
  // Created here, before anything is in it; the writers' 'w' opens keep a file's mode.
  const createdMode = stream || kept !== undefined ? 0o600 : newMode === undefined ? undefined : newMode & 0o666;
  hold(tmp);
  try {
    if (createdMode !== undefined) {
      await fs.rm(tmp, { force: true });
      await fs.writeFile(tmp, '', { mode: createdMode, flag: 'wx' });
    }
    await write(tmp);
    if (kept !== undefined) await fs.chmod(tmp, kept);
    return stream ? { target, tmp, stream } : { target, tmp };
  } catch (err) {
    await fs.rm(tmp, { force: true });
    release(tmp);
    throw err;
  }
}

/**
 * The paths of this process's own streams (/dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N):
 * links to whatever the shell gave it, a regular file too (`--json /dev/stdout > report.json`), which
 * a rename would not write into but replace the link itself with (run as root, /dev/stdout of the
 * whole machine gone).
 */
export const OWN_STREAM = /^\/(?:dev\/(?:stdout|stderr|stdin|fd\/\d+)|proc\/self\/fd\/\d+)$/;

/**
 * What `file` is, or points at, is no file a rename could replace without harm: a device, a named
 * pipe, a socket, or one of the process's own streams whatever it points at (OWN_STREAM).
 */
export async function isStream(file: string): Promise<boolean> {
  if (OWN_STREAM.test(path.resolve(file))) return true;
  try {
    const st = await fs.stat(file);
    return st.isCharacterDevice() || st.isBlockDevice() || st.isFIFO() || st.isSocket();
  } catch {
    return false;
  }
}

/** The staged file's bytes written into the stream it is for, as `cat tmp > target` would. */
async function pour(tmp: string, target: string): Promise<void> {
  try {
    // 'w' opens a terminal or /dev/null to write; nothing at the path is replaced or made.
    const into = (await fs.stat(target)).isFIFO() ? new Socket({ fd: await openPipe(target), readable: false, writable: true }) : createWriteStream(target, { flags: 'w' });
    await pipeline(createReadStream(tmp), into);
  } catch (err) {
    // Named as a rename's error names its target (`dest`), so the message names this file, not another.
    throw Object.assign(err as object, { dest: target });
  }
}

/** How often a named pipe no one reads yet is tried again. */
const PIPE_RETRY_MS = 100;

/**
 * A named pipe (`mkfifo p; … --json p`, or /dev/stdout into `| jq`) opened to write once something
 * reads it, waited for on the event loop. Opened the usual way, the open waits in a thread of Node's
 * pool, which Node waits for as it exits: Ctrl-C then removed the files and never ended the process.
 * Written through a socket, a reader that stops reading holds no thread either.
 */
async function openPipe(target: string): Promise<number> {
  for (;;) {
    try {
      return openSync(target, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (err) {
      // ENXIO: no reader yet (POSIX, for a non-blocking open to write).
      if ((err as { code?: unknown }).code !== 'ENXIO') throw err;
    }
    await new Promise((resolve) => setTimeout(resolve, PIPE_RETRY_MS));
  }
}

/**
 * Moves the staged files into place, in order, as one: when one cannot be moved (its target locked,
 * a folder in its place), those moved before it get back what they held (or are removed when they
 * are new), and every temporary file is removed. A --merge run's archive, appended to, must not hold
 * this run's rows while the cleaned file still holds them too: the rerun would archive them twice.
 */
export async function commitStaged(files: readonly StagedFile[]): Promise<void> {
  const moved = undoing;
  moved.length = 0;
  // Files first, streams last: what went down a pipe cannot be taken back, so it goes once the files
  // are in (and a stream that fails still puts the files back).
  const renamed = files.filter((f) => !f.stream);
  const streams = files.filter((f) => f.stream);
  try {
    for (let i = 0; i < renamed.length; i++) {
      const { target, tmp } = renamed[i];
      // The last file needs no copy of what it replaces: nothing after it can fail.
      const backup = i < renamed.length - 1 || streams.length > 0 ? await keepAside(target) : null;
      try {
        await fs.rename(tmp, target);
        release(tmp);
      } catch (err) {
        if (backup !== null) await forget(backup);
        throw err;
      }
      moved.push({ target, backup });
    }
    for (const { target, tmp } of streams) {
      await pour(tmp, target);
      await forget(tmp);
    }
  } catch (err) {
    for (const { target, backup } of moved.splice(0).reverse()) {
      if (backup === null) await fs.rm(target, { force: true }).catch(() => undefined);
      else await fs.rename(backup, target).then(() => release(backup), () => undefined);
    }
    await discardStaged(files);
    throw err;
  }
  // All moved: from here a stop leaves the new files, and only the copies are left to remove.
  const done = moved.splice(0);
  movedIn = true;
  try {
    for (const { backup } of done) if (backup !== null) await forget(backup);
  } finally {
    movedIn = false;
  }
}

async function forget(file: string): Promise<void> {
  await fs.rm(file, { force: true });
  release(file);
}

/** The staged files' temporary files removed (a failed run leaves none behind). */
export async function discardStaged(files: readonly StagedFile[]): Promise<void> {
  for (const { tmp } of files) await forget(tmp).catch(() => undefined);
}

/** A copy of `file` beside it (a second link to it where the file system allows), or null when there is no such file. */
async function keepAside(file: string): Promise<string | null> {
  if ((await modeOf(file)) === undefined) return null;
  const backup = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.bak`);
  await fs.rm(backup, { force: true });
  hold(backup);
  try {
    await fs.link(file, backup);
  } catch {
    await fs.copyFile(file, backup);
  }
  return backup;
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
