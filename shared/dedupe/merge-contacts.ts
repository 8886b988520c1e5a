/**
 * A merge of one company's rows keeps every person of them (h62 finding 7): a person of a folded row
 * the kept row lacks (钱敏, first of her row, where the kept row names 赵强 first) goes whole into the
 * kept row's first empty group of numbered columns (联系人2 | 职务2 | 电话2), never cell by cell into
 * another person's group (电话2 is 联系人2's, never 联系人1's). A person the kept row holds already (by
 * a number, else by name) is not added twice; one no empty group takes stays in the merged-values note
 * and the archive, as any differing value does.
 */
import { cellText, isBlank, type Cell } from '../table/cell';
import type { Row } from '../table/table';
import type { FieldId } from '../schema/fields';
import type { ContactColumns } from '../table/records';
import { foldText } from './keys/fold';

/** What a person of a row has of his own: the fields a numbered contact group holds (numbered-contacts.ts). */
const PERSON_FIELDS: readonly FieldId[] = ['name', 'title', 'mobile', 'phone', 'email', 'wechat', 'qq', 'department', 'gender', 'birthday'];
const PHONE_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['mobile', 'phone']);

/** One group of a row's columns that holds one person: the customer's own (the fields) or a 联系人N's. */
interface Slot {
  cols: Partial<Record<FieldId, number>>;
}

export interface ContactPlacement {
  /** A column of a further person → the cell (row and column) the kept row takes there. */
  fills: Map<number, { row: Row; col: number }>;
  /** Every further person's column: filled only as a whole person, never cell by cell. */
  contactCols: ReadonlySet<number>;
  /** Rows whose first person is not the kept row's (each put another of the company's people first): the kept row's own person takes none of his cells. */
  otherFirst: ReadonlySet<number>;
  /** The customer's own person columns (the fields a contact group holds). */
  mainCols: ReadonlySet<number>;
  /** Cells of a folded row (row:col) the kept row holds as they are, with their person (placed now or there already): no other value to note. */
  kept: ReadonlySet<string>;
}

const filled = (c: Cell | undefined): c is Cell => c !== undefined && !isBlank(c) && c.kind !== 'error';

/**
 * Where each folded row's people go in the kept row. `numbers` reads a phone cell's numbers as keys
 * (the merge's own reading), so 138 0000 1111 and 13800001111 are one number.
 */
export function placeContacts(
  survivor: Row,
  others: readonly Row[],
  fieldCols: Partial<Record<FieldId, number>>,
  contacts: readonly ContactColumns[],
  numbers: (c: Cell) => readonly string[],
): ContactPlacement {
  const main: Slot = { cols: Object.fromEntries(PERSON_FIELDS.filter((f) => fieldCols[f] !== undefined).map((f) => [f, fieldCols[f]])) };
  const slots: Slot[] = [main, ...contacts.map((c) => ({ cols: c.cols }))];
  const contactCols = new Set<number>(contacts.flatMap((c) => Object.values(c.cols) as number[]));
  const mainCols = new Set<number>(Object.values(main.cols) as number[]);
  const person = (row: Row, slot: Slot) => {
    const phones = new Set<string>();
    // What he holds of each field but his numbers, as compared (采购经理 twice is one title).
    const texts = new Map<FieldId, string>();
    let any = false;
    for (const [f, col] of Object.entries(slot.cols) as [FieldId, number][]) {
      const c = row.cells[col];
      if (!filled(c)) continue;
      any = true;
      if (PHONE_FIELDS.has(f)) for (const k of numbers(c)) phones.add(k);
      else texts.set(f, foldText(cellText(c)));
    }
    return any ? { phones, name: texts.get('name') ?? '', texts } : null;
  };
  type Person = NonNullable<ReturnType<typeof person>>;
  const same = (p: Person, q: Person) => [...p.phones].some((k) => q.phones.has(k)) || (p.name !== '' && p.name === q.name);
  const keptPeople: Person[] = [];
  const free: Slot[] = [];
  slots.forEach((slot, i) => {
    const p = person(survivor, slot);
    if (p !== null) keptPeople.push(p);
    else if (i > 0) free.push(slot);
  });
  const keptMain = person(survivor, main);
  const fills = new Map<number, { row: Row; col: number }>();
  const otherFirst = new Set<number>();
  const kept = new Set<string>();
  for (const row of others) {
    slots.forEach((slot, i) => {
      const p = person(row, slot);
      if (p === null) return;
      if (i === 0 && keptMain !== null && !same(p, keptMain)) otherFirst.add(row.sheetRow);
      const held = keptPeople.find((q) => same(p, q));
      if (held !== undefined) {
        // His cells the kept row holds as they are (his name, his number) are no other value to note.
        for (const [f, col] of Object.entries(slot.cols) as [FieldId, number][]) {
          const c = row.cells[col];
          if (!filled(c)) continue;
          const equal = PHONE_FIELDS.has(f) ? numbers(c).length > 0 && numbers(c).every((k) => held.phones.has(k)) : held.texts.get(f) === foldText(cellText(c));
          if (equal) kept.add(`${row.sheetRow}:${col}`);
        }
        return;
      }
      // The customer's own person of a folded row that is the kept row's (or fills its blanks) goes by the fields.
      if (i === 0 && (keptMain === null || !otherFirst.has(row.sheetRow))) return;
      const target = free.shift();
      if (target === undefined) return;
      keptPeople.push(p);
      const phoneTargets = (['mobile', 'phone'] as const).map((f) => target.cols[f]).filter((c): c is number => c !== undefined);
      for (const [f, col] of Object.entries(slot.cols) as [FieldId, number][]) {
        if (!filled(row.cells[col])) continue;
        const to = PHONE_FIELDS.has(f) ? (target.cols[f] !== undefined && !fills.has(target.cols[f]!) ? target.cols[f] : phoneTargets.find((c) => !fills.has(c))) : target.cols[f];
        if (to === undefined || fills.has(to)) continue;
        fills.set(to, { row, col });
        kept.add(`${row.sheetRow}:${col}`);
      }
    });
  }
  return { fills, contactCols, otherFirst, mainCols, kept };
}
