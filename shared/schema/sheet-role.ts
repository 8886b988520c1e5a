/**
 * Sheets a host passes over when the user names none: an instructions or template tab (填写说明 with
 * an example table), a roll-up made of formulas (汇总 = '张三'!A2 …) and a summary of figures typed
 * or pasted as values (客户业绩汇总: 客户名称 | 业务员 | 业绩), each holding a header row too but no
 * customers of its own.
 */
import { isServiceRoleHeader } from './service-roles';
import { cellText, isBlank, isFormula, type Cell } from '../table/cell';
import type { Settings } from '../settings/types';
import { findHeaderRow, headerFields } from './header-row';
import type { FieldId } from './fields';
import { matchHeader } from './header-match';
import { mapHeaders } from './header-map';
import { foldHeader } from './fold-header';

/** 说明, 填写说明, 模板, 示例, Read me, How to, Template … anywhere in the tab's name. */
const INSTRUCTIONS_TAB = /说明|模板|示例|样例|\binstructions?\b|\bread[\s_-]*me\b|\bhow[\s_-]*to\b|\bexamples?\b|\btemplates?\b/i;

export function namesInstructions(sheetName: string): boolean {
  return INSTRUCTIONS_TAB.test(sheetName);
}

/** More than half of the rows' filled cells are formulas. */
export function mostlyFormulas(rows: readonly (readonly Cell[])[]): boolean {
  let filled = 0, formulas = 0;
  for (const row of rows) {
    for (const cell of row) {
      if (!cell) continue;
      if (isFormula(cell)) formulas++;
      else if (isBlank(cell)) continue;
      filled++;
    }
  }
  return formulas * 2 > filled;
}

/** The rows under the grid's header row are mostly formulas: a roll-up of other tabs, not a list. */
export function holdsFormulaRollUp(cells: Cell[][], settings: Settings, firstRow = 1): boolean {
  const at = findHeaderRow(cells, settings, firstRow);
  return at !== null && mostlyFormulas(cells.slice(at + 1));
}

/** 汇总, 统计, 报表, 业绩, 分析, 看板, 透视, Summary, Report, Stats, Dashboard, Pivot, KPI … anywhere in the tab's name. */
const SUMMARY_TAB = /汇总|统计|报表|业绩|分析|看板|透视|\bsummary\b|\breports?\b|\bstat(?:istic)?s\b|\bdashboard\b|\bpivot\b|\bkpis?\b/i;

export function namesSummary(sheetName: string): boolean {
  return SUMMARY_TAB.test(sheetName);
}

/** Fields that reach a customer or tell him apart for certain: a list of customers has one, a table of figures about them none. */
const REACHES_CUSTOMER: ReadonlySet<FieldId> = new Set<FieldId>(['mobile', 'phone', 'email', 'wechat', 'qq', 'address', 'idCard', 'uscc']);

/**
 * A tab named as a summary (客户业绩汇总, Sales summary) whose header names no way to reach a customer:
 * figures about customers or reps (业绩, 完成率 by 业务员), not a list of them, however its name
 * mentions 客户. A consolidated list named 客户汇总 holds phones or e-mails, and stays a customer sheet.
 */
export function holdsSummary(sheetName: string, cells: Cell[][], settings: Settings, firstRow = 1): boolean {
  if (!SUMMARY_TAB.test(sheetName)) return false;
  const fields = headerFields(cells, settings, firstRow);
  return fields === null || ![...fields].some((f) => REACHES_CUSTOMER.has(f));
}

/** Header words of a payment or invoice: a ledger's column (回款日期, 收款金额, 开票日期, Payment Date, Invoice #). */
const PAYMENT_HEADS: readonly string[] = ['回款', '收款', '付款', '到账', '开票', '发票', '流水', '缴款'];
const PAYMENT_WORDS: ReadonlySet<string> = new Set(['payment', 'payments', 'paid', 'invoice', 'invoices', 'receipt', 'receipts', 'transaction', 'transactions']);

/**
 * A ledger of payments or invoices beside the customer sheet (回款明细 of 客户 | 回款日期 | 金额, Payments of
 * Account | Payment Date | Amount): each row a payment, naming the customer and reaching nobody, so no
 * second customer sheet (tester h78 #13: reported as one, it renamed every sheet the run writes and added
 * an empty 跨表重复). A list with phones or e-mails stays a customer sheet, whatever it records of payments.
 */
export function holdsPaymentLedger(cells: Cell[][], settings: Settings, firstRow = 1): boolean {
  const at = findHeaderRow(cells, settings, firstRow);
  if (at === null) return false;
  const headers = (cells[at] ?? []).filter((c) => c && !isBlank(c)).map((c) => cellText(c));
  if (headers.some((h) => { const m = matchHeader(h); return m !== null && m.confidence >= SURE_MATCH && REACHES_CUSTOMER.has(m.field); })) return false;
  return headers.some((h) => { const { key, words } = foldHeader(h); return PAYMENT_HEADS.some((w) => key.includes(w)) || words.some((w) => PAYMENT_WORDS.has(w)); });
}

/** Fields a list of the business's own people holds beside each name: how to reach him, what he does, when he joined. */
const STAFF_DETAILS: ReadonlySet<FieldId> = new Set<FieldId>(['owner', 'mobile', 'phone', 'email', 'wechat', 'qq', 'title', 'department', 'gender', 'createdAt', 'notes',
  // The territory each one covers (区域, Region: a CSM team's PH / ID, tester h79 #14).
  'province', 'city', 'district']);

