/**
 * One customer's several records (two cars, two pets, two flats), never merged, are one customer to
 * class: his kept record reads the latest day of any of them (his second car bought in March, the pet
 * seen last week, the next 保养 of either car) and the orders of all of them, as it reads their summed
 * spending (records-spend.ts). Tester h68: 张伟's first car's row alone made him 流失客户 / 最近互动
 * 1296 天前 though he bought his second car last year. The classes read these records only: each
 * record keeps its own days for its reminders (each car its own 保养), and no cell is written.
 */
import type { Cell } from '../table/cell';
import type { CustomerRecord } from '../table/records';
import type { DuplicateGroup } from '../dedupe/types';
import type { FieldId } from '../schema/fields';
import { cellDay } from '../classify/cell-day';
import { sumExactly } from '../normalize/decimal';

/** The days the classes read of a customer (classify.ts ACTIVITY_FIELDS, and what falls due). */
const DAY_FIELDS: readonly FieldId[] = ['lastPurchase', 'lastContact', 'firstPurchase', 'contractStart', 'contractEnd'];

/** A day the kept record took from another of his records: which column (`extra`: the field's further column, by index), row and day. */
export interface TakenDay {
  field: FieldId;
  extra?: number;
  row: number;
  date: string;
}

/** What the kept record of one customer's records reads from the others. */
export interface RecordsTogether {
  /** The days taken from other records, in the order of DAY_FIELDS (each field's own column, then its further ones). */
  taken: TakenDay[];
  /** His orders summed over the records, when another record than the kept one holds a count. */
  orders?: { sum: number; parts: number[] };
}

interface Candidate {
  row: number;
  cell: Cell;
  day: number;
}

/**
 * `records` with each records group's kept row reading, field by field, the latest day among the
 * group's rows (a day after today only where `ahead` names the field: a due date, a stay booked; else
 * the latest day up to today, a typo ahead left as the row has it) and the sum of their orders, and
 * what it took, by kept row. `skip`: rows not to count, a record's copy (merge.ts recordCopies).
 */
export function latestOverRecords(
  records: readonly CustomerRecord[],
  groups: readonly DuplicateGroup[],
  skip: ReadonlySet<number>,
  todayDay: number,
  ahead: ReadonlySet<FieldId>,
): { records: readonly CustomerRecord[]; together: Map<number, RecordsTogether> } {
  const together = new Map<number, RecordsTogether>();
  if (!groups.some((g) => g.records)) return { records, together };
  const at = new Map(records.map((r, i) => [r.sheetRow, i]));
  let out: CustomerRecord[] | null = null;
  for (const g of groups) {
    if (!g.records || skip.has(g.survivor)) continue;
    const keptAt = at.get(g.survivor);
    if (keptAt === undefined) continue;
    const rows = g.rows.filter((r) => r !== g.survivor && !skip.has(r)).map((r) => at.get(r)).filter((i): i is number => i !== undefined).map((i) => records[i]);
    if (rows.length === 0) continue;
    const kept = records[keptAt];
    const fields: Partial<Record<FieldId, Cell>> = { ...kept.fields };
    const taken: TakenDay[] = [];
    // The later of the kept cell and the others', the kept one winning a tie.
    const later = (own: Cell | undefined, others: Candidate[], field: FieldId): Candidate | null => {
      const may = (day: number) => ahead.has(field) || day <= todayDay;
      const ownDay = cellDay(own);
      let best: Candidate | null = null;
      for (const c of others) if (may(c.day) && (best === null || c.day > best.day)) best = c;
      if (best === null) return null;
      return ownDay !== null && may(ownDay) && ownDay >= best.day ? null : best;
    };
    const candidates = (cellOf: (r: CustomerRecord) => Cell | undefined): Candidate[] => {
      const out: Candidate[] = [];
      for (const r of rows) {
        const cell = cellOf(r);
        const day = cellDay(cell);
        if (day !== null) out.push({ row: r.sheetRow, cell: cell as Cell, day });
      }
      return out;
    };
    for (const field of DAY_FIELDS) {
      const best = later(kept.fields[field], candidates((r) => r.fields[field]), field);
      if (best === null) continue;
      fields[field] = best.cell;
      taken.push({ field, row: best.row, date: dateOf(best.cell) });
    }
    // A due column beside the main one (保养到期 beside 保险到期), index by index.
    const keptDues = kept.extra?.contractEnd;
    let dues: Cell[] | undefined;
    if (keptDues !== undefined) {
      for (let k = 0; k < keptDues.length; k++) {
        const best = later(keptDues[k], candidates((r) => r.extra?.contractEnd?.[k]), 'contractEnd');
        if (best === null) continue;
        (dues ??= keptDues.slice())[k] = best.cell;
        taken.push({ field: 'contractEnd', extra: k, row: best.row, date: dateOf(best.cell) });
      }
    }
    const orders = summedOrders(kept, rows);
    if (orders) fields.orders = { kind: 'number', value: orders.sum };
    if (taken.length === 0 && !orders) continue;
    out ??= records.slice();
    out[keptAt] = { ...kept, fields, ...(dues ? { extra: { ...kept.extra, contractEnd: dues } } : {}) };
    together.set(g.survivor, { taken, ...(orders ? { orders } : {}) });
  }
  return { records: out ?? records, together };
}

/** A date cell's day as the reason names it (a time stamp's day alone). */
function dateOf(cell: Cell): string {
  return cell.kind === 'date' ? cell.value.slice(0, 10) : '';
}

/** The kept record's orders and the others', summed, in sheet order; null unless another record holds a count. */
function summedOrders(kept: CustomerRecord, others: readonly CustomerRecord[]): RecordsTogether['orders'] | null {
  const all = [kept, ...others].sort((a, b) => a.sheetRow - b.sheetRow);
  const parts: { row: number; value: number }[] = [];
  for (const r of all) {
    const cell = r.fields.orders;
    if (cell?.kind === 'number') parts.push({ row: r.sheetRow, value: cell.value });
  }
  if (!parts.some((p) => p.row !== kept.sheetRow)) return null;
  return { sum: sumExactly(parts.map((p) => p.value)), parts: parts.map((p) => p.value) };
}
