import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { loadWorkbook } from '../../../cli/io/read-xlsx';
import { tempDir } from '../helpers';
import { SHEET, cleanIn, packageProblems, partOf } from './raw-xlsx';

jest.setTimeout(30_000);

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const TABLE = 'xl/tables/table1.xml';

const AGE = 'DATEDIF(客户表[[#This Row],[生日]],TODAY(),"Y")';
const LEVEL = 'IF(客户表[[#This Row],[消费金额]]>10000,"VIP","普通")';
const VIPS = 'COUNTIF(客户表[等级],"VIP")';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The table part as Excel 365 saves 客户表 A1:G8: two calculated columns, a totals row with a sum and a custom count. */
const EXCEL_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" id="1" xr:uid="{6A1F2B6C-0D2E-4C55-9E55-1B1D3E1C7A01}" name="客户表" displayName="客户表" ref="A1:G8" totalsRowCount="1"><autoFilter ref="A1:G7" xr:uid="{6A1F2B6C-0D2E-4C55-9E55-1B1D3E1C7A02}"/><tableColumns count="7"><tableColumn id="1" xr3:uid="{6A1F2B6C-0D2E-4C55-9E55-1B1D3E1C7A03}" name="姓名" totalsRowLabel="合计"/><tableColumn id="2" xr3:uid="{6A1F2B6C-0D2E-4C55-9E55-1B1D3E1C7A04}" name="手机"/><tableColumn id="3" xr3:uid="{6A1F2B6C-0D2E-4C55-9E55-1B1D3E1C7A05}" name="生日" dataDxfId="3"/><tableColumn id="4" xr3:uid="{6A1F2B6C-0D2E-4C55-9E55-1B1D3E1C7A06}" name="年龄" dataDxfId="2"><calculatedColumnFormula>${esc(AGE)}</calculatedColumnFormula></tableColumn><tableColumn id="5" xr3:uid="{6A1F2B6C-0D2E-4C55-9E55-1B1D3E1C7A07}" name="消费金额" totalsRowFunction="sum"/><tableColumn id="6" xr3:uid="{6A1F2B6C-0D2E-4C55-9E55-1B1D3E1C7A08}" name="等级" totalsRowFunction="custom" dataDxfId="1"><calculatedColumnFormula>${esc(LEVEL)}</calculatedColumnFormula><totalsRowFormula>${esc(VIPS)}</totalsRowFormula></tableColumn><tableColumn id="7" xr3:uid="{6A1F2B6C-0D2E-4C55-9E55-1B1D3E1C7A09}" name="城市"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;

/**
 * 客户 with the Excel table 客户表 (A1:G8): six customers (张伟 typed twice), 年龄 and 等级 calculated
 * from 生日 and 消费金额 by structured references, and a totals row 合计 summing 消费金额 and counting the VIPs.
 */
async function calculatedTable(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  const customers: [string, string, Date, number, number, string, string][] = [
    ['张伟', '13800138000', new Date(Date.UTC(1985, 4, 12)), 41, 12800, 'VIP', '杭州'],
    ['李娜', '139 0013 9000', new Date(Date.UTC(1990, 10, 3)), 36, 8600, '普通', '上海'],
    ['张伟', '13800138000', new Date(Date.UTC(1985, 4, 12)), 41, 12800, 'VIP', '杭州'],
    ['王芳', '13700137000', new Date(Date.UTC(1978, 1, 20)), 48, 25000, 'VIP', '北京'],
    ['赵强', '13600136000', new Date(Date.UTC(1995, 7, 8)), 31, 3200, '普通', '深圳'],
    ['陈静', '13500135000', new Date(Date.UTC(1988, 11, 30)), 37, 9900, '普通', '南京'],
  ];
  ws.addRow(['姓名', '手机', '生日', '年龄', '消费金额', '等级', '城市']);
  for (const [name, mobile, birthday, age, amount, level, city] of customers) {
    ws.addRow([name, mobile, birthday, { formula: AGE, result: age }, amount, { formula: LEVEL, result: level }, city]);
  }
  ws.addRow(['合计', null, null, null, { formula: 'SUBTOTAL(109,客户表[消费金额])', result: 72300 }, { formula: VIPS, result: 3 }, null]);
  ws.getColumn(3).numFmt = 'yyyy-mm-dd';
  ws.addTable({ name: '客户表', ref: 'A1', headerRow: true, totalsRow: false, columns: [{ name: '姓名' }, { name: '手机' }, { name: '生日' }, { name: '年龄' }, { name: '消费金额' }, { name: '等级' }, { name: '城市' }], rows: [] });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file(TABLE, EXCEL_TABLE);
  return zip.generateAsync({ type: 'uint8array' });
}


