/**
 * Contact values a merge takes from the newest row: a customer typed again with a new phone (a later
 * 最近联系 or 录入日期, or a remark saying the number is new, 换了新手机号) is reached on that number, not on
 * the one his old, fuller row holds; so is one typed again with a new e-mail or WeChat, by the rows'
 * dates. Zoho's and HubSpot's merges let the most recent value win for contact fields; the old value is
 * kept in the merged values and the archive, and the run says which value it kept for the group
 * (plan/newer-phones.ts). Only between rows that are one person (one-person.ts): a son's number never
 * replaces his father's. Other fields keep the kept row's values.
 */
import type { FieldId } from '../schema/fields';
import type { Row } from '../table/table';
import type { Cell } from '../table/cell';
import { foldText, matchText } from './keys/fold';
import { PLAN_MADE_BY } from '../remind/newest-plan';
import { osaDistance } from '../normalize/edit-distance';

/**
 * The contact fields whose newest value wins a merge, in each of their columns (手机 and 手机2, Email and
 * Email 2). Not QQ: an account kept for years beside a new one, as often a second as a replacement.
 */
export const NEWEST_WINS: ReadonlySet<string> = new Set<FieldId>(['mobile', 'phone', 'email', 'wechat']);

/** The fields a row's remark can name as new (换了新手机号): its number. An e-mail or WeChat wins by the rows' dates alone. */
const SAID_NEW: ReadonlySet<string> = new Set<FieldId>(['mobile', 'phone']);

/** What separates several e-mails or WeChat ids typed in one cell (a@x.com; b@y.com, Google's ' ::: '). */
const SEVERAL = /\s*:::\s*|[\s;,，；、|/]+/u;

/**
 * The values of an e-mail or WeChat cell, each folded (case and width aside), so that a cell holding
 * two (a@x.com; b@y.com) already holds a newer row's a@x.com: one value alone is no new one.
 */
export function contactParts(text: string): string[] {
  return text.split(SEVERAL).map(foldText).filter((part) => part !== '');
}

/**
 * Whether two folded e-mails or WeChat ids are one value typed twice with a slip (lh1986@163.com and
 * lh1986@163.con, qq.cm, sian.com, 136.com for 163.com): a keystroke or two apart, a quarter of the
 * shorter at most. The later row's is then no new address, as often the slip as the fix: the kept
 * row keeps its own, the other listed with the merged values (a generated 100k sheet's every "newer"
 * e-mail was such a slip, half of them the wrong way).
 */
export function slipOf(a: string, b: string): boolean {
  const most = Math.min(2, Math.floor(Math.min(a.length, b.length) / 4));
  return most > 0 && Math.abs(a.length - b.length) <= most && osaDistance(a, b) <= most;
}

/** Fields that date a row's latest activity (as survivor.ts reads them), most telling first: one list with the newest plan's. */
const ACTIVITY = PLAN_MADE_BY;

/** Words of a remark saying the row's number is a new one, folded (rules as data). */
const NEW_NUMBER_WORDS: readonly string[] = ['换了新手机', '换了手机', '换了新号', '换号', '新手机号', '新号码', '新电话', '新的手机', '改号', 'new number', 'new phone', 'new mobile', 'new cell', 'new direct line', 'changed number', 'changed phone'].map(foldText);

/** A row's latest activity day (YYYY-MM-DD) by its date cells, a day after `today` left out (a typo the run flags); '' when none. */
export function rowActivity(row: Row, fieldCols: Partial<Record<FieldId, number>>, today?: string): string {
  let best = '';
  for (const f of ACTIVITY) {
    const col = fieldCols[f];
    const c = col === undefined ? undefined : row.cells[col];
    if (c?.kind !== 'date') continue;
    const day = c.value.slice(0, 10);
    if (day > best && (today === undefined || day <= today)) best = day;
  }
  return best;
}

/** Whether a row's remark says its value of `field` is new (换了新手机号, new direct line): only a number's. */
export function saysNewNumber(row: Row, fieldCols: Partial<Record<FieldId, number>>, field: FieldId): boolean {
  if (!SAID_NEW.has(field)) return false;
  const col = fieldCols.notes;
  const c: Cell | undefined = col === undefined ? undefined : row.cells[col];
  if (!c || c.kind !== 'text') return false;
  const text = foldText(matchText(c));
  return NEW_NUMBER_WORDS.some((w) => text.includes(w));
}

/**
 * The row of `others` whose value of `field` the kept row takes: the newest by activity, later than the kept
 * row's, or one no older that says its number is new (`said`: taken on the remark's word alone). `differs` tells a row holding another value
 * than the kept one's (and being the same person). Null when the kept row's is the newest.
 */
export function newerNumberRow(
  field: FieldId,
  kept: Row,
  others: readonly Row[],
  differs: (r: Row) => boolean,
  fieldCols: Partial<Record<FieldId, number>>,
  today?: string,
): { row: Row; day: string; said: boolean } | null {
  const keptDay = rowActivity(kept, fieldCols, today);
  let best: { row: Row; day: string; said: boolean } | null = null;
  for (const r of others) {
    if (!differs(r)) continue;
    const day = rowActivity(r, fieldCols, today);
    const said = saysNewNumber(r, fieldCols, field);
    const newer = day !== '' && day > keptDay;
    const notOlder = day === '' || keptDay === '' || day >= keptDay;
    if (!newer && !(said && notOlder)) continue;
    // `said`: taken on the remark's word alone, the row being no later than the kept one.
    if (!best || day > best.day || (day === best.day && said && !best.said)) best = { row: r, day, said: said && !newer };
  }
  return best;
}
