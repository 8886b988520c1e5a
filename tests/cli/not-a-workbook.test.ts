/**
 * A file that is not a workbook the tool reads is refused saying, in the user's language, what the
 * file is and what to do with it: an old .xls renamed .xlsx is not "password-protected", a WPS .et
 * is not "an old .xls", an Apple Numbers or OpenDocument file is named as such, and no library's
 * English ("not a zip archive", "Corrupted zip: …") stands inside a Chinese message.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../cli/main';
import { say } from '../../cli/messages';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/**
 * An OLE2 compound file (MS-CFB, version 3) holding empty streams of these names, laid out as Excel
 * writes one: a header, one FAT sector, one directory sector. An old .xls holds a "Workbook" stream;
 * a password-protected .xlsx holds "EncryptionInfo" and "EncryptedPackage".
 */
function compoundFile(streams: string[]): Buffer {
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const header = Buffer.alloc(512, 0);
  Buffer.from('D0CF11E0A1B11AE1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(END, 60); // no mini FAT
  header.writeUInt32LE(END, 68); // no more DIFAT
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + 4 * i);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0 holds the FAT
  fat.writeUInt32LE(END, 4); // sector 1: the directory, one sector long
  const directory = Buffer.alloc(512, 0);
  const entry = (i: number, name: string, type: number, right: number, child: number) => {
    const at = i * 128;
    directory.write(name, at, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, at + 64);
    directory.writeUInt8(type, at + 66);
    directory.writeUInt8(1, at + 67); // black
    directory.writeUInt32LE(FREE, at + 68); // left sibling
    directory.writeUInt32LE(right, at + 72);
    directory.writeUInt32LE(child, at + 76);
    directory.writeUInt32LE(END, at + 116); // no data
  };
  entry(0, 'Root Entry', 5, FREE, streams.length > 0 ? 1 : FREE);
  streams.forEach((name, i) => entry(i + 1, name, 2, i + 1 < streams.length ? i + 2 : FREE, FREE));
  return Buffer.concat([header, fat, directory]);
}

