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
import { isGuardianHeader } from '../schema/header-match';
import { foldHeader } from '../schema/fold-header';

/** The fields naming the person to call instead of the customer, with the word saying who he is; first written wins. */
export const PERSON_TO_CALL: readonly { field: FieldId; role: MessageKey }[] = [
  { field: 'guardian', role: 'remind.role.guardian' },
];

/** The numbers to call him on, first written wins: a school's 家长电话 is read as the phone or mobile. */
const NUMBERS: readonly FieldId[] = ['mobile', 'phone'];

/** The headers of the number columns (each field's own column, then its extra ones in their order), as the sheet types them. */
export type NumberHeaders = Partial<Record<FieldId, { main?: string; extra?: readonly string[] }>>;

/** Header words of the pupil's own number (Student Mobile, 学员手机, Child's Phone): never the parent's to call. */
const OWN_NUMBER_WORDS: ReadonlySet<string> = new Set(['student', 'pupil', 'child', 'kid', 'learner']);
const OWN_NUMBER_HEADS = ['学员', '学生', '孩子', '小孩', '本人'];
const ownNumberHeader = (header: string): boolean => {
  const { key, words } = foldHeader(header);
  return words.some((w) => OWN_NUMBER_WORDS.has(w)) || OWN_NUMBER_HEADS.some((h) => key.startsWith(h));
};

/** The number columns' headers of a sheet (`fieldCols` and `extraCols` as the records were read by). */
export function numberHeadersOf(headers: readonly unknown[], fieldCols: Partial<Record<FieldId, number>>, extraCols: Partial<Record<FieldId, number[]>> | undefined): NumberHeaders {
  const text = (col: number | undefined) => (col === undefined ? '' : String(headers[col] ?? '').trim());
  return Object.fromEntries(NUMBERS.map((f) => [f, { main: text(fieldCols[f]), extra: (extraCols?.[f] ?? []).map(text) }]));
}

/**
 * Which of the row's number cells (in numberToCall's order) may be the parent's to call: the parent's
 * own columns (Parent Phone, 家长电话) where the sheet has one, else any but the pupil's own (Student
 * Mobile): a tutor who rings the number labelled as the parent's must not reach the child (tester h79
 * #2). Null: every one may (no headers known). Worked out once per run, from the headers alone.
 */
function parentsNumbers(headers: NumberHeaders | undefined): boolean[] | null {
  if (headers === undefined) return null;
  const all = [...NUMBERS.map((f) => headers[f]?.main ?? ''), ...NUMBERS.flatMap((f) => headers[f]?.extra ?? [])];
  const parents = all.map((h) => h !== '' && isGuardianHeader(h));
  return parents.some(Boolean) ? parents : all.map((h) => !ownNumberHeader(h));
}

/**
 * The first number of the row that reaches someone, its own columns then their extra ones (a second
 * 家长电话); '' for none written, null when every one written lost its last digits (1.5933E+10): a
 * number Excel cut is no number to dial, and a reminder offering it sends the teacher to a stranger
 * (tester h71 #18), so the reminder says the number is incomplete instead.
 */
function numberToCall(record: CustomerRecord, parents: readonly boolean[] | null): string | null {
  let cut = false;
  const extras = (f: FieldId) => record.extra?.[f] ?? [];
  const cells = [...NUMBERS.map((f) => record.fields[f]), ...NUMBERS.flatMap(extras)];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === undefined || (parents !== null && parents[i] === false)) continue;
    const text = displayText(cell).trim();
    if (text === '') continue;
    if (phoneDigitsLost(cell)) cut = true;
    else return text;
  }
  return cut ? null : '';
}

/** Each reminder of a row naming a person to call gets him in its customer text (in place: groups share the reminders). */
export function namePersonToCall(reminders: readonly Reminder[], records: readonly CustomerRecord[], lang: Lang, headers?: NumberHeaders): void {
  const byRow = new Map(records.map((r) => [r.sheetRow, r]));
  const parents = parentsNumbers(headers);
  for (const r of reminders) {
    const record = byRow.get(r.sheetRow);
    if (!record) continue;
    const who = PERSON_TO_CALL.map((p) => ({ role: p.role, name: displayText(record.fields[p.field]).trim() })).find((p) => p.name !== '');
    if (!who) continue;
    const number = numberToCall(record, parents);
    const shown = number === null ? t(lang, 'remind.numberIncomplete') : number === '' ? '' : ` ${number}`;
    r.customer = t(lang, 'remind.personToCall', { customer: r.customer, role: t(lang, who.role), name: who.name, number: shown });
  }
}
