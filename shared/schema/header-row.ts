/**
 * Finds the header row of a sheet: the row among the first non-blank ones whose cells name the
 * most known fields, skipping title rows ('2024年华东区客户名单' alone in A1) and blank rows above.
 */
import { cellText, isBlank, type Cell } from '../table/cell';
import type { Settings } from '../settings/types';
import { IDENTIFIES_CUSTOMER, type FieldId } from './fields';
import { findOverride } from './header-map';
import { matchHeader } from './header-match';

/** Non-blank rows looked at from the top. */
export const HEADER_SCAN_ROWS = 30;
/** A cell counts as naming a field only when the match is this sure (exact or contained). */
const SURE = 0.8;

const present = (row: readonly Cell[] | undefined): Cell[] =>
  (row ?? []).filter((c): c is Cell => c != null && !isBlank(c));

/**
 * A value written as a code: letters run straight into three or more digits (VIP20000, SVIP001,
 * HY2024001), a member card's or an order's number. Header folding drops a header's numbering
 * (Phone2, 电话1 → the phone field), so such a value would fold to its prefix (vip) and name a field;
 * a header's numbering is one or two digits, or stands apart (Sales 2024).
 */
const CODE_VALUE = /^\p{L}+\d{3,}$/u;

/** The field a header text surely names (settings' overrides first), memoised per text; null when none. */
function headerFieldOf(settings: Settings): (text: string) => FieldId | null {
  const memo = new Map<string, FieldId | null>();
  return (text) => {
    let f = memo.get(text);
    if (f === undefined) {
      const o = findOverride(text, settings);
      if (o) f = o.value === 'ignore' ? null : o.value;
      else if (CODE_VALUE.test(text)) f = null;
      else {
        const m = matchHeader(text, { fuzzy: false });
        f = m && m.confidence >= SURE ? m.field : null;
      }
      memo.set(text, f);
    }
    return f;
  };
}

/**
 * A row that reads like a header: it names at least two different fields, and most of its cells
 * name one (姓名 | 手机 | 邮箱 under a second table's title). A customer's row names none or one.
 */
export function namesFields(row: readonly Cell[] | undefined, settings: Settings): boolean {
  const filled = present(row);
  const fieldOf = headerFieldOf(settings);
  const named = filled.map((c) => fieldOf(cellText(c).trim())).filter((f): f is FieldId => f !== null);
  return new Set(named).size >= 2 && named.length * 2 >= filled.length;
}

/**
 * A column read top down that lists fields, as a table turned on its side does (姓名 / 手机 / 邮箱 /
 * 负责人 down column A): it names fields as a header row does, and names each of them about once. A
 * column of values names one field over and over (会员卡号 over VIP20000, VIP20001 … , each folding to
 * vip), and is a customer table's first column, not a list of its fields.
 */
export function listsFields(labels: readonly Cell[] | undefined, settings: Settings): boolean {
  if (!namesFields(labels, settings)) return false;
  const fieldOf = headerFieldOf(settings);
  const named = present(labels).map((c) => fieldOf(cellText(c).trim())).filter((f): f is FieldId => f !== null);
  return new Set(named).size * 2 >= named.length;
}

/**
 * The row right under the header that writes the header again in other words (a bilingual sheet's
 * English row under its Chinese one: Name | Mobile | Birthday under 客户姓名 | 手机 | 生日): every cell
 * text, at least two of them naming the field their header names, most of those naming a field agreeing
 * with it, and none naming another. A customer's row holds values (13800000001, 2024-12-04), of which a
 * stray word (电话 in a 备注 column) names another field than its header.
 */
export function restatesHeader(row: readonly Cell[] | undefined, header: readonly Cell[] | undefined, settings: Settings): boolean {
  const fieldOf = headerFieldOf(settings);
  let agree = 0;
  let named = 0;
  const cells = row ?? [];
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (cell == null || isBlank(cell)) continue;
    if (cell.kind !== 'text') return false;
    const mine = fieldOf(cellText(cell).trim());
    if (mine === null) continue;
    named++;
    const above = header?.[c];
    const theirs = above == null || isBlank(above) ? null : fieldOf(cellText(above).trim());
    if (theirs !== null && theirs !== mine) return false;
    if (theirs === mine) agree++;
  }
  return agree >= 2 && agree * 2 >= named;
}

