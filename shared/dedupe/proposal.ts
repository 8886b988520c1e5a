/**
 * The merge proposal of a group: per field, the survivor's value or (when the survivor is empty,
 * or holds a 0 spend or order count another row's real one outweighs: totals.ts) the best-ranked
 * other row's value; every field where rows hold different values, as a
 * conflict; and an owner conflict (撞单) when the rows belong to different owners.
 */
import type { CustomerRecord } from '../table/records';
import { FIELDS, type FieldId } from '../schema/fields';
import { cellText } from '../table/cell';
import type { Conflict, FieldChoice } from './types';
import { valueKey } from './value-key';
import { usable as holdsValue } from './merge';
import type { PhoneKey } from './keys/phone';
import type { PhoneReadings } from '../normalize/phone';
import { isRetired, retiresRecord } from '../remind/standing';
import { TOTAL_FIELDS, replaceableZero, zeroTotal } from './totals';
import { ownersClash } from '../table/owner-name';
import { onlySaysDuplicate } from './duplicate-remark';

export interface Proposal {
  fields: FieldChoice[];
  conflicts: Conflict[];
  ownerConflict?: { owners: string[] };
}

/** A value to keep, as the merge reads it: a placeholder (N/A, 无, 不详) is none. */
const usable = (r: CustomerRecord, f: FieldId) => holdsValue(r.fields[f]);

/** A field's place in FIELDS, by its id: the fields a group's rows hold are found by their own keys. */
const FIELD_AT: ReadonlyMap<string, number> = new Map(FIELDS.map((f, i) => [f.id, i]));

/**
 * Which of FIELDS some row of the group holds a cell of (1) or none (0): a row holds 15-odd of the
 * 76 fields, and asking every row for every field by name was most of a 100k-row sheet's proposals
 * (a keyed load of a name each row's object lacks). Scratch, cleared after each proposal: propose
 * never calls itself.
 */
const held = new Uint8Array(FIELDS.length);

/** `ranked`: the group's records, survivor first, then in survivor-rule order; `readings`: the run's phone readings. */
export function propose(ranked: readonly CustomerRecord[], region: string, cache?: Map<string, PhoneKey[]>, readings?: PhoneReadings): Proposal {
  const survivor = ranked[0];
  const fields: FieldChoice[] = [];
  const conflicts: Conflict[] = [];
  let ownerConflict: Proposal['ownerConflict'];
  // A record in use never takes from a retired one what retired it (its 停用, its 停用日期).
  const inUse = !isRetired(survivor.fields);
  for (let i = 0; i < ranked.length; i++) {
    const fs = ranked[i].fields;
    for (const k in fs) {
      const d = FIELD_AT.get(k);
      if (d !== undefined) held[d] = 1;
    }
  }
  // Index loops: this runs for every field of every group, and V8 left the for-of loops here
  // allocating an iterator result per step (20 MB on the 100k zh sheet).
  for (let d = 0; d < FIELDS.length; d++) {
    if (held[d] === 0) continue;
    held[d] = 0;
    const f = FIELDS[d].id;
    // One pass for the first holder and whether any other holder's text differs: no list of
    // holders and no second cellText per row (a number's text is formatted anew each time).
    let from: CustomerRecord | undefined;
    let first = '';
    let differs = false;
    let withheld: string | undefined;
    // A 0 total holds only until a row with a real one comes (merge.ts writes that one over it).
    const total = TOTAL_FIELDS.has(f);
    let zero = false;
    for (let i = 0; i < ranked.length; i++) {
      const r = ranked[i];
      if (!usable(r, f)) continue;
      const t = cellText(r.fields[f]!);
      // What retired a copy, or a copy's remark that only says it is a copy (重复录入？), is not the customer's to take.
      if ((inUse && r !== survivor && retiresRecord(f, r.fields[f])) || (f === 'notes' && r !== survivor && onlySaysDuplicate(t))) withheld ??= t;
      else if (from === undefined) {
        from = r;
        first = t;
        zero = total && replaceableZero(f, r.fields[f]!);
      } else {
        if (t !== first) differs = true;
        if (zero && !zeroTotal(f, r.fields[f])) {
          from = r;
          first = t;
          zero = false;
        }
      }
    }
    if (from === undefined) continue;
    if (withheld !== undefined && withheld !== first) differs = true;
    fields.push({ field: f, sheetRow: from.sheetRow, value: first, action: from === survivor ? 'keep' : 'fill' });
    if (!differs) continue;
    // A group's few distinct values, in order of first holder: two parallel lists, not a Map per field.
    const keys: string[] = [];
    const values: { value: string; rows: number[] }[] = [];
    for (let i = 0; i < ranked.length; i++) {
      const r = ranked[i];
      if (!usable(r, f)) continue;
      const k = valueKey(f, r.fields[f], region, cache, readings);
      const at = keys.indexOf(k);
      if (at >= 0) values[at].rows.push(r.sheetRow);
      else {
        keys.push(k);
        values.push({ value: cellText(r.fields[f]!), rows: [r.sheetRow] });
      }
    }
    if (values.length > 1) {
      conflicts.push({ field: f, values });
      // 撞单 is two reps holding one customer: a row in the pool (公海) or of a rep who left holds none.
      // Owner cells are sets of reps: 王磊 and 王磊/刘洋 share 王磊, one customer of his shared with 刘洋.
      const owners = f === 'owner' ? values.filter((_, i) => keys[i] !== '').map((v) => v.value) : [];
      if (owners.length > 1 && ownersClash(owners)) ownerConflict = { owners };
    }
  }
  const out: Proposal = { fields, conflicts };
  if (ownerConflict) out.ownerConflict = ownerConflict;
  return out;
}
