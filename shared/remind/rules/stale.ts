/**
 * Stale records: nothing in the contact / update dates for N days or more. The due date is the day
 * the record became stale. A row with none of these dates is not judged (its age is unknown).
 */
import { formatIso, fromDayNumber } from '../../table/civil-date';
import type { FieldId } from '../../schema/fields';
import type { RemindSettings } from '../settings';
import type { ReminderDraft, ReminderRule } from '../types';
import { dayOf } from './date-of';

export const staleRule: ReminderRule<RemindSettings['stale']> = (record, settings, ctx): ReminderDraft | null => {
  let latest: number | null = null;
  let field: FieldId | null = null;
  for (const f of settings.fields) {
    const day = dayOf(record.fields[f]);
    if (day !== null && (latest === null || day > latest)) {
      latest = day;
      field = f;
    }
  }
  if (latest === null || field === null) return null;
  const ago = ctx.todayDay - latest;
  if (ago < settings.days) return null;
  const date = formatIso(fromDayNumber(latest));
  return {
    kind: 'stale', due: latest + settings.days, event: date,
    reason: { code: 'remind.reason.stale', params: { field, date, days: ago, limit: settings.days } },
  };
};
