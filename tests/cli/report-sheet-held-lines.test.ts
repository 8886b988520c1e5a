/**
 * The Report sheet says what the terminal's summary says of the reminders held back and of whose
 * reminders they are: the greetings left out for customers who opted out of e-mail (Email Opt Out),
 * and that the owner was read from a staff column (Instructor, 老师). A manager who reads only the
 * workbook learns both, in his language.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function reportOf(csv: string[], lang: 'zh-CN' | 'en'): Promise<{ rows: string[][]; out: string }> {
  writeFileSync(path.join(dir, 'in.csv'), csv.join('\n'));
  const io = captureIo(dir);
  const code = await main(['clean', 'in.csv', '--today', '2026-12-04', '--out', 'out.xlsx', '--lang', lang], io);
  expect(code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
  const report = wb.getWorksheet(lang === 'en' ? 'Report' : '报告')!;
  const rows: string[][] = [];
  report.eachRow((row) => rows.push([String(row.getCell(1).value ?? ''), String(row.getCell(2).value ?? '')]));
  return { rows, out: io.out };
}

const STUDIO = [
  'First Name,Last Name,Mobile Phone,Email,Date of Birth,Email Opt Out,Instructor',
  'Sofia,Ruiz,(415) 555-0102,sofia.ruiz@gmail.com,1990-12-05,true,Emma Clarke',
  'Ben,Carter,(415) 555-0101,ben.carter@outlook.com,1988-12-06,false,Jake Romero',
  'Olivia,Brown,(415) 555-0190,olivia.brown@yahoo.com,1992-03-14,false,Emma Clarke',
];

describe("a yoga studio's clients, one of whom opted out of e-mail, held by their instructors", () => {
  it('counts the greeting left out on the Report sheet, in English', async () => {
    const { rows } = await reportOf(STUDIO, 'en');
    const line = rows.find(([label]) => label.includes('opted out of e-mail'));
    expect(line).toEqual(['Not raised: greetings (birthday, anniversary) to customers who opted out of e-mail', '1']);
  });

  it('says on the Report sheet that the owner was read from the Instructor column', async () => {
    const { rows } = await reportOf(STUDIO, 'en');
    expect(rows.map(([label]) => label)).toContain('Owner read from "Instructor": no column names a sales rep, so each customer\'s reminders go to the staff member who looks after him (map another in settings headers.overrides)');
  });

  it('says both in Chinese', async () => {
    const { rows } = await reportOf(STUDIO, 'zh-CN');
    expect(rows.find(([label]) => label.includes('退订邮件'))).toEqual(['未提醒：客户已退订邮件的祝福（生日、纪念日）', '1']);
    expect(rows.map(([label]) => label)).toContain('负责人取自“Instructor”：表中没有销售/负责人列，每位客户的提醒发给照顾他的员工（可在设置 headers.overrides 中改指定）');
  });
});

describe("a music school's pupils held by their 老师", () => {
  it('names the 老师 column on the Report sheet', async () => {
    const { rows } = await reportOf([
      '学员姓名,家长电话,乐器,老师,剩余课时,备注',
      '王子涵,13812345678,钢琴,陈老师,2,',
      '李沐阳,13987654321,古筝,Anna老师,10,',
      '周小雨,13700001111,小提琴,刘老师,1,',
    ], 'zh-CN');
    expect(rows.map(([label]) => label)).toContain('负责人取自“老师”：表中没有销售/负责人列，每位客户的提醒发给照顾他的员工（可在设置 headers.overrides 中改指定）');
  });

  it('says nothing of a staff column where a rep column holds the customers', async () => {
    const { rows } = await reportOf([
      '学员姓名,家长电话,乐器,老师,课程顾问,剩余课时',
      '王子涵,13812345678,钢琴,陈老师,小王,2',
    ], 'zh-CN');
    expect(rows.some(([label]) => label.startsWith('负责人取自'))).toBe(false);
  });
});
