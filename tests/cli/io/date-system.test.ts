import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { declaresDate1904 } from '../../../cli/io/date-system';
import { zipEntry } from '../../../cli/io/zip-entries';
import { fixture } from '../helpers';

/** A one-file zip archive (store or deflate), to test the reader on more than what exceljs writes. */
function zipOf(name: string, content: string, deflate: boolean): Uint8Array {
  const data = Buffer.from(content, 'utf8');
  const body = deflate ? deflateRawSync(data) : data;
  const nameBuf = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(deflate ? 8 : 0, 8);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(deflate ? 8 : 0, 10);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + nameBuf.length + body.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBuf.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, nameBuf, body, central, nameBuf, end]);
}

describe('declaresDate1904', () => {
  it.each([
    ['<workbook><workbookPr date1904="true"/></workbook>', true, 'LibreOffice writes true'],
    ['<workbook><workbookPr defaultThemeVersion="1" date1904="1"/></workbook>', true, 'Excel writes 1'],
    ['<x:workbook><x:workbookPr date1904=\'1\'/></x:workbook>', true, 'a namespace prefix and single quotes'],
    ['<workbook><workbookPr date1904="false"/></workbook>', false, 'explicitly 1900'],
    ['<workbook><workbookPr/></workbook>', false, 'no attribute means 1900'],
  ])('%s → %s (%s)', (xml, expected) => {
    expect(declaresDate1904(zipOf('xl/workbook.xml', xml, true))).toBe(expected);
    expect(declaresDate1904(zipOf('xl/workbook.xml', xml, false))).toBe(expected);
  });

  it('reads the LibreOffice fixtures', () => {
    expect(declaresDate1904(readFileSync(fixture('dates-1904.xlsx')))).toBe(true);
    expect(declaresDate1904(readFileSync(fixture('customers-lo.xlsx')))).toBe(false);
  });

  it('reads what exceljs writes', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    wb.addWorksheet('S');
    expect(declaresDate1904(new Uint8Array(await wb.xlsx.writeBuffer()))).toBe(true);
  });

  it('returns nothing for a missing entry or bytes that are not a zip', () => {
    expect(zipEntry(zipOf('a.txt', 'x', false), 'xl/workbook.xml')).toBeNull();
    expect(declaresDate1904(new TextEncoder().encode('姓名,手机\n'))).toBe(false);
    expect(declaresDate1904(new Uint8Array())).toBe(false);
  });
});
