/** A CleanContext for tests: a field by id, default settings with overrides, a fixed today. */
import { FIELD_BY_ID, type FieldId } from '../../../shared/schema/fields';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import type { Settings } from '../../../shared/settings/types';
import type { CivilDate, DateSystem } from '../../../shared/table/civil-date';
import type { CleanContext } from '../../../shared/normalize/types';

export interface CtxOptions {
  phone?: Partial<Settings['phone']>;
  amount?: Partial<Settings['amount']>;
  dates?: Partial<Settings['dates']>;
  skipFields?: FieldId[];
  today?: CivilDate;
  dateSystem?: DateSystem;
}

export const TODAY: CivilDate = { y: 2025, m: 6, d: 15 };

export function ctxFor(field: FieldId, o: CtxOptions = {}): CleanContext {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    phone: { ...DEFAULT_SETTINGS.phone, ...o.phone },
    amount: { ...DEFAULT_SETTINGS.amount, ...o.amount },
    dates: { ...DEFAULT_SETTINGS.dates, ...o.dates },
    normalize: { skipFields: o.skipFields ?? [] },
  };
  return { field: FIELD_BY_ID[field], settings, today: o.today ?? TODAY, dateSystem: o.dateSystem ?? '1900' };
}
