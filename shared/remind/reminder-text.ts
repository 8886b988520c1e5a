/** A reminder's reason and its owner group's name, rendered in zh-CN or en. */
import { t } from '../i18n';
import type { Lang } from '../i18n/define';
import { messageText } from '../classify/reason';
import type { Reminder } from './types';

export function reminderText(lang: Lang, reminder: Pick<Reminder, 'reason' | 'alsoRows'>): string {
  const text = messageText(lang, reminder.reason.code, reminder.reason.params);
  return reminder.alsoRows ? text + t(lang, 'remind.alsoRows', { rows: reminder.alsoRows.join(lang === 'zh-CN' ? '、' : ', ') }) : text;
}

/** The owner as shown at the head of a group: the name, or "unassigned". */
export function ownerText(lang: Lang, owner: string): string {
  return owner === '' ? t(lang, 'remind.owner.unassigned') : owner;
}
