/**
 * The co-owners an earlier merge wrote into the kept row's merged-values note (共管负责人：王磊/刘洋/陈静,
 * co-owners: …; merge.ts). The owner cell stays as the user typed it (王磊/刘洋), so without reading the
 * note back a run over the merged sheet would drop 陈静 from the customer's reminders and see her
 * typing him again as a 撞单. The note stands only while the cell names reps it lists: a customer
 * handed to 张伟 since is 张伟's, the note then being history.
 */
import { t } from '../i18n';
import { LANGS } from '../i18n/define';
import { cellText, isBlank, type Cell } from '../table/cell';
import type { CustomerRecord } from '../table/records';
import type { Table } from '../table/table';
import { coOwners, ownerKeys, ownerName } from '../table/owner-name';
import { earlierMergedCol } from './merged-column';
import { escapeRegExp } from '../text/reg-exp';

const SLOT = '\u0000';
/** The item's opening words in each language a merge may have written it in (the owners follow them). */
const OPENINGS: readonly string[] = [...new Set(LANGS.map((lang) => t(lang, 'dedupe.note.coOwners', { owners: SLOT }).split(SLOT)[0]))];
/** The notes' separators in every language: a note merged week after week may hold both. */
export const NOTE_SEPARATORS = new RegExp(`(${[...new Set(LANGS.map((lang) => t(lang, 'dedupe.note.separator')))].map(escapeRegExp).join('|')})`);
/** A part of a note that is another item (电话: 0571-…（…原第41行）, … 3 more values): never part of an owner list. */
const ANOTHER_ITEM = /[:：]|^…/;

/**
 * The owner lists of the co-owner items in one note, in the order written. An owner cell the merge
 * took whole (王磊；刘洋；陈静) may hold the separator itself: the parts after it that are no item of
 * their own belong to the list.
 */
export function coOwnerItems(note: string): string[] {
  const parts = note.split(NOTE_SEPARATORS);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i].trim();
    const opening = OPENINGS.find((o) => part.startsWith(o));
    if (opening === undefined) continue;
    let owners = part.slice(opening.length);
    while (i + 2 < parts.length && parts[i + 2].trim() !== '' && !ANOTHER_ITEM.test(parts[i + 2].trim())) {
      owners += parts[i + 1] + parts[i + 2];
      i += 2;
    }
    if (owners.trim() !== '') out.push(owners.trim());
  }
  return out;
}

/** Sheet row → the co-owner lists its merged-values note names (none when the sheet has no such column). */
export function notedCoOwners(table: Table, ruleTitles?: readonly string[], col = earlierMergedCol(table, ruleTitles)): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (col < 0) return out;
  for (const row of table.rows) {
    const cell = row.cells[col];
    if (cell === undefined || isBlank(cell)) continue;
    // As written, not folded: the note's full-width ：and ；are what tell its items apart.
    const items = coOwnerItems(cellText(cell));
    if (items.length > 0) out.set(row.sheetRow, items);
  }
  return out;
}

/**
 * The owner a row stands for, its noted co-owners with it: the lists that name every rep of its cell
 * joined with it (owner-name.ts coOwners), else the cell as it is (no note, a cell naming nobody, or
 * one naming a rep no list names).
 */
export function ownerWithNotes(cell: Cell | undefined, lists: readonly string[] | undefined): Cell | undefined {
  if (!lists || lists.length === 0) return cell;
  const typed = ownerName(cell);
  const reps = ownerKeys(typed);
  if (reps.length === 0) return cell;
  const holding = lists.filter((list) => {
    const named = ownerKeys(list);
    return reps.every((k) => named.includes(k));
  });
  const all = holding.length === 0 ? null : coOwners([typed, ...holding]);
  return all === null ? cell : { kind: 'text', value: all };
}

/** The records as reminders and the 撞单 check read them: each row's owner with its noted co-owners (a view; the cell keeps what the user typed). */
export function withNotedCoOwners<R extends CustomerRecord>(records: R[], noted: ReadonlyMap<number, readonly string[]>): R[];
export function withNotedCoOwners<R extends CustomerRecord>(records: readonly R[], noted: ReadonlyMap<number, readonly string[]>): readonly R[];
export function withNotedCoOwners<R extends CustomerRecord>(records: readonly R[], noted: ReadonlyMap<number, readonly string[]>): readonly R[] {
  if (noted.size === 0) return records;
  return records.map((r) => {
    const owner = ownerWithNotes(r.fields.owner, noted.get(r.sheetRow));
    return owner === r.fields.owner || owner === undefined ? r : { ...r, fields: { ...r.fields, owner } };
  });
}
