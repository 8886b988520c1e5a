/**
 * A sheet whose only due column is a customer's document (a car-rental desk's 驾驶证到期, a travel
 * agent's Passport Expiry: remind/due-label.ts isDocument) has no contract: read as one, a licence valid
 * to 2029 would class every renter as under a running contract. The classes read the records without it;
 * the reminders still read it, in the document's own words.
 */
import type { CustomerRecord } from '../table/records';
import { isDocument } from '../remind/due-label';

export function withoutDocumentEnd<R extends CustomerRecord>(records: readonly R[], mainDue: string | undefined): readonly R[] {
  if (!isDocument(mainDue)) return records;
  return records.map((r) => {
    if (r.fields.contractEnd === undefined) return r;
    const { contractEnd: _document, ...fields } = r.fields;
    return { ...r, fields };
  });
}
