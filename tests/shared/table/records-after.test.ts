/**
 * After a merge (or the merge a run proposes) the stages read the sheet as it will be: the kept rows
 * with the cells the merge fills, the merged-away rows gone. Those records are the sheet's records
 * again for every row the merge left alone, read once, and read anew only where a row changed:
 * exactly what reading the whole table again gives, names with numbers, grouped owners and all.
 */
import { cleanSheet, resolveSettings, type Cell, type Grid } from '../../../shared';
import { recordsAfter, toRecords, type CustomerRecord } from '../../../shared/table/records';
import type { Row, Table } from '../../../shared/table/table';

const TODAY = '2024-12-01';
const text = (v: string): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v });

// A rep's list: 张伟 typed twice (the copy holds his amount), 刘明's number typed into his name cell.
const SHEET = [
  ['客户名单', '', '', '', '', ''],
  ['客户姓名', '手机号', '公司名称', '累计消费', '最近购买日期', '负责人'],
  ['张伟', '13800138000', '星辰科技', '', '2024-10-12', '王磊'],
  ['李娜', '13912345678', '华宇贸易', '8,600', '2024-08-03', '陈静'],
  ['刘明 13871112222', '', '', '12000', '2024-11-20', '王磊'],
  ['张伟', '138 0013 8000', '星辰科技', '56,000', '2024-03-02', '王磊'],
  ['赵敏', '13600001111', '', '3200', '2023-12-30', '陈静'],
];

function cleaned() {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  const grid: Grid = { sheetName: '客户', firstRow: 1, firstCol: 1, cells: SHEET.map((r) => r.map(text)) };
  const out = cleanSheet(grid, { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.sheet;
}

/** The table as a merge of 张伟's rows leaves it: his kept row (sheet row 3) given the copy's amount, the copy (row 6) gone. */
function afterMerge(table: Table, amountCol: number): Table {
  const rows: Row[] = table.rows
    .filter((r) => r.sheetRow !== 6)
    .map((r) => {
      if (r.sheetRow !== 3) return r;
      const cells = r.cells.slice();
      cells[amountCol] = { kind: 'number', value: 56000 };
      return { sheetRow: r.sheetRow, cells };
    });
  return { ...table, rows };
}

describe('the records of the sheet after a merge', () => {
  const sheet = cleaned();
  const read = (table: Table): CustomerRecord[] => toRecords(table, sheet.fieldCols, sheet.extraCols);
  const before = read(sheet.table);
  const after = afterMerge(sheet.table, sheet.fieldCols.amount!);
  const records = recordsAfter(sheet.table, after, before, read);

  it('are the records of the table after the merge, row for row', () => {
    expect(records).toEqual(read(after));
    expect(records.map((r) => r.sheetRow)).toEqual([3, 4, 5, 7]);
    expect(records.find((r) => r.sheetRow === 3)!.fields.amount).toEqual({ kind: 'number', value: 56000 });
  });

  it('keep 刘明 apart from the number typed into his name cell', () => {
    const liu = records.find((r) => r.sheetRow === 5)!;
    expect(liu.fields.name).toEqual({ kind: 'text', value: '刘明' });
    expect(liu.phoneInName).toBe('13871112222');
  });

  it('read again only the row the merge filled; the others are the records already read, at their new place', () => {
    expect(records[0]).not.toBe(before[0]);
    // 李娜 stays where she was; 刘明 and 赵敏 move up one row once the copy is gone, as their index says.
    expect(records[1]).toBe(before[1]);
    expect(records.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(records[2]).toEqual({ ...before[2], index: 2 });
    expect(records[3]).toEqual({ ...before[4], index: 3 });
  });

  it('are read whole when the table after is no table made from it (rows in another order)', () => {
    const reordered = { ...sheet.table, rows: [...sheet.table.rows].reverse() };
    expect(recordsAfter(sheet.table, reordered, before, read)).toEqual(read(reordered));
  });
});
