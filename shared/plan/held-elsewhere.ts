/**
 * What a customer typed twice holds on the row a merge does not keep, and that the kept row does not
 * say. His spend: two real totals stay one, the kept row's (dedupe/totals.ts: one running total typed
 * twice would be counted twice by a sum), so 马晓燕 kept on 张军's row with ¥200 over one visit is
 * classed and counted on ¥200 while 刘丽's row holds ¥12,800 over six; the merged values list the
 * ¥12,800, but nothing says the class and the report rest on the smaller figure. A stored-value or
 * prepaid balance (储值余额): money the shop owes the customer, which a merge leaves on the archived
 * card. Each is said as a warning naming both rows, for the user to correct the kept row; the run
 * does not add or pick amounts itself (whether two totals are one total typed twice or two accounts
 * is the user's to know).
 */
import type { Table, Row } from '../table/table';
import type { FieldId } from '../schema/fields';
import { cellText, isFormula, type Cell } from '../table/cell';
import type { SheetProblem } from './issue';
import type { DuplicateGroup, MergePlan } from '../dedupe/types';
import { foldText } from '../dedupe/keys/fold';
import { parseAmount } from '../normalize/amount';
import { foldHeader } from '../schema/fold-header';
import { OWED_HEADS, OWED_WORDS } from '../schema/header-match';

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
 * 12,000 € under a decimal comma is no number here either); null when none.
 */
function amountOf(c: Cell | undefined, money: MoneyReading): number | null {
  if (c === undefined || isFormula(c)) return null;
  if (c.kind === 'number') return c.value;
  if (c.kind !== 'text') return null;
  const read = parseAmount(c.value, money.currency, money.decimal);
  return read.kind === 'number' ? read.value : null;
}

/**
 * How many times the kept row's spend a copy must hold before it is said: twice, where the copy holds
 * most of the customer's spending (¥12,800 against ¥200). Two totals a few percent apart (106,410 and
 * 117,051) are one running total typed at two dates, the usual duplicate, and the merged values list
 * the other already: a warning on each would bury the one that matters.
 */
const MOSTLY_ELSEWHERE = 2;

/**
/**
 * The totals a customer's rows each keep, of which the merge keeps the kept row's alone (dedupe/totals.ts),
 * said where a copy holds most of them: his spend, and his order count (订单数 / 购买次数 / Total Orders),
 * which his class rests on as well (有购买次数, an RFM frequency). `doubts`: a flagged amount counts for
 * nothing until confirmed (doubtful-amounts.ts), and its own flag speaks for it.
 */
const HELD_TOTALS: readonly { field: FieldId; code: 'dedupe.spendElsewhere' | 'dedupe.ordersElsewhere'; doubts: boolean }[] = [
  { field: 'amount', code: 'dedupe.spendElsewhere', doubts: true },
  { field: 'orders', code: 'dedupe.ordersElsewhere', doubts: false },
];

/**
 * Whether a header names a balance the shop holds for the customer (储值余额, Store credit): read as
 * money, though no field reads it. Not one he owes: 应收余额, 欠款余额, Balance Due and Outstanding
 * Balance are receivables (header-match.ts keeps them from his spending by the same words).
 */
export function isBalance(header: unknown): boolean {
  if (typeof header !== 'string' || !BALANCE_WORDS.some((w) => foldText(header).includes(w))) return false;
  const { key, words } = foldHeader(header);
  return !OWED_HEADS.some((h) => key.includes(h)) && !words.some((w) => OWED_WORDS.has(w));
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
  /** Rows whose amount the run doubts (doubtful-amounts.ts): it counts for nothing until confirmed, and its own flag speaks for it. */
  doubtful?: ReadonlySet<number>;
}

/**
 * One warning per customer whose row a merge does not keep holds most of his spending (at least twice the kept row's),
 * one where it holds most of his orders, and one per archived row holding a balance the kept row does not.
 */
export function heldElsewhere({ cleaned, after, fieldCols, groups, merge, runCols, money: sheetMoney, columnMoney, doubtful }: HeldElsewhereInput): SheetProblem[] {
  const moneyOf = (col: number): MoneyReading => columnMoney?.get(col) ?? sheetMoney;
  const byRow = new Map<number, Row>();
  cleaned.rows.forEach((r) => byRow.set(r.sheetRow, r));
  const keptRow = new Map<number, Row>();
  after.rows.forEach((r) => keptRow.set(r.sheetRow, r));
  const out: SheetProblem[] = [];
  const amountCol = fieldCols.amount;
  const archived = new Set(merge?.removeRows ?? []);
  for (const g of groups) {
    if (g.records || g.contacts || g.family) continue;
    const merged = g.rows.some((r) => archived.has(r));
    // A review group not merged is two customers until the user says otherwise: each counted on his own row.
    if (!merged && g.confidence === 'review') continue;
    const kept = keptRow.get(g.survivor);
    if (!kept) continue;
    const others = g.rows.filter((r) => r !== g.survivor && (!merged || archived.has(r))).map((r) => byRow.get(r)).filter((r): r is Row => r !== undefined);
    const code = merged ? 'merged' : 'proposed';
    for (const { field, code: said, doubts } of HELD_TOTALS) {
      const col = fieldCols[field];
      if (col === undefined || (doubts && doubtful?.has(g.survivor))) continue;
      const money = moneyOf(col);
      const keptValue = amountOf(kept.cells[col], money) ?? 0;
      let most: { row: Row; value: number } | null = null;
      for (const r of others) {
        const v = doubts && doubtful?.has(r.sheetRow) ? null : amountOf(r.cells[col], money);
        if (v !== null && v > 0 && v >= keptValue * MOSTLY_ELSEWHERE && (most === null || v > most.value)) most = { row: r, value: v };
      }
      if (most) {
        out.push({
          code: `${said}.${code}`,
          severity: 'warning',
          params: { row: most.row.sheetRow, survivor: g.survivor, header: String(cleaned.headers[col] ?? ''), value: cellText(most.row.cells[col]!), kept: cellText(kept.cells[col] ?? { kind: 'empty' }) || '0' },
        });
      }
    }
    // A balance left on a row that stays in the sheet is still there: only a merge moves one out of sight.
    if (!merged) continue;
    for (let col = 0; col < cleaned.headers.length; col++) {
      if (runCols.has(col) || col === amountCol || !isBalance(cleaned.headers[col])) continue;
      const money = moneyOf(col);
      const keptValue = amountOf(kept.cells[col], money);
      for (const r of others) {
        const v = amountOf(r.cells[col], money);
        if (v === null || v === 0 || v === keptValue) continue;
        out.push({
          code: 'dedupe.balanceElsewhere',
          severity: 'warning',
          params: { row: r.sheetRow, survivor: g.survivor, header: String(cleaned.headers[col] ?? ''), value: cellText(r.cells[col]!), kept: keptValue === null ? '—' : cellText(kept.cells[col]!) },
        });
      }
    }
  }
  return out;
}
