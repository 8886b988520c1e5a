/**
 * The row a merge keeps: rules tried in order (most complete, then most recent activity by
 * default), ties falling to the next rule and finally to the first row. The rule is shown in the
 * report, so users can see which record's values win (Symbiota community-board#540). Before any
 * rule, a record still in use beats one the sheet says was retired (禁用状态 是, 状态 停用, 用友's
 * 停用日期): the ERP stopped the one and kept the other, and a merge into the stopped record would
 * stop the customer. Likewise a row whose remark only says it is the duplicate (重复录入, duplicate?)
 * gives way to the row it copies: the user told which one is the copy, and keeping it would leave
 * 重复录入 as the customer's remark (h71 7).
 */
import type { CustomerRecord } from '../table/records';
import type { FieldId } from '../schema/fields';
import { cellText, isBlank, type Cell } from '../table/cell';
import type { SurvivorRule } from './settings';
import { dateKey } from './keys/date';
import { sortSmall } from './sort-small';
import { isRetired } from '../remind/standing';
import { zeroTotal } from './totals';
import { onlySaysDuplicate } from './duplicate-remark';
import { saysEnteredAgain } from './re-registration';
import { foldText, lettersAndDigits, matchText } from './keys/fold';

/** Whether the run flagged a row's value of a field as wrong (plan/wrong-values.ts). */
export type WrongValue = (sheetRow: number, field: FieldId) => boolean;

export const SURVIVOR_RULES: readonly SurvivorRule[] = ['most-complete', 'most-recent', 'first-row', 'last-row'];

/** Fields that date a row's latest activity, most telling first. */
const ACTIVITY: readonly FieldId[] = ['updatedAt', 'lastContact', 'lastPurchase', 'createdAt'];

/**
 * Fields a record fills. A spend or order count of 0 fills none (totals.ts): Shopify writes 0.00 and 0
 * on an abandoned cart's account, which with a note of its own would outrank the account the customer
 * bought with. A note still counts: it is something the record knows. A value the run flagged as wrong
 * (a phone cut to 1.38123E+10, a 2 月 30 日: plan/wrong-values.ts) is none either: a row is not the
 * most complete for a number nobody can call, and the merge takes the field from a row that holds it right.
 */
function filled(r: CustomerRecord, wrong?: WrongValue): number {
  let n = 0;
  const fields = r.fields;
  for (const f in fields) {
    const cell = fields[f as FieldId];
    if (cell && !isBlank(cell) && cell.kind !== 'error' && !zeroTotal(f as FieldId, cell) && !wrong?.(r.sheetRow, f as FieldId)) n++;
  }
  return n;
}

/** The real day a cell holds, or ''. A date cell's is its first ten characters (as dateKey reads it), without a key object. */
function validDay(cell: Cell | undefined): string {
  if (cell?.kind === 'date') return cell.value.slice(0, 10);
  const k = dateKey(cell);
  return k?.valid ? k.value : '';
}

/**
 * Latest activity date as YYYY-MM-DD ('' when none). A day after `today` is a typo the run flags
 * (rule.dateInFuture): left out, as the activity class leaves it out, so it does not make its row the
 * most recent.
 */
export function lastActivity(r: CustomerRecord, today?: string): string {
  let best = '';
  for (let i = 0; i < ACTIVITY.length; i++) {
    const day = validDay(r.fields[ACTIVITY[i]]);
    if (day > best && (today === undefined || day <= today)) best = day;
  }
  return best;
}

/**
 * Fields a retype shortens (望京SOHO T1 1201 for 北京市朝阳区望京SOHO T1-1201, 老王烟酒 for 老王烟酒店): a value
 * that is another copy's with words left out says less, and counts as no value to most-complete (h70 2).
 */
const SHORTENED: readonly FieldId[] = ['name', 'company', 'address'];

const spelled = (c: Cell | undefined): string => (c === undefined || isBlank(c) ? '' : lettersAndDigits(foldText(matchText(c))));

/**
 * Every member that fills the field holds the very same text (a customer typed twice alike): none
 * writes it out more fully than another, which is told without folding each (every group's rows).
 */
