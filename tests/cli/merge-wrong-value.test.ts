/**
 * A member typed twice, the kept (more complete) row with its mobile cut to 1.38123E+10 by Excel, the
 * other with the full number: after --merge the cleaned sheet holds 13812345678 with no flag left on
 * it, and the JSON report says the kept row took a duplicate's valid value over its own wrong one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

const LIST = [
  '姓名,手机,邮箱,地址,生日,会员等级',
  '陈立,1.38123E+10,chenli88@163.com,深圳市南山区科技园南路18号,1988-12-04,金卡',
  '陈立,13812345678,,,1988-12-04,',
].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, '会员.csv'), LIST);
});
afterEach(() => cleanup());

it('writes the valid number on the kept row, unflagged, and says why in the JSON report', async () => {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', '会员.csv', '--out', 'o.xlsx', '--json', 'o.json', '--today', '2026-12-01', '--quiet', '--merge'], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  const report = JSON.parse(readFileSync(path.join(dir, 'o.json'), 'utf8'));
  expect(report.merge.filled).toContainEqual(expect.objectContaining({ row: 2, header: '手机', value: '13812345678', reason: 'valid', before: '1.38123E+10' }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'o.xlsx'));
  const ws = wb.worksheets[0];
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const cell = (name: string) => String(ws.getRow(2).getCell(header.indexOf(name)).value ?? '');
  expect(cell('手机')).toBe('13812345678');
  expect(cell('整理问题')).not.toContain('1.38123E+10');
  expect(cell('合并记录')).toContain('手机: 1.38123E+10（第2行）');
});
