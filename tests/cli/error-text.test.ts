/**
 * A CSV exported from a sheet whose lookups failed holds #N/A and #REF! as text: the cleaned workbook
 * keeps them as that text in the sheet and in a merge's archive (never N/A or REF, never an Excel
 * error value, which Excel would not take for #N/A N/A); a merge fills a kept row's #N/A with a copy's
 * real value, the #N/A kept in the merged values.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { t } from '../../shared';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

const CSV = [
  '客户姓名,手机,公司,邮箱,最近联系',
  '张伟,13812345678,#N/A,zhangwei@jiahe.cn,2026-11-20',
  '张伟,138 1234 5678,上海嘉禾贸易有限公司,,#REF!',
  '李娜,13912345678,#N/A N/A,,2026-10-02',
  '',
].join('\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, '客户.csv'), '\ufeff' + CSV);
});
afterEach(() => cleanup());

async function clean(...flags: string[]): Promise<ExcelJS.Workbook> {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', '客户.csv', '--out', 'out.xlsx', '--today', '2026-12-01', '--quiet', ...flags], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
  return wb;
}

/** The value ExcelJS reads and whether the cell is an Excel error value. */
const stored = (c: ExcelJS.Cell) => [c.address, c.value, c.type === ExcelJS.ValueType.Error];

describe('error values typed as text in a CSV, in the cleaned workbook', () => {
  it('stay the text they were in the sheet', async () => {
    const sheet = (await clean()).getWorksheet('客户')!;
    expect(['C2', 'E3', 'C4'].map((a) => stored(sheet.getCell(a)))).toEqual([
      ['C2', '#N/A', false],
      ['E3', '#REF!', false],
      ['C4', '#N/A N/A', false],
    ]);
  });

  it('a merge fills the kept row\'s #N/A with the copy\'s company, keeps the #N/A in its merged values, and archives the copy\'s #REF! as text', async () => {
    const wb = await clean('--merge');
    const sheet = wb.getWorksheet('客户')!;
    expect(sheet.getCell('A2').value).toBe('张伟');
    // An error value is no value: the real company takes its place, and the #N/A is no longer said as an issue of the row.
    expect(stored(sheet.getCell('C2'))).toEqual(['C2', '上海嘉禾贸易有限公司', false]);
    const col = (name: string) => (sheet.getRow(1).values as ExcelJS.CellValue[]).indexOf(name);
    expect(String(sheet.getRow(2).getCell(col(t('zh-CN', 'dedupe.column.merged'))).value)).toContain('公司: #N/A（第2行）');
    expect(String(sheet.getRow(2).getCell(col(t('zh-CN', 'column.issues'))).value ?? '')).not.toContain('#N/A');
    const archive = wb.getWorksheet(t('zh-CN', 'dedupe.sheet.archive'))!;
    const cells: (string | boolean | ExcelJS.CellValue)[][] = [];
    archive.eachRow((row) => row.eachCell((c) => {
      if (typeof c.value === 'string' && c.value.startsWith('#')) cells.push(stored(c));
      if (c.type === ExcelJS.ValueType.Error) cells.push(stored(c));
    }));
    expect(cells).toEqual([['E2', '#REF!', false]]);
  });
});
