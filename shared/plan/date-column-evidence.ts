/**
 * What a date column's own cells say of how to read and write it, read in one pass: its dotted
 * two-digit years (dotted-years.ts), whether its midnight is a time like its others and the one form
 * its times are written in (column-times.ts). Three passes over every date column of a 100,000-row
 * sheet, each with an array of its cells, cost more than the reading itself.
 */
import type { Row } from '../table/table';
import { countDottedYear, type DottedYearEvidence } from '../normalize/dotted-years';
import { isTimeOfDay, timesForm, typedTimeForm } from '../normalize/column-times';

export interface DateColumnEvidence {
  dotted: DottedYearEvidence;
  /** hasTimesOfDay of the column's cells. */
  timesOfDay: boolean;
  /** timesWithSeconds of the column's cells. */
  seconds: boolean | null;
}

/** dottedYearEvidence, hasTimesOfDay and timesWithSeconds of the cells of column `col`, the same answers from one pass. */
export function dateColumnEvidence(rows: readonly Row[], col: number): DateColumnEvidence {
  const dotted: DottedYearEvidence = { first: 0, last: 0 };
  let timesOfDay = false;
  // Seconds other than :00 decide the form; until then, times with :00 against times without.
  let secondsSeen = false;
  let zeroSeconds = 0;
  let minutes = 0;
  for (let r = 0; r < rows.length; r++) {
    const cell = rows[r].cells[col];
    if (cell === undefined || (cell.kind !== 'text' && cell.kind !== 'date')) continue;
    if (cell.kind === 'text') countDottedYear(cell.value, dotted);
    if (!timesOfDay && isTimeOfDay(cell)) timesOfDay = true;
    if (secondsSeen) continue;
    const form = typedTimeForm(cell);
    if (form === 'seconds') secondsSeen = true;
    else if (form === 'minutes') minutes++;
    else if (form === 'zeroSeconds') zeroSeconds++;
  }
  return { dotted, timesOfDay, seconds: secondsSeen ? true : timesForm(zeroSeconds, minutes) };
}
