/** The named checks validation rules refer to. Each reads cleaned cells and says whether they pass. */
import type { Cell } from '../table/cell';
import { isoDayNumber, toDayNumber, type CivilDate } from '../table/civil-date';
import type { Params } from '../i18n/define';

export interface CheckInput {
  cells: (Cell | undefined)[];
  today: CivilDate;
  args: Readonly<Record<string, number>>;
}

/** null: passes (or does not apply); otherwise the message parameters of the failure. */
export type Check = (input: CheckInput) => Params | null;

/*
 * Checks run for every row and rule: cells are read by index (array destructuring walks an
 * iterator) and dates as day numbers (no object per date).
 */
const asDay = (cell: Cell | undefined): number | null =>
  cell && cell.kind === 'date' ? isoDayNumber(cell.value) : null;

const asNumber = (cell: Cell | undefined): number | null =>
  cell && cell.kind === 'number' && Number.isFinite(cell.value) ? cell.value : null;

const dateText = (cell: Cell | undefined) => (cell as { value: string }).value.slice(0, 10);

export const CHECKS = {
  notAfterToday: ({ cells, today }) => {
    const d = asDay(cells[0]);
    return d !== null && d > toDayNumber(today) ? { value: dateText(cells[0]) } : null;
  },
  /** cells[0] must not be before cells[1]. */
  notBefore: ({ cells }) => {
    const a = asDay(cells[0]), b = asDay(cells[1]);
    return a !== null && b !== null && a < b ? { value: dateText(cells[0]), otherValue: dateText(cells[1]) } : null;
  },
  /** A birthday in the future is notAfterToday's finding; this one is for ages out of range. */
  ageBetween: ({ cells, today, args }) => {
    const d = asDay(cells[0]);
    const now = toDayNumber(today);
    if (d === null || d > now) return null;
    const age = Math.floor((now - d) / 365.2425);
    return age < (args.min ?? 0) || age > (args.max ?? 150) ? { value: dateText(cells[0]), age } : null;
  },
  notNegative: ({ cells }) => {
    const n = asNumber(cells[0]);
    return n !== null && n < 0 ? { value: n } : null;
  },
  /** When cells[1] is a positive count, cells[0] should be positive too (orders but no amount). */
  positiveNeedsPositive: ({ cells }) => {
    const a = asNumber(cells[0]), o = asNumber(cells[1]);
    return o !== null && o > 0 && a !== null && a <= 0 ? { value: o } : null;
  },
} satisfies Record<string, Check>;

export type CheckName = keyof typeof CHECKS;
