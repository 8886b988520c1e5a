/**
 * A formula's saved result of 0, FALSE or "" is a value, not an empty cell. exceljs leaves a falsy
 * result out of a formula cell's `value` (its cell.js copies only truthy fields), so reading
 * `value.result` lost them: a 欠款 of =D2-500 → 0 beside 已回访 =D4>0 → FALSE made a row an exact
 * duplicate of one with 500 / 是, and --merge archived it with blanks.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell } from '../../../shared';
import { main } from '../../../cli/main';
import { readXlsx } from '../../../cli/io/read-xlsx';
import { removeRows } from '../../../cli/io/remove-rows';
import { captureIo, tempDir } from '../helpers';
import { SHEET, workbookBytes } from './raw-xlsx';

const at = (cells: Cell[][], row: number, col: number): Cell => cells[row - 1]?.[col - 1] ?? { kind: 'empty' };

describe('reading formula results as Excel saved them', () => {
  // Cells as Excel writes them: a shared formula (master and clone), an array formula, and
  // results typed b (boolean), str (text) and e (error) beside plain numbers, each 0 / FALSE / "".
  const cellsOfRow: Record<number, string> = {
    2: '<c r="F2"><f t="shared" ref="F2:F3" si="0">C2*0</f><v>0</v></c>'
      + '<c r="G2"><f t="array" ref="G2">SUM(C2:C3*0)</f><v>0</v></c>'
      + '<c r="H2" t="b"><f>C2&gt;0</f><v>0</v></c>'
      + '<c r="I2" t="str"><f>TRIM(" ")</f><v></v></c>'
      + '<c r="J2" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
    3: '<c r="F3"><f t="shared" si="0"/><v>0</v></c>'
      + '<c r="H3" t="b"><f>C3&gt;0</f><v>1</v></c>'
      + '<c r="I3" t="str"><f>TEXT(0,"0")</f><v>0</v></c>',
  };
  let grid: Cell[][];
  beforeAll(async () => {
    const bytes = await workbookBytes({
      [SHEET]: (xml) => {
        let out = xml;
        for (const [row, cells] of Object.entries(cellsOfRow)) {
          out = out.replace(new RegExp(`(<row r="${row}"[^>]*>[\\s\\S]*?)</row>`), `$1${cells}</row>`);
        }
        return out;
      },
    });
    grid = (await readXlsx(bytes, '客户')).grid.cells;
  });

  it.each<[string, number, number, Cell]>([
    ['a shared formula whose result is 0', 2, 6, { kind: 'number', value: 0, formula: '=C2*0' }],
    ['its clone, translated to its own row, also 0', 3, 6, { kind: 'number', value: 0, formula: '=C3*0' }],
    ['an array formula whose result is 0', 2, 7, { kind: 'number', value: 0, formula: '=SUM(C2:C3*0)' }],
    ['a comparison that is FALSE', 2, 8, { kind: 'boolean', value: false, formula: '=C2>0' }],
    ['a comparison that is TRUE', 3, 8, { kind: 'boolean', value: true, formula: '=C3>0' }],
    ['a text result that is empty stays an empty cell with its formula', 2, 9, { kind: 'empty', formula: '=TRIM(" ")' }],
    ['a text result "0" is the text 0', 3, 9, { kind: 'text', value: '0', formula: '=TEXT(0,"0")' }],
    ['an error result', 2, 10, { kind: 'error', value: '#DIV/0!', formula: '=1/0' }],
  ])('%s', (_what, row, col, expected) => {
    expect(at(grid, row, col)).toEqual(expected);
  });
});

describe('a row whose formulas give 0 and FALSE is no copy of a row with 500 and 是', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('--merge keeps the 0 and FALSE in the archived row and does not call the rows exact copies', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['姓名', '手机', '邮箱', '欠款', '已回访']);
    ws.addRow(['张伟', '13800138000', 'zw@qq.com', 500, '是']);
    ws.addRow(['李娜', '13900139000', 'ln@163.com', 200, '否']);
    ws.addRow(['张伟', '13800138000', 'zw@qq.com', { formula: 'D2-500', result: 0 }, { formula: 'D4>0', result: false }]);
    await wb.xlsx.writeFile(path.join(dir, '客户.xlsx'));
    const io = captureIo(dir);
    const code = await main(['clean', '客户.xlsx', '--merge', '--out', 'out.csv', '--json', 'out.json', '--today', '2026-12-02', '--lang', 'en', '--quiet'], io);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0].confidence).not.toBe('exact');
    const archived = readFileSync(path.join(dir, 'out.archive.csv'), 'utf8').split(/\r?\n/)[1].split(',');
    expect(archived.slice(0, 5)).toEqual(['张伟', '13800138000', 'zw@qq.com', '0', 'FALSE']);
  });
});

describe('rows removed below shared formulas', () => {
  it('the moved formulas keep a saved result of 0, which the next run reads as 0', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['姓名', '欠款', '余额']);
    ws.addRow(['张伟', 500, null]);
    ws.addRow(['张伟', 500, null]);
    ws.addRow(['李娜', 0, null]);
    ws.fillFormula('C2:C4', 'B2-500', [0, 0, -500]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    removeRows(back.worksheets[0], [3]);
    const { grid } = await readXlsx(new Uint8Array(await back.xlsx.writeBuffer()));
    expect([2, 3].map((r) => at(grid.cells, r, 3))).toEqual([
      { kind: 'number', value: 0, formula: '=B2-500' },
      { kind: 'number', value: -500, formula: '=B4-500' },
    ]);
  });
});
