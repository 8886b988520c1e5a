/** A reminder's reason and its owner group's name, rendered in zh-CN or en. */
import { t } from '../i18n';
import type { Lang } from '../i18n/define';
import { messageText } from '../classify/reason';
import type { Reminder, ReminderKind } from './types';

export function reminderText(lang: Lang, reminder: Pick<Reminder, 'reason' | 'alsoRows'>): string {
  const text = messageText(lang, reminder.reason.code, reminder.reason.params);
  return reminder.alsoRows ? text + t(lang, 'remind.alsoRows', { rows: reminder.alsoRows.join(lang === 'zh-CN' ? '、' : ', ') }) : text;
}

/** The owner as shown at the head of a group: the name, or "unassigned". */
export function ownerText(lang: Lang, owner: string): string {
  return owner === '' ? t(lang, 'remind.owner.unassigned') : owner;
}

/**
 * A reminder's kind as a label: 合同即将到期, or 疫苗即将到期 / Vaccine ending when the contract-end
 * column is of what else ends (due-label.ts names it `what`): a vet's list should not count its
 * vaccines as contracts. `what` is one per run (one column), so a count by kind can take it from any
 * of its reminders (`dueWhat`).
 */
export function reminderKindText(lang: Lang, kind: ReminderKind, what?: string): string {
  if (what !== undefined && kind === 'contract') return t(lang, 'remind.kind.due', { what });
  if (what !== undefined && kind === 'contractExpired') return t(lang, 'remind.kind.dueExpired', { what });
  return t(lang, `remind.kind.${kind}`);
}

/** What the run's due reminders name (疫苗, 会员卡), when its contract-end column is no contract's. */
export function dueWhat(reminders: readonly Pick<Reminder, 'reason'>[]): string | undefined {
  for (const r of reminders) {
    const what = r.reason.params.what;
    if (typeof what === 'string') return what;
  }
  return undefined;
}
