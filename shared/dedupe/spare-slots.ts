/**
 * A duplicate's other e-mail or phone goes into the kept row's empty slot of that kind (Outlook's
 * E-mail 2 Address, E-mail 3 Address, Business Phone 2; Google's E-mail 2 - Value; a sheet's 电话2,
 * 备用电话), as HubSpot adds a merged contact's address as an additional one (PITFALLS D): the
 * customer stays reachable at both, not only by a line in the merged values (tester h73 #7: the kept
 * Margaret O'Neill's note spoke of her personal address, which had gone to the merged values only).
 * A slot takes a value of its own field (an e-mail an e-mail column, a mobile a mobile column); a
 * number or address the kept row holds in any column of the kind is no new one.
 */
import { isBlank, isFormula, type Cell } from '../table/cell';
import type { Row } from '../table/table';
import { FIELD_BY_ID, type FieldId } from '../schema/fields';

/** The fields whose several columns are slots of one kind: e-mails; phones (a mobile and a landline are both numbers held). */
const SLOT_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['email', 'mobile', 'phone']);

export interface SlotFill {
  /** The kept row's empty column the value goes into. */
  col: number;
  field: FieldId;
  /** The folded row and its column the value comes from. */
  from: Row;
  fromCol: number;
}

export interface SpareSlotInput {
  /** Every user column with its field (main or extra), in sheet order. */
  cols: readonly (readonly [FieldId | null, number])[];
  /** The kept row's cell of a column as the merge leaves it so far. */
  kept: (col: number) => Cell | undefined;
  others: readonly Row[];
  /** A folded row's cell may go to the kept row (typed, not doubted, of the kept row's record). */
  may: (r: Row, col: number) => boolean;
  /** A cell's keys as the merge compares its values (numbers for a phone, the address for an e-mail). */
  keys: (field: FieldId, c: Cell) => string[];
}

const kindOf = (field: FieldId): string => (FIELD_BY_ID[field]?.kind === 'phone' ? 'phone' : field);

/** Where each folded row's further e-mails and numbers go in the kept row's empty slots; [] when no slot is empty. */
export function spareSlotFills(input: SpareSlotInput): SlotFill[] {
  const slotCols = input.cols.filter((c): c is readonly [FieldId, number] => c[0] !== null && SLOT_FIELDS.has(c[0]));
  const fills: SlotFill[] = [];
  for (const kind of new Set(slotCols.map(([f]) => kindOf(f)))) {
    const ofKind = slotCols.filter(([f]) => kindOf(f) === kind);
    const empty = ofKind.filter(([, col]) => {
      const c = input.kept(col);
      return (c === undefined || isBlank(c)) && !(c !== undefined && isFormula(c));
    });
    if (empty.length === 0 || ofKind.length < 2) continue;
    const held = new Set<string>();
    for (const [f, col] of ofKind) {
      const c = input.kept(col);
      if (c !== undefined && !isBlank(c)) for (const k of input.keys(f, c)) held.add(k);
    }
    for (const r of input.others) {
      for (const [field, fromCol] of ofKind) {
        if (!input.may(r, fromCol)) continue;
        const c = r.cells[fromCol]!;
        const keys = input.keys(field, c).filter((k) => k !== '');
        if (keys.length === 0 || keys.every((k) => held.has(k))) continue;
        const slot = empty.findIndex(([f]) => f === field);
        if (slot < 0) continue;
        fills.push({ col: empty[slot][1], field, from: r, fromCol });
        empty.splice(slot, 1);
        for (const k of keys) held.add(k);
      }
    }
  }
  return fills;
}
