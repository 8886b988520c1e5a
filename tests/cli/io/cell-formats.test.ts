/**
 * The number formats of a cleaned workbook: a value the run writes takes its column's look (a text
 * amount ¥3,200.00 becomes 3200 shown as the column's other amounts, ¥#,##0.00), a phone stored as a
 * number under 000-0000-0000 that becomes text is marked and noted like every other change, and the
 * Text format @ goes only where a value needs it to stay text: an unchanged name, 负责人 or 备注 keeps
 * the format it had, so that a formula the user types there later is a formula.
 */
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../cli/main';
import { needsTextFormat } from '../../../cli/io/xlsx-values';
import { captureIo, tempDir } from '../helpers';

const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const YUAN = '¥#,##0.00';

/** A shop's member list kept by hand: numeric phones under 000-0000-0000, amounts typed as text beside ¥#,##0.00 numbers. */
async function memberWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('会员');
  ws.addRow(['会员号', '姓名', '手机', '生日', '累计消费', '最近消费', '负责人', '备注']);
  ws.addRow(['000101', '王小明', 13800138000, '1990-03-07', 12800, D(2026, 11, 1), '李娜', '老客户']);
  ws.addRow(['000102', '李红', 13912345678, '1985/12/09', '¥3,200.00', D(2026, 10, 1), '李娜', null]);
  ws.addRow(['000103', '赵刚', '13512345678', '1979-05-20', '1.2万', D(2026, 11, 20), '王磊', '要发票']);
  ws.addRow(['000104', '钱芳', 15012345678, '1992-08-15', '  880 元', D(2026, 6, 1), '王磊', null]);
  ws.addRow(['000105', ' 孙丽 ', '13612345678', '1988-01-02', 5600, D(2026, 9, 9), '李娜', null]);
  for (let r = 2; r <= 6; r++) {
    ws.getCell(r, 1).numFmt = '@';
    if (typeof ws.getCell(r, 3).value === 'number') ws.getCell(r, 3).numFmt = '000-0000-0000';
    ws.getCell(r, 4).numFmt = '@';
    ws.getCell(r, 5).numFmt = typeof ws.getCell(r, 5).value === 'number' ? YUAN : '@';
    ws.getCell(r, 6).numFmt = 'yyyy"年"m"月"d"日"';
  }
  await wb.xlsx.writeFile(file);
}

describe('cell formats of a cleaned member list', () => {
  let ws: ExcelJS.Worksheet;
  let cleanup: () => void;

  beforeAll(async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    await memberWorkbook(path.join(tmp.dir, '会员.xlsx'));
    const io = captureIo(tmp.dir);
    const code = await main(['clean', '会员.xlsx', '--today', '2026-12-02', '--lang', 'zh-CN', '--out', 'out.xlsx'], io);
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(tmp.dir, 'out.xlsx'));
    ws = wb.getWorksheet('会员')!;
  });
  afterAll(() => cleanup());

  const look = (address: string) => {
    const cell = ws.getCell(address);
    const note = cell.note === undefined ? undefined : typeof cell.note === 'string' ? cell.note : cell.note.texts?.map((x) => x.text).join('');
    return { value: cell.value, numFmt: cell.numFmt ?? 'General', marked: cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid', note };
  };

  it('a phone stored as a number under 000-0000-0000 becomes the text 13800138000, marked and noted with what it showed', () => {
    expect(look('C2')).toEqual({ value: '13800138000', numFmt: '@', marked: true, note: '原值：138-0013-8000' });
    expect(look('C3')).toMatchObject({ value: '13912345678', numFmt: '@', marked: true });
  });

  it('text amounts become numbers shown in the column\'s amount format, as text dates take the column\'s date format', () => {
    expect(look('E3')).toMatchObject({ value: 3200, numFmt: YUAN, marked: true });
    expect(look('E4')).toMatchObject({ value: 12000, numFmt: YUAN, marked: true });
    expect(look('E5')).toMatchObject({ value: 880, numFmt: YUAN, marked: true });
    expect(look('E2')).toMatchObject({ value: 12800, numFmt: YUAN, marked: false });
  });

  it('unchanged names, owners and notes keep the format they had (no Text format that would show a formula typed later as text)', () => {
    for (const address of ['B2', 'B3', 'B4', 'G2', 'G4', 'H2', 'H4']) expect([address, look(address).numFmt]).toEqual([address, 'General']);
  });

  it('a name the run trims keeps its format too: "孙丽" needs no Text format to stay text', () => {
    expect(look('B6')).toMatchObject({ value: '孙丽', numFmt: 'General', marked: true });
  });

  it('digit strings stay in Text-format cells: the member numbers as they were, a phone typed as text', () => {
    expect(look('A2')).toMatchObject({ value: '000101', numFmt: '@' });
    expect(look('C4')).toMatchObject({ value: '13512345678', numFmt: '@', marked: false });
  });
});

describe('needsTextFormat: a text Excel would read as something else when edited', () => {
  it.each([
    '000101', '13800138000', '+86 139 1234 5678', '021-62345678', '138 0013 8000', '1.5E3', '12%', '¥100', '(100)',
    '2024-03-05', '3/5', '12月9日', '2026年9月8日', '9:30 AM', '9-Dec', 'Dec 9, 2024', 'March 2024',
    '=SUM(A1)', '-无-', '@home', 'TRUE', 'false', '１３８００１３８０００', '1-2', '3/4', '110101199003071234', '1E5',
  ])('%s needs it', (text) => expect(needsTextFormat(text)).toBe(true));

  it.each(['王小明', '李娜', '老客户，年底续费', 'zhangwei@jiahe.com.cn', 'KH001000', 'Marketing 2', 'Amy Lee', '上海市徐汇区漕溪北路 88 号', 'ERP标准版', ''])(
    '%j does not',
    (text) => expect(needsTextFormat(text)).toBe(false),
  );
});
