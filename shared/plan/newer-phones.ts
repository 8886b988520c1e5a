/**
 * Says, per merged group, which phone number, e-mail or WeChat its kept row holds when a newer row of
 * the customer's brought another (dedupe/newer-contact.ts): the newer one, the old one in the merged values;
 * or, where nothing of the person's own says the rows are one (a son of one name and home), its own. Said for
 * an accepted merge, and for the merge an exact or likely group proposes.
 */
import type { Table } from '../table/table';
import type { SheetProblem } from './issue';
import type { DuplicateGroup } from '../dedupe/types';
import type { MergeFills } from '../dedupe/merge';
import { FIELD_BY_ID, type FieldId } from '../schema/fields';
import { rowList } from './row-list';

export function newerPhones(cleaned: Table, plan: MergeFills | null, merged: boolean): SheetProblem[] {
  const kept = (plan?.olderKept ?? []).map((n): SheetProblem => ({
    code: n.record ? (merged ? 'dedupe.newerPhone.recordKeptMerged' : 'dedupe.newerPhone.recordKeptProposed') : merged ? 'dedupe.newerPhone.keptMerged' : 'dedupe.newerPhone.keptProposed',
    severity: 'info',
    params: {
      survivor: n.survivor, others: n.rows.filter((r) => r !== n.survivor).join(', '), rowList: rowList(n.survivor, n.rows), header: String(cleaned.headers[n.col] ?? ''), from: n.from, value: n.value, old: n.old, day: n.day,
      ...(n.record ? { keyHeader: n.record.header, key: n.record.kept, otherKey: n.record.other } : {}),
    },
  }));
  return [...(plan?.newerNumbers ?? []).map((n): SheetProblem => {
    const phone = FIELD_BY_ID[n.field]?.kind === 'phone';
    const code = n.said ? (merged ? 'dedupe.newerPhone.saidMerged' : 'dedupe.newerPhone.saidProposed')
      : phone ? (merged ? 'dedupe.newerPhone.merged' : 'dedupe.newerPhone.proposed')
      : merged ? 'dedupe.newerContact.merged' : 'dedupe.newerContact.proposed';
    return {
      code,
      severity: 'info',
      params: { survivor: n.survivor, others: n.rows.filter((r) => r !== n.survivor).join(', '), rowList: rowList(n.survivor, n.rows), header: String(cleaned.headers[n.col] ?? ''), from: n.from, value: n.value, old: n.old, day: n.day },
    };
  }), ...kept];
}

/**
 * The groups with their field choices as the merge takes the phone, e-mail or WeChat: a newer row's value
 * is the one kept, taken from that row ('fill'), in the field's own column's choice or, for a further
 * column (手机2), a choice naming that column, so a host showing a group's proposal shows what a merge writes.
 * So is a copy's further stage (已成交 over the kept row's 意向客户, dedupe/merged-stage.ts).
 * The proposal (dedupe/proposal.ts) ranks rows, not their dates nor stages; the merge decides this, once.
 */
export function withNewerNumbers(groups: DuplicateGroup[], plan: MergeFills | null, fieldCols: Partial<Record<FieldId, number>>): DuplicateGroup[] {
  const stages = plan?.stages ?? [];
  if ((plan?.newerNumbers ?? []).length === 0 && stages.length === 0) return groups;
  // A stage taken from a copy names its column; its field is the column's.
  const fieldAt = new Map<number, FieldId>();
  for (const [field, col] of Object.entries(fieldCols)) if (col !== undefined) fieldAt.set(col, field as FieldId);
  const newer = [
    ...(plan?.newerNumbers ?? []),
    ...stages.flatMap((n) => {
      const field = fieldAt.get(n.col);
      return field === undefined ? [] : [{ ...n, field }];
    }),
  ];
  return groups.map((g) => {
    const mine = newer.filter((n) => n.survivor === g.survivor && g.rows.includes(n.from));
    if (mine.length === 0) return g;
    const fields = g.fields.map((choice) => {
      const n = mine.find((x) => x.field === choice.field && fieldCols[x.field] === x.col);
      return n ? { ...choice, sheetRow: n.from, value: n.value, action: 'fill' as const } : choice;
    });
    // A further column of the field (手机2, Email 2) has no choice of its own until a newer row's value replaces its kept one.
    for (const n of mine) if (fieldCols[n.field] !== n.col) fields.push({ field: n.field, col: n.col, sheetRow: n.from, value: n.value, action: 'fill' });
    return { ...g, fields };
  });
}
