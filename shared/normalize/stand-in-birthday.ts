/**
 * Birthdays a platform or a form filled in for the customer: 有赞 and many member systems write
 * 1990-01-01 (or 1900-01-01) when nobody gave a birthday. Such a day repeated down the column is no
 * one's birthday: greeting every member on 1 January, or calling two 张伟 one customer because both
 * were "born" that day, would be wrong. A day counts when it has a stand-in's shape (a 1 January,
 * or before 1910) and the column repeats it (three times, or twice in a column of at most eight).
 */
import type { Cell } from '../table/cell';

const SHAPE = (day: string) => day < '1910' || day.slice(4, 10) === '-01-01';

/** The stand-in days (YYYY-MM-DD) of a birthday column, with how often each is written. */
export function standInBirthdays(cells: Iterable<Cell | undefined>): Map<string, number> {
  const counts = new Map<string, number>();
  let filled = 0;
  for (const c of cells) {
    if (c?.kind !== 'date') continue;
    filled++;
    const day = c.value.slice(0, 10);
    if (SHAPE(day)) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const out = new Map<string, number>();
  for (const [day, n] of counts) if (n >= 3 || (n >= 2 && n * 4 >= filled)) out.set(day, n);
  return out;
}

/** The birthday cell's day when it is one of `standIns`. */
export function isStandIn(cell: Cell | undefined, standIns: ReadonlyMap<string, number>): boolean {
  return standIns.size > 0 && cell?.kind === 'date' && standIns.has(cell.value.slice(0, 10));
}
