/**
 * Birthdays a platform or a form filled in for the customer: 有赞 and many member systems write
 * 1990-01-01 (or 1900-01-01) when nobody gave a birthday. Such a day given to many different people
 * is no one's birthday: greeting every member on 1 January, or calling two 张伟 one customer because
 * both were "born" that day, would be wrong. A day counts when it has a stand-in's shape (a
 * 1 January) and at least three differently named rows hold it, one birthday in twenty of the
 * column at least (two rows when the column holds at most eight birthdays). Rows of one person typed several times share his real day, however early: a
 * sheet of historical persons writes a year known alone as its 1 January, one person per day.
 */
import type { Cell } from '../table/cell';
import { displayText } from '../text/fold';

/** A 1 January, read in place (most birthdays are not one: no copy of their day for the test). */
const SHAPE = (iso: string) => iso.startsWith('-01-01', 4);
/** A filler is common: one birthday in twenty at least (a year known alone is spread over many years). */
const SHARE = 20;

/** The stand-in days (YYYY-MM-DD) of a birthday column, with how many rows write each. */
export function standInBirthdays(rows: Iterable<{ birthday: Cell | undefined; name?: Cell | undefined }>): Map<string, number> {
  const names = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  let filled = 0;
  for (const { birthday, name } of rows) {
    if (birthday?.kind !== 'date') continue;
    filled++;
    if (!SHAPE(birthday.value)) continue;
    const day = birthday.value.slice(0, 10);
    counts.set(day, (counts.get(day) ?? 0) + 1);
    let set = names.get(day);
    if (!set) names.set(day, (set = new Set()));
    set.add(displayText(name).replace(/\s+/g, ''));
  }
  const out = new Map<string, number>();
  for (const [day, people] of names) {
    const n = people.size;
    if ((n >= 3 && n * SHARE >= filled) || (n >= 2 && filled <= 8)) out.set(day, counts.get(day)!);
  }
  return out;
}

/** The birthday cell's day when it is one of `standIns`. */
export function isStandIn(cell: Cell | undefined, standIns: ReadonlyMap<string, number>): boolean {
  return standIns.size > 0 && cell?.kind === 'date' && standIns.has(cell.value.slice(0, 10));
}
