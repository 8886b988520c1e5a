/**
 * Which contract a reminder is of, for a customer holding several (a policy list's 陈建国 with his 重疾险, his
 * daughter's 少儿医疗 and his wife's 百万医疗, each ending in December): each contract reminder names its row's
 * 险种 and 保单号 (a 合同编号 is read as the same field) beside him, 陈建国（重疾险 P2021000123）, so the agent
 * knows which policy to renew without opening the row (tester h64 finding 9), and the insured where he is
 * not the policyholder (陈建国（少儿医疗险 P2023000456 被保险人 陈小雨）). A customer with one contract needs no
 * more than his name.
 */
import { t } from '../i18n';
import type { Lang } from '../i18n/define';
import type { FieldId } from '../schema/fields';
import type { CustomerRecord } from '../table/records';
import { displayText } from '../text/fold';
import type { Reminder, ReminderKind } from './types';

/** The fields naming one contract among a customer's several, in the order shown (rules as data). */
export const CONTRACT_NAMERS: readonly FieldId[] = ['product', 'orderId'];

/** The reminders that are of one contract, not of the customer (his birthday, his follow-up). */
const OF_A_CONTRACT: ReadonlySet<ReminderKind> = new Set<ReminderKind>(['contract', 'contractExpired']);

/** A row's contract as named: its 险种 and 保单号, '' when it names neither. */
const policyOf = (record: CustomerRecord): string => CONTRACT_NAMERS.map((f) => displayText(record.fields[f]).trim()).filter((text) => text !== '').join(' ');

/**
 * Each contract reminder of a row whose customer holds several contracts (`rowsOf`: each customer's rows; one
 * policy typed twice is one) gets its contract named in its customer text (in place: the groups share the reminders).
 */
export function nameContracts(
  reminders: readonly Reminder[],
  rows: readonly CustomerRecord[],
  rowsOf: readonly (readonly number[])[],
  lang: Lang,
  insuredOf?: (sheetRow: number) => string,
): void {
  const byRow = new Map(rows.map((r) => [r.sheetRow, r]));
  // A policy on another person than the policyholder (被保险人 王小雨 beside 投保人 王建国) names him too:
  // a father's two 少儿医疗险 differ only by the child they cover (schema/insured-columns.ts).
  const contractOf = (record: CustomerRecord): string => {
    const insured = insuredOf?.(record.sheetRow) ?? '';
    const own = insured === '' || insured === displayText(record.fields.name).trim() ? '' : t(lang, 'remind.insured', { name: insured });
    return [policyOf(record), own].filter((text) => text !== '').join(' ');
  };
  const named = new Map<number, string>();
  for (const mine of rowsOf) {
    if (mine.length < 2) continue;
    const contracts = new Map<number, string>();
    for (const row of mine) {
      const record = byRow.get(row);
      if (record) contracts.set(row, contractOf(record));
    }
    if (new Set(contracts.values()).size < 2) continue;
    for (const [row, contract] of contracts) if (contract !== '') named.set(row, contract);
  }
  if (named.size === 0) return;
  for (const r of reminders) {
    const contract = OF_A_CONTRACT.has(r.kind) ? named.get(r.sheetRow) : undefined;
    if (contract !== undefined) r.customer = t(lang, 'remind.whichContract', { customer: r.customer, contract });
  }
}
