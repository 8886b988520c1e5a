/**
 * The columns the settings' own levels for a built-in dimension (classify.vip as a list of levels)
 * and the stale-record reminder read that the sheet does not have. A VIP rule on `city` in a sheet
 * with no city column makes no one VIP, a tier on `orders` leaves everyone 未知, and a stale reminder
 * without a last-contact column finds no one: without a word the user would take 0 for an answer.
 * Presets are left out: they read what a sheet may or may not have (orders beside purchases), and a
 * dimension none of whose columns is there already says so in each row's reason.
 */
import { FIELD_BY_ID, isFieldId, type FieldId } from '../schema/fields';
import type { SheetProblem } from './issue';
import type { Settings } from '../settings/types';
import { fieldsOf } from '../classify/rule-fields';
import { DEFAULT_REMIND_SETTINGS } from '../remind/settings';

const BUILTIN = ['lifecycle', 'activity', 'tier', 'vip'] as const;
/** Header words shown as examples of what would be read as the field. */
const EXAMPLES = 3;

export function missingSettingFields(settings: Settings, fieldCols: Partial<Record<FieldId, number>>): SheetProblem[] {
  const problems: SheetProblem[] = [];
  const missing = (setting: string, field: string): SheetProblem => ({ code: 'classify.settingFieldMissing', severity: 'warning', params: { setting, field, ...headerExamples(field) } });
  for (const dimension of BUILTIN) {
    const levels: unknown = settings.classify[dimension];
    if (!Array.isArray(levels)) continue;
    const read = new Set<string>();
    for (const level of levels) fieldsOf((level as { when?: unknown } | null)?.when, read);
    // A name that is no field id is a column's header, checked against the sheet before the run (rule-columns.ts).
    for (const field of read) if (isFieldId(field) && fieldCols[field] === undefined) problems.push(missing(`classify.${dimension}`, field));
  }
  // The reminder's own defaults on a sheet without those columns are no settings of the user's: only what he changed is said.
  const stale = settings.remind.stale;
  const changed = JSON.stringify(stale) !== JSON.stringify(DEFAULT_REMIND_SETTINGS.stale);
  if (stale.enabled && changed && !stale.fields.some((f) => fieldCols[f] !== undefined)) {
    // The default's 领取时间 (claimedAt) is a public-pool export's column, which most sheets never have:
    // named only when the user's own list names it.
    const ownFields = JSON.stringify(stale.fields) !== JSON.stringify(DEFAULT_REMIND_SETTINGS.stale.fields);
    for (const field of stale.fields) if (ownFields || field !== 'claimedAt') problems.push(missing('remind.stale', field));
  }
  return problems;
}

/** A few headers the sheet could have named the field by, Chinese and English (城市, 所在城市 / City, Town). */
function headerExamples(field: string): { headersZh: string; headersEn: string } {
  if (!isFieldId(field)) return { headersZh: field, headersEn: field };
  const words = FIELD_BY_ID[field].synonyms;
  const han = words.filter((w) => /\p{Script=Han}/u.test(w));
  const zh = [...han.filter((w) => w.length > 1), ...han.filter((w) => w.length === 1)].slice(0, EXAMPLES);
  const en = words.filter((w) => /^[a-z]/i.test(w)).slice(0, EXAMPLES);
  return { headersZh: zh.map((w) => `“${w}”`).join('、'), headersEn: en.map((w) => `"${w.replace(/\b\w/g, (c) => c.toUpperCase())}"`).join(', ') };
}
