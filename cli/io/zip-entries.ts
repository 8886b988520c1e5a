/**
 * The files of a zip archive (an .xlsx), found through its central directory (PKWARE APPNOTE
 * 4.3.12–4.3.16), for what exceljs reads wrongly or not at all.
 */
import { constants } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

interface CentralEntry {
  name: string;
  method: number;
  compressed: number;
  /** What the directory says the file unpacks to (ZIP64's extra field read when the 32 bits overflow). */
  uncompressed: number;
  local: number;
}

/** Every file with its packed and unpacked sizes as the central directory declares them. */
export function zipEntrySizes(zip: Uint8Array): { name: string; compressed: number; uncompressed: number }[] {
  return Array.from(centralDirectory(bufferOf(zip)), ({ name, compressed, uncompressed }) => ({ name, compressed, uncompressed }));
}

/** Every file name in the archive; empty when it is not a zip archive. */
export function zipEntryNames(zip: Uint8Array): string[] {
  return Array.from(centralDirectory(bufferOf(zip)), (e) => e.name);
}

/** Whether the archive ends with its central directory: a zip cut off part way (a download that stopped) does not. */
export function hasZipDirectory(zip: Uint8Array): boolean {
  return findEndOfCentralDirectory(bufferOf(zip)) >= 0;
}

/**
 * One file of the archive; null when absent or stored with a method other than store or deflate.
 * Never unpacked past the size the directory declares (a zip bomb may declare less than it holds):
 * past it, zlib throws, and the workbook is refused as damaged.
 */
export function zipEntry(zip: Uint8Array, name: string): Buffer | null {
  const buf = bufferOf(zip);
  for (const entry of centralDirectory(buf)) {
    if (entry.name !== name) continue;
    const { method } = entry;
    const data = storedData(buf, entry);
    if (data === null) return null;
    if (method === 0) return Buffer.from(data);
    if (method === 8) return inflateRawSync(data, { maxOutputLength: Math.min(Math.max(1, entry.uncompressed), constants.MAX_LENGTH) });
    return null;
  }
  return null;
}

/** An entry's bytes as stored (compressed or not); null when its local header is not where the directory says. */
function storedData(buf: Buffer, { local, compressed }: CentralEntry): Buffer | null {
  if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) return null;
  const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  return buf.subarray(start, start + compressed);
}

/**
 * The archive with some files' contents replaced and files it lacks added: how a part exceljs
 * misreads is put right before it reads it, and one it drops is put back after it wrote. Written by
 * JSZip (the zip library exceljs itself uses), which keeps the other files' compressed bytes as they
 * were.
 */
export async function rezip(zip: Uint8Array, replaced: ReadonlyMap<string, Buffer>): Promise<Uint8Array> {
  const archive = await JSZip.loadAsync(zip);
  // No folder entries: an .xlsx lists files only, as Excel writes it.
  for (const [name, data] of replaced) archive.file(name, data, { createFolders: false });
  return archive.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

const bufferOf = (zip: Uint8Array) => Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);

function* centralDirectory(buf: Buffer): Generator<CentralEntry> {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count && p + 46 <= buf.length; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) return;
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const sizes = zip64Sizes(buf, p + 46 + nameLen, extraLen, buf.readUInt32LE(p + 24), buf.readUInt32LE(p + 20));
    yield {
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      compressed: sizes.compressed,
      uncompressed: sizes.uncompressed,
      local: buf.readUInt32LE(p + 42),
    };
    p += 46 + nameLen + extraLen + commentLen;
  }
}

const OVERFLOW = 0xffffffff;

/**
 * A size of 0xFFFFFFFF in the directory says the real one is in the ZIP64 extra field (id 1), which
 * holds, in this order, only the sizes that overflowed (APPNOTE 4.5.3). Without the field the size
 * is taken as the largest there can be, never as small.
 */
function zip64Sizes(buf: Buffer, extra: number, extraLen: number, uncompressed: number, compressed: number): { uncompressed: number; compressed: number } {
  if (uncompressed !== OVERFLOW && compressed !== OVERFLOW) return { uncompressed, compressed };
  const end = Math.min(buf.length, extra + extraLen);
  for (let p = extra; p + 4 <= end; ) {
    const id = buf.readUInt16LE(p);
    const size = buf.readUInt16LE(p + 2);
    if (id === 1) {
      let q = p + 4;
      const next = () => {
        if (q + 8 > end) return Number.MAX_SAFE_INTEGER;
        const v = Number(buf.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      const u = uncompressed === OVERFLOW ? next() : uncompressed;
      const c = compressed === OVERFLOW ? next() : compressed;
      return { uncompressed: u, compressed: c };
    }
    p += 4 + size;
  }
  return { uncompressed: uncompressed === OVERFLOW ? Number.MAX_SAFE_INTEGER : uncompressed, compressed };
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let p = buf.length - 22; p >= stop; p--) if (buf.readUInt32LE(p) === 0x06054b50) return p;
  return -1;
}
