/**
 * The co-owners a CRM export declares beside each row's owner (钉钉's 协同人, 企业微信's 协作人, 纷享销客's
 * 相关团队成员, Collaborators: schema/fields.ts `coOwner`), as the 撞单 check reads them. The CRM let them
 * follow the customer with the owner, so a row of 钉-吴敏 with 协同人 钉-曾凡 and the customer's other row
 * under 钉-曾凡 are one customer two known colleagues share, no two reps unknown to each other (tester h74
 * #9). Only the duplicate finder reads it: the owner cell, and so whom the reminders go to, stays as typed.
 */
import { cellText, isBlank } from '../table/cell';
import type { CustomerRecord } from '../table/records';
import type { Conflict } from './types';
import { ownerName } from '../table/owner-name';

/** The records with each row's owner joined by its declared co-owners (王磊/刘洋), a view; rows naming none as they are. */
export function withDeclaredCoOwners<R extends CustomerRecord>(records: R[]): R[] {
  if (!records.some((r) => r.fields.coOwner !== undefined && !isBlank(r.fields.coOwner))) return records;
  return records.map((r) => {
    const co = r.fields.coOwner;
    const owner = ownerName(r.fields.owner);
    // A row of no owner (公海) has no rep to share with: its 协同人 alone holds nobody's customer.
    if (co === undefined || isBlank(co) || owner === '') return r;
    const declared = cellText(co).trim();
    if (ownerName({ kind: 'text', value: declared }) === '') return r;
    return { ...r, fields: { ...r.fields, owner: { kind: 'text', value: `${owner}/${declared}` } } };
  });
}

/**
 * The groups' owner conflicts as the cells hold them: the view joined each owner with his 协同人 for the
 * check, but the user reads his own cells (钉-吴敏, not 钉-吴敏/钉-曾凡). Values alike once restored are one.
 */
export function withTypedOwners<G extends { conflicts: Conflict[] }>(groups: G[], records: readonly CustomerRecord[]): G[] {
  if (!records.some((r) => r.fields.coOwner !== undefined && !isBlank(r.fields.coOwner))) return groups;
  const typed = new Map(records.map((r) => [r.sheetRow, cellText(r.fields.owner ?? { kind: 'empty' })]));
  for (const g of groups) {
    const at = g.conflicts.findIndex((c) => c.field === 'owner');
    if (at < 0) continue;
    const values: Conflict['values'] = [];
    for (const v of g.conflicts[at].values) {
      const text = typed.get(v.rows[0]) ?? v.value;
      const same = values.find((w) => w.value === text);
      if (same) same.rows.push(...v.rows);
      else values.push({ value: text, rows: [...v.rows] });
    }
    if (values.length > 1) g.conflicts[at] = { field: 'owner', values };
    else g.conflicts.splice(at, 1);
  }
  return groups;
}
