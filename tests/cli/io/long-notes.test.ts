/**
 * A note the run writes fits Excel's limit: a comment's text is a <t> element, which Excel restricts
 * to 32,767 characters ([MS-OI29500] 2.1.706); a longer one has Excel repair the file. Cut, a note
 * says so at its end in the user's language; the input file and the JSON report
 * keep the whole value.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../cli/main';
import { capNoteText } from '../../../cli/io/cell-cap';
import { say } from '../../../cli/messages';
import { captureIo, tempDir } from '../helpers';
import { cleanIn, workbookBytes } from './raw-xlsx';

const LIMIT = 32767;
/** A rep's visit log pasted into one 备注 cell, with the spaces a paste leaves around it (the run trims them). */
const LOG = `  ${'2026-11-03 电话回访：客户对报价无异议，等财务审批；下周再跟进。\n'.repeat(2000)}`.slice(0, LIMIT - 2) + '  ';

const noteText = (cell: ExcelJS.Cell): string => {
  const n = cell.note as unknown;
  if (typeof n === 'string') return n;
  return ((n as ExcelJS.Comment | undefined)?.texts ?? []).map((r) => r.text).join('');
};

async function sheetOf(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

describe('the note on a cell whose old value fills a cell (备注 of 32,767 characters, trimmed)', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  const run = async (lang: string) => {
    writeFileSync(path.join(dir, '客户.csv'), `姓名,手机,备注\n王建国,13812345678,"${LOG}"\n李秀英,13987654321,老客户\n`);
    const io = captureIo(dir);
    const code = await main(['clean', '客户.csv', '--out', 'out.xlsx', '--json', 'out.json', '--lang', lang, '--quiet', '--today', '2026-12-02'], io);
    expect(code).toBe(0);
    return { sheet: await sheetOf(readFileSync(path.join(dir, 'out.xlsx'))), json: JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) };
  };

  it('is cut to Excel\'s 32,767 characters, saying in Chinese how many are not shown and where they are', async () => {
    const { sheet } = await run('zh-CN');
    const note = noteText(sheet.getCell('C2'));
    expect(note.length).toBeLessThanOrEqual(LIMIT);
    expect(note.startsWith(`原值：  2026-11-03 电话回访`)).toBe(true);
    const shown = note.length - '原值：'.length - note.slice(note.lastIndexOf('…')).length;
    expect(note.slice(note.lastIndexOf('…'))).toBe(`…（已截断，另有 ${LOG.length - shown} 个字符未显示；完整内容见原文件）`);
  });

  it('says it in English for an English run', async () => {
    const note = noteText((await run('en')).sheet.getCell('C2'));
    expect(note.length).toBeLessThanOrEqual(LIMIT);
    expect(note).toMatch(/…\(truncated, \d+ more characters; the input file keeps the whole text\)$/);
  });

  it('the JSON report keeps the whole old value', async () => {
    const { json } = await run('zh-CN');
    const change = json.rows.flatMap((r: { changes: { column: string; before: string }[] }) => r.changes).find((c: { column: string }) => c.column === 'C');
    expect(change.before).toBe(LOG);
  });
});

describe('the run\'s note after a note the user wrote', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it('keeps the user\'s note whole and cuts the run\'s own lines to what is left', async () => {
    const own = `客户说换号了，旧号码留着备查。${'回访记录；'.repeat(3000)}`;
    const bytes = await workbookBytes({}, (wb) => {
      const ws = wb.getWorksheet('客户')!;
      ws.getCell('E1').value = '备注';
      ws.getCell('E2').value = ` ${'客户对报价无异议，等财务审批。'.repeat(1200)} `;
      ws.getCell('E2').note = own;
    });
    const { code, out } = await cleanIn(dir, bytes);
    expect(code).toBe(0);
    const note = noteText((await sheetOf(out)).getCell('E2'));
    expect(note.length).toBeLessThanOrEqual(LIMIT);
    expect(note.startsWith(`${own}\n\nWas:  客户对报价无异议`)).toBe(true);
    expect(note).toMatch(/…\(truncated, \d+ more characters; the input file keeps the whole text\)$/);
  });
});

describe('capNoteText', () => {
  it('leaves text that fits whole', () => {
    expect(capNoteText('原值：13812345678', 100, 'zh-CN')).toBe('原值：13812345678');
  });

  it('gives nothing when not even its ending fits: the user\'s note is left as it was', () => {
    expect(capNoteText('原值：13812345678', 5, 'zh-CN')).toBe('');
  });

  it('never cuts between the halves of an emoji', () => {
    const text = `${'a'.repeat(100)}😀${'b'.repeat(100)}`;
    // Room for the ending and 101 characters: the cut would fall inside the emoji.
    const room = say('en', 'cli.xlsx.noteCut', { count: text.length }).length + 101;
    const capped = capNoteText(text, room, 'en');
    expect(capped.length).toBeLessThanOrEqual(room);
    expect(capped.startsWith(`${'a'.repeat(100)}…(truncated, 102 more characters`)).toBe(true);
  });
});
