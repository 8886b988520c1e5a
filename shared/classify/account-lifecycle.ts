/**
 * A customer company's contacts are one account (a 代账 firm's client: its boss, who pays, and its 财务
 * on a row of her own; a B2B list's Account Name with two Contacts). Whether the account buys is the
 * company's, not each contact's: a contact with no fee of her own on a paying company's row is no
 * 潜在客户 (tester h72 #7: 东莞市鑫隆's 钟太(财务) was). Each contact takes the account's furthest
 * lifecycle, existing before churned before potential, with a reason naming the row that holds it.
 * One 统一社会信用代码 makes an account on any sheet; one company name only where the company is the
 * customer (nameless-words.ts namelessLacks): two people who work at one employer are each their own.
 */
import { cellText } from '../table/cell';
import type { CustomerRecord } from '../table/records';
import { companyOf } from '../remind/one-account';
import type { MessageKey } from '../i18n';
import type { ClassifiedRow, ClassifyResult } from './classify';

/** The lifecycle an account's row lends its contacts, furthest first, with the reason it gives them. */
const LENT: readonly { level: string; code: MessageKey }[] = [
  { level: 'existing', code: 'classify.reason.accountExisting' },
  { level: 'churned', code: 'classify.reason.accountChurned' },
];
/** The classes a contact may be lifted from: a prospect, or one the sheet gave too little to tell. */
const LIFTED_FROM: readonly string[] = ['potential', 'unknown'];

function usccOf(record: CustomerRecord): string {
  const c = record.fields.uscc;
  return c && c.kind !== 'empty' && c.kind !== 'error' ? cellText(c).trim().toUpperCase() : '';
}

/** Each row's account: rows of one 统一社会信用代码, and where `byCompany`, of one company that gives no two codes. */
function accountsOf(records: readonly CustomerRecord[], byCompany: boolean): Map<number, number[]> {
  const parent = new Map<number, number>();
  const find = (r: number): number => {
    let p = parent.get(r) ?? r;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p) ?? p;
    parent.set(r, p);
    return p;
  };
  const join = (rows: readonly number[]) => { for (const r of rows.slice(1)) parent.set(find(r), find(rows[0])); };
  const byCode = new Map<string, number[]>();
  const byName = new Map<string, { rows: number[]; codes: Set<string> }>();
  const memo = new Map<string, string>();
  for (const rec of records) {
    const code = usccOf(rec);
    if (code !== '') byCode.set(code, [...(byCode.get(code) ?? []), rec.sheetRow]);
    const name = byCompany ? companyOf(rec, memo) : '';
    if (name === '') continue;
    const entry = byName.get(name) ?? { rows: [], codes: new Set<string>() };
    entry.rows.push(rec.sheetRow);
    if (code !== '') entry.codes.add(code);
    byName.set(name, entry);
  }
  for (const rows of byCode.values()) join(rows);
  // Two codes under one name are two companies (a branch, a namesake): the name joins none of them.
  for (const { rows, codes } of byName.values()) if (codes.size <= 1) join(rows);
  const accounts = new Map<number, number[]>();
  for (const rec of records) {
    const root = find(rec.sheetRow);
    accounts.set(root, [...(accounts.get(root) ?? []), rec.sheetRow]);
  }
  return accounts;
}

/** `result` with each account's contacts in the account's furthest lifecycle (see above). */
export function withAccountLifecycle(result: ClassifyResult, records: readonly CustomerRecord[], byCompany: boolean): ClassifyResult {
  const rowOf = new Map(result.rows.map((r) => [r.sheetRow, r]));
  const companyText = new Map(records.map((r) => [r.sheetRow, r.fields.company ? cellText(r.fields.company).trim() : '']));
  const lifted = new Map<number, ClassifiedRow>();
  for (const rows of accountsOf(records, byCompany).values()) {
    if (rows.length < 2) continue;
    const classed = rows.map((r) => rowOf.get(r)).filter((r): r is ClassifiedRow => r !== undefined && r.record === undefined);
    for (const { level, code } of LENT) {
      const holder = classed.find((r) => r.labels.lifecycle === level);
      if (!holder) continue;
      for (const row of classed) {
        if (row === holder || !LIFTED_FROM.includes(row.labels.lifecycle ?? '') || lifted.has(row.sheetRow)) continue;
        const company = companyText.get(holder.sheetRow) || companyText.get(row.sheetRow) || '';
        lifted.set(row.sheetRow, {
          ...row,
          labels: { ...row.labels, lifecycle: level },
          reasons: [{ dimension: 'lifecycle', level, code, params: { row: holder.sheetRow, company } },
            ...row.reasons.filter((r) => r.dimension !== 'lifecycle')],
        });
      }
      break;
    }
  }
  return lifted.size === 0 ? result : { ...result, rows: result.rows.map((r) => lifted.get(r.sheetRow) ?? r) };
}
