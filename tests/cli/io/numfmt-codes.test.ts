/**
 * Number format codes go through a clean as Excel wrote them: exceljs dropped every backslash of a
 * code on read and wrote it back so, for every styled cell of the workbook, read or not. The Indian
 * lakh format then showed 18,50,000 as 1,850,000, and `0\%` (a literal %) became a percentage.
 * Whatever reads a code reads its escapes as Excel does: a ZIP+4 typed as a number under Excel's
 * "Zip Code + 4" format (`00000\-0000`) is the 10001-1234 the user sees.
 */
import ExcelJS from 'exceljs';
import { readXlsx } from '../../../cli/io/read-xlsx';
import { cellText } from '../../../shared';
import { tempDir } from '../helpers';
import { cleanIn, partOf } from './raw-xlsx';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const LAKH = '[>=10000000]##\\,##\\,##\\,##0;[>=100000]##\\,##\\,##0;##,##0';
const PERCENT_SIGN = '0\\%';
const YUAN = '#,##0\\ "元"';
const ZIP4 = '00000\\-0000';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every formatCode attribute of styles.xml, as stored (XML-escaped). */
const storedCodes = async (xlsx: Uint8Array): Promise<string[]> =>
  [...(await partOf(xlsx, 'xl/styles.xml')).matchAll(/<numFmt\b[^>]*formatCode="([^"]*)"/g)].map((m) => m[1]).sort();

describe('a workbook with custom number formats', () => {
  it('keeps the lakh format, 0\\% and #,##0\\ "元" byte for byte, on the sheet cleaned and on one the run never reads', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Party Master');
    ws.addRow(['Party Name', 'Mobile No.', 'City', 'Total Business']);
    const parties: [string, string, string, number][] = [
      ['Sharma Traders', '+91 98765 43210', 'Pune', 1850000],
      ['Gupta Electricals', '+91 91234 56780', 'Jaipur', 12500000],
      ['Iyer & Sons', '+91 99887 76655', 'Chennai', 75000],
    ];
    for (const p of parties) ws.addRow(p).getCell(4).numFmt = LAKH;
    // A supplier's rate card beside it, formatted by a colleague in Shanghai.
    const rates = wb.addWorksheet('供应商报价');
    rates.addRow(['供应商', '折扣', '运费']);
    const row = rates.addRow(['华东物流', 15, 1200]);
    row.getCell(2).numFmt = PERCENT_SIGN;
    row.getCell(3).numFmt = YUAN;
    const bytes = await bytesOf(wb);
    const before = await storedCodes(bytes);
    expect(before).toEqual(expect.arrayContaining(['[&gt;=10000000]##\\,##\\,##\\,##0;[&gt;=100000]##\\,##\\,##0;##,##0', '0\\%', '#,##0\\ &quot;元&quot;']));

    const { code, out } = await cleanIn(dir, bytes);
    expect(code).toBe(0);
    expect(await storedCodes(out)).toEqual(expect.arrayContaining(before));
    // The cells still carry them: the amounts are shown in lakhs, 15 as 15%, 1200 as 1,200 元.
    const read = await readXlsx(out);
    expect(read.grid.cells.slice(1).map((r) => r[3])).toEqual(parties.map(([, , , value]) => ({ kind: 'number', value, format: LAKH })));
    const supplier = read.workbook.getWorksheet('供应商报价')!;
    expect([supplier.getCell('B2').numFmt, supplier.getCell('C2').numFmt]).toEqual([PERCENT_SIGN, YUAN]);
  });

  it('writes a ZIP+4 typed as a number as the text Excel shows under 00000\\-0000', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Customers');
    ws.addRow(['Name', 'Phone', 'ZIP']);
    ws.addRow(['Emma Walsh', '(212) 555-0142', 100011234]).getCell(3).numFmt = ZIP4;
    ws.addRow(['Liam Ortiz', '(415) 555-0199', 941021234]).getCell(3).numFmt = ZIP4;
    ws.addRow(['Ava Brooks', '(617) 555-0107', 21391234]).getCell(3).numFmt = ZIP4;
    const { code, out } = await cleanIn(dir, await bytesOf(wb));
    expect(code).toBe(0);
    const read = await readXlsx(out);
    expect(read.grid.cells.slice(1).map((r) => cellText(r[2]))).toEqual(['10001-1234', '94102-1234', '02139-1234']);
  });
});
