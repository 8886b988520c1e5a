/**
 * The files of a zip archive (an .xlsx), found through its central directory (PKWARE APPNOTE
 * 4.3.12–4.3.16), for what exceljs reads wrongly or not at all.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  time: number;
  date: number;
  crc: number;
  compressed: number;
  size: number;
  local: number;
}

/** Every file name in the archive; empty when it is not a zip archive. */
export function zipEntryNames(zip: Uint8Array): string[] {
  return Array.from(centralDirectory(bufferOf(zip)), (e) => e.name);
}

/** One file of the archive; null when absent or stored with a method other than store or deflate. */
export function zipEntry(zip: Uint8Array, name: string): Buffer | null {
  const buf = bufferOf(zip);
  for (const entry of centralDirectory(buf)) {
    if (entry.name !== name) continue;
    const { local, compressed, method } = entry;
    const data = storedData(buf, entry);
    if (data === null) return null;
    if (method === 0) return Buffer.from(data);
    if (method === 8) return inflateRawSync(data);
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
 * The archive with some files' contents replaced (the others copied as stored, in their order) and
 * files it lacks added at its end: how a part exceljs misreads is put right before it reads it, and
 * one it drops is put back after it wrote. Files whose stored bytes cannot be found are left out, as
 * a reader would fail on them.
 */
export function rezip(zip: Uint8Array, replaced: ReadonlyMap<string, Buffer>): Uint8Array {
  const buf = bufferOf(zip);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  let count = 0;
  const present = new Set<string>();
  const added = (name: string): CentralEntry => ({ name, flags: 0, method: 8, time: 0, date: 0x21, crc: 0, compressed: 0, size: 0, local: -1 });
  const entries = [...centralDirectory(buf)];
  for (const entry of entries) present.add(entry.name);
  for (const name of replaced.keys()) if (!present.has(name)) entries.push(added(name));
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const fresh = replaced.get(entry.name);
    let data: Buffer | null;
    let { method, crc, size } = entry;
    if (fresh !== undefined) {
      data = deflateRawSync(fresh);
      method = 8;
      crc = crc32(fresh);
      size = fresh.length;
    } else {
      data = storedData(buf, entry);
      if (data === null) continue;
    }
    // Bit 3 (sizes in a trailing descriptor) is dropped: the sizes are written in the header here.
    const flags = (entry.flags & ~0x0008) | (/[^\x00-\x7f]/.test(entry.name) ? 0x0800 : 0);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(flags, 6);
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(entry.time, 10);
    header.writeUInt16LE(entry.date, 12);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    header.copy(central, 8, 6, 28);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
    count++;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
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
    yield {
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      time: buf.readUInt16LE(p + 12),
      date: buf.readUInt16LE(p + 14),
      crc: buf.readUInt32LE(p + 16),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      local: buf.readUInt32LE(p + 42),
    };
    p += 46 + nameLen + extraLen + commentLen;
  }
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let p = buf.length - 22; p >= stop; p--) if (buf.readUInt32LE(p) === 0x06054b50) return p;
  return -1;
}
