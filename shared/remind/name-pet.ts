/**
 * The pet a reminder is about, beside its owner: a vet's or a groomer's sheet is one row per pet, and an
 * owner of three is told which one's rabies falls due (tester h77 #9: `Rabies due on 2026-12-10` for
 * Kathleen OConnor, of Rex, Whiskers or Biscuit). Her own days (a birthday) are hers, not the pet's.
 */
import { t } from '../i18n';
import type { Lang } from '../i18n/define';
import type { CustomerRecord } from '../table/records';
import { displayText } from '../text/fold';
import type { Reminder, ReminderKind } from './types';

/** The owner's own occasions: no pet of hers is named in them. */
const OWNERS_OWN: ReadonlySet<ReminderKind> = new Set<ReminderKind>(['birthday', 'childBirthday', 'anniversary']);

/** Each reminder of a row naming its pet gets the pet in its customer text (in place: groups share the reminders). */
export function namePets(reminders: readonly Reminder[], records: readonly CustomerRecord[], lang: Lang): void {
  let byRow: Map<number, CustomerRecord> | undefined;
  for (const r of reminders) {
    if (OWNERS_OWN.has(r.kind)) continue;
    byRow ??= new Map(records.map((rec) => [rec.sheetRow, rec]));
    const pet = displayText(byRow.get(r.sheetRow)?.fields.petName).trim();
    if (pet !== '') r.customer = t(lang, 'remind.petNamed', { customer: r.customer, pet });
  }
}
