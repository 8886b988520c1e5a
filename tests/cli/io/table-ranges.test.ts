import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { widenTables } from '../../../cli/io/filter-ranges';
import { tempDir } from '../helpers';
import { SHEET, cleanIn, packageProblems, partOf } from './raw-xlsx';

// Each case writes a workbook, runs the command line on it (some twice) and reads the result back.
jest.setTimeout(30_000);

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const TABLE = 'xl/tables/table1.xml';

/**
 * 客户 as an Excel table 客户表 (A1:E7): five customers, 张伟 typed twice, and a totals row 合计
 * without formulas; its filter buttons shown, as Excel writes a table (no hiddenButton).
 */
async function customerTable(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addTable({
    name: '客户表', ref: 'A1', headerRow: true, totalsRow: true,
    columns: [{ name: '姓名', totalsRowLabel: '合计' }, { name: '手机' }, { name: '邮箱' }, { name: '城市' }, { name: '状态' }],
    rows: [
      ['张伟', '13800138000', 'zhangwei@example.com', '杭州', '潜在'],
      ['李娜', '13900139000', 'lina@example.com', '上海', '跟进中'],
      ['张伟', '13800138000', 'zhangwei@example.com', '杭州', '潜在'],
      ['王芳', '13700137000', 'wangfang@example.com', '北京', '已成交'],
      ['赵强', '13600136000', 'zhaoqiang@example.com', '深圳', '潜在'],
    ],
  });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const table = (await zip.file(TABLE)!.async('string')).replace(/<filterColumn [^>]*\/>/g, '');
  zip.file(TABLE, table);
  return zip.generateAsync({ type: 'uint8array' });
}

const attr = (xml: string, tag: string, name: string) => new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml)?.[1];

/** The texts of row 1 of 客户, as Excel reads them. */
async function headerRow(xlsx: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  const values = wb.getWorksheet('客户')!.getRow(1).values as unknown[];
  return values.slice(1).map(String);
}