/** Fields only a customer table has: who the customer is as a company or an account, what he bought or spent. */
const CUSTOMER_ONLY: ReadonlySet<FieldId> = new Set<FieldId>(['company', 'customerId', 'amount', 'lastPurchase', 'orders', 'address', 'tier', 'customerType']);

/**
 * Each header column's field (sure matches only), by its index in the header row; null without a header row.
 * A staff role no field names (Tutor, 美容师: schema/service-roles.ts) is the owner's: the run reads it as the
 * carer who holds each customer where no rep column is named (tester h79 #14: a Tutors tab was a customer sheet).
 */
function headerColumns(cells: Cell[][], settings: Settings, firstRow: number): { at: number; fields: (FieldId | null)[] } | null {
  const at = findHeaderRow(cells, settings, firstRow);
  if (at === null) return null;
  const fields = (cells[at] ?? []).map((c): FieldId | null => {
    if (!c || isBlank(c)) return null;
    const text = cellText(c);
    const m = matchHeader(text);
    if (m !== null) return m.confidence >= SURE_MATCH ? m.field : null;
    return isServiceRoleHeader(text) ? 'owner' : null;
  });
  return { at, fields };
}

const SURE_MATCH = 0.8;

/** The names in a customer sheet's owner column (业务员, 负责人, Owner): the business's own people. */
export function ownerNames(cells: Cell[][], settings: Settings, firstRow = 1): Set<string> {
  const names = new Set<string>();
  const head = headerColumns(cells, settings, firstRow);
  if (!head) return names;
  head.fields.forEach((field, c) => {
    if (field !== 'owner') return;
    for (let r = head.at + 1; r < cells.length; r++) {
      const cell = cells[r]?.[c];
      if (cell && !isBlank(cell)) names.add(cellText(cell).trim());
    }
  });
  return names;
}

/**
 * A tab of the business's own staff, not of customers: its header names a staff role (业务员 | 电话,
 * Sales Rep | Email) with nothing but how to reach each one, or its names are all people the customer
 * sheet's owner column names (`owners`: a 员工 tab of 姓名 | 手机 | 入职日期 listing the reps). A tab of
 * companies, amounts or purchases is a customer table whatever its names.
 */
export function holdsStaffList(cells: Cell[][], settings: Settings, firstRow = 1, owners: ReadonlySet<string> = new Set()): boolean {
  const head = headerColumns(cells, settings, firstRow);
  if (!head) return false;
  const named = head.fields.filter((f): f is FieldId => f !== null);
  if (named.some((f) => CUSTOMER_ONLY.has(f))) return false;
  if (named.includes('owner') && named.every((f) => STAFF_DETAILS.has(f))) return true;
  if (owners.size === 0) return false;
  const nameCol = head.fields.indexOf('name');
  if (nameCol < 0) return false;
  let filled = 0;
  for (let r = head.at + 1; r < cells.length; r++) {
    const cell = cells[r]?.[nameCol];
    if (!cell || isBlank(cell)) continue;
    filled++;
    if (!owners.has(cellText(cell).trim())) return false;
  }
  return filled > 0;
}

/**
 * The values of each column of a customer sheet that no field reads, by column: a letting agent's
 * Landlord beside its Tenant Name, a shop's 供应商, the other party a row names (partyList).
 */
export function unreadColumnValues(cells: Cell[][], settings: Settings, firstRow = 1): Set<string>[] {
  const at = findHeaderRow(cells, settings, firstRow);
  if (at === null) return [];
  const headers = (cells[at] ?? []).map((c) => (c && !isBlank(c) ? cellText(c).trim() : ''));
  const out: Set<string>[] = [];
  mapHeaders(headers, settings).forEach((m, c) => {
    if (m.field !== null || headers[c] === '') return;
    const values = new Set<string>();
    for (let r = at + 1; r < cells.length; r++) {
      const cell = cells[r]?.[c];
      if (cell && !isBlank(cell)) values.add(cellText(cell).trim());
    }
    if (values.size > 0) out.push(values);
  });
  return out;
}

/** Share of a list's names the customer sheet's column must hold for the list to be of that column's party. */
const PARTY_SHARE = 0.8;

/**
 * A tab listing the other party the customer sheet names in a column of its own (a Landlords tab of
 * the landlords its Tenancies' Landlord column names, a 供应商 tab beside a 供应商 column): a list to
 * look up, not one more sheet of customers (tester h73 #25: reported as one, it added an "Across
 * sheets" sheet saying nobody was in both and suggested --sheet for it). `parties`: unreadColumnValues
 * of the customer sheet. Its names, two or more, are nearly all in one such column.
 */
export function holdsPartyList(cells: Cell[][], settings: Settings, firstRow = 1, parties: readonly ReadonlySet<string>[] = []): boolean {
  if (parties.length === 0) return false;
  const at = findHeaderRow(cells, settings, firstRow);
  if (at === null) return false;
  const headers = (cells[at] ?? []).map((c) => (c && !isBlank(c) ? cellText(c).trim() : ''));
  const fields = mapHeaders(headers, settings).map((m) => m.field);
  const col = fields.indexOf('name') >= 0 ? fields.indexOf('name') : fields.indexOf('company');
  if (col < 0) return false;
  const names: string[] = [];
  for (let r = at + 1; r < cells.length; r++) {
    const cell = cells[r]?.[col];
    if (cell && !isBlank(cell)) names.push(cellText(cell).trim());
  }
  if (names.length < 2) return false;
  return parties.some((values) => names.filter((n) => values.has(n)).length >= names.length * PARTY_SHARE);
}
