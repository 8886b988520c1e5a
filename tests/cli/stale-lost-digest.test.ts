/**
 * A gym's reminders as its coaches read them: each coach's block lists the members worth a call and
 * ends with one line counting his members lost for more than a year, not one line each; the summary
 * says how many, and the report keeps the count (tests/shared/remind/stale-lost.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

// Today 2024-12-01: 张伟 and 孙浩 stale (195 and 235 days); 李娜, 刘洋 and 赵敏 silent for more than a year.
const GYM = [
  '会员姓名,手机,会员卡类型,到期日期,最近签到,教练',
  '张伟,13812345678,年卡,2025-03-15,2024-05-20,王教练',
  '李娜,13912345678,季卡,2023-06-30,2023-08-02,王教练',
  '刘洋,13712345678,年卡,2023-02-10,2023-10-05,王教练',
  '陈静,13612345678,次卡,2025-01-20,2024-11-20,李教练',
  '赵敏,13512345678,年卡,2024-02-01,2023-09-01,李教练',
  '孙浩,13312345678,月卡,2024-06-30,2024-04-10,李教练',
  '周芳,13212345678,年卡,2023-05-01,2023-07-15,陈教练',
].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, 'gym.csv'), GYM);
});
afterEach(() => cleanup());

async function clean(lang: string, out = 'out.xlsx') {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', 'gym.csv', '--out', out, '--today', '2024-12-01', '--lang', lang], io);
  expect(code).toBe(0);
  return io.out;
}

async function linesOf(sheetName: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
  const lines: string[][] = [];
  wb.getWorksheet(sheetName)!.eachRow((row, n) => {
    if (n > 1) lines.push([1, 2, 3, 7].map((c) => (row.getCell(c).value == null ? '' : String(row.getCell(c).value))));
  });
  return lines;
}

describe('a gym\'s 提醒 sheet', () => {
  it('ends each coach\'s block with one line for his long-lost members, a coach with only those included', async () => {
    const summary = await clean('zh-CN');
    expect(await linesOf('提醒')).toEqual([
      ['李教练', '长期未联系', '孙浩', '235 天没有联系或更新（上限 180 天）：最近签到 2024-04-10'],
      ['李教练', '长期未联系', '', '另有 1 位已流失的客户未逐条列出（超过 365 天没有联系），见报表'],
      ['王教练', '长期未联系', '张伟', '195 天没有联系或更新（上限 180 天）：最近签到 2024-05-20'],
      ['王教练', '长期未联系', '', '另有 2 位已流失的客户未逐条列出（超过 365 天没有联系），见报表'],
      ['陈教练', '长期未联系', '', '另有 1 位已流失的客户未逐条列出（超过 365 天没有联系），见报表'],
    ].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
    expect(summary).toContain('提醒：2 条（长期未联系 2）');
    expect(summary).toContain('  另有 4 位已流失的客户（超过 365 天没有联系）不逐条列为长期未联系，按负责人各汇总一行，并计入报表（remind.stale.lostAfterDays）\n');
  });

  it('says it in English too, in the reminders CSV beside a CSV output', async () => {
    const summary = await clean('en', 'out.csv');
    const csv = readFileSync(path.join(dir, 'out.reminders.csv'), 'utf8');
    expect(csv).toContain('王教练,No contact for long,,,,,2 more lost customers (no contact for more than 365 days) are not listed; see the report');
    expect(csv).toContain('陈教练,No contact for long,,,,,1 more lost customer (no contact for more than 365 days) is not listed; see the report');
    expect(summary).toContain('  not listed: 4 lost customers among the stale ones (no contact for more than 365 days), counted in one line per owner and in the report (remind.stale.lostAfterDays)\n');
  });
});
