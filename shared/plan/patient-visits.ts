/**
 * A practice's patient list (a US dental office's Patient # … Last Visit … Recall Due; a 诊所's 病历号 …
 * 末次就诊): a visit is a treatment given and billed, so to the classes the patient's last visit is his
 * last purchase, and a patient seen in February is an existing one, one not seen for over a year a
 * lapsed one (tester h75: every seen patient Potential, no purchase on record). The column stays the
 * last contact everywhere else (the stale reminder reads it), and no cell is written.
 */
import type { FieldId } from '../schema/fields';
import type { CustomerRecord } from '../table/records';
import { foldHeader } from '../schema/fold-header';

/** A header naming the practice's patients (Patient #, Patient Name, 患者姓名, 病历号). */
const PATIENT_HEADER = /(?:^|[^a-z])patients?(?:[^a-z]|$)|患者|病历|病人/iu;
/** A patient's last visit to the practice. */
const VISIT_KEYS: ReadonlySet<string> = new Set(['last visit', 'last visit date', 'date of last visit', 'last appointment', 'last appointment date',
  '末次就诊', '最近就诊', '上次就诊', '末次来诊'].map((w) => foldHeader(w).key));

/** Whether the sheet is a patient list whose last-contact column is the patient's last visit (and no purchase column says more). */
export function visitsAreTreatments(headers: readonly unknown[], fieldCols: Partial<Record<FieldId, number>>): boolean {
  if (fieldCols.lastPurchase !== undefined || fieldCols.lastContact === undefined) return false;
  const visit = headers[fieldCols.lastContact];
  return typeof visit === 'string' && VISIT_KEYS.has(foldHeader(visit).key) && headers.some((h) => typeof h === 'string' && PATIENT_HEADER.test(h));
}

/** The records as the classes read them: each patient's last visit his last purchase. */
export function withVisitsAsPurchases<R extends CustomerRecord>(records: readonly R[]): R[] {
  return records.map((r) => (r.fields.lastContact === undefined || r.fields.lastPurchase !== undefined ? r : { ...r, fields: { ...r.fields, lastPurchase: r.fields.lastContact } }));
}
