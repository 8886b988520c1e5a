import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { removeRows } from '../../../cli/io/remove-rows';

const noteOf = (cell: ExcelJS.Cell): string | undefined => {
  const n = cell.note as unknown;
  if (n === undefined || typeof n === 'string') return n;
  return ((n as ExcelJS.Comment).texts ?? []).map((t) => t.text).join('');
};

/** A customer sheet: header, then 张伟1 … 张伟n in column A and their row numbers in B. */
function sheetOf(rows: number): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['姓名', '行']);
  for (let i = 1; i <= rows; i++) ws.addRow([`张伟${i}`, i + 1]);
  return { wb, ws };
}

const column = (ws: ExcelJS.Worksheet, col: number) => {
  const out: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++) out.push(ws.findRow(r)?.findCell(col)?.value ?? null);
  return out;
};

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back.worksheets[0];
}

describe('removeRows', () => {
  it('moves the rows below up, with their notes, styles, heights and hidden state (which spliceRows loses)', async () => {
    const { wb, ws } = sheetOf(6);
    ws.getCell('A5').note = '原值：张 伟';
    ws.getCell('B5').style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } } };
    ws.getRow(5).height = 30;
    ws.getRow(7).hidden = true;
    ws.getCell('A3').note = '这一行被合并';
    removeRows(ws, [3, 4]);
    const back = await roundTrip(wb);
    expect(column(back, 1)).toEqual(['姓名', '张伟1', '张伟4', '张伟5', '张伟6']);
    expect(noteOf(back.getCell('A3'))).toBe('原值：张 伟');
    expect(noteOf(back.getCell('A2'))).toBeUndefined();
    expect((back.getCell('B3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFE2EFDA');
    expect(back.getRow(3).height).toBe(30);
    expect(back.getRow(5).hidden).toBe(true);
    expect(back.getRow(4).hidden).toBe(false);
    expect(back.rowCount).toBe(5);
  });

  it.each([
    [[2], ['姓名', '张伟2', '张伟3'], 'the first data row'],
    [[4], ['姓名', '张伟1', '张伟2'], 'the last row'],
    [[2, 3, 4], ['姓名'], 'every data row'],
    [[4, 2, 2], ['姓名', '张伟2'], 'unsorted, repeated'],
    [[], ['姓名', '张伟1', '张伟2', '张伟3'], 'nothing'],
  ])('removes %j → %j (%s)', async (rows, expected) => {
    const { wb, ws } = sheetOf(3);
    removeRows(ws, rows);
    expect(column(await roundTrip(wb), 1)).toEqual(expected);
  });

  it('moves merged areas below with their rows and shrinks one that lost a row', async () => {
    const { wb, ws } = sheetOf(6);
    ws.getCell('D5').value = '华东区';
    ws.mergeCells('D5:E6');
    ws.getCell('D2').value = '跨行';
    ws.mergeCells('D2:D3');
    removeRows(ws, [3]);
    const back = await roundTrip(wb);
    expect(back.getCell('D4').value).toBe('华东区');
    expect(back.getCell('E5').isMerged).toBe(true);
    expect(back.getCell('E5').master.address).toBe('D4');
    expect(back.getCell('D2').value).toBe('跨行');
    expect(back.getCell('D2').isMerged).toBe(false);
  });

  it('turns shared formulas into formulas of their own before moving them (a moved copy would be re-translated from its master)', async () => {
    const { wb, ws } = sheetOf(4);
    ws.fillFormula('C2:C5', 'B2*10', [20, 30, 40, 50]);
    // Two formulas moved up (from rows 4 and 5): the summary warns about them.
    expect(removeRows(ws, [3])).toBe(2);
    const back = await roundTrip(wb);
    // As written: references to rows that moved are not adjusted (README.md, "Command line", says so).
    expect([2, 3, 4].map((r) => (back.getCell(`C${r}`).value as ExcelJS.CellFormulaValue).formula)).toEqual(['B2*10', 'B4*10', 'B5*10']);
    expect([2, 3, 4].map((r) => (back.getCell(`C${r}`).value as ExcelJS.CellFormulaValue).result)).toEqual([20, 40, 50]);
  });

  it('keeps every other row, in order, whatever rows are removed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.array(fc.integer({ min: 2, max: 31 }), { maxLength: 12 }), (n, picked) => {
        const { ws } = sheetOf(n);
        ws.getCell(`A${n + 1}`).note = 'last';
        const gone = new Set(picked.filter((r) => r <= n + 1));
        removeRows(ws, [...gone]);
        const expected = ['姓名', ...Array.from({ length: n }, (_, i) => `张伟${i + 1}`).filter((_, i) => !gone.has(i + 2))];
        expect(column(ws, 1).slice(0, expected.length)).toEqual(expected);
        expect(ws.rowCount).toBe(expected.length);
        const lastKept = gone.has(n + 1) ? undefined : 'last';
        if (lastKept) expect(noteOf(ws.getCell(`A${expected.length}`))).toBe('last');
      }),
      { seed: 20240601, numRuns: 200 },
    );
  });
});
