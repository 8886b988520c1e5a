/**
 * The ranges a sheet's filter and tables (ListObjects) cover, kept on the rows and columns they
 * covered. exceljs writes back the refs it read, whatever happened to the sheet: after a merge a
 * table ended in empty rows, and the columns a run adds beside a filtered table sat outside its
 * filter, so a sort from its buttons would have moved the rows away from their 重复组 and 整理问题.
 */
import type ExcelJS from 'exceljs';
import { columnLetter, columnNumber } from '../../shared';

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const REF = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/;


export function parseRef(ref: string): Range | null {
  const m = REF.exec(ref.trim().toUpperCase());
  return m ? { top: Number(m[2]), left: columnNumber(m[1]), bottom: Number(m[4]), right: columnNumber(m[3]) } : null;
}

export function refOf(r: Range): string {
  return `${columnLetter(r.left)}${r.top}:${columnLetter(r.right)}${r.bottom}`;
}

/** A sheet filter as a ref ('A1:F7'), whichever form exceljs holds it in. */
function filterRef(sheet: ExcelJS.Worksheet): string | null {
  const f = sheet.autoFilter as unknown;
  if (typeof f === 'string') return f;
  if (f && typeof f === 'object' && 'from' in f && 'to' in f) {
    const { from, to } = f as { from: unknown; to: unknown };
    const at = (x: unknown) => (typeof x === 'string' ? x : x && typeof x === 'object' ? `${columnLetter((x as { column: number }).column)}${(x as { row: number }).row}` : null);
    const a = at(from);
    const b = at(to);
    return a && b ? `${a}:${b}` : null;
  }
  return null;
}

/** Each range the sheet's filter and tables cover, with a setter for its new ref. */
function ranges(sheet: ExcelJS.Worksheet): { range: Range; set: (ref: string) => void }[] {
  const out: { range: Range; set: (ref: string) => void }[] = [];
  const own = filterRef(sheet);
  const parsed = own === null ? null : parseRef(own);
  if (parsed) out.push({ range: parsed, set: (ref) => (sheet.autoFilter = ref) });
  const tables = (sheet as unknown as { tables?: Record<string, { table?: { tableRef?: string; autoFilterRef?: string } }> }).tables ?? {};
  for (const { table } of Object.values(tables)) {
    if (!table?.tableRef) continue;
    const range = parseRef(table.tableRef);
    if (!range) continue;
    out.push({
      range,
      set: (ref) => {
        table.tableRef = ref;
        if (table.autoFilterRef) table.autoFilterRef = ref;
      },
    });
  }
  return out;
}

/** After rows were removed (a merge's archived rows): each range ends that many rows higher. */
export function shrinkRanges(sheet: ExcelJS.Worksheet, removed: readonly number[]): void {
  if (removed.length === 0) return;
  for (const { range, set } of ranges(sheet)) {
    const inside = removed.filter((r) => r > range.top && r <= range.bottom).length;
    const above = removed.filter((r) => r < range.top).length;
    if (inside === 0 && above === 0) continue;
    set(refOf({ ...range, top: range.top - above, bottom: Math.max(range.top - above, range.bottom - above - inside) }));
  }
}

/**
 * A sheet filter that spans the table's header row up to its last column takes in the columns the
 * run added right of it. A table (ListObject) is left as it is: its columns are named parts of it.
 */
export function widenFilter(sheet: ExcelJS.Worksheet, headerRow: number, lastTableCol: number, lastAddedCol: number): void {
  const own = filterRef(sheet);
  const range = own === null ? null : parseRef(own);
  if (!range || range.top !== headerRow || range.right !== lastTableCol || lastAddedCol <= range.right) return;
  sheet.autoFilter = refOf({ ...range, right: lastAddedCol });
}

