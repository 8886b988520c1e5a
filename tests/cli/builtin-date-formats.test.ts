/**
 * WPS, and Excel set to Chinese, save a date under a built-in date format (长日期 2026年11月20日 is
 * numFmtId 31) with no format code in styles.xml: the code is the reader's to know by its id. Such a
 * cell is a date, as Excel shows it: read as one, never said to be a number or text turned into a date,
 * and written back as the date it showed, in a column the run reads and in one it does not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../cli/main';
import { readXlsx } from '../../cli/io/read-xlsx';
import { captureIo, tempDir } from './helpers';

const LONG_DATE = 'yyyy"年"m"月"d"日"';

/** 客户.xlsx as WPS saves it: 最近购买 (read) and 发票寄出 (not read) under built-in id `id`, 生日 under 58 (m月d日). */
async function wpsWorkbook(id = 31): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['姓名', '手机', '最近购买', '发票寄出', '生日', '负责人']);
  ws.addRow(['罗文', '13812345678', new Date(Date.UTC(2026, 10, 20)), new Date(Date.UTC(2026, 10, 22)), new Date(Date.UTC(1990, 4, 3)), '周敏']);
  ws.addRow(['欧阳娜', '13912345678', new Date(Date.UTC(2026, 9, 20)), new Date(Date.UTC(2026, 9, 25)), new Date(Date.UTC(1988, 11, 6)), '周敏']);
  for (const a of ['C2', 'C3', 'D2', 'D3']) ws.getCell(a).numFmt = LONG_DATE;
  for (const a of ['E2', 'E3']) ws.getCell(a).numFmt = 'm"月"d"日"';
  // exceljs writes each code as a format of the workbook's own; WPS writes the built-in id alone.
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  let styles = await zip.file('xl/styles.xml')!.async('string');
  for (const [code, builtin] of [[LONG_DATE, id], ['m"月"d"日"', 58]] as const) {
    const escaped = code.replace(/"/g, '&quot;');
    const own = new RegExp(`<numFmt numFmtId="(\\d+)" formatCode="${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"/>`).exec(styles)!;
    styles = styles.replace(own[0], '').split(`numFmtId="${own[1]}"`).join(`numFmtId="${builtin}"`);
  }
  zip.file('xl/styles.xml', styles);
  return new Uint8Array(await zip.generateAsync({ type: 'nodebuffer' }));
}

describe('dates under a built-in Chinese date format (no format code in the file)', () => {
  it.each([[31, '长日期 2026年11月20日'], [57, '年月 2026年11月'], [27, '年月, as Excel in Chinese numbers it']])(
    'numFmtId %d (%s) is read as a date',
    async (id) => {
      const { grid } = await readXlsx(await wpsWorkbook(id));
      expect(grid.cells[1][2]).toEqual({ kind: 'date', value: '2026-11-20' });
      expect(grid.cells[1][4]).toEqual({ kind: 'date', value: '1990-05-03' });
    },
  );

  it('a clean changes none of them, and the cleaned workbook shows each as the date it was', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(path.join(dir, '客户.xlsx'), await wpsWorkbook());
      const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
      const code = await main(['clean', '客户.xlsx', '--out', 'out.xlsx', '--json', 'out.json', '--today', '2026-12-03', '--quiet'], io);
      expect([code, io.err]).toEqual([0, '']);
      const report = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
      // No 数字按 Excel 日期序列号读成了日期, no 文字已转换为日期: the cells were dates.
      expect(report.rows.flatMap((r: { changes: { column: string }[] }) => r.changes.map((c) => c.column))).toEqual([]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
      const sheet = wb.getWorksheet('客户')!;
      const shown = (a: string) => [a, (sheet.getCell(a).value as Date).toISOString().slice(0, 10), sheet.getCell(a).numFmt];
      expect(['C2', 'D2', 'D3', 'E2'].map(shown)).toEqual([
        ['C2', '2026-11-20', LONG_DATE],
        ['D2', '2026-11-22', LONG_DATE],
        ['D3', '2026-10-25', LONG_DATE],
        ['E2', '1990-05-03', 'm"月"d"日"'],
      ]);
    } finally {
      cleanup();
    }
  });
});
