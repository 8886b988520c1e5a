/**
 * Contracts and fees that ended more than 30 days ago are counted, not listed, unless the row still owes
 * (remind/long-lost.ts withoutLongExpired). The summary says "nothing owed" only of a sheet that has a column
 * of money owed to read; a sheet without one is not told its customers owe nothing, only how to keep such
 * rows listed.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

// A 软件代理商's renewals: two contracts long ended, one ending soon; no 欠费 column.
const RENEWALS = [
  '客户名称,联系人,手机,合同到期,负责人',
  '星辰科技有限公司,王建国,13812345678,2026-09-30,陈晓明',
  '海纳商贸有限公司,李秀英,13987654321,2026-08-15,吴倩',
  '远航物流有限公司,陈志强,13711112222,2026-12-10,陈晓明',
].join('\r\n');

// The same with a 欠费 column: the row that owes stays listed.
const WITH_DEBT = [
  '客户名称,联系人,手机,合同到期,欠费,负责人',
  '星辰科技有限公司,王建国,13812345678,2026-09-30,,陈晓明',
  '海纳商贸有限公司,李秀英,13987654321,2026-08-15,3200,吴倩',
  '远航物流有限公司,陈志强,13711112222,2026-12-10,,陈晓明',
].join('\r\n');

const RENEWALS_EN = [
  'Account,Contact,Mobile,Contract End,Owner',
  'Northwind Traders,Maria Garcia,(415) 555-0132,2026-09-30,Alex Rivera',
  'Contoso Ltd,John Smith,(212) 555-0199,2026-08-15,Sam Lee',
].join('\r\n');

const summary = async (file: string, text: string, lang: string) => {
  writeFileSync(path.join(dir, file), text);
  const io = captureIo(dir);
  const code = await main(['clean', file, '--lang', lang, '--today', '2026-12-04', '--out', 'out.csv'], io);
  expect(code).toBe(0);
  return io.out.split('\n');
};

describe('the summary line of contracts long ended', () => {
  it('a sheet with no column of money owed is not told its customers owe nothing', async () => {
    const line = (await summary('续约.csv', RENEWALS, 'zh-CN')).find((l) => l.includes('已过期超过 30 天'));
    expect(line).toContain('另有 2 条已过期超过 30 天的合同或费用未逐条列出（吴倩 1，陈晓明 1）');
    expect(line).not.toContain('没有欠费');
    expect(line).toContain('欠费');
  });

  it('a sheet with a 欠费 column counts only those that owe nothing, and lists the one that owes', async () => {
    const lines = await summary('续约.csv', WITH_DEBT, 'zh-CN');
    expect(lines.find((l) => l.includes('已过期超过 30 天'))).toContain('另有 1 条已过期超过 30 天、没有欠费的合同或费用未逐条列出（陈晓明 1）');
  });

  it('in English too', async () => {
    const line = (await summary('renewals.csv', RENEWALS_EN, 'en')).find((l) => l.includes('ended more than 30 days ago'));
    expect(line).toBeDefined();
    expect(line).not.toContain('nothing owed');
  });
});
