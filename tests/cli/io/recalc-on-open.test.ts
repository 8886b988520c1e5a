import ExcelJS from 'exceljs';
import { tempDir } from '../helpers';
import { BOOK, SHEET, cleanIn, partOf, workbookBytes } from './raw-xlsx';

jest.setTimeout(30_000);

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/**
 * 客户 with 客户表 (姓名, 手机, 消费金额, 城市; 张伟 typed twice) and, when `totals`, the table's totals row
 * 合计 with =SUBTOTAL(109,客户表[消费金额]) cached at 72300, the sum with both 张伟 rows.
 */
async function customers(totals: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addTable({
    name: '客户表', ref: 'A1', headerRow: true, totalsRow: totals,
    columns: [{ name: '姓名', totalsRowLabel: '合计' }, { name: '手机' }, { name: '消费金额', totalsRowFunction: 'sum' }, { name: '城市' }],
    rows: [
      ['张伟', '13800138000', 12800, '杭州'],
      ['李娜', '13900139000', 8600, '上海'],
      ['张伟', '13800138000', 12800, '杭州'],
      ['王芳', '13700137000', 25000, '北京'],
      ['赵强', '13600136000', 3200, '深圳'],
      ['陈静', '13500135000', 9900, '南京'],
    ],
  });
  if (totals) ws.getCell('C8').value = { formula: 'SUBTOTAL(109,客户表[消费金额])', result: 72300 };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Whether the workbook part asks the spreadsheet to recompute every formula when it opens the file. */
const recalcsOnOpen = async (xlsx: Uint8Array) => /<calcPr\b[^>]*\sfullCalcOnLoad="(?:1|true)"/.test(await partOf(xlsx, BOOK));

describe('after a merge removed rows, formulas are recomputed when the workbook is opened', () => {
  it('a totals row cached before the merge (72300, with the archived 张伟) makes Excel recompute on open', async () => {
    const input = await customers(true);
    expect(await recalcsOnOpen(input)).toBe(false);
    const merged = await cleanIn(dir, input, '--merge');
    expect(merged.err).toBe('');
    expect(merged.code).toBe(0);
    // The totals row moved up to row 7 with its formula; its <v> is still the old sum, which no one here can recompute.
    expect(await partOf(merged.out, SHEET)).toMatch(/<c r="C7"[^>]*><f>SUBTOTAL\(109,客户表\[消费金额\]\)<\/f>/);
    expect(await recalcsOnOpen(merged.out)).toBe(true);

    // Cleaned again before Excel ever opened it: the cached 72300 is still there, so is the request.
    const again = await cleanIn(dir, merged.out);
    expect(again.code).toBe(0);
    expect(await recalcsOnOpen(again.out)).toBe(true);
  });

  it('nothing is asked of a workbook whose merge left its formulas in place, or of one without formulas', async () => {
    const plain = await cleanIn(dir, await customers(true));
    expect(plain.code).toBe(0);
    expect(await recalcsOnOpen(plain.out)).toBe(false);
    const noFormulas = await cleanIn(dir, await customers(false), '--merge');
    expect(noFormulas.code).toBe(0);
    expect(await recalcsOnOpen(noFormulas.out)).toBe(false);
  });
});

describe('a workbook the user keeps in manual calculation, or computing a circle iteratively', () => {
  it('keeps its calculation settings through a clean and a merge (exceljs writes calcPr with calcId only)', async () => {
    const input = await workbookBytes({
      [BOOK]: (xml) => xml.replace(/<calcPr\b[^>]*\/>/, '<calcPr calcId="191029" calcMode="manual" iterate="1" iterateCount="50"/>'),
    });
    expect(await partOf(input, BOOK)).toContain('calcMode="manual"');
    for (const args of [[], ['--merge']]) {
      const { code, out } = await cleanIn(dir, input, ...args);
      expect(code).toBe(0);
      const calcPr = (await partOf(out, BOOK)).match(/<calcPr\b[^>]*>/)?.[0];
      expect(calcPr).toContain('calcMode="manual"');
      expect(calcPr).toContain('iterate="1"');
      expect(calcPr).toContain('iterateCount="50"');
      expect(calcPr?.match(/calcId=/g)).toHaveLength(1);
    }
  });
});

describe('after a clean changed what a formula reads, the workbook recomputes when it is opened', () => {
  /**
   * 客户 (姓名, 手机, 消费金额) whose 消费金额 were typed as text (1.28万, 8,600元) and a 汇总 sheet
   * beside it: =SUM(客户!C2:C4) cached 3200 (SUM skips the texts), =COUNTIF(客户!B2:B4,"1*") cached 2.
   */
  async function withSummary(amounts: (string | number)[]): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['姓名', '手机', '消费金额']);
    ws.addRow(['张伟', '138-0013-8000', amounts[0]]);
    ws.addRow(['李娜', '139 0013 9000', amounts[1]]);
    ws.addRow(['王芳', '13700137000', amounts[2]]);
    const sum = wb.addWorksheet('汇总');
    sum.addRow(['消费金额合计', { formula: 'SUM(客户!C2:C4)', result: amounts.filter((a): a is number => typeof a === 'number').reduce((s, a) => s + a, 0) }]);
    sum.addRow(['有手机的客户', { formula: 'COUNTIF(客户!B2:B4,"1*")', result: 3 }]);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('amounts typed as text (1.28万, 8,600元) made numbers, with no merge: the 汇总 no longer shows the total cached without them', async () => {
    const input = await withSummary(['1.28万', '8,600元', 3200]);
    expect(await recalcsOnOpen(input)).toBe(false);
    const cleaned = await cleanIn(dir, input);
    expect(cleaned.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(cleaned.out as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('客户')!.getCell('C2').value).toBe(12800);
    expect(await recalcsOnOpen(cleaned.out)).toBe(true);
  });

  it('a sheet the run leaves as it was asks nothing, formulas or not', async () => {
    const cleaned = await cleanIn(dir, await withSummary([12800, 8600, 3200]).then(async (bytes) => {
      // Phones already as the run writes them: nothing to change.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      wb.getWorksheet('客户')!.getCell('B2').value = '13800138000';
      wb.getWorksheet('客户')!.getCell('B3').value = '13900139000';
      return new Uint8Array(await wb.xlsx.writeBuffer());
    }));
    expect(cleaned.code).toBe(0);
    expect(await recalcsOnOpen(cleaned.out)).toBe(false);
  });
});

describe('a rerun whose own columns say something else now', () => {
  it('last week\'s cleaned list cleaned again a season later: 活跃度 moved on, so the 汇总 counting 活跃 recomputes on open', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['姓名', '手机', '累计消费金额', '最近联系']);
    ws.addRow(['张伟', '13800138000', 12800, new Date(Date.UTC(2026, 10, 20))]);
    ws.addRow(['李娜', '13900139000', 8600, new Date(Date.UTC(2026, 10, 25))]);
    ws.getColumn(4).numFmt = 'yyyy-mm-dd';
    const first = await cleanIn(dir, new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(first.code).toBe(0);
    // The user adds a 汇总 that counts the active customers in the run's 活跃度 column, and saves.
    const cleaned = new ExcelJS.Workbook();
    await cleaned.xlsx.load(first.out as unknown as ExcelJS.Buffer);
    const sheet = cleaned.getWorksheet('客户')!;
    const header = sheet.getRow(1).values as unknown[];
    const activity = header.indexOf('Activity');
    expect(activity).toBeGreaterThan(0);
    expect(sheet.getCell(2, activity).value).toBe('Active');
    const letter = sheet.getColumn(activity).letter;
    cleaned.addWorksheet('汇总').addRow(['活跃客户', { formula: `COUNTIF(客户!${letter}:${letter},"Active")`, result: 2 }]);
    const input = new Uint8Array(await cleaned.xlsx.writeBuffer());
    expect(await recalcsOnOpen(input)).toBe(false);

    const later = await cleanIn(dir, input, '--today', '2027-09-01');
    expect(later.code).toBe(0);
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(later.out as unknown as ExcelJS.Buffer);
    expect(out.getWorksheet('客户')!.getCell(2, activity).value).not.toBe('Active');
    expect(await recalcsOnOpen(later.out)).toBe(true);

    // Cleaned again the same day: nothing says anything else, nothing is asked.
    const same = await cleanIn(dir, input);
    expect(same.code).toBe(0);
    expect(await recalcsOnOpen(same.out)).toBe(false);
  });
});
