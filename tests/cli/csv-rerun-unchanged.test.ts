/**
 * A rerun on the tool's own CSV output changes nothing, and says so: a CSV holds only text, so its
 * dates and numbers are read as text and written back as the same text, which is no change to count
 * (it said `文本转为对应的日期或数字：99 个` every week). A date the CSV writes otherwise than it was
 * typed (2026/12/5 → 2026-12-05) is still counted. Modelled on tester h61's c3a / c3b reruns.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const LEDGER = [
  '客户编号,客户姓名,公司名称,手机号码,负责人,录入日期,合同到期日,合同额（元）,最近联系',
  'KH0005,陈志远,广州恒通物流有限公司,13511112222,刘洋,2025/1/20,2026/12/8,150000,2026/11/5',
  'KH0006,周立新,苏州立新电子有限公司,15011113333,刘洋,2025/7/7,2027/1/14,520000,2026/12/1',
  'KH0008,孙丽,成都蜀丰食品有限公司,13900005678,赵敏,2024/11/11,2026/12/15,98000,2026/11/30',
].join('\r\n');

async function clean(input: string, out: string, lang = 'zh_CN.UTF-8'): Promise<string> {
  const io = captureIo(dir, { LANG: lang });
  const code = await main(['clean', input, '--out', out, '--today', '2026-12-15', '--json', `${out}.json`, '--quiet'], io);
  expect({ code, err: code === 0 ? '' : io.err }).toEqual({ code: 0, err: '' });
  return io.out;
}

const retyped = (out: string) => (JSON.parse(readFileSync(path.join(dir, `${out}.json`), 'utf8')) as { summary: { cellsRetyped: number } }).summary.cellsRetyped;

describe('a rerun on its own CSV output', () => {
  it('counts no date or number written back as it was read, and says nothing changed', async () => {
    writeFileSync(path.join(dir, 'ledger.csv'), LEDGER);
    const first = await clean('ledger.csv', 'week1.csv');
    // 2026/12/8 is written 2026-12-08: a change the first run counts.
    expect(first).toMatch(/修正的值：[1-9]|文本转为对应的日期或数字：[1-9]/);
    const again = await clean('week1.csv', 'week2.csv');
    expect(again).not.toContain('文本转为对应的日期或数字');
    expect(again).toContain('没有任何改动');
    expect(retyped('week2.csv')).toBe(0);
    // And the file is the same.
    expect(readFileSync(path.join(dir, 'week2.csv'), 'utf8')).toBe(readFileSync(path.join(dir, 'week1.csv'), 'utf8'));
  });

  it('says so in English too', async () => {
    writeFileSync(path.join(dir, 'ledger.csv'), LEDGER);
    await clean('ledger.csv', 'week1.csv', 'en_US.UTF-8');
    const again = await clean('week1.csv', 'week2.csv', 'en_US.UTF-8');
    expect(again).not.toContain('Text turned into the date or number it showed');
    expect(again).toContain('Nothing changed');
  });

  it('still counts the texts an .xlsx output turns into real dates and numbers', async () => {
    writeFileSync(path.join(dir, 'ledger.csv'), LEDGER);
    await clean('ledger.csv', 'week1.csv');
    const toXlsx = await clean('week1.csv', 'week2.xlsx');
    expect(toXlsx).toMatch(/文本转为对应的日期或数字：[1-9]/);
  });
});

// HubSpot's contacts export, its dates with their times (tester h64's hubspot_contacts.csv): a rerun on
// the CSV the first run wrote said `Values fixed: 12`, every one of them before == after.
const HUBSPOT = [
  'Record ID,First Name,Last Name,Email,Phone Number,Company Name,Contact owner,Lifecycle Stage,Last Activity Date,Create Date',
  '51234001,Sarah,Johnson,sarah.johnson@acme.com,(404) 555-0101,Acme Corp,Mike Davis,Customer,2025-03-04 09:12,2023-01-15 08:00',
  '51234003,Tom,Baker,tom.baker@globex.com,6175550123,Globex,Lisa Wong,Lead,2026-11-28 14:22:05,2026-10-01 10:00',
  '51234004,Amy,Chen,amy.chen@initech.com,+1 212 555 0188,Initech,Lisa Wong,Opportunity,2026-11-20 14:30,2024-06-01 09:30',
].join('\r\n');

const summaryOf = (out: string) => JSON.parse(readFileSync(path.join(dir, `${out}.json`), 'utf8')) as { summary: { cellsChanged: number; cellsRetyped: number } };

describe('a rerun on its own CSV output of dates with their times', () => {
  it('counts as fixes only the values written otherwise, and the rerun as no change at all', async () => {
    writeFileSync(path.join(dir, 'contacts.csv'), HUBSPOT);
    const first = await clean('contacts.csv', 'week1.csv', 'en_US.UTF-8');
    // Written otherwise: the two phone numbers, (617) 555-0123 and (212) 555-0188, and the two Last
    // Activity Dates typed without seconds beside 2026-11-28 14:22:05, which take the column's one form
    // (2025-03-04 09:12 → 2025-03-04 09:12:00). The date-times written as typed are no fix.
    expect(summaryOf('week1.csv').summary).toMatchObject({ cellsChanged: 4, cellsRetyped: 0 });
    expect(first).toContain('Values fixed: 4\n');
    const week1 = readFileSync(path.join(dir, 'week1.csv'), 'utf8');
    expect(week1).toContain(',2025-03-04 09:12:00,2023-01-15 08:00');
    expect(week1).toContain(',2026-11-20 14:30:00,2024-06-01 09:30');
    const again = await clean('week1.csv', 'week2.csv', 'en_US.UTF-8');
    expect(summaryOf('week2.csv').summary).toMatchObject({ cellsChanged: 0, cellsRetyped: 0 });
    expect(again).toContain('Values fixed: 0');
    expect(again).toContain('Nothing changed');
    expect(readFileSync(path.join(dir, 'week2.csv'), 'utf8')).toBe(readFileSync(path.join(dir, 'week1.csv'), 'utf8'));
  });
});
