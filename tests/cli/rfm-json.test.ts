/** The JSON report shows each row's R, F and M scores and what each score means (its band), not only the total behind a tier. */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

// Five members of a shop, and a lead who never bought (0 / 0).
const SHEET = [
  '客户名称,手机,累计消费金额,消费次数,最近消费日期',
  '张伟,13812345678,86000,14,2024-05-20',
  '王芳,13912345678,12800,5,2024-03-02',
  '李娜,13712345678,3600,2,2023-11-15',
  '刘强,13612345678,980,1,2023-07-01',
  '陈静,13512345678,45000,9,2024-04-28',
  '赵磊,13412345678,0,0,',
].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, 'members.csv'), SHEET);
});
afterEach(() => cleanup());

async function report(settings: object) {
  writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings));
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', 'members.csv', '--out', 'out.xlsx', '--json', 'out.json', '--config', 'settings.json', '--today', '2024-06-01', '--quiet'], io);
  expect([code, io.err]).toEqual([0, '']);
  return JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
}

describe('RFM in the JSON report', () => {
  it('each row carries its r, f, m and total beside its classes', async () => {
    const json = await report({ classify: { tier: { preset: 'tierByRfm' } } });
    const byRow = (row: number) => json.rows.find((r: { row: number }) => r.row === row);
    expect(byRow(2).rfm).toEqual({ r: 5, f: 5, m: 5, total: 15 });
    expect(byRow(2).labels.tier).toBe('high');
    expect(byRow(5).rfm).toEqual({ r: 1, f: 1, m: 1, total: 3 });
    // The lead: no purchase on record, 1 on each, outside the ranking.
    expect(byRow(7).rfm).toEqual({ r: 1, f: 1, m: 1, total: 3 });
  });

  it('the bands say what each score means in raw values (days since purchase, orders, amount)', async () => {
    const json = await report({ classify: { tier: { preset: 'tierByRfm' } } });
    const { rfm } = json.classification;
    expect(rfm).toMatchObject({ scored: 6, unreadable: 0, missing: [] });
    expect(rfm.bands.filter((b: { component: string }) => b.component === 'm')).toEqual([
      { component: 'm', score: 5, min: 86000, max: 86000, count: 1 },
      { component: 'm', score: 4, min: 45000, max: 45000, count: 1 },
      { component: 'm', score: 3, min: 12800, max: 12800, count: 1 },
      { component: 'm', score: 2, min: 3600, max: 3600, count: 1 },
      { component: 'm', score: 1, min: 980, max: 980, count: 1 },
    ]);
  });

  it('without a rule on RFM there are no scores to show', async () => {
    const json = await report({});
    expect(json.rows[0].rfm).toBeUndefined();
    expect(json.classification.rfm).toBeUndefined();
  });
});
