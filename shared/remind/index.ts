/** Reminders: rules as data → reminders due on `today`, grouped by owner. */
export { remind, type RemindResult, type RemindContext } from './remind';
export { DEFAULT_REMIND_SETTINGS, resolveRemindSettings, type RemindSettings, type RemindRuleName } from './settings';
export { REMINDER_KINDS, type Reminder, type ReminderGroup, type ReminderKind } from './types';
export { groupByOwner, compareReminders, sortReminders } from './group';
export { readBirthday, type BirthdaySpec } from './month-day';
export { nextBirthday, type Feb29Policy } from './next-birthday';
export { lunarToSolar } from './lunar';
export { reminderText, reminderKindText, reminderKindLabel, renewalOf, dueRenewal, dueWhat, whatOf, countsByKind, ownerText, lostText, sharedLinesNote } from './reminder-text';
export { readStanding, readStandingText, STANDINGS, STANDING_WORDS, type Standing } from './standing';
export { customerLines, ONE_LINE_WITHIN_DAYS } from './customer-lines';
export { reminderLineKind, reminderLineText } from './reminder-text';
