/**
 * The merge proposal of a group: per field, the survivor's value or (when the survivor is empty)
 * the best-ranked other row's value; every field where rows hold different values, as a
 * conflict; and an owner conflict (撞单) when the rows belong to different owners.
 */
import type { CustomerRecord } from '../table/records';
import { FIELDS, type FieldId } from '../schema/fields';
import { cellText, isBlank } from '../table/cell';
import type { Conflict, FieldChoice } from './types';
import { valueKey } from './value-key';
import type { PhoneKey } from './keys/phone';

export interface Proposal {
  fields: FieldChoice[];
  conflicts: Conflict[];
  ownerConflict?: { owners: string[] };
}

const usable = (r: CustomerRecord, f: FieldId) => {
  const c = r.fields[f];
  return c !== undefined && !isBlank(c) && c.kind !== 'error';
};

/** `ranked`: the group's records, survivor first, then in survivor-rule order. */
export function propose(ranked: readonly CustomerRecord[], region: string, cache?: Map<string, PhoneKey[]>): Proposal {
  const survivor = ranked[0];
  const fields: FieldChoice[] = [];
  const conflicts: Conflict[] = [];
  let ownerConflict: Proposal['ownerConflict'];
  const present = new Set<string>();
  for (const r of ranked) for (const f in r.fields) present.add(f);
  for (const def of FIELDS) {
    const f = def.id;
    if (!present.has(f)) continue;
    const holders = ranked.filter((r) => usable(r, f));
    if (holders.length === 0) continue;
    const from = holders[0];
    fields.push({ field: f, sheetRow: from.sheetRow, value: cellText(from.fields[f]!), action: from === survivor ? 'keep' : 'fill' });
    if (holders.length === 1) continue;
    const first = cellText(holders[0].fields[f]!);
    if (holders.every((r) => cellText(r.fields[f]!) === first)) continue;
    const distinct = new Map<string, { value: string; rows: number[] }>();
    for (const r of holders) {
      const k = valueKey(f, r.fields[f], region, cache);
      const entry = distinct.get(k);
      if (entry) entry.rows.push(r.sheetRow);
      else distinct.set(k, { value: cellText(r.fields[f]!), rows: [r.sheetRow] });
    }
    if (distinct.size > 1) {
      const values = [...distinct.values()];
      conflicts.push({ field: f, values });
      // 撞单 is two reps holding one customer: a row in the pool (公海) or of a rep who left holds none.
      const owners = f === 'owner' ? [...distinct].filter(([k]) => k !== '').map(([, v]) => v.value) : [];
      if (owners.length > 1) ownerConflict = { owners };
    }
  }
  const out: Proposal = { fields, conflicts };
  if (ownerConflict) out.ownerConflict = ownerConflict;
  return out;
}
