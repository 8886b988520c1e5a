/**
 * Whether the customer opted out of e-mail (remind settings `skipOptedOut`): an Email Opt Out of true
 * (Zoho, Salesforce), a yes in a 退订邮件 column. He refused the marketing a greeting is (a birthday card,
 * an anniversary e-mail), not the owner's own follow-ups and renewals, which stay reminded. A decision
 * of tester h71 finding 11 (README: 退订邮件 / Email Opt Out).
 */
import { cellText, isBlank } from '../table/cell';
import { foldValue } from '../classify/fold-value';
import type { CustomerRecord } from '../table/records';

/** A yes in an opt-out column, as CRMs and teams write it (a false, 否, No, blank says nothing). */
const YES: ReadonlySet<string> = new Set(['true', 'yes', 'y', '1', '是', '是的', '已退订', '退订', '✓', '✔', '√', 'x', 'opted out', 'unsubscribed']);

/** The row's Email Opt Out (field emailOptOut) says he opted out. */
export function optedOutOfEmail(record: CustomerRecord): boolean {
  const cell = record.fields.emailOptOut;
  if (!cell || isBlank(cell) || cell.kind === 'error') return false;
  if (cell.kind === 'boolean') return cell.value;
  return YES.has(foldValue(cellText(cell)));
}