/**
 * Whether a row from `from` down holds anything: read in place, as a copy of the rows below
 * (cells.slice) per candidate header row was 30 copies of a 100,000-row sheet.
 */
function anyFilledFrom(cells: readonly (readonly Cell[] | undefined)[], from: number): boolean {
  for (let i = from; i < cells.length; i++) {
    const row = cells[i];
    if (row) for (let c = 0; c < row.length; c++) if (row[c] != null && !isBlank(row[c])) return true;
  }
  return false;
}

/**
 * Index into `cells` of the header row, or null when no row names a known field.
 * `settings.headers.row` (a sheet row, 1-based) forces the choice; `firstRow` is the sheet row of
 * `cells[0]`. A forced row outside `cells` or blank gives null.
 */
export function findHeaderRow(cells: Cell[][], settings: Settings, firstRow = 1): number | null {
  const forced = settings.headers?.row;
  // A forced row naming no field is refused by toTable, which knows the columns it maps (overrides,
  // fuzzy matches); it names the row detectedHeaderRow would have taken.
  if (forced !== null && forced !== undefined) {
    const i = forced - firstRow;
    return Number.isInteger(i) && i >= 0 && i < cells.length && present(cells[i]).length > 0 ? i : null;
  }

  const rows: number[] = [];
  for (let i = 0; i < cells.length && rows.length < HEADER_SCAN_ROWS; i++) {
    if (present(cells[i]).length > 0) rows.push(i);
  }
  const widest = Math.max(0, ...rows.map((i) => present(cells[i]).length));
  const fieldOf = headerFieldOf(settings);

  let best: { index: number; score: number } | null = null;
  rows.forEach((index, k) => {
    const filled = present(cells[index]);
    // A lone cell above wider rows is a title, not a header.
    if (filled.length === 1 && widest > 1) return;
    const fields = new Set<FieldId>();
    let textCells = 0;
    for (const cell of filled) {
      if (cell.kind === 'text') textCells++;
      const f = fieldOf(cellText(cell).trim());
      if (f) fields.add(f);
    }
    if (fields.size === 0) return;
    const dataFollows = k + 1 < rows.length || anyFilledFrom(cells, index + 1);
    const score = fields.size + 0.5 * (textCells / filled.length) + (dataFollows ? 0.25 : 0);
    if (best === null || score > best.score) best = { index, score };
  });
  return best === null ? null : (best as { index: number }).index;
}

/**
 * The sheet row the header would be found in were `headers.row` not set, or null: what a refusal of
 * a forced row that names no column (a title row, 2024年客户名单) points the user to.
 */
export function detectedHeaderRow(cells: Cell[][], settings: Settings, firstRow = 1): number | null {
  const at = findHeaderRow(cells, { ...settings, headers: { ...settings.headers, row: null } }, firstRow);
  return at === null ? null : firstRow + at;
}

/**
 * The grid holds a customer table: a header row naming at least two different fields, one of which
 * tells who the customer is or how to reach him (IDENTIFIES_CUSTOMER; his account number alone does not). A host picks
 * the sheet to clean with it when the user names none (a workbook may open on a cover or an
 * instructions sheet, whose "1. 手机号请填写 11 位数字" names one field at most).
 */
export function holdsCustomerTable(cells: Cell[][], settings: Settings, firstRow = 1): boolean {
  const fields = headerFields(cells, settings, firstRow);
  return fields !== null && fields.size >= 2 && [...fields].some((f) => IDENTIFIES_CUSTOMER.has(f) && !NAMES_ACCOUNT_ONLY.has(f));
}

/**
 * A number that names an account and not who holds it: a ledger of the accounts' statements or
 * invoices keyed by it (对账记录: 月结账号 | 月份 | 金额) names no person or company and reaches nobody, so
 * it is no customer sheet (tester h74: named as a second one, and checked for 撞单 across sheets).
 */
const NAMES_ACCOUNT_ONLY: ReadonlySet<FieldId> = new Set<FieldId>(['customerId']);

/** The fields the grid's header row names surely (exact or contained), or null when it has no header row. */
export function headerFields(cells: Cell[][], settings: Settings, firstRow = 1): Set<FieldId> | null {
  const at = findHeaderRow(cells, settings, firstRow);
  if (at === null) return null;
  return new Set(present(cells[at]).map((c) => matchHeader(cellText(c))).filter((m) => m !== null && m.confidence >= SURE).map((m) => m!.field));
}
