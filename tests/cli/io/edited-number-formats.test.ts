/**
 * A number a merge writes (two Square profiles' Total Spend added, 250.4) is shown in its column's
 * currency format, $250.40 as the column's other cells, not a bare 250.4 (tester h73 #8): from a CSV,
 * whose amounts the run itself made numbers in $#,##0.00, as from a workbook whose cells have it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../cli/main';
import { captureIo, tempDir } from '../helpers';

const CSV = [
  'First Name,Last Name,Email Address,Phone Number,City,Square Customer ID,Last Visit,Transaction Count,Total Spend',
  'James,McAllister,james.mcallister@gmail.com,(206) 555-0142,Seattle,SQ0001AAA,2026-10-02,6,$124.62',
  'Maya,Wexley,maya.wexley@outlook.com,(512) 436-8683,Seattle,SQ0002BBB,2026-09-25,2,$23.04',
  'James,McAllister,jamesmcallister@gmail.com,(206) 555-0142,Seattle,SQ0003CCC,2026-11-20,4,$125.78',
  'Lena,Park,lena.park@gmail.com,(206) 555-0199,Seattle,SQ0004DDD,2026-08-12,3,$88.10',
].join('\n');

describe('a merge\'s summed spend in a Square export keeps the currency format', () => {
  let ws: ExcelJS.Worksheet;
  let cleanup: () => void;
  beforeAll(async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    fs.writeFileSync(path.join(tmp.dir, 'customers.csv'), CSV);
    const io = captureIo(tmp.dir);
    const code = await main(['clean', 'customers.csv', '--today', '2026-12-04', '--lang', 'en', '--merge', '--out', 'out.xlsx'], io);
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(tmp.dir, 'out.xlsx'));
    ws = wb.worksheets[0];
  });
  afterAll(() => cleanup());

  const spendCol = () => (ws.getRow(1).values as unknown[]).indexOf('Total Spend');

  it('writes the two profiles\' sum in $#,##0.00, as the cells beside it', () => {
    const col = spendCol();
    const cells = [2, 3, 4].map((r) => ws.getCell(r, col)).filter((c) => typeof c.value === 'number');
    const summed = cells.find((c) => Math.abs((c.value as number) - 250.4) < 1e-9);
    expect(summed).toBeDefined();
    expect(summed!.numFmt).toBe(cells.find((c) => c !== summed)!.numFmt);
    expect(summed!.numFmt).toContain('$');
  });
});