const attr = (xml: string, tag: string, name: string) => new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml)?.[1];
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
const letter = (n: number): string => (n > 26 ? letter(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

interface TableColumn {
  name: string;
  totalsRowFunction?: string;
  calculated?: string;
  totals?: string;
}

/** The table part's columns: names, totals functions and formulas (unescaped). */
function columnsOf(table: string): TableColumn[] {
  return [...table.matchAll(/<tableColumn\b([^>]*?)(?:\/>|>([\s\S]*?)<\/tableColumn>)/g)].map(([, attrs, inside = '']) => ({
    name: unescape(/\sname="([^"]*)"/.exec(attrs)![1]),
    ...(/\stotalsRowFunction="([^"]*)"/.exec(attrs) ? { totalsRowFunction: /\stotalsRowFunction="([^"]*)"/.exec(attrs)![1] } : {}),
    ...(/<calculatedColumnFormula>([\s\S]*?)<\/calculatedColumnFormula>/.exec(inside) ? { calculated: unescape(/<calculatedColumnFormula>([\s\S]*?)<\/calculatedColumnFormula>/.exec(inside)![1]) } : {}),
    ...(/<totalsRowFormula>([\s\S]*?)<\/totalsRowFormula>/.exec(inside) ? { totals: unescape(/<totalsRowFormula>([\s\S]*?)<\/totalsRowFormula>/.exec(inside)![1]) } : {}),
  }));
}

/** Throws on XML that is not well-formed, as Excel's parser would refuse it. */
function wellFormed(xml: string): void {
  const parser = new SaxesParser();
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}

/** The formulas of the sheet's cells, by address ('D2' → 'DATEDIF(…)'). */
async function formulasOf(xlsx: Uint8Array): Promise<Map<string, string>> {
  const sheet = await partOf(xlsx, SHEET);
  return new Map([...sheet.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?<!\/)>(?:(?!<\/c>)[\s\S])*?<f>([^<]*)<\/f>/g)].map((m) => [m[1], unescape(m[2])]));
}

/** The texts of the header row of 客户 (read as the command line reads a workbook: exceljs alone loses columns). */
async function headerRow(xlsx: Uint8Array): Promise<string[]> {
  const wb = await loadWorkbook(xlsx);
  return (wb.getWorksheet('客户')!.getRow(1).values as unknown[]).slice(1).map(String);
}

/**
 * What Excel checks of a table part before it opens the file without repairing it: well-formed XML,
 * one column per column of its ref, named as their header cells and unique ignoring case, a filter over
 * the same columns ending above the totals row. Returns the table's columns.
 */
async function openableTable(xlsx: Uint8Array, lastRow: number): Promise<TableColumn[]> {
  const table = await partOf(xlsx, TABLE);
  wellFormed(table);
  const columns = columnsOf(table);
  const headers = await headerRow(xlsx);
  const last = letter(columns.length);
  expect(attr(table, 'table', 'ref')).toBe(`A1:${last}${lastRow}`);
  expect(attr(table, 'tableColumns', 'count')).toBe(String(columns.length));
  expect(attr(table, 'autoFilter', 'ref')).toBe(`A1:${last}${lastRow - 1}`);
  expect(attr(table, 'table', 'totalsRowCount')).toBe('1');
  expect(attr(table, 'table', 'headerRowCount')).not.toBe('0');
  expect(columns.map((c) => c.name)).toEqual(headers);
  expect(new Set(columns.map((c) => c.name.toLowerCase())).size).toBe(columns.length);
  expect(await packageProblems(xlsx)).toEqual([]);
  return columns;
}

/** The table's own seven columns, as the input has them. */
const OWN: TableColumn[] = [
  { name: '姓名' }, { name: '手机' }, { name: '生日' },
  { name: '年龄', calculated: AGE },
  { name: '消费金额', totalsRowFunction: 'sum' },
  { name: '等级', totalsRowFunction: 'custom', calculated: LEVEL, totals: VIPS },
  { name: '城市' },
];

/** The formula cells of rows 2..last (年龄 in D, 等级 in F) and of the totals row under them. */
function expectedFormulas(lastDataRow: number): Map<string, string> {
  const out = new Map<string, string>();
  for (let r = 2; r <= lastDataRow; r++) {
    out.set(`D${r}`, AGE);
    out.set(`F${r}`, LEVEL);
  }
  out.set(`E${lastDataRow + 1}`, 'SUBTOTAL(109,客户表[消费金额])');
  out.set(`F${lastDataRow + 1}`, VIPS);
  return out;
}

