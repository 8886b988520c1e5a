/**
 * Whether the customer opted out of e-mail (remind settings `skipOptedOut`): an Email Opt Out of true
 * (Zoho, Salesforce), a yes in a 退订邮件 column. He refused the marketing a greeting is (a birthday card,
 * an anniversary e-mail), not the owner's own follow-ups and renewals, which stay reminded. A decision
 * of tester h71 finding 11 (README: 退订邮件 / Email Opt Out), and of tester h73 #14 (a Square client
 * unsubscribed): the CRMs that send birthday greetings send them as marketing (HubSpot's and Mailchimp's
 * birthday automations go only to contacts subscribed to marketing e-mail; a greeting that sells nothing
 * still promotes the business, which is what the EU's and the UK's e-mail rules call marketing), while a
 * service message about his own contract is not.
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