describe('an Excel table over the customers covers exactly the data after the run', () => {
  it('takes in the columns the run adds and ends with the rows a merge keeps, its totals row still last', async () => {
    const { code, out } = await cleanIn(dir, await customerTable(), '--merge');
    expect(code).toBe(0);
    const table = await partOf(out, TABLE);
    const headers = await headerRow(out);
    expect(headers.slice(0, 5)).toEqual(['姓名', '手机', '邮箱', '城市', '状态']);
    expect(headers.length).toBeGreaterThan(5);
    const last = String.fromCharCode(64 + headers.length);
    // One copy of 张伟 archived: four customers in rows 2-5, 合计 moved up to row 6.
    expect(attr(table, 'table', 'ref')).toBe(`A1:${last}6`);
    expect(attr(table, 'table', 'totalsRowCount')).toBe('1');
    expect(attr(table, 'autoFilter', 'ref')).toBe(`A1:${last}5`);
    expect(await partOf(out, SHEET)).toMatch(/<row r="6"[^>]*><c r="A6"[^>]*>/);
    // One column per header cell, named as the cell says (Excel repairs a table whose names differ).
    const names = [...table.matchAll(/<tableColumn\b[^>]*\sname="([^"]*)"/g)].map((m) => m[1]);
    expect(attr(table, 'tableColumns', 'count')).toBe(String(headers.length));
    expect(names).toEqual(headers);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    // The new columns' filter buttons are shown, as the table's own are.
    expect(table).not.toMatch(/hiddenButton="1"/);
    expect(await packageProblems(out)).toEqual([]);

    const again = await cleanIn(dir, out, '--merge');
    expect(again.code).toBe(0);
    expect(await partOf(again.out, TABLE)).toBe(table);
  });

  it('a table whose filter buttons the user turned off opens without repair, and stays without buttons with the run’s columns in it', async () => {
    const zip = await JSZip.loadAsync(await customerTable());
    // Table Design → Filter Button unticked: Excel writes the table without an <autoFilter>.
    zip.file(TABLE, (await zip.file(TABLE)!.async('string')).replace(/<autoFilter\b[^>]*(?:\/>|>[\s\S]*?<\/autoFilter>)/, ''));
    const { code, out } = await cleanIn(dir, await zip.generateAsync({ type: 'uint8array' }));
    expect(code).toBe(0);
    const table = await partOf(out, TABLE);
    const width = Number(attr(table, 'tableColumns', 'count'));
    const last = String.fromCharCode(64 + width);
    expect(attr(table, 'table', 'ref')).toBe(`A1:${last}7`);
    // exceljs wrote <autoFilter> with no range, which Excel repairs; now one above the totals row, every button hidden.
    expect(attr(table, 'autoFilter', 'ref')).toBe(`A1:${last}6`);
    expect(table.match(/hiddenButton="1"/g)).toHaveLength(width);
    expect(await packageProblems(out)).toEqual([]);
  });

  it('a new column named like one of the table’s gets a name of its own, in its header cell too', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addTable({ name: '客户表', ref: 'A1', headerRow: true, columns: [{ name: '姓名' }, { name: '备注' }], rows: [['张伟', '老客户']] });
    ws.getCell('C1').value = '备注';
    ws.getCell('D1').value = '客户类型';
    widenTables(ws, 1, 2, [3, 4]);
    const model = ws.getTable('客户表') as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    expect(model.table.tableRef).toBe('A1:D2');
    expect(model.table.columns.map((c) => c.name)).toEqual(['姓名', '备注', '备注2', '客户类型']);
    expect(ws.getCell('C1').value).toBe('备注2');
  });

  it('a rerun knows the column the table renamed as its own: the user’s vip beside our VIP2 gets no VIP3', async () => {
    // The user's own lower-case vip column: Excel's names ignore case, so the run's VIP is VIP2 in the table and its cell.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('客户').addTable({
      name: '客户表', ref: 'A1', headerRow: true,
      columns: [{ name: '姓名' }, { name: '手机' }, { name: '公司' }, { name: '成交金额' }, { name: 'vip' }],
      rows: [
        ['张伟', '13812345678', '上海锦程贸易有限公司', 12000, '是'],
        ['李娜', '13987654321', '杭州云帆科技有限公司', 8000, null],
        ['王芳', '15011112222', '南京恒达物流有限公司', 5600, null],
      ],
    });
    const first = await cleanIn(dir, new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(first.code).toBe(0);
    const headers = await headerRow(first.out);
    expect(headers).toContain('VIP2');
    const table = await partOf(first.out, TABLE);
    const second = await cleanIn(dir, first.out);
    const third = await cleanIn(dir, second.out);
    expect(await headerRow(second.out)).toEqual(headers);
    expect(await headerRow(third.out)).toEqual(headers);
    expect(await partOf(second.out, TABLE)).toBe(table);
    expect(await partOf(third.out, TABLE)).toBe(table);
  });

  it('a lookup table beside the customers on their header row keeps its own two columns', async () => {
    // 客户表 A1:E5 holds the customers; 折扣表 K1:L3, the discount per level, is the user's own lookup.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addTable({
      name: '客户表', ref: 'A1', headerRow: true,
      columns: [{ name: '姓名' }, { name: '手机' }, { name: '公司' }, { name: '成交金额' }, { name: '最近联系' }],
      rows: [
        ['张伟', '13812345678', '上海锦程贸易有限公司', 12000, '2026-11-20'],
        ['李娜', '13987654321', '杭州云帆科技有限公司', 8000, '2026-10-02'],
        ['张伟', '13812345678', '上海锦程贸易有限公司', 12000, '2026-11-20'],
        ['王芳', '15011112222', '南京恒达物流有限公司', 5600, '2026-06-15'],
      ],
    });
    ws.addTable({ name: '折扣表', ref: 'K1', headerRow: true, columns: [{ name: '等级' }, { name: '折扣' }], rows: [['A', 0.9], ['B', 0.95]] });
    const { code, out } = await cleanIn(dir, new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(code).toBe(0);
    const zip = await JSZip.loadAsync(out);
    const tables = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    const lookup = tables.find((xml) => attr(xml, 'table', 'name') === '折扣表')!;
    expect(attr(lookup, 'table', 'ref')).toBe('K1:L3');
    expect([...lookup.matchAll(/<tableColumn\b[^>]*\sname="([^"]*)"/g)].map((m) => m[1])).toEqual(['等级', '折扣']);
    expect((await headerRow(out)).slice(10, 12)).toEqual(['等级', '折扣']);
    expect(await packageProblems(out)).toEqual([]);
  });

  it('a table as Excel saves it, without headerRowCount (its header row by default), keeps its header row and takes in the run’s columns', async () => {
    const zip = await JSZip.loadAsync(await customerTable());
    // Excel writes headerRowCount only for a table without a header row (ECMA-376 Part 1 §18.5.1.2: the default is 1).
    const excel = (await zip.file(TABLE)!.async('string')).replace(/\sheaderRowCount="1"/, '');
    expect(excel).not.toMatch(/headerRowCount/);
    zip.file(TABLE, excel);
    const { code, out } = await cleanIn(dir, await zip.generateAsync({ type: 'uint8array' }));
    expect(code).toBe(0);
    const table = await partOf(out, TABLE);
    expect(attr(table, 'table', 'headerRowCount')).not.toBe('0');
    const headers = await headerRow(out);
    expect(headers.length).toBeGreaterThan(5);
    expect(attr(table, 'table', 'ref')).toBe(`A1:${String.fromCharCode(64 + headers.length)}7`);
    expect([...table.matchAll(/<tableColumn\b[^>]*\sname="([^"]*)"/g)].map((m) => m[1])).toEqual(headers);
  });

  it('a table whose columns were not all read (exceljs drops one beside a calculated column) is left as it is', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addTable({ name: '客户表', ref: 'A1', headerRow: true, columns: [{ name: '姓名' }, { name: '含税金额' }, { name: '备注' }], rows: [['张伟', 13560, '老客户']] });
    const model = ws.getTable('客户表') as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    model.table.columns.pop();
    ws.getCell('D1').value = '客户类型';
    widenTables(ws, 1, 2, [4]);
    expect(model.table.tableRef).toBe('A1:C2');
    expect(model.table.columns.map((c) => c.name)).toEqual(['姓名', '含税金额']);
    expect(ws.getCell('D1').value).toBe('客户类型');
  });

  it('a customer table with empty rows left at its bottom still takes in the run’s columns', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addTable({ name: '客户表', ref: 'A1', headerRow: true, columns: [{ name: '姓名' }, { name: '手机' }], rows: [['张伟', '13800138000'], [null, null], [null, null]] });
    ws.getCell('C1').value = '客户类型';
    widenTables(ws, 1, 2, [3]);
    expect((ws.getTable('客户表') as unknown as { table: { tableRef: string } }).table.tableRef).toBe('A1:C4');
  });

  it('a table that would grow over another table beside it is left as it is', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addTable({ name: '客户表', ref: 'A1', headerRow: true, columns: [{ name: '姓名' }, { name: '手机' }], rows: [['张伟', '13800138000']] });
    ws.addTable({ name: '跟进表', ref: 'C2', headerRow: true, columns: [{ name: '日期' }], rows: [['2026-11-30']] });
    ws.getCell('C1').value = '客户类型';
    widenTables(ws, 1, 2, [3]);
    expect((ws.getTable('客户表') as unknown as { table: { tableRef: string } }).table.tableRef).toBe('A1:B2');
  });
});
