/**
 * A rerun on a cleaned workbook after the user fixed what it flagged: the run takes its own earlier
 * issue fill and note lines off the cells it no longer flags, and says a changed issue once, in its
 * new words; the user's own notes and fills stay as he made them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../cli/main';
import { captureIo, tempDir } from '../helpers';
import { withoutOwnIssues } from '../../../cli/io/stale-notes';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const YELLOW = 'FFFFEB9C';

async function clean(bytes: Uint8Array, lang = 'zh-CN'): Promise<Uint8Array> {
  writeFileSync(path.join(dir, 'in.xlsx'), bytes);
  const code = await main(['clean', 'in.xlsx', '--out', 'out.xlsx', '--lang', lang, '--today', '2026-12-01'], captureIo(dir));
  expect(code).toBe(0);
  return readFileSync(path.join(dir, 'out.xlsx'));
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

async function edited(bytes: Uint8Array, edit: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = await load(bytes);
  edit(wb.getWorksheet('客户')!);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function noteOf(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as unknown;
  if (note === undefined || typeof note === 'string') return note;
  return ((note as ExcelJS.Comment).texts ?? []).map((t) => t.text).join('');
}

/** A fill on this cell alone (exceljs shares one style object between the cells read with it). */
function paint(cell: ExcelJS.Cell, argb: string): void {
  cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } } };
}

const fillOf = (cell: ExcelJS.Cell) => ((cell.fill as ExcelJS.FillPattern | undefined)?.pattern === 'solid' ? (cell.fill as ExcelJS.FillPattern).fgColor?.argb : undefined);

/** Three customers whose e-mails the run flags: two typos and one that is no address at all. */
async function customers(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['姓名', '手机', '邮箱', '公司']);
  ws.addRow(['张伟', '13812345678', 'zhangwei@126.cm', '北京星辰科技有限公司']);
  ws.addRow(['李娜', '13912345678', 'lina@qq', '上海蓝海贸易有限公司']);
  ws.addRow(['王芳', '13712345678', 'wangfang@@163.com', '广州南方物流有限公司']);
  // The rep's own note on 张伟's e-mail, there before any run.
  ws.getCell('C2').note = '小王：名片上的邮箱';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('a rerun after the user fixed what the run flagged', () => {
  it('takes its yellow and its 疑似拼写错误 note off a corrected e-mail, the rep\'s own note staying', async () => {
    const first = await load(await clean(await customers()));
    const c2 = first.getWorksheet('客户')!.getCell('C2');
    expect(fillOf(c2)).toBe(YELLOW);
    expect(noteOf(c2)).toContain('疑似拼写错误');

    const fixed = await edited(await clean(await customers()), (ws) => {
      ws.getCell('C2').value = 'zhangwei@126.com';
      ws.getCell('C3').value = 'lina@qq.com';
    });
    const ws = (await load(await clean(fixed))).getWorksheet('客户')!;
    expect(noteOf(ws.getCell('C2'))).toBe('小王：名片上的邮箱');
    expect(fillOf(ws.getCell('C2'))).toBeUndefined();
    // A note that held only the run's words is gone with them.
    expect(ws.getCell('C3').note).toBeUndefined();
    expect(fillOf(ws.getCell('C3'))).toBeUndefined();
    // 王芳's address is still no address: flagged as before, said once.
    expect(fillOf(ws.getCell('C4'))).toBe(YELLOW);
    expect(noteOf(ws.getCell('C4'))!.match(/不是有效的邮箱地址/g)).toHaveLength(1);
  }, 30_000);

  it('says a changed issue once, in its new words, not under the old ones', async () => {
    const retyped = await edited(await clean(await customers()), (ws) => {
      ws.getCell('C4').value = 'wangfang@163.cm';
    });
    const note = noteOf((await load(await clean(retyped))).getWorksheet('客户')!.getCell('C4'))!;
    expect(note).toContain('“wangfang@163.cm”疑似拼写错误');
    expect(note).not.toContain('不是有效的邮箱地址');
    expect(note).toBe('警告: “wangfang@163.cm”疑似拼写错误，是否应为 wangfang@163.com？原地址未改动。\n建议：wangfang@163.com');
  }, 30_000);

  it('leaves the user\'s own fills and note text alone, the run\'s yellow included', async () => {
    const marked = await edited(await clean(await customers()), (ws) => {
      ws.getCell('C2').value = 'zhangwei@126.com';
      // The rep's own colours: orange on a phone, and the run's yellow on a name, with no note of the run.
      paint(ws.getCell('B3'), 'FFFFC000');
      paint(ws.getCell('A4'), YELLOW);
      // A line of his that only looks like the run's.
      ws.getCell('A2').note = '警告: 客户脾气急，先发微信';
    });
    const ws = (await load(await clean(marked))).getWorksheet('客户')!;
    expect(fillOf(ws.getCell('B3'))).toBe('FFFFC000');
    expect(fillOf(ws.getCell('A4'))).toBe(YELLOW);
    expect(noteOf(ws.getCell('A2'))).toBe('警告: 客户脾气急，先发微信');
    expect(noteOf(ws.getCell('C2'))).toBe('小王：名片上的邮箱');
  }, 30_000);

  it('clears the marks of an English run on a Chinese rerun', async () => {
    const fixed = await edited(await clean(await customers(), 'en'), (ws) => {
      ws.getCell('C3').value = 'lina@qq.com';
    });
    const ws = (await load(await clean(fixed))).getWorksheet('客户')!;
    expect(ws.getCell('C3').note).toBeUndefined();
    expect(fillOf(ws.getCell('C3'))).toBeUndefined();
  }, 30_000);
});

describe('withoutOwnIssues: the run\'s own issue lines out of a note, nothing else', () => {
  it.each<[string, string, string | null]>([
    ['a note of the run alone', '警告: “lina@qq”疑似拼写错误，是否应为 lina@qq.com？原地址未改动。\n建议：lina@qq.com', ''],
    ['the rep\'s note above the run\'s', '小王：名片上的邮箱\n\n警告: “lina@qq”疑似拼写错误，是否应为 lina@qq.com？原地址未改动。\n建议：lina@qq.com', '小王：名片上的邮箱'],
    ['the original value of a changed cell stays: it is the only record of it', '警告: “lina@qq”疑似拼写错误，是否应为 lina@qq.com？原地址未改动。\n原值：LINA@QQ', '原值：LINA@QQ'],
    ['a note the rep wrote below the run\'s', 'warning: "lina@qq" looks like a typing mistake; did you mean lina@qq.com? The address was left as it is.\nSuggestion: lina@qq.com\n\n12/3 客户说用微信', '12/3 客户说用微信'],
    ['a line of the rep\'s that only starts like the run\'s', '警告: 客户脾气急，先发微信', null],
  ])('%s', (_, note, left) => {
    expect(withoutOwnIssues(note)).toBe(left);
  });
});
