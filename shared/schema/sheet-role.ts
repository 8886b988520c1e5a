/**
 * Sheets a host passes over when the user names none: an instructions or template tab (填写说明 with
 * an example table), a roll-up made of formulas (汇总 = '张三'!A2 …) and a summary of figures typed
 * or pasted as values (客户业绩汇总: 客户名称 | 业务员 | 业绩), each holding a header row too but no
 * customers of its own.
 */
import { isBlank, isFormula, type Cell } from '../table/cell';
import type { Settings } from '../settings/types';
import { findHeaderRow, headerFields } from './header-row';
import type { FieldId } from './fields';

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