function writtenAlike(members: readonly CustomerRecord[], f: FieldId): boolean {
  let first: string | undefined;
  for (let m = 0; m < members.length; m++) {
    const c = members[m].fields[f];
    if (c === undefined || isBlank(c)) continue;
    if (c.kind !== 'text') return false;
    if (first === undefined) first = c.value;
    else if (c.value !== first) return false;
  }
  return true;
}

/** For each member, how many of its SHORTENED values another member writes out in full (contains, and says more). */
function shortenedCounts(members: readonly CustomerRecord[]): number[] {
  const out = members.map(() => 0);
  for (const f of SHORTENED) {
    if (writtenAlike(members, f)) continue;
    const texts = members.map((r) => spelled(r.fields[f]));
    texts.forEach((t, m) => {
      if (t.length >= 2 && texts.some((o) => o.length > t.length && o.includes(t))) out[m]++;
    });
  }
  return out;
}

/** Rank of each rule for a record: higher wins. */
function rank(rule: SurvivorRule, r: CustomerRecord, today: string | undefined, wrong?: WrongValue, shortened = 0): number | string {
  switch (rule) {
    case 'most-complete':
      return filled(r, wrong) - shortened;
    case 'most-recent':
      return lastActivity(r, today);
    case 'first-row':
      return -r.sheetRow;
    case 'last-row':
      return r.sheetRow;
  }
}

/**
 * Members ordered best first by the rules (the first is the survivor); `today` (`YYYY-MM-DD`) leaves
 * later days out; `wrong` names the values the run flagged as wrong, which fill nothing.
 */
export function rankMembers(members: readonly CustomerRecord[], rules: readonly SurvivorRule[], today?: string, wrong?: WrongValue): CustomerRecord[] {
  // A member's rank by a rule is read only when the rules before it tie (most-recent reads four
  // dates, most-complete every field): computed on first need, kept for the other comparisons.
  const nr = rules.length;
  const shortened = rules.includes('most-complete') && members.length > 1 ? shortenedCounts(members) : null;
  const keys: (number | string | undefined)[] = new Array(members.length * nr);
  const key = (m: number, k: number): number | string => {
    const at = m * nr + k;
    let v = keys[at];
    if (v === undefined) keys[at] = v = rank(rules[k], members[m], today, wrong, shortened?.[m] ?? 0);
    return v;
  };
  const order: number[] = new Array(members.length);
  for (let m = 0; m < members.length; m++) order[m] = m;
  sortSmall(order, (x, y) => {
    for (let k = 0; k < nr; k++) {
      const a = key(x, k);
      const b = key(y, k);
      if (a !== b) return a > b ? -1 : 1;
    }
    return members[x].sheetRow - members[y].sheetRow;
  });
  const out: CustomerRecord[] = new Array(order.length);
  for (let m = 0; m < order.length; m++) out[m] = members[order[m]];
  return behind(behind(out, saysItIsTheCopy), (r) => isRetired(r.fields));
}

/** The row's own remark only says the row is a duplicate (duplicate-remark.ts), or that it was entered again (re-registration.ts). */
function saysItIsTheCopy(r: CustomerRecord): boolean {
  const notes = r.fields.notes;
  if (notes === undefined || isBlank(notes)) return false;
  const text = cellText(notes);
  return onlySaysDuplicate(text) || saysEnteredAgain(text);
}

/** `ranked` with the rows `last` holds of moved behind the others, each part in its order; as it was when all or none are. */
function behind(ranked: CustomerRecord[], last: (r: CustomerRecord) => boolean): CustomerRecord[] {
  // Most groups hold no such row: asked without a list of flags per group.
  let any = false;
  for (let i = 0; i < ranked.length && !any; i++) any = last(ranked[i]);
  if (!any) return ranked;
  const flags = ranked.map(last);
  if (!flags.some(Boolean) || flags.every(Boolean)) return ranked;
  return [...ranked.filter((_, i) => !flags[i]), ...ranked.filter((_, i) => flags[i])];
}
