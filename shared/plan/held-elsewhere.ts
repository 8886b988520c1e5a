/**
 * What a customer typed twice holds on the row a merge does not keep, and that the kept row does not
 * say: a stored-value or prepaid balance (储值余额), money the shop owes the customer, which a merge
 * leaves on the archived card. Said as a warning naming both rows, for the user to move it by hand;
 * the run does not add balances itself (whether two cards are one account is the user's to know). His
 * spend and order count are joined by the merge itself (dedupe/totals.ts) and said by joined-totals.ts.
 * Money he owes (欠费, 应收款, Balance Due) is per account too: two accounts' debts the merge adds
 * (dedupe/owed.ts); of rows not told apart, the archived row's debt is warned of here, naming the
 * amount and what the two come to, for the user to judge whether both are still owed (tester h66: a
 * clinic's 1200 went to the archive with no word, the kept row showing 0).
 */
import type { Table, Row } from '../table/table';
import type { FieldId } from '../schema/fields';
import { cellText, isFormula, type Cell } from '../table/cell';
import type { SheetProblem } from './issue';
import type { DuplicateGroup, MergePlan } from '../dedupe/types';
import { foldText } from '../dedupe/keys/fold';
import { parseAmount } from '../normalize/amount';
import { foldHeader } from '../schema/fold-header';
import { OWED_HEADER_KEYS, OWED_HEADS, OWED_WORDS } from '../schema/header-match';
import { isOwedIn } from '../dedupe/owed';
import { sumExactly } from '../normalize/decimal';

/**
 * Header words of a balance the shop holds for (or is owed by) the customer: a stored-value card's
 * 储值余额, 预存款, 卡内余额, Store credit, Account balance. Lower-case, as foldText writes them.
 */
export const BALANCE_WORDS: readonly string[] = ['余额', '储值', '预存', '预付款', '卡内金额', 'balance', 'store credit'];

/** How the sheet writes its money: what a balance column's text (2,000.00, ¥300) is read by. */
export interface MoneyReading {
  currency: string;
  decimal: '.' | ',';
}

/**
 * A cell's number: a number cell's value, a text read as the sheet's amounts are (parseAmount: a
 * 12,000 € under a decimal comma is no number here either); null when none. A text that writes its
 * own currency ($85.00) is read in it, though the sheet's is another: a list with no amount column
 * (a dental recall list's Balance) leaves the run on the default currency, and only a warning is
 * made of it, never a sum, so no two currencies are ever added (tester h69, 2).
 */
function amountOf(c: Cell | undefined, money: MoneyReading): number | null {
  if (c === undefined || isFormula(c)) return null;
  if (c.kind === 'number') return c.value;
  if (c.kind !== 'text') return null;
  const read = parseAmount(c.value, money.currency, money.decimal);
  if (read.kind === 'foreign') {
    const own = parseAmount(c.value, read.currency, money.decimal);
    return own.kind === 'number' ? own.value : null;
  }
  return read.kind === 'number' ? read.value : null;
}

/**
 * Whether a header names a balance the shop holds for the customer (储值余额, Store credit): read as
 * money, though no field reads it. Not one he owes: 应收余额, 欠款余额, Balance Due and Outstanding
 * Balance are receivables (header-match.ts keeps them from his spending by the same words).
 */
export function isBalance(header: unknown): boolean {
  if (typeof header !== 'string' || !BALANCE_WORDS.some((w) => foldText(header).includes(w))) return false;
  const { key, words } = foldHeader(header);
  return !OWED_HEADER_KEYS.has(key) && !OWED_HEADS.some((h) => key.includes(h)) && !words.some((w) => OWED_WORDS.has(w));
}

export interface HeldElsewhereInput {
  /** The cleaned table, every row still in it (the archived rows' values). */
  cleaned: Table;
  /** The table as the run leaves it: the kept rows with what the merge (or the merge a group proposes) gives them. */
  after: Table;
  fieldCols: Partial<Record<FieldId, number>>;
  groups: readonly DuplicateGroup[];
  /** The accepted merge; null when none was asked for (the exact and likely groups are still counted as one customer). */
  merge: MergePlan | null;
  /** The run's own columns (issues, classes): never a balance of the user's. */
  runCols: ReadonlySet<number>;
  /** The sheet's currency and decimal mark, for amounts and balances still typed as text. */
  money: MoneyReading;
  /** A column's own, where it is read with one (a German 2.000,00 balance column in an English sheet: sheet-locale.ts). */
  columnMoney?: ReadonlyMap<number, MoneyReading>;
}

/** One warning per archived row holding a balance the kept row does not. */
export function heldElsewhere({ cleaned, after, fieldCols, groups, merge, runCols, money: sheetMoney, columnMoney }: HeldElsewhereInput): SheetProblem[] {
  const moneyOf = (col: number): MoneyReading => columnMoney?.get(col) ?? sheetMoney;
  const out: SheetProblem[] = [];
  // Without a merge no row leaves the sheet, and no balance with it: no row is looked up.
  if (!merge || merge.removeRows.length === 0) return out;
  // Only the rows of groups a merge archives from are looked up, not every row of a 100,000-row sheet.
  const wanted = new Set<number>();
  for (const g of groups) for (const r of g.rows) wanted.add(r);
  const rowsOf = (table: Table) => {
    const rows = new Map<number, Row>();
    for (const r of table.rows) if (wanted.has(r.sheetRow)) rows.set(r.sheetRow, r);
    return rows;
  };
  const byRow = rowsOf(cleaned);
  const keptRow = rowsOf(after);
  const amountCol = fieldCols.amount;
  const archived = new Set(merge.removeRows);
  // A column a field reads (a Due Date read as contractEnd) is no debt; the debts the merge added, by kept row and column.
  const readByField = new Set(Object.values(fieldCols));
  const summed = new Set((merge.totals ?? []).filter((j) => j.how === 'sum').map((j) => `${j.survivor}:${j.col}`));
  for (const g of groups) {
    if (g.records || g.contacts || g.family || g.keptApart) continue;
    // A balance left on a row that stays in the sheet is still there: only a merge moves one out of sight.
    if (!g.rows.some((r) => archived.has(r))) continue;
    const kept = keptRow.get(g.survivor);
    if (!kept) continue;
    const others = g.rows.filter((r) => r !== g.survivor && archived.has(r)).map((r) => byRow.get(r)).filter((r): r is Row => r !== undefined);
    for (let col = 0; col < cleaned.headers.length; col++) {
      if (runCols.has(col) || col === amountCol) continue;
      const owed = isOwedIn(cleaned.headers[col], cleaned.headers) && !readByField.has(col);
      if (!owed && !isBalance(cleaned.headers[col])) continue;
      // Two accounts' debts the merge added are on the kept row: said by joined-totals.ts, not here.
      if (owed && summed.has(`${g.survivor}:${col}`)) continue;
      const money = moneyOf(col);
      const keptValue = amountOf(kept.cells[col], money);
      for (const r of others) {
        const v = amountOf(r.cells[col], money);
        if (v === null || v === 0 || v === keptValue) continue;
        out.push({
          code: owed ? 'dedupe.owedElsewhere' : 'dedupe.balanceElsewhere',
          severity: 'warning',
          params: {
            row: r.sheetRow, survivor: g.survivor, header: String(cleaned.headers[col] ?? ''), value: cellText(r.cells[col]!), kept: keptValue === null ? '—' : cellText(kept.cells[col]!),
            ...(owed ? { sum: sumExactly([keptValue ?? 0, v]) } : {}),
          },
        });
      }
    }
  }
  return out;
}
