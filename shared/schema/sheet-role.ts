/**
 * Sheets a host passes over when the user names none: an instructions or template tab (填写说明 with
 * an example table) and a roll-up made of formulas (汇总 = '张三'!A2 …), each holding a header row
 * too but no customers of its own.
 */
import { isBlank, isFormula, type Cell } from '../table/cell';
import type { Settings } from '../settings/types';
import { findHeaderRow } from './header-row';

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
