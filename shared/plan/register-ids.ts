/**
 * Why a customer typed twice, each time given the next number of the sheet's register (客户编号 C001 /
 * C002), is still shown as one customer, and what a merge does with the debt typed on both rows. Every
 * row of a register has its own number, so two of them are no evidence of two accounts (a member card's
 * number is: dedupe/accounts.ts); but a debt on both rows cannot then be told from one debt typed at two
 * dates, and a merge keeps the kept row's own (dedupe/owed.ts, warned of by held-elsewhere.ts). Both are
 * said in the group's reasons, before any merge, so the user reads why the rows are one and what to check.
 */
import type { DuplicateGroup, Reason } from '../dedupe/types';
import type { Row, Table } from '../table/table';
import type { FieldId } from '../schema/fields';
import { cellText } from '../table/cell';
import { isRunningNumber } from '../table/running-number';
import { isOwedIn, owedAmount, type OwedMoney } from '../dedupe/owed';
import { recordKeyCol, recordKeyOf } from '../dedupe/record-key';

/** Groups whose rows are kept apart (a family, an account's contacts, one customer's records): nothing is merged, nothing to say. */
const keptApart = (g: DuplicateGroup) => g.family === true || g.contacts === true || g.records === true || g.keptApart === true;

/** The distinct values of `texts`, in order, joined as the reasons show them (C001 / C002). */
function distinct(texts: readonly string[]): string[] {
  return [...new Set(texts.filter((x) => x !== ''))];
}

/**
 * `groups` with the two notes added to the reasons of each group a merge may fold: the register numbers
 * that differ (dedupe.reason.registerIds), and each owed column two rows fill with different amounts
 * that a merge will not add (dedupe.reason.owedOnBoth). Unchanged where neither applies.
 */
export function withRegisterNotes(
  groups: readonly DuplicateGroup[],
  table: Table,
  fieldCols: Partial<Record<FieldId, number>>,
  isRead: (col: number) => boolean,
  money: OwedMoney,
): DuplicateGroup[] {
  if (groups.length === 0) return [...groups];
  const idCol = fieldCols.customerId;
  const register = idCol !== undefined && isRunningNumber(table.rows, idCol, { prefixed: true, header: table.headers[idCol] });
  // A record key that is no register (a card's, an ERP's): two of them are two accounts, whose debts a merge adds.
  const keyCol = register ? undefined : recordKeyCol(table, fieldCols, () => false);
  const owedCols = table.headers.map((h, col) => (isOwedIn(h, table.headers) && !isRead(col) ? col : -1)).filter((col) => col >= 0);
  const rowAt = new Map(table.rows.map((r) => [r.sheetRow, r]));
  return groups.map((g) => {
    if (keptApart(g)) return g;
    const rows = g.rows.map((n) => rowAt.get(n)).filter((r): r is Row => r !== undefined);
    const notes: Reason[] = [];
    if (register) {
      const ids = distinct(rows.map((r) => cellText(r.cells[idCol!] ?? { kind: 'empty' }).trim()));
      if (ids.length > 1) notes.push({ code: 'dedupe.reason.registerIds', evidence: 'for', params: { column: String(table.headers[idCol!]).trim(), values: ids.join(' / ') } });
    }
    const accounts = keyCol !== undefined && distinct(rows.map((r) => recordKeyOf(r, keyCol))).length > 1;
    // Two branches or stores (好又多超市（东门店） / （西门店）) are two accounts and each debt is its own:
    // "one debt typed twice?" is no question to ask of them, and no merge is proposed.
    const branches = g.reasons.some((r) => r.code === 'dedupe.reason.company.branch');
    if (!accounts && !branches) {
      for (const col of owedCols) {
        const owing = rows.filter((r) => (owedAmount(r.cells[col], money) ?? 0) !== 0);
        const amounts = distinct(owing.map((r) => cellText(r.cells[col]!).trim()));
        if (owing.length > 1 && new Set(owing.map((r) => owedAmount(r.cells[col], money))).size > 1) {
          notes.push({ code: 'dedupe.reason.owedOnBoth', evidence: 'for', params: { column: String(table.headers[col]).trim(), values: amounts.join(' / ') } });
        }
      }
    }
    return notes.length === 0 ? g : { ...g, reasons: [...g.reasons, ...notes] };
  });
}
