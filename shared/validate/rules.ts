/**
 * Validation rules, declared as data: which check (by name, from checks.ts) runs on which fields,
 * how severe a failure is and which message explains it. Users switch rules off by id
 * (settings.validation.disabledRules) and add required fields (settings.validation.requiredFields).
 * Format problems (an unreadable phone or date) are reported by the cleaners, under their own codes.
 */
import type { FieldId } from '../schema/fields';
import type { Severity } from '../plan/issue';
import type { MessageKey } from '../i18n';
import type { CheckName } from './checks';

export interface ValidationRule {
  id: string;
  check: CheckName;
  /** The fields the check reads; the issue is placed on the first one. */
  fields: FieldId[];
  severity: Severity;
  message: MessageKey;
  /** Numbers the check needs (e.g. a maximum age). */
  args?: Readonly<Record<string, number>>;
  /** Fields the check reads after `fields` when the sheet has them (a pet's name beside the remark); the rule runs without them. */
  alsoReads?: FieldId[];
}

const notFuture = (id: string, field: FieldId): ValidationRule => ({
  id, check: 'notAfterToday', fields: [field], severity: 'warning', message: 'rule.dateInFuture',
});

const inOrder = (id: string, earlier: FieldId, later: FieldId): ValidationRule => ({
  id, check: 'notBefore', fields: [later, earlier], severity: 'warning', message: 'rule.dateOrder',
});

/** A remark's leading word read for one kind (remind/remark-words.ts), the row's pet name telling whose 已故 it is. */
const remark = (id: string, check: CheckName, message: MessageKey): ValidationRule => ({
  id, check, fields: ['notes'], alsoReads: ['petName'], severity: 'info', message,
});

export const DEFAULT_RULES: readonly ValidationRule[] = [
  notFuture('birthday.future', 'birthday'),
  { id: 'birthday.age', check: 'ageBetween', fields: ['birthday'], severity: 'warning', message: 'rule.ageImplausible', args: { min: 0, max: 120 } },
  notFuture('lastPurchase.future', 'lastPurchase'),
  notFuture('firstPurchase.future', 'firstPurchase'),
  notFuture('lastContact.future', 'lastContact'),
  notFuture('createdAt.future', 'createdAt'),
  inOrder('contract.order', 'contractStart', 'contractEnd'),
  inOrder('purchase.order', 'firstPurchase', 'lastPurchase'),
  // A resident ID number (身份证号) states its holder's date of birth and sex (GB 11643-1999).
  { id: 'birthday.idCard', check: 'birthMatchesIdCard', fields: ['birthday', 'idCard'], severity: 'warning', message: 'rule.birthdayIdCard' },
  { id: 'birthday.lunarOfIdCard', check: 'birthIsLunarOfIdCard', fields: ['birthday', 'idCard'], severity: 'info', message: 'rule.birthdayLunarOfIdCard' },
  { id: 'gender.idCard', check: 'genderMatchesIdCard', fields: ['gender', 'idCard'], severity: 'warning', message: 'rule.genderIdCard' },
  { id: 'amount.negative', check: 'notNegative', fields: ['amount'], severity: 'warning', message: 'rule.negative' },
  { id: 'orders.negative', check: 'notNegative', fields: ['orders'], severity: 'warning', message: 'rule.negative' },
  // A remark that is a leaving word (备注 退学, 黑名单, 休学, 已卖房, 已转保: remind/remark-words.ts): the
  // reminders it stops stop, and the user is told which and why, one rule per kind of word.
  remark('notes.left', 'noteSaysLeft', 'rule.noteSaysLeft'),
  remark('notes.doNotContact', 'noteSaysDoNotContact', 'rule.noteSaysDoNotContact'),
  remark('notes.paused', 'noteSaysPaused', 'rule.noteSaysPaused'),
  remark('notes.moved', 'noteSaysMoved', 'rule.noteSaysMoved'),
  remark('notes.policyMoved', 'noteSaysPolicyMoved', 'rule.noteSaysPolicyMoved'),
  remark('notes.subjectGone', 'noteSaysSubjectGone', 'rule.noteSaysSubjectGone'),
  { id: 'orders.withoutAmount', check: 'countNeedsAmount', fields: ['amount', 'orders'], severity: 'info', message: 'rule.ordersWithoutAmount' },
];

/**
 * What a run requires when settings.validation.requiredFields is unset: a name. A row of no name that
 * still reaches the customer (an e-mail, a 手机) is a warning then, not an error (validate.ts).
 */
export const DEFAULT_REQUIRED: readonly FieldId[] = ['name'];

/** The rule that checks settings.validation.requiredFields; its id is what users disable. */
export const REQUIRED_RULE_ID = 'required';
/** Error cells (#N/A, #REF! …) in mapped columns. */
export const ERROR_CELL_RULE_ID = 'cell.error';
/** A birthday the column repeats as a filler (1990-01-01 ×12): said once per cell, not reminded. */
export const STAND_IN_RULE_ID = 'birthday.standIn';

/**
 * Whether `id` in settings.validation.disabledRules names something to switch off: a rule's id, the
 * message code the issues list and the JSON report show for it (rule.dateInFuture: every rule saying
 * it), one of the ids above, or a cleaner's finding code (phone.invalid). A typo (birthday.futrue)
 * would silently switch off nothing.
 */
export function isDisableable(id: string, isMessageCode: (code: string) => boolean): boolean {
  if (id === REQUIRED_RULE_ID || id === ERROR_CELL_RULE_ID || id === STAND_IN_RULE_ID) return true;
  if (DEFAULT_RULES.some((r) => r.id === id || r.message === id)) return true;
  return !id.startsWith('fix.') && isMessageCode(id);
}
