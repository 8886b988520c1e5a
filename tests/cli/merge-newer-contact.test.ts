/**
 * The command line on a ledger where 张建国 was typed again in December with a new 163 mailbox, WeChat
 * and spare mobile (his 手机 unchanged), and where 陈志强 and his son, who share a name, a firm and a
 * flat, were typed once each: --merge-review gives 张建国's kept row his newer contacts (the old ones in
 * 合并记录 and the JSON report's merge.filled), and leaves 陈志强 on his own number, his son's listed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

const LEDGER = [
  '客户编号,客户姓名,公司名称,手机,手机2,电话,邮箱,微信,地址,合同额（元）,最近联系,备注',
  'KH0001,张建国,上海申达精工机械有限公司,13812345678,13700001111,021-58881234,zhangjg@shenda.com,zjg1958,上海市浦东新区张杨路1200弄5号,280000,2026-10-02,年底续约',
  'KH0002,陈志强,宁波志强五金有限公司,13957481234,,,,,宁波市鄞州区天童南路588号,56000,2026-09-14,老客户',
  'KH0003,李娜,杭州云启科技有限公司,13988887777,,,lina@yunqi.cn,,杭州市西湖区文三路90号,86000,2026-10-02,',
  'KH0019,张建国,上海申达精工,13812345678,13605718899,,jianguo.zhang@163.com,zjg_2026,,,2026-11-20,换了邮箱',
  'KH0020,陈志强,宁波志强五金有限公司,18867405566,,,,,宁波市鄞州区天童南路588号,,2026-11-28,展会来访',
].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, '客户.csv'), LEDGER);
});
afterEach(() => cleanup());

it('takes 张建国\'s newer contacts and keeps 陈志强\'s own number, every old value in 合并记录', async () => {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', '客户.csv', '--out', 'o.xlsx', '--json', 'o.json', '--today', '2026-12-01', '--quiet', '--merge-review'], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  const report = JSON.parse(readFileSync(path.join(dir, 'o.json'), 'utf8'));
  const newer = report.merge.filled.filter((f: { reason: string }) => f.reason.startsWith('newer')).map((f: { row: number; header: string; value: string; reason: string; before: string }) => [f.row, f.header, f.value, f.reason, f.before]);
  expect(newer).toEqual([
    [2, '手机2', '13605718899', 'newerPhone', '13700001111'],
    [2, '邮箱', 'jianguo.zhang@163.com', 'newerContact', 'zhangjg@shenda.com'],
    [2, '微信', 'zjg_2026', 'newerContact', 'zjg1958'],
  ]);
  expect(report.merge.archived.map((a: { row: number }) => a.row)).toEqual([5, 6]);
  expect(report.problems.filter((p: { code: string }) => p.code === 'dedupe.newerPhone.keptMerged').map((p: { message: string }) => p.message)).toEqual([
    '第 3 行和第 6 行（合并到第 3 行）的“手机”不同：第 6 行的 18867405566 较新（最近日期 2026-11-28），但两行没有相同的手机号、邮箱、证件号或微信等表明是同一人（也可能是同名的家人或同事）：保留行仍用 13957481234，18867405566 记在合并记录中。',
  ]);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'o.xlsx'));
  const ws = wb.worksheets[0];
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const cell = (row: number, name: string) => String(ws.getRow(row).getCell(header.indexOf(name)).value ?? '');
  expect([cell(2, '手机'), cell(2, '手机2'), cell(2, '邮箱'), cell(2, '微信')]).toEqual(['13812345678', '13605718899', 'jianguo.zhang@163.com', 'zjg_2026']);
  for (const old of ['13700001111', 'zhangjg@shenda.com', 'zjg1958']) expect(cell(2, '合并记录')).toContain(old);
  expect(cell(3, '手机')).toBe('13957481234');
  expect(cell(3, '合并记录')).toContain('18867405566');
});

it('says in the summary how many customers keep a newer or their own contact, naming rows, never the numbers or e-mails (README: no customer data in the summary)', async () => {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', '客户.csv', '--out', 'o.xlsx', '--json', 'o.json', '--today', '2026-12-01', '--merge-review'], io);
  expect(code).toBe(0);
  expect(io.out).toContain('改用较新一行的值');
  expect(io.out).toContain('仍用保留行的值');
  for (const value of ['13700001111', 'zhangjg@shenda.com', 'jianguo.zhang@163.com', 'zjg1958', 'zjg_2026', '18867405566', '13957481234']) expect(io.out).not.toContain(value);
});
