import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Cell } from '../../../shared';
import { loadWorkbook, readXlsx } from '../../../cli/io/read-xlsx';
import { tempDir } from '../helpers';
import { cleanIn, SHEET, workbookBytes as rawWorkbook } from './raw-xlsx';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** The fixture workbook (raw-xlsx.ts) with its sheet 客户's XML changed as another program would have written it. */
const workbookBytes = (edit: (sheetXml: string) => string): Promise<Uint8Array> => rawWorkbook({ [SHEET]: edit });

/** Replaces cell `ref`'s element with `element`. */
const cellAs = (xml: string, ref: string, element: string) => xml.replace(new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`), element);

const clean = (bytes: Uint8Array) => cleanIn(dir, bytes);

const cellOf = (cells: Cell[][], row: number, col: number): Cell => cells[row - 1]?.[col - 1] ?? { kind: 'empty' };

describe('date cells written as ISO text (t="d", SheetJS-style exporters)', () => {
  const dated = (xml: string) => [
    ['C2', '<c r="C2" t="d"><v>1990-05-03T00:00:00</v></c>'],
    ['C3', '<c r="C3" t="d"><v>1985-12-31</v></c>'],
    ['D2', '<c r="D2" t="d"><v>2026-06-01T09:30:00.000Z</v></c>'],
    ['C4', '<c r="C4" t="d"><f>DATE(1990,5,3)</f><v>1990-05-03T00:00:00</v></c>'],
  ].reduce((x, [ref, el]) => cellAs(x, ref, el), xml);

  it.each<[number, number, Cell, string]>([
    [2, 3, { kind: 'date', value: '1990-05-03' }, 'a birthday is that day, not 1990 read as a serial (1905-06-12)'],
    [3, 3, { kind: 'date', value: '1985-12-31' }, 'a date without a time'],
    [2, 4, { kind: 'date', value: '2026-06-01T09:30' }, 'a date and time keeps the time'],
    [4, 3, { kind: 'date', value: '1990-05-03', formula: '=DATE(1990,5,3)' }, 'a formula’s cached result'],
  ])('row %d col %d reads as %j (%s)', async (row, col, expected) => {
    const { grid } = await readXlsx(await workbookBytes(dated));
    expect(cellOf(grid.cells, row, col)).toEqual(expected);
  });

  it('are the same days in a 1904 workbook', async () => {
    const bytes = await workbookBytes(dated);
    const zip = await JSZip.loadAsync(bytes);
    const book = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', book.replace(/<workbookPr\b/, '<workbookPr date1904="1"'));
    const { grid, dateSystem } = await readXlsx(await zip.generateAsync({ type: 'uint8array' }));
    expect(dateSystem).toBe('1904');
    expect(cellOf(grid.cells, 2, 3)).toEqual({ kind: 'date', value: '1990-05-03' });
  });

  it('are written back as those days (a serial with a date format), the formula kept', async () => {
    const { code, out } = await clean(await workbookBytes(dated));
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('客户')!;
    expect(ws.getCell('C2').value).toEqual(new Date(Date.UTC(1990, 4, 3)));
    expect(ws.getCell('C2').numFmt).toMatch(/[yd]/);
    expect(ws.getCell('C4').value).toMatchObject({ formula: 'DATE(1990,5,3)', result: new Date(Date.UTC(1990, 4, 3)) });
  });
});

describe('drop-down lists on whole columns (select column → 数据验证, E2:E1048576)', () => {
  const RULES = '<dataValidations count="2">'
    + '<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="E2:E1048576"><formula1>"潜在,跟进中,已成交"</formula1></dataValidation>'
    + '<dataValidation type="textLength" operator="equal" allowBlank="1" sqref="B2:B1048576 G5"><formula1>11</formula1></dataValidation>'
    + '</dataValidations>';
  const withRules = (xml: string) => xml.replace('</sheetData>', `</sheetData>${RULES}`);

  it('are read in a moment (exceljs alone holds a copy per cell: half a minute and a gigabyte)', async () => {
    const bytes = await workbookBytes(withRules);
    const start = Date.now();
    await loadWorkbook(bytes);
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it('are written back exactly as the user made them, each once', async () => {
    const { code, out } = await clean(await workbookBytes(withRules));
    expect(code).toBe(0);
    const xml = await (await JSZip.loadAsync(out)).file(SHEET)!.async('string');
    expect(xml.match(/<dataValidations\b[\s\S]*?<\/dataValidations>/g)).toEqual([RULES]);
    // In its place in the worksheet: after the sheet data, before the page margins.
    expect(xml.indexOf('</sheetData>')).toBeLessThan(xml.indexOf('<dataValidations'));
    expect(xml.indexOf('</dataValidations>')).toBeLessThan(xml.indexOf('<pageMargins'));
  });
});

describe('cells and rows without an address (r), which the format allows ("implied by position")', () => {
  const withoutRefs = (xml: string) => xml.replace(/(<(?:row|c)\b[^>]*?)\s+r="[A-Z]*\d+"/g, '$1');

  it('are read where they stand: a row after the one before, a cell right of the one before it', async () => {
    const bytes = await workbookBytes(withoutRefs);
    expect(await (await JSZip.loadAsync(bytes)).file(SHEET)!.async('string')).not.toMatch(/<c r=/);
    const { grid } = await readXlsx(bytes);
    expect(cellOf(grid.cells, 1, 1)).toEqual({ kind: 'text', value: '姓名' });
    expect(cellOf(grid.cells, 3, 2)).toEqual({ kind: 'text', value: '13900139000' });
    expect(cellOf(grid.cells, 4, 5)).toEqual({ kind: 'text', value: '已成交' });
  });

  it('a cell with an address after some without sets the column again (A, B, then E, then F)', async () => {
    const bytes = await workbookBytes((xml) => withoutRefs(xml).replace(/<row\b[^>]*>[\s\S]*?<\/row>/, '<row><c t="inlineStr"><is><t>姓名</t></is></c><c t="inlineStr"><is><t>手机</t></is></c><c r="E1" t="inlineStr"><is><t>状态</t></is></c><c t="inlineStr"><is><t>备注</t></is></c></row>'));
    const { grid } = await readXlsx(bytes);
    expect(grid.cells[0].map((c) => (c.kind === 'text' ? c.value : ''))).toEqual(['姓名', '手机', '', '', '状态', '备注']);
  });

  it('a whole run cleans the sheet instead of calling the file damaged or password-protected', async () => {
    const { code, err } = await clean(await workbookBytes(withoutRefs));
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});

describe('a picture placed in a cell (Excel 365 rich value: vm="1", #VALUE! for older readers)', () => {
  it('is read as an empty cell, not as an error the user made', async () => {
    const bytes = await workbookBytes((xml) => cellAs(xml, 'C2', '<c r="C2" t="e" vm="1"><v>#VALUE!</v></c>'));
    const { grid } = await readXlsx(bytes);
    expect(cellOf(grid.cells, 2, 3)).toEqual({ kind: 'empty' });
  });
});
