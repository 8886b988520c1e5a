/**
 * What a file given as a workbook really is, from its bytes rather than its name: people rename an
 * old .xls to .xlsx, systems export web pages and tab-separated text as .xls, Macs and LibreOffice
 * save their own formats. A refusal names the real format and what to do, instead of reporting a
 * library's error about zip archives (or calling every OLE2 file password-protected).
 */
import { zipEntry, zipEntryNames, hasZipDirectory } from './zip-entries';

export type FileKind =
  | 'empty'
  /** An OOXML package (.xlsx, .xlsm, or WPS's .et saved as one): read as a workbook. */
  | 'ooxml'
  /** A zip archive whose central directory is missing: the file was cut off. */
  | 'truncatedZip'
  | 'numbers'
  | 'ods'
  | 'otherZip'
  /** OLE2 compound files: Excel's encryption wrapper, an old .xls, or another Office file. */
  | 'encrypted'
  | 'xls'
  | 'otherOle'
  | 'webPage'
  | 'xml2003'
  | 'tsv'
  | 'csv'
  | 'unknown';

/** Every .xlsx is a zip archive. */
export const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
/** The OLE2 compound file header of old .xls workbooks, and of Excel's password-protected .xlsx. */
export const isOle = (b: Uint8Array) => b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (isZip(bytes)) return zipKind(bytes);
  if (isOle(bytes)) return oleKind(bytes);
  return textKind(bytes);
}

function zipKind(bytes: Uint8Array): FileKind {
  if (!hasZipDirectory(bytes)) return 'truncatedZip';
  const names = zipEntryNames(bytes);
  if (names.includes('xl/workbook.xml') || names.includes('[Content_Types].xml')) return 'ooxml';
  // Numbers keeps its document as IWA files under Index/ (Index.zip inside the package before 2013 … 2015).
  if (names.some((n) => /^Index\/.+\.iwa$/.test(n) || n === 'Index.zip')) return 'numbers';
  // OpenDocument names its kind in the first file, "mimetype" (ODF 1.2 part 3, 3.3).
  const mimetype = names.includes('mimetype') ? zipEntry(bytes, 'mimetype')?.toString('latin1') ?? '' : '';
  if (mimetype.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  return 'otherZip';
}

/**
 * A compound file's streams are named in its directory entries in UTF-16LE (MS-CFB 2.6.1). Excel's
 * encrypted .xlsx holds EncryptionInfo and EncryptedPackage (MS-OFFCRYPTO 2.3.4), an .xls a Workbook
 * stream (Book in Excel 5/95). The names are looked for in the whole file: the directory may lie in
 * any sector, and 28 bytes of "EncryptionInfo" do not turn up by chance in other content.
 */
function oleKind(bytes: Uint8Array): FileKind {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const holds = (name: string) => buf.includes(Buffer.from(name, 'utf16le'));
  if (holds('EncryptionInfo') || holds('EncryptedPackage')) return 'encrypted';
  if (holds('Workbook') || holds('Book\u0000')) return 'xls';
  return 'otherOle';
}

/** What a file that is neither zip nor OLE2 starts with: many systems export HTML or text as ".xls". */
function textKind(bytes: Uint8Array): FileKind {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 64 * 1024));
  if (!looksLikeText(head)) return 'unknown';
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const start = text.trimStart().slice(0, 2048).toLowerCase();
  if (start.includes('urn:schemas-microsoft-com:office:spreadsheet') || start.includes('progid="excel.sheet"')) return 'xml2003';
  if (/^<(!doctype html|html|head|body|table|meta)\b/.test(start) || /<html[\s>]/.test(start)) return 'webPage';
  const firstLine = text.split(/\r?\n/, 1)[0];
  if (firstLine.includes('\t')) return 'tsv';
  if (/[,;]/.test(firstLine)) return 'csv';
  return 'unknown';
}

/** No NUL and no control characters other than tab, CR, LF and form feed in the first bytes. */
function looksLikeText(head: Buffer): boolean {
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  return true;
}