async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function customerWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRows([['姓名', '手机'], ['张伟', '13800138000'], ['李娜', '13912345678']]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const WEB_PAGE = '<html><head><meta charset="utf-8"></head><body><table><tr><td>姓名</td><td>手机</td></tr><tr><td>张伟</td><td>13800138000</td></tr></table></body></html>';

async function refusal(name: string, bytes: Buffer, lang: 'zh-CN' | 'en'): Promise<string> {
  writeFileSync(path.join(dir, name), bytes);
  const io = captureIo(dir);
  const code = await main(['clean', name, '--lang', lang, '--quiet', '--today', '2026-12-02', '--out', 'out.xlsx'], io);
  expect(code).toBe(1);
  return io.err.trimEnd();
}

const cases: [string, string, () => Promise<Buffer> | Buffer, string, Record<string, string>][] = [
  ['an old .xls workbook', '客户.xls', () => compoundFile(['Workbook', '\u0005SummaryInformation']), 'cli.xlsOld', {}],
  ['an old .xls renamed .xlsx (not encrypted: no EncryptionInfo)', '客户.xlsx', () => compoundFile(['Workbook', '\u0005SummaryInformation']), 'cli.xlsOldRenamed', { ext: '.xlsx' }],
  ['a password-protected .xlsx', '客户.xlsx', () => compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']), 'cli.encrypted', {}],
  ['a WPS .et workbook', '客户.et', () => compoundFile(['Workbook', 'ETExtData']), 'cli.wpsEt', {}],
  ['an Apple Numbers file', '客户.numbers', () => zipOf({ 'Index/Document.iwa': 'x', 'Metadata/Properties.plist': 'x' }), 'cli.numbers', {}],
  ['an Apple Numbers file renamed .xlsx', '客户.xlsx', () => zipOf({ 'Index/Document.iwa': 'x', 'Metadata/Properties.plist': 'x' }), 'cli.numbers', {}],
  ['a LibreOffice .ods', '客户.ods', () => zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' }), 'cli.ods', {}],
  ['a zip of something else under an .xlsx name', '客户.xlsx', () => zipOf({ '客户.txt': '张伟' }), 'cli.zipNotWorkbook', {}],
  ['a web page saved as .xlsx', '客户.xlsx', () => Buffer.from(WEB_PAGE), 'cli.webPage', {}],
  ['a web page saved as .xls (many systems export so)', '客户.xls', () => Buffer.from(WEB_PAGE), 'cli.webPage', {}],
  ['an Excel 2003 XML spreadsheet saved as .xls', '客户.xls', () => Buffer.from('<?xml version="1.0"?>\r\n<?mso-application progid="Excel.Sheet"?>\r\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="客户"/></Workbook>'), 'cli.xml2003', {}],
  ['tab-separated text saved as .xls', '客户.xls', () => Buffer.from('姓名\t手机\r\n张伟\t13800138000\r\n'), 'cli.textAsWorkbook', { ext: '.tsv' }],
  ['comma-separated text saved as .xlsx', '客户.xlsx', () => Buffer.from('姓名,手机\r\n张伟,13800138000\r\n'), 'cli.textAsWorkbook', { ext: '.csv' }],
  ['an old .xls under a .csv name', '客户.csv', () => compoundFile(['Workbook']), 'cli.xlsOldRenamed', { ext: '.csv' }],
  ['an empty file', '客户.xlsx', () => Buffer.alloc(0), 'cli.emptyFile', {}],
  ['a workbook cut off half way (a download that stopped)', '客户.xlsx', async () => (await customerWorkbook()).subarray(0, 1500), 'cli.truncatedXlsx', {}],
  ['binary bytes under an .xlsx name', '客户.xlsx', () => Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x10, 0x80, 0x00]), 'cli.notXlsx', {}],
];

describe('a file that is not a workbook is refused naming what it is and what to do', () => {
  it.each(cases)('%s', async (_what, name, bytes, key, extra) => {
    const data = await bytes();
    for (const lang of ['zh-CN', 'en'] as const) {
      expect(await refusal(name, data, lang)).toBe(say(lang, key, { path: name, ...extra }));
    }
  });

  it('no library English inside the Chinese messages', async () => {
    for (const [, name, bytes] of cases) {
      const zh = await refusal(name, await bytes(), 'zh-CN');
      // Only the file name, extensions and program names are written in Latin letters.
      const latin = zh.replace(name, '').replace(/\.(xlsx|xls|csv|tsv|et|ods|numbers)\b/g, '').match(/[A-Za-z]{3,}( [A-Za-z]{2,})*/g) ?? [];
      expect(latin.filter((w) => !/^(Excel|WPS|Numbers|LibreOffice|OpenDocument|HTML|XML|CSV|Apple)$/.test(w))).toEqual([]);
    }
  });

  it('a workbook whose contents exceljs cannot read says so without its English in the Chinese message', async () => {
    const zip = await JSZip.loadAsync(await customerWorkbook());
    zip.file('xl/workbook.xml', '<workbook><sheets><sheet name="客户" sheetId="1"');
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    const zh = await refusal('客户.xlsx', bytes, 'zh-CN');
    expect(zh).toBe(say('zh-CN', 'cli.badXlsx', { path: '客户.xlsx', detail: 'x' }));
    expect(await refusal('客户.xlsx', bytes, 'en')).toMatch(/^"客户.xlsx" could not be opened as an Excel workbook: its contents are damaged \(.+\)/);
  });

  it('a real workbook under a .csv name is read as the workbook it is, not as text', async () => {
    writeFileSync(path.join(dir, '客户.csv'), await customerWorkbook());
    const io = captureIo(dir);
    expect(await main(['clean', '客户.csv', '--quiet', '--today', '2026-12-02', '--out', 'out.xlsx'], io)).toBe(0);
  });

  it('a real workbook saved by WPS with an .et name is read as the workbook it is', async () => {
    writeFileSync(path.join(dir, '客户.et'), await customerWorkbook());
    const io = captureIo(dir);
    expect(await main(['clean', '客户.et', '--quiet', '--today', '2026-12-02', '--out', 'out.xlsx'], io)).toBe(0);
  });
});
