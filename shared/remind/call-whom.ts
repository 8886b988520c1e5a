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

/** The fields naming the person to call instead of the customer, with the word saying who he is; first written wins. */
export const PERSON_TO_CALL: readonly { field: FieldId; role: MessageKey }[] = [
  { field: 'guardian', role: 'remind.role.guardian' },
];

/** The numbers to call him on, first written wins: a school's 家长电话 is read as the phone or mobile. */
const NUMBERS: readonly FieldId[] = ['mobile', 'phone'];

/** Each reminder of a row naming a person to call gets him in its customer text (in place: groups share the reminders). */
export function namePersonToCall(reminders: readonly Reminder[], records: readonly CustomerRecord[], lang: Lang): void {
  const byRow = new Map(records.map((r) => [r.sheetRow, r]));
  for (const r of reminders) {
    const record = byRow.get(r.sheetRow);
    if (!record) continue;
    const who = PERSON_TO_CALL.map((p) => ({ role: p.role, name: displayText(record.fields[p.field]).trim() })).find((p) => p.name !== '');
    if (!who) continue;
    const number = NUMBERS.map((f) => displayText(record.fields[f]).trim()).find((n) => n !== '') ?? '';
    r.customer = t(lang, 'remind.personToCall', { customer: r.customer, role: t(lang, who.role), name: who.name, number: number === '' ? '' : ` ${number}` });
  }
}
