/**
 * A B2B sheet's further contacts of one company, in numbered column groups (联系人1 | 职务1 | 电话1 |
 * 联系人2 | 职务2 | 电话2, Contact 1 | Phone 1 | Contact 2 | Phone 2): the columns numbered as a contact
 * beyond the row's first are another person's. Read as the customer's extra phones, 联系人2's mobile
 * was filed under 联系人1, and two rows sharing it were asked to be reviewed as one person named twice
 * (h62 finding 7). They are read as that person's (ColumnMapping.person), never the first contact's.
 */
import type { FieldId } from './fields';

/** A header's number of a repeated column (电话2, Phone 2, Contact #3), as fold-header.ts drops it. */
const NUMBERED = /^(.*?\p{L})\s*#?\s*(\d{1,2})\s*$/u;

/** What a contact person has of his own in such a group: his name, his number, his job and his mail. */
const PERSON_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['name', 'mobile', 'phone', 'email', 'wechat', 'qq', 'title', 'department', 'gender', 'birthday']);

/** A column of a further contact: the contact's number (2 for 联系人2 | 电话2) and what it holds of him. */
export interface ContactColumn {
  n: number;
  field: FieldId;
}

/**
 * The columns of every numbered contact group but the row's first contact's, by column. A group is a number a
 * name column carries (联系人2); the first contact is an unnumbered name column (联系人 beside 联系人2)
 * or else the lowest number. Phone 1 / Phone 2 with no numbered name (Google Contacts) are one
 * person's phones, and stay so. `fieldOf` reads a header as header-match.ts does.
 */
export function otherContactColumns(headers: readonly string[], fieldOf: (header: string) => FieldId | null): Map<number, ContactColumn> {
  const numberOf = headers.map((h) => {
    const m = NUMBERED.exec(h);
    return m ? Number(m[2]) : null;
  });
  const fields = headers.map((h) => (h === '' ? null : fieldOf(h)));
  const nameNumbers = new Set<number>();
  let unnumberedName = false;
  fields.forEach((f, col) => {
    if (f !== 'name') return;
    const n = numberOf[col];
    if (n === null) unnumberedName = true;
    else nameNumbers.add(n);
  });
  const others = new Map<number, ContactColumn>();
  if (nameNumbers.size === 0 || (nameNumbers.size === 1 && !unnumberedName)) return others;
  const first = unnumberedName ? null : Math.min(...nameNumbers);
  fields.forEach((f, col) => {
    const n = numberOf[col];
    if (f !== null && n !== null && n !== first && nameNumbers.has(n) && PERSON_FIELDS.has(f)) others.set(col, { n, field: f });
  });
  return others;
}
