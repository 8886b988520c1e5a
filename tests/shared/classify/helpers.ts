/** Builders for customer records in classify, remind and report tests. */
import fc from 'fast-check';
import type { Cell } from '../../../shared/table/cell';
import type { FieldId } from '../../../shared/schema/fields';
import type { CustomerRecord } from '../../../shared/table/records';
import { parseIso, type CivilDate } from '../../../shared/table/civil-date';

/** A date cell (what the date cleaner makes of a readable date). */
export const d = (iso: string): Cell => ({ kind: 'date', value: iso });

export type Value = Cell | string | number | boolean | null;

/** Strings become text cells, numbers number cells, null an empty cell; cells pass through. */
export function cell(v: Value): Cell {
  if (v === null) return { kind: 'empty' };
  if (typeof v === 'string') return { kind: 'text', value: v };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  return v;
}

export function rec(sheetRow: number, fields: Partial<Record<FieldId, Value>>, index = sheetRow - 2): CustomerRecord {
  const out: Partial<Record<FieldId, Cell>> = {};
  for (const [k, v] of Object.entries(fields)) out[k as FieldId] = cell(v as Value);
  return { sheetRow, index, fields: out };
}

export function civil(iso: string): CivilDate {
  const c = parseIso(iso);
  if (!c) throw new Error(`bad test date ${iso}`);
  return c;
}

/** Any cell at all, including the odd ones a sheet can hold (errors, formulas, booleans, junk text). */
export const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant<Cell>({ kind: 'empty' }),
  fc.string().map((value): Cell => ({ kind: 'text', value })),
  fc.constantFrom('去年', '3月5日', '02-29', 'VIP', '高价值客户', '  ', '¥1,000', 'N/A', '农历三月初五', '１２月３０日').map((value): Cell => ({ kind: 'text', value })),
  fc.double().map((value): Cell => ({ kind: 'number', value })),
  fc.integer({ min: -5, max: 2_000_000 }).map((value): Cell => ({ kind: 'number', value })),
  fc.boolean().map((value): Cell => ({ kind: 'boolean', value })),
  fc.constantFrom('#N/A', '#REF!').map((value): Cell => ({ kind: 'error', value })),
  fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true })
    .map((dt): Cell => ({ kind: 'date', value: dt.toISOString().slice(0, 10) })),
  fc.string().map((value): Cell => ({ kind: 'date', value })),
);

const RECORD_FIELDS: FieldId[] = [
  'name', 'company', 'owner', 'industry', 'province', 'city', 'birthday', 'contractEnd', 'lastContact',
  'lastPurchase', 'nextFollowUp', 'updatedAt', 'amount', 'orders', 'customerType', 'tier', 'status', 'tags',
];

/** Records whose fields hold any cells at all. */
export const anyRecords: fc.Arbitrary<CustomerRecord[]> = fc
  .array(fc.dictionary(fc.constantFrom(...RECORD_FIELDS), anyCell, { maxKeys: RECORD_FIELDS.length }), { maxLength: 25 })
  .map((rows) => rows.map((fields, i) => ({ sheetRow: i + 2, index: i, fields })));
