/**
 * Whom to call about a customer who is not the one to call: a school's pupil is reached through his
 * parent (家长姓名, 监护人: the `guardian` field). His reminders name the parent and the number beside
 * the child, 王子涵（家长 王建国 13800138000）, so the teacher does not look the parent up first.
 */
import { t } from '../i18n';
import type { Lang } from '../i18n/define';
import type { MessageKey } from '../i18n';
import type { FieldId } from '../schema/fields';
import type { CustomerRecord } from '../table/records';
import { displayText } from '../text/fold';
import type { Reminder } from './types';
import { phoneDigitsLost } from '../normalize/lost-digits';

/** The fields naming the person to call instead of the customer, with the word saying who he is; first written wins. */
export const PERSON_TO_CALL: readonly { field: FieldId; role: MessageKey }[] = [
  { field: 'guardian', role: 'remind.role.guardian' },
];

/** The numbers to call him on, first written wins: a school's 家长电话 is read as the phone or mobile. */
const NUMBERS: readonly FieldId[] = ['mobile', 'phone'];

/**
 * The first number of the row that reaches someone, its own columns then their extra ones (a second
 * 家长电话); '' for none written, null when every one written lost its last digits (1.5933E+10): a
 * number Excel cut is no number to dial, and a reminder offering it sends the teacher to a stranger
 * (tester h71 #18), so the reminder says the number is incomplete instead.
 */
function numberToCall(record: CustomerRecord): string | null {
  let cut = false;
  for (const cell of [...NUMBERS.map((f) => record.fields[f]), ...NUMBERS.flatMap((f) => record.extra?.[f] ?? [])]) {
    if (cell === undefined) continue;
    const text = displayText(cell).trim();
    if (text === '') continue;
    if (phoneDigitsLost(cell)) cut = true;
    else return text;
  }
  return cut ? null : '';
}

/** Each reminder of a row naming a person to call gets him in its customer text (in place: groups share the reminders). */
export function namePersonToCall(reminders: readonly Reminder[], records: readonly CustomerRecord[], lang: Lang): void {
  const byRow = new Map(records.map((r) => [r.sheetRow, r]));
  for (const r of reminders) {
    const record = byRow.get(r.sheetRow);
    if (!record) continue;
    const who = PERSON_TO_CALL.map((p) => ({ role: p.role, name: displayText(record.fields[p.field]).trim() })).find((p) => p.name !== '');
    if (!who) continue;
    const number = numberToCall(record);
    const shown = number === null ? t(lang, 'remind.numberIncomplete') : number === '' ? '' : ` ${number}`;
    r.customer = t(lang, 'remind.personToCall', { customer: r.customer, role: t(lang, who.role), name: who.name, number: shown });
  }
}
