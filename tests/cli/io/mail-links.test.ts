import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { captureIo, tempDir } from '../helpers';
import { main } from '../../../cli/main';
import { cleanIn, workbookBytes } from './raw-xlsx';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** The 客户 sheet with an e-mail column F: captions over mailto: links, and one address typed as such. */
const mailSheet = () => workbookBytes({}, (wb) => {
  const ws = wb.getWorksheet('客户')!;
  ws.getCell('F1').value = '邮箱';
  ws.getCell('F2').value = { text: '点击发邮件', hyperlink: 'mailto:ZhangWei@163.COM?subject=续约' };
  ws.getCell('F3').value = { text: '发邮件', hyperlink: 'mailto:lina@qq.com' };
  ws.getCell('F4').value = 'lina@qq.com';
  ws.getCell('A4').value = '李娜';
  // A caption over a mailto: link outside the e-mail column is that column's value, not an address.
  ws.getCell('A3').value = { text: '李娜', hyperlink: 'mailto:lina@qq.com' };
});

describe('an e-mail cell showing a caption over a mailto: link (点击发邮件)', () => {
  it('is read as the link’s address: no “invalid e-mail” for the caption, and the address can match another row', async () => {
    const { code } = await cleanIn(dir, await mailSheet(), '--json', 'out.json');
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    const issues = (report.rows as { row: number; issues: { column: string; code: string }[] }[]).flatMap((r) => r.issues.map((i) => ({ row: r.row, ...i })));
    expect(issues.filter((i) => i.column === 'F')).toEqual([]);
    const groups = report.groups as { rows: number[]; reasons: string[] }[];
    const pair = groups.find((g) => g.rows.includes(3) && g.rows.includes(4));
    expect(JSON.stringify(pair?.reasons)).toMatch(/e-mail/);
  });

  it('keeps its caption as typed; a corrected address goes into the link, its subject kept', async () => {
    const { code, out } = await cleanIn(dir, await mailSheet());
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('客户')!;
    expect(ws.getCell('F2').value).toEqual({ text: '点击发邮件', hyperlink: expect.stringMatching(/^mailto:zhangwei@163\.com\?subject=续约$/i) });
    expect(ws.getCell('F3').value).toEqual({ text: '发邮件', hyperlink: 'mailto:lina@qq.com' });
    expect(ws.getCell('A3').value).toEqual({ text: '李娜', hyperlink: 'mailto:lina@qq.com' });
  });

  it('is written as its address in a CSV, which cannot hold the link', async () => {
    writeFileSync(path.join(dir, 'in.xlsx'), await mailSheet());
    const code = await main(['clean', 'in.xlsx', '--out', 'out.csv', '--lang', 'en', '--quiet', '--today', '2026-12-01'], captureIo(dir));
    expect(code).toBe(0);
    const lines = readFileSync(path.join(dir, 'out.csv'), 'utf8').split(/\r?\n/);
    expect(lines[1]).toMatch(/,zhangwei@163\.com,/i);
    expect(lines[2]).toMatch(/,lina@qq\.com,/);
    expect(lines[2]).not.toMatch(/发邮件/);
    // The name over a mailto: link stays the name.
    expect(lines[2]).toMatch(/^李娜,/);
  });
});
