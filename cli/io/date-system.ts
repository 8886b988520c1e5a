/**
 * Which date system an .xlsx declares, read from xl/workbook.xml itself. `date1904` is an
 * xsd:boolean, so "1" and "true" both mean 1904; exceljs 4.4 only accepts "1", and LibreOffice
 * writes "true", which makes every date 1462 days (4 years and a day) early (the same bug in other
 * readers: monitorjbl/excel-streaming-reader#218, QtExcel/QXlsx#167).
 */
import { inflateRawSync } from 'node:zlib';

/** True when the workbook part says `date1904="1"` or `date1904="true"`. */
export function declaresDate1904(xlsx: Uint8Array): boolean {
  const xml = zipEntry(xlsx, 'xl/workbook.xml');
  return xml !== null && /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(xml.toString('utf8'));
}

/**
 * One file of a zip archive, found through the central directory (PKWARE APPNOTE 4.3.12–4.3.16);
 * null when absent or stored with a method other than store or deflate.
 */
export function zipEntry(zip: Uint8Array, name: string): Buffer | null {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count && p + 46 <= buf.length; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) return null;
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const entryName = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (entryName === name) {
      if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) return null;
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + compressed);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      return null;
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  return null;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let p = buf.length - 22; p >= stop; p--) if (buf.readUInt32LE(p) === 0x06054b50) return p;
  return -1;
}
