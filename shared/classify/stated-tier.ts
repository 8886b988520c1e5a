/** The value tier a sheet states in its own grade column, for the customers no amount can class. */
import { cellText, EMPTY, isBlank } from '../table/cell';
import type { FieldId } from '../schema/fields';
import type { CustomerRecord } from '../table/records';
import { isRatingGrade } from './credit-grades';
import { EXISTING_COLUMNS, readLabelWord, type DefinedLevels } from './existing-labels';
import { foldValue } from './fold-value';

export interface StatedTier {
  id: string;
  field: FieldId;
  text: string;
}

/**
 * Each record's tier as the sheet's own 客户等级 / 客户级别 / Tier (or 客户类型: 大客户) states it, read
 * as the what-if reads it (A类 and 一级客户 high, 重要 high and 一般 medium, 金 / Gold high, 银 / Silver
 * medium, 铜 / Bronze low; a level the settings define first), or null where it states none. The sheet
 * grades its customers with what it knows of them; a customer no amount can class is better told by
 * that grade than left unknown. A column that writes a credit rating's own grades (AAA, BBB-) rates
 * whether he pays, not what he is worth: never taken for his value tier (fields.ts, 信用等级); nor is
 * one named for credit (`credit`: schema/credit-header.ts), whatever grades it writes (A/B/C, 甲/乙/丙).
 * Null when the sheet has no column to read a grade in.
 */
export function statedTiers(records: readonly CustomerRecord[], defined?: DefinedLevels, credit = false): ((record: CustomerRecord) => StatedTier | null) | null {
  const columns = EXISTING_COLUMNS.tier.filter((field) => records.some((r) => r.fields[field] !== undefined));
  const rating = columns.includes('tier') && (credit || records.some((r) => r.fields.tier !== undefined && isRatingGrade(foldValue(cellText(r.fields.tier)))));
  const read = rating ? columns.filter((field) => field !== 'tier') : columns;
  if (read.length === 0) return null;
  // A grade column holds a few texts on every row: each is read once per field.
  const memo = new Map<FieldId, Map<string, string | null>>(read.map((field) => [field, new Map()]));
  return (record) => {
    for (const field of read) {
      const cell = record.fields[field] ?? EMPTY;
      if (isBlank(cell) || cell.kind === 'error') continue;
      const text = cellText(cell);
      const seen = memo.get(field) as Map<string, string | null>;
      let id = seen.get(text);
      if (id === undefined) seen.set(text, (id = readLabelWord('tier', text, defined)));
      if (id !== null) return { id, field, text: text.trim() };
    }
    return null;
  };
}
