/**
 * What the reps type on the sheets a run writes stays theirs: a rerun replaces its own 提醒 and
 * 问题清单, and the column 处理结果 they added beside the reminders went with them. Now each typed
 * cell goes back beside the same reminder (found by owner, kind, row and date, not by its place), and
 * the lines no longer listed are kept whole in a sheet of their own, which later runs add to.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../cli/main';
import { captureIo, tempDir } from '../helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** A rep's customers: two birthdays early in December, and 刘洋's mobile one digit short. */
async function customers(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['姓名', '手机', '公司', '生日', '负责人', '最近联系']);
  ws.addRow(['张伟', '13812345678', '北京星辰科技有限公司', '1985-12-03', '王芳', '2026-11-20']);
  ws.addRow(['李娜', '13912345678', '上海蓝海贸易有限公司', '1990-12-06', '王芳', '2026-11-25']);
  ws.addRow(['刘洋', '1370000111', '广州南方物流有限公司', '1988-03-30', '赵磊', '2026-11-02']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function clean(bytes: Uint8Array, today: string, lang = 'zh-CN'): Promise<{ out: Uint8Array; summary: string }> {
  writeFileSync(path.join(dir, 'in.xlsx'), bytes);
  const io = captureIo(dir);
  const code = await main(['clean', 'in.xlsx', '--out', 'out.xlsx', '--lang', lang, '--today', today], io);
  expect(code).toBe(0);
  return { out: readFileSync(path.join(dir, 'out.xlsx')), summary: io.out };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** The sheet's lines as [first column value, column H], from row 2 on. */
function lines(sheet: ExcelJS.Worksheet, key: number): [unknown, unknown][] {
  const out: [unknown, unknown][] = [];
  sheet.eachRow((row, r) => {
    if (r > 1) out.push([row.getCell(key).value, row.getCell(8).value]);
  });
  return out;
}

/** The workbook with the reps' notes typed in a column 处理结果 beside the reminders and the issues. */
async function withNotes(bytes: Uint8Array, reminders = '提醒', issues = '问题清单', header = '处理结果'): Promise<Uint8Array> {
  const wb = await load(bytes);
  const typeBeside = (sheetName: string, find: (row: ExcelJS.Row) => boolean, note: string) => {
    const sheet = wb.getWorksheet(sheetName)!;
    sheet.getCell('H1').value = header;
    sheet.getColumn(8).width = 30;
    let typed = false;
    sheet.eachRow((row, r) => {
      if (r > 1 && !typed && find(row)) {
        row.getCell(8).value = note;
        typed = true;
      }
    });
    expect(typed).toBe(true);
  };
  const customer = (name: string) => (row: ExcelJS.Row) => String(row.getCell(3).value).startsWith(name);
  typeBeside(reminders, customer('张伟'), '12/1 已发祝福短信');
  typeBeside(reminders, customer('李娜'), '生日礼物已寄出，顺丰 SF1234');
  typeBeside(issues, (row) => row.getCell(1).value === 4, '已核实：客户换了新号，待补');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('a rerun on a workbook whose reps typed their follow-up beside the reminders', () => {
  it('keeps each note beside its own reminder, wherever that reminder now is in the sheet', async () => {
    const first = await clean(await customers(), '2026-12-01');
    const typed = await withNotes(first.out);
    // Three days on: 张伟's birthday is past, so 李娜's reminder is now the sheet's first line.
    const second = await clean(typed, '2026-12-04');
    const sheet = (await load(second.out)).getWorksheet('提醒')!;
    expect(sheet.getCell('H1').value).toBe('处理结果');
    expect(lines(sheet, 3)).toEqual([['李娜 · 上海蓝海贸易有限公司', '生日礼物已寄出，顺丰 SF1234']]);
    expect(second.summary).toContain('已随相同的 1 行带到新的“提醒”工作表');
  }, 30_000);

  it('keeps the notes of reminders no longer due, whole, in 提醒（旧备注）, and says so', async () => {
    const typed = await withNotes((await clean(await customers(), '2026-12-01')).out);
    const second = await clean(typed, '2026-12-04');
    const wb = await load(second.out);
    const kept = wb.getWorksheet('提醒（旧备注）')!;
    expect(kept).toBeDefined();
    expect(kept.getRow(1).values).toEqual([, '负责人', '类型', '客户', '行号', '日期', '剩余天数', '说明', '处理结果']);
    expect(lines(kept, 3)).toEqual([['张伟 · 北京星辰科技有限公司', '12/1 已发祝福短信']]);
    expect(kept.getCell('D2').value).toBe(2);
    expect(kept.getCell('E2').value).toEqual(new Date('2026-12-03T00:00:00Z'));
    // The kept sheet sits right after the reminders.
    const names = wb.worksheets.map((w) => w.name);
    expect(names.indexOf('提醒（旧备注）')).toBe(names.indexOf('提醒') + 1);
    expect(second.summary).toContain('有 1 行在你的列（处理结果）填写过内容');
    expect(second.summary).toContain('已原样保存在工作表“提醒（旧备注）”中');
    expect(second.summary).toContain('“提醒（旧备注）”');
  }, 30_000);

  it('adds to the kept sheet on later runs, and never reads it as a customer table', async () => {
    const typed = await withNotes((await clean(await customers(), '2026-12-01')).out);
    const second = await clean(typed, '2026-12-04');
    // A week on, 李娜's birthday is past too: her line joins 张伟's.
    const third = await clean(second.out, '2026-12-10');
    const wb = await load(third.out);
    expect(wb.getWorksheet('客户')!.getCell('A2').value).toBe('张伟');
    expect(lines(wb.getWorksheet('提醒（旧备注）')!, 3)).toEqual([
      ['张伟 · 北京星辰科技有限公司', '12/1 已发祝福短信'],
      ['李娜 · 上海蓝海贸易有限公司', '生日礼物已寄出，顺丰 SF1234'],
    ]);
    expect(wb.worksheets.filter((w) => w.name.startsWith('提醒')).map((w) => w.name)).toEqual(['提醒', '提醒（旧备注）']);
  }, 30_000);

  it('keeps what was typed beside an issue beside the same issue', async () => {
    const typed = await withNotes((await clean(await customers(), '2026-12-01')).out);
    const second = await clean(typed, '2026-12-04');
    const issues = (await load(second.out)).getWorksheet('问题清单')!;
    expect(issues.getCell('H1').value).toBe('处理结果');
    expect(lines(issues, 1)).toEqual([[4, '已核实：客户换了新号，待补']]);
  }, 30_000);

  it('says it in English on an English run', async () => {
    const first = await clean(await customers(), '2026-12-01', 'en');
    const typed = await withNotes(first.out, 'Reminders', 'Issues', 'Follow-up');
    const second = await clean(typed, '2026-12-04', 'en');
    const wb = await load(second.out);
    expect(lines(wb.getWorksheet('Reminders')!, 3)).toEqual([['李娜 · 上海蓝海贸易有限公司', '生日礼物已寄出，顺丰 SF1234']]);
    expect(lines(wb.getWorksheet('Reminders - earlier notes')!, 3)).toEqual([['张伟 · 北京星辰科技有限公司', '12/1 已发祝福短信']]);
    expect(second.summary).toContain('stays beside the same line in the new "Reminders" sheet');
    expect(second.summary).toContain('kept whole, with what you typed, in the sheet "Reminders - earlier notes"');
  }, 30_000);
});

describe('a note beside a contract that was due soon, on the run after it expired (h61, 8)', () => {
  // The tester's ledger (h61, 01_w3_用户编辑): 陈志远's contract ends 2026-12-08; 刘洋 typed 客户说下周签 beside
  // "合同即将到期" on the 12-08 run, and on 12-15 the same contract is "合同已到期".
  async function ledger(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户台账');
    ws.addRow(['客户编号', '客户姓名', '公司名称', '手机号码', '负责人', '签约日期', '合同到期日', '最近联系']);
    ws.addRow(['KH0005', '陈志远', '广州恒通物流有限公司', '13511112222', '刘洋', '2025-12-08', '2026-12-08', '2026-12-07']);
    ws.addRow(['KH0006', '周立新', '苏州立新电子有限公司', '15011113333', '刘洋', '2026-01-15', '2027-01-14', '2026-12-01']);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }
  async function noteBeside(bytes: Uint8Array, sheetName: string, kind: string, note: string): Promise<Uint8Array> {
    const wb = await load(bytes);
    const sheet = wb.getWorksheet(sheetName)!;
    sheet.getCell('H1').value = '处理结果';
    let typed = false;
    sheet.eachRow((row, r) => {
      if (r > 1 && !typed && row.getCell(2).value === kind && String(row.getCell(3).value).startsWith('陈志远')) {
        row.getCell(8).value = note;
        typed = true;
      }
    });
    expect(typed).toBe(true);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it.each<[string, string, string, string, string]>([
    ['zh-CN', '提醒', '合同即将到期', '合同已到期', '提醒（旧备注）'],
    ['en', 'Reminders', 'Contract ending', 'Contract expired', 'Reminders - earlier notes'],
  ])('%s: the note stays beside the same contract, now expired, and nothing goes to the earlier notes', async (lang, sheetName, soon, expired, keptName) => {
    const first = await clean(await ledger(), '2026-12-08', lang);
    const typed = await noteBeside(first.out, sheetName, soon, '客户说下周签');
    const second = await clean(typed, '2026-12-15', lang);
    const wb = await load(second.out);
    const sheet = wb.getWorksheet(sheetName)!;
    const noted: unknown[][] = [];
    sheet.eachRow((row, r) => {
      if (r > 1 && row.getCell(8).value) noted.push([row.getCell(2).value, String(row.getCell(3).value).split(' · ')[0], row.getCell(8).value]);
    });
    expect(noted).toEqual([[expired, '陈志远', '客户说下周签']]);
    expect(wb.getWorksheet(keptName)).toBeUndefined();
  }, 60_000);
});
