/**
 * A 4S店's insurance-renewal sheet, cleaned every Monday on last week's output (tester h62's car-ins-zh.xlsx).
 * A week later the reasons say other day counts (最近互动 30 天前 → 37 天前) and the tier's comparison
 * (累计金额 6600 < 10000) again: the run's own text, written over without a note. Before, every such cell
 * was taken for hand-typed text, one more note stacked on each row every week, and a CSV output printed
 * every row's reasons in the summary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const RENEWALS = [
  '车主姓名,手机,车牌号,车型,保险到期,上年保费,承保公司,销售顾问,最近联系,下次跟进,备注',
  '朱磊,13938864481,粤BR8088,宝马3系,2026-12-03,6600,太平洋,小周,2026-11-03,2026-12-15,嫌贵',
  '何伟,13652019983,粤B5K2Q1,丰田凯美瑞,2027-01-12,4800,平安,小李,2026-10-18,2026-12-10,',
  '林晓燕,13828840127,粤BD61735,比亚迪汉,2026-12-20,15800,人保,小周,2026-11-28,,老客户介绍',
  'Dana Whitfield,13510086612,粤B9Z8M7,Tesla Model 3,2027-03-02,9200,平安,小李,2026-06-30,,',
].join('\r\n');

async function clean(input: string, out: string, today: string): Promise<{ out: string; report: { problems: { code: string }[] } }> {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', input, '--out', out, '--today', today, '--json', `${out}.json`, '--quiet'], io);
  expect({ code, err: code === 0 ? '' : io.err }).toEqual({ code: 0, err: '' });
  return { out: io.out, report: JSON.parse(readFileSync(path.join(dir, `${out}.json`), 'utf8')) };
}

async function reasonsOf(file: string): Promise<{ texts: string[]; notes: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, file));
  const ws = wb.worksheets[0];
  let col = 0;
  ws.getRow(1).eachCell((cell, c) => { if (cell.value === '分类依据') col = c; });
  const texts: string[] = [];
  let notes = 0;
  for (let r = 2; r <= ws.rowCount; r++) {
    const cell = ws.getRow(r).getCell(col);
    texts.push(String(cell.value ?? ''));
    if (cell.note) notes++;
  }
  return { texts, notes };
}

describe('a weekly rerun on last week\'s output', () => {
  it('writes the reasons anew, with this week\'s day counts, and keeps no note of last week\'s', async () => {
    writeFileSync(path.join(dir, 'renewals.csv'), RENEWALS);
    await clean('renewals.csv', 'week1.xlsx', '2026-12-03');
    const week1 = await reasonsOf('week1.xlsx');
    // The tier's comparison is among them: the reason the run once took for typed text.
    expect(week1.texts.join('\n')).toContain('累计金额 6600 < 10000');

    const week2 = await clean('week1.xlsx', 'week2.xlsx', '2026-12-10');
    const reasons = await reasonsOf('week2.xlsx');
    expect(reasons.texts.join('\n')).toContain('最近互动 37 天前');
    expect(reasons.notes).toBe(0);
    expect(week2.report.problems.map((p) => p.code)).not.toContain('cli.typed.overNotes');

    await clean('week2.xlsx', 'week3.xlsx', '2026-12-17');
    expect((await reasonsOf('week3.xlsx')).notes).toBe(0);
  });

  it('on a CSV output prints no row\'s reasons in the summary a week later', async () => {
    writeFileSync(path.join(dir, 'renewals.csv'), RENEWALS);
    await clean('renewals.csv', 'week1.csv', '2026-12-03');
    const week2 = await clean('week1.csv', 'week2.csv', '2026-12-10');
    expect(week2.out).not.toContain('累计金额');
    expect(week2.report.problems.map((p) => p.code)).not.toContain('cli.typed.overNotes');
  });
});
