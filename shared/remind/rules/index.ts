/** The reminder rules by name, as the settings name them (a name not here is a settings error). */
import type { RemindSettings } from '../settings';
import type { ReminderRule } from '../types';
import { birthdayRule } from './birthday';
import { anniversaryRule } from './anniversary';
import { contractRule } from './contract';
import { followUpRule } from './follow-up';
import { appointmentRule } from './appointment';
import { staleRule } from './stale';
import { highValueDormantRule } from './high-value-dormant';
import { remainingRule } from './remaining';

export const REMINDER_RULES: { readonly [K in keyof RemindSettings]: ReminderRule<RemindSettings[K]> } = {
  birthday: birthdayRule,
  anniversary: anniversaryRule,
  contract: contractRule,
  followUp: followUpRule,
  appointment: appointmentRule,
  stale: staleRule,
  highValueDormant: highValueDormantRule,
  remaining: remainingRule,
};