describe('an Excel table with calculated columns (年龄, 等级) keeps every column and formula through clean, rerun and merge', () => {
  it('the first run keeps its seven columns, their formulas and totals, and takes in the run’s columns', async () => {
    const input = await calculatedTable();
    const { code, out } = await cleanIn(dir, input);
    expect(code).toBe(0);
    const columns = await openableTable(out, 8);
    expect(columns.slice(0, 7)).toEqual(OWN);
    // The run's columns are table columns too, without formulas, empty in the totals row.
    expect(columns.length).toBeGreaterThan(7);
    expect(columns.slice(7).map((c) => c.name)).toContain('Duplicate group');
    for (const column of columns.slice(7)) expect(column).toEqual({ name: column.name, totalsRowFunction: 'none' });
    // The cells under the calculated columns are the user's formulas, none written over.
    expect(await formulasOf(out)).toEqual(expectedFormulas(7));
  });

  it('a rerun on the cleaned file writes the same table, and a merge keeps it whole, one row shorter', async () => {
    const first = await cleanIn(dir, await calculatedTable());
    const table = await partOf(first.out, TABLE);
    const rerun = await cleanIn(dir, first.out);
    expect(rerun.code).toBe(0);
    expect(await partOf(rerun.out, TABLE)).toBe(table);
    expect(await formulasOf(rerun.out)).toEqual(expectedFormulas(7));

    // 张伟 typed twice: the merge archives row 4, each row's 年龄 and 等级 read their own row wherever it moved.
    const merged = await cleanIn(dir, rerun.out, '--merge');
    expect(merged.err).toBe('');
    expect(merged.code).toBe(0);
    const columns = await openableTable(merged.out, 7);
    expect(columns.slice(0, 7)).toEqual(OWN);
    expect(columns.map((c) => c.name)).toEqual(columnsOf(table).map((c) => c.name));
    expect(await formulasOf(merged.out)).toEqual(expectedFormulas(6));
    const wb = await loadWorkbook(merged.out);
    const names = wb.getWorksheet('客户')!.getColumn(1).values.slice(2, 8);
    expect(names).toEqual(['张伟', '李娜', '王芳', '赵强', '陈静', '合计']);

    const again = await cleanIn(dir, merged.out, '--merge');
    expect(again.code).toBe(0);
    expect(await partOf(again.out, TABLE)).toBe(await partOf(merged.out, TABLE));
  });

  it('a table that hides its filter buttons beside a calculated column is cleaned, not refused as damaged', async () => {
    // Table Design → Filter Button unticked: a <filterColumn hiddenButton="1"/> per column. exceljs set the
    // buttons of the columns it had lost after 年龄 and stopped: the whole workbook was refused.
    const zip = await JSZip.loadAsync(await calculatedTable());
    const hidden = Array.from({ length: 7 }, (_, i) => `<filterColumn colId="${i}" hiddenButton="1"/>`).join('');
    zip.file(TABLE, EXCEL_TABLE.replace(/<autoFilter ([^>]*)\/>/, `<autoFilter $1>${hidden}</autoFilter>`));
    const { code, out, err } = await cleanIn(dir, await zip.generateAsync({ type: 'uint8array' }));
    expect(err).toBe('');
    expect(code).toBe(0);
    const columns = await openableTable(out, 8);
    expect(columns.slice(0, 7)).toEqual(OWN);
    expect((await partOf(out, TABLE)).match(/hiddenButton="1"/g)).toHaveLength(columns.length);
  });

  it('a formula in the table that reads a cell by its address is rewritten as Excel does when the merge deletes a row', async () => {
    // 折后金额 =E5*0.9 typed in one row of the table: moved up a row, it reads its own row's amount again.
    const zip = await JSZip.loadAsync(await calculatedTable());
    const sheet = (await zip.file(SHEET)!.async('string')).replace(/<c r="G5"[^>]*>[\s\S]*?<\/c>/, '<c r="G5"><f>E5*0.9</f><v>22500</v></c>');
    zip.file(SHEET, sheet);
    const { code, err, out } = await cleanIn(dir, await zip.generateAsync({ type: 'uint8array' }), '--merge');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect((await loadWorkbook(out)).getWorksheet('客户')!.getCell('G4').formula).toBe('E4*0.9');
  });

  it('a merge is still refused when a formula in the table reads the archived row by its address', async () => {
    // =E4*0.9 reads 张伟 typed again, the row the merge archives: Excel would write #REF!.
    const zip = await JSZip.loadAsync(await calculatedTable());
    const sheet = (await zip.file(SHEET)!.async('string')).replace(/<c r="G5"[^>]*>[\s\S]*?<\/c>/, '<c r="G5"><f>E4*0.9</f><v>22500</v></c>');
    zip.file(SHEET, sheet);
    const { code, err } = await cleanIn(dir, await zip.generateAsync({ type: 'uint8array' }), '--merge');
    expect(code).not.toBe(0);
    expect(err).toMatch(/holds 1 formula/);
  });
});
