/** A reminder's reason and its owner group's name, rendered in zh-CN or en. */
import { t } from '../i18n';
import type { Lang } from '../i18n/define';
import { messageText } from '../classify/reason';
import type { Reminder } from './types';

export function reminderText(lang: Lang, reminder: Pick<Reminder, 'reason'>): string {
  return messageText(lang, reminder.reason.code, reminder.reason.params);
}

/** The owner as shown at the head of a group: the name, or "unassigned". */
export function ownerText(lang: Lang, owner: string): string {
  return owner === '' ? t(lang, 'remind.owner.unassigned') : owner;
}
