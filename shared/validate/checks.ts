/** The named checks validation rules refer to. Each reads cleaned cells and says whether they pass. */
import { cellText, isBlank, type Cell } from '../table/cell';
import { formatIso, isoDayNumber, parseIso, toDayNumber, type CivilDate } from '../table/civil-date';
import type { Params } from '../i18n/define';
import { idCardHolderOf as holderOf } from '../normalize/id-card';
import { readGender } from '../normalize/gender';
import { lunarToSolar } from '../remind/lunar';
import { remarkSays } from '../remind/standing';
import type { RemarkSays } from '../remind/remark-words';
import { runMemos } from '../text/run-memos';

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

/**
 * The birthday cell is the ID number's date of birth written in the lunar calendar (1990-03-08 for
 * someone born on 1990-04-03, 农历三月初八): the year, month and day read as a lunar date fall on it.
 */
function isLunarFormOf(cell: Cell | undefined, birth: CivilDate): boolean {
  const written = cell && cell.kind === 'date' ? parseIso(cell.value.slice(0, 10)) : null;
  const solar = written ? lunarToSolar(written.y, written.m, written.d) : null;
  return solar !== null && toDayNumber(solar) === toDayNumber(birth);
}

/**
 * The remark's reading, kept for the row's next remark rule: the six rules read one cell in turn, and a
 * sheet of 100,000 remarks reads each once.
 */
let lastRemark: { cell: Cell | undefined; pet: Cell | undefined; said: RemarkSays | null } | null = null;

/**
 * remarkSays, remembered by the remark's text for the run (RunMemos.remarks) where the row's pet cell
 * is absent or blank: then the text alone decides (a pet's name only makes a bare 已故 the pet's).
 */
function remarkRead(cell: Cell | undefined, pet: Cell | undefined): RemarkSays | null {
  const memo = runMemos()?.remarks;
  if (memo === undefined || !memo.active || cell === undefined || cell.kind !== 'text' || (pet !== undefined && !isBlank(pet))) return remarkSays(cell, pet);
  let said = memo.find(cell.value);
  if (said === undefined) memo.keep(cell.value, (said = remarkSays(cell)));
  return said;
}

function remarkCheck(kind: RemarkSays): Check {
  return ({ cells }) => {
    const [cell, pet] = [cells[0], cells[1]];
    if (lastRemark === null || lastRemark.cell !== cell || lastRemark.pet !== pet) lastRemark = { cell, pet, said: remarkRead(cell, pet) };
    return lastRemark.said === kind && cell !== undefined ? { value: cellText(cell).trim() } : null;
  };
}

export const CHECKS = {
  // A remark whose leading word stops reminders (退学, 黑名单, 休学, 已卖房, 已转保, 已故（宠物）): said here, by kind.
  noteSaysLeft: remarkCheck('left'),
  noteSaysDoNotContact: remarkCheck('doNotContact'),
  noteSaysPaused: remarkCheck('paused'),
  noteSaysMoved: remarkCheck('moved'),
  noteSaysPolicyMoved: remarkCheck('policyMoved'),
  noteSaysSubjectGone: remarkCheck('subjectGone'),
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
  /**
   * When cells[1] is a positive count, cells[0] should not be zero (orders but an amount of 0). A
   * negative amount is notNegative's finding (a refund larger than the sale), not a zero one.
   */
  countNeedsAmount: ({ cells }) => {
    const a = asNumber(cells[0]), o = asNumber(cells[1]);
    return o !== null && o > 0 && a === 0 ? { value: o } : null;
  },
  /**
   * The birthday (cells[0]) is the date of birth in the valid ID number (cells[1]); a birthday that
   * is its lunar form is birthIsLunarOfIdCard's finding instead.
   */
  birthMatchesIdCard: ({ cells }) => {
    const day = asDay(cells[0]);
    const holder = day === null ? null : holderOf(cells[1]);
    if (!holder || day === toDayNumber(holder.birth) || isLunarFormOf(cells[0], holder.birth)) return null;
    return { value: dateText(cells[0]), idBirth: formatIso(holder.birth) };
  },
  /** The birthday (cells[0]) is the lunar form of the ID number's (cells[1]) date of birth. */
  birthIsLunarOfIdCard: ({ cells }) => {
    const day = asDay(cells[0]);
    const holder = day === null ? null : holderOf(cells[1]);
    if (!holder || day === toDayNumber(holder.birth) || !isLunarFormOf(cells[0], holder.birth)) return null;
    return { value: dateText(cells[0]), idBirth: formatIso(holder.birth) };
  },
  /** The gender (cells[0]) is the one the valid ID number's (cells[1]) order digit gives: odd for men. */
  genderMatchesIdCard: ({ cells }) => {
    const gender = cells[0] && cells[0].kind === 'text' ? readGender(cells[0].value) : null;
    const holder = gender ? holderOf(cells[1]) : null;
    if (!gender || !holder || gender.sex === holder.sex) return null;
    const id = cellText(cells[1] as Cell).replace(/\s+/g, '');
    const position = id.length === 18 ? 17 : 15;
    return { value: (cells[0] as { value: string }).value, digit: id[position - 1], position };
  },
} satisfies Record<string, Check>;

export type CheckName = keyof typeof CHECKS;
