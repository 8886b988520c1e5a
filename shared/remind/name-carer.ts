/**
 * Who treats or teaches the customer, beside the rep his reminders go to: a clinic's 咨询师 calls the
 * patient about his 复诊 and says which doctor he sees, 何静（主治医生 李医生）; a gym's 会籍顾问 names the
 * coach, Sarah Mitchell (Instructor Emma Clarke). Read from the `carer` field (schema/fields.ts), which a
 * service-staff column is only beside a rep's (header-map.ts carersBesideRep).
 */
import { t } from '../i18n';
import type { Lang } from '../i18n/define';
import type { CustomerRecord } from '../table/records';
import { displayText } from '../text/fold';
import type { Reminder } from './types';

/**
 * Each reminder of a row naming its carers gets them in its customer text (in place: groups share the
 * reminders). `headers`: the carer column's header, then its extra columns', as the sheet writes them.
 */
export function nameCarers(reminders: readonly Reminder[], records: readonly CustomerRecord[], headers: readonly string[], lang: Lang): void {
  if (headers.length === 0) return;
  const byRow = new Map(records.map((r) => [r.sheetRow, r]));
  const sep = lang === 'zh-CN' ? '，' : ', ';
  for (const r of reminders) {
    const record = byRow.get(r.sheetRow);
    if (!record) continue;
    const cells = [record.fields.carer, ...(record.extra?.carer ?? [])];
    const named = cells.map((cell, i) => ({ role: headers[i] ?? headers[0], name: displayText(cell).trim() })).filter((c) => c.name !== '');
    if (named.length === 0) continue;
    const carers = named.map((c) => t(lang, 'remind.carerNamed', { role: c.role, name: c.name })).join(sep);
    r.customer = t(lang, 'remind.carers', { customer: r.customer, carers });
  }
}
