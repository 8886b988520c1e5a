/** The named checks validation rules refer to. Each reads cleaned cells and says whether they pass. */
import type { Cell } from '../table/cell';
import { compareCivil, daysBetween, parseIso, type CivilDate } from '../table/civil-date';
import type { Params } from '../i18n/define';

export interface CheckInput {
  cells: (Cell | undefined)[];
  today: CivilDate;
  args: Readonly<Record<string, number>>;
}

/** null: passes (or does not apply); otherwise the message parameters of the failure. */
export type Check = (input: CheckInput) => Params | null;

const asDate = (cell: Cell | undefined): CivilDate | null =>
  cell && cell.kind === 'date' ? parseIso(cell.value) : null;

const asNumber = (cell: Cell | undefined): number | null =>
  cell && cell.kind === 'number' && Number.isFinite(cell.value) ? cell.value : null;

export const CHECKS = {
  notAfterToday: ({ cells: [c], today }) => {
    const d = asDate(c);
    return d && compareCivil(d, today) > 0 ? { value: (c as { value: string }).value.slice(0, 10) } : null;
  },
  /** cells[0] must not be before cells[1]. */
  notBefore: ({ cells: [later, earlier] }) => {
    const a = asDate(later), b = asDate(earlier);
    return a && b && compareCivil(a, b) < 0
      ? { value: (later as { value: string }).value.slice(0, 10), otherValue: (earlier as { value: string }).value.slice(0, 10) }
      : null;
  },
  /** A birthday in the future is notAfterToday's finding; this one is for ages out of range. */
  ageBetween: ({ cells: [c], today, args }) => {
    const d = asDate(c);
    if (!d || compareCivil(d, today) > 0) return null;
    const age = Math.floor(daysBetween(d, today) / 365.2425);
    return age < (args.min ?? 0) || age > (args.max ?? 150) ? { value: (c as { value: string }).value.slice(0, 10), age } : null;
  },
  notNegative: ({ cells: [c] }) => {
    const n = asNumber(c);
    return n !== null && n < 0 ? { value: n } : null;
  },
  /** When cells[1] is a positive count, cells[0] should be positive too (orders but no amount). */
  positiveNeedsPositive: ({ cells: [amount, orders] }) => {
    const o = asNumber(orders), a = asNumber(amount);
    return o !== null && o > 0 && a !== null && a <= 0 ? { value: o } : null;
  },
} satisfies Record<string, Check>;

export type CheckName = keyof typeof CHECKS;
