/**
 * A duplicate group found by a name and a company typed the wrong way round on one row (Company
 * "Sarah Jones", Contact "Brightwater Ltd"): the row whose name cell holds the company is said in
 * its name cell, so the user swaps the two cells back before a merge keeps either spelling.
 */
import type { CustomerRecord } from '../table/records';
import type { FieldId } from '../schema/fields';
import type { CellIssue } from '../plan/issue';
import type { DuplicateGroup } from './types';
import { companyKey, hasLegalForm } from './keys/company';
import { matchText } from './keys/fold';

/**
 * Words a Chinese firm's name ends in without its legal form (星辰科技, 湘旺商贸, 明德咨询): a name cell
 * ending so names a company, not a person.
 */
const FIRM_ENDINGS: readonly string[] = [
  '公司', '科技', '集团', '股份', '商行', '商贸', '贸易', '实业', '工作室', '事务所', '中心', '网络', '传媒', '咨询',
  '银行', '物流', '电子', '机械', '建设', '建筑', '地产', '置业', '酒店', '餐饮', '医院', '诊所', '学校', '门店', '店', '厂',
];

const nameText = (r: CustomerRecord): string => {
  const full = matchText(r.fields.name).trim();
  return full !== '' ? full : [matchText(r.fields.lastName).trim(), matchText(r.fields.firstName).trim()].filter((x) => x !== '').join(' ');
};

const core = (text: string): string => (text === '' ? '' : companyKey(text)?.core ?? '');

/** The text reads as a company's name by its legal form (Brightwater Ltd) or a firm's ending (星辰科技). */
function readsAsCompany(text: string): boolean {
  return hasLegalForm(text) || FIRM_ENDINGS.some((w) => text.endsWith(w) && text.length > w.length);
}

/**
 * The rows of `recs` whose name and company cells hold another row's company and name, and whose
 * name cell reads as a company while the company cell does not: the swapped row of each crossed pair.
 * A pair neither of whose rows tells (two people's names both ways) names none.
 */
export function swappedRows(recs: readonly CustomerRecord[]): { row: CustomerRecord; other: CustomerRecord }[] {
  const cells = recs.map((r) => ({ r, name: nameText(r), company: matchText(r.fields.company).trim() }));
  const out: { row: CustomerRecord; other: CustomerRecord }[] = [];
  for (let i = 0; i < cells.length; i++) {
    for (let j = i + 1; j < cells.length; j++) {
      const a = cells[i];
      const b = cells[j];
      if (a.name === '' || a.company === '' || b.name === '' || b.company === '') continue;
      if (core(a.name) !== core(b.company) || core(a.company) !== core(b.name) || core(a.name) === core(a.company)) continue;
      for (const [x, y] of [[a, b], [b, a]] as const) {
        if (readsAsCompany(x.name) && !readsAsCompany(x.company) && !out.some((o) => o.row === x.r)) out.push({ row: x.r, other: y.r });
      }
    }
  }
  return out;
}

/** A warning in the name cell of each swapped row of the groups found by the crossing. */
export function nameCompanySwapIssues(groups: readonly DuplicateGroup[], records: readonly CustomerRecord[], fieldCols: Partial<Record<FieldId, number>>): CellIssue[] {
  const field: FieldId | null = fieldCols.name !== undefined ? 'name' : fieldCols.lastName !== undefined ? 'lastName' : null;
  if (field === null) return [];
  const byRow = new Map(records.map((r) => [r.sheetRow, r]));
  const out: CellIssue[] = [];
  for (const g of groups) {
    if (!g.reasons.some((r) => r.code === 'dedupe.reason.nameCompanySwapped')) continue;
    const recs = g.rows.map((row) => byRow.get(row)).filter((r): r is CustomerRecord => r !== undefined);
    for (const { row, other } of swappedRows(recs)) {
      out.push({
        code: 'name.companySwapped',
        severity: 'warning',
        rule: 'dedupe.nameCompanySwapped',
        sheetRow: row.sheetRow,
        col: fieldCols[field]!,
        field,
        params: { name: nameText(row), company: matchText(row.fields.company).trim(), row: other.sheetRow, group: g.id },
      });
    }
  }
  return out;
}
