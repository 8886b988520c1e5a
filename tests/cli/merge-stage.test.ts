/**
 * A 销售部 follow-up sheet merged from the command line (--merge --json): 周明, kept on 刘洋's 意向客户 row,
 * comes out 已成交 as 王磊's copy says, the JSON's merge.filled naming the change (reason "stage", before
 * 意向客户) and the output's 合并记录 keeping 意向客户; his class is 现有客户 in the JSON's classification.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

const SHEET = [
  '客户名称,联系人,手机,客户阶段,负责人,最近联系,备注',
  '杭州明远纺织有限公司,周明,13857100001,意向客户,刘洋,2024-10-08,约了下周看样',
  '杭州明远纺织有限公司,周明,13857100001,已成交,王磊,2024-11-20,',
  '温州启明鞋业有限公司,陈静,13605714444,潜在客户,刘洋,2024-11-15,',
].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, '客户跟进.csv'), SHEET);
});
afterEach(() => cleanup());

it('writes 已成交 on the kept row, says so in the JSON (reason "stage") and keeps 意向客户 in 合并记录', async () => {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', '客户跟进.csv', '--out', 'o.csv', '--json', 'o.json', '--today', '2024-12-01', '--merge'], io);
  expect(code).toBe(0);
  const report = JSON.parse(readFileSync(path.join(dir, 'o.json'), 'utf8'));
  const stage = (report.merge.filled as { row: number; header: string; value: string; reason: string; before: string | null }[]).filter((f) => f.header === '客户阶段');
  expect(stage).toEqual([expect.objectContaining({ row: 2, value: '已成交', reason: 'stage', before: '意向客户' })]);
  const out = readFileSync(path.join(dir, 'o.csv'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  expect(out[1]).toMatch(/^杭州明远纺织有限公司,周明,13857100001,已成交,/);
  expect(out[1]).toContain('客户阶段: 意向客户（2024-12-01 原第2行）');
  expect(out[1]).toContain('现有客户');
});
