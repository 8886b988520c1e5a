/**
 * What besides a cell's formula a merge would leave reading #REF!: a defined name, or the rule of a
 * conditional format or drop-down, that points at a cell of a row the merge archives. Excel writes
 * #REF! there when it deletes the row, and the name, with every formula using it, or the rule stops
 * working with no word said; write-output.ts refuses the merge instead, naming the first, so nothing is
 * lost. A range that merely shrinks (消费金额区 over $D$2:$D$6) is moved as Excel moves it, and a format or
 * drop-down lying only on archived rows goes with them, as Excel deletes it (kept-parts.ts, kept-rows.ts).
 */
import type ExcelJS from 'exceljs';
import { keptExtensions, keptNames, keptValidations } from './kept-parts';
import { moveFormats, shiftExt, shiftFormatExt, shiftFormulaXml, shiftFormatsElsewhere, shiftFormulasElsewhere, shiftValidations, type Gone, type MovableFormat, type RowShift } from './kept-rows';
import { formatBlocks } from './x14-formats';
import { spansMovingRows } from './three-d-references';
import { unescapeXml } from './xml-text';

/** A defined name a merge would turn into #REF!: as Excel's Name Manager shows it (汇总!大单金额 when scoped to a sheet), and its formula. */
export interface LostName {
  name: string;
  formula: string;
}

export function namesLostByMerge(workbook: ExcelJS.Workbook, sheet: string, shift: RowShift): LostName[] {
  const lost: LostName[] = [];
  for (const { name, scope, xml } of keptNames(workbook)) {
    const gone: Gone = { count: 0 };
    shiftFormulaXml(xml, sheet, false, shift, gone);
    if (gone.count > 0) lost.push({ name: scope === undefined ? name : `${quotedSheet(scope)}!${name}`, formula: unescapeXml(xml) });
  }
  return lost;
}

/**
 * Defined names holding a 3-D reference through `sheet` (季度消费 = 一月:三月!$E$4) that reaches the rows
 * the merge moves: Excel leaves it as written, as in a cell's formula (three-d-references.ts), so the
 * name and every formula using it would read another customer's row. One over every row of the sheet
 * from the first moved one down to `lastRow` or past it reads the same customers and stays.
 */
export function namesSpanningMovingRows(workbook: ExcelJS.Workbook, sheet: string, firstMoved: number, lastRow = Infinity): LostName[] {
  const order = workbook.worksheets.map((ws) => ws.name);
  const spanning: LostName[] = [];
  for (const { name, scope, xml } of keptNames(workbook)) {
    const formula = unescapeXml(xml);
    if (spansMovingRows(formula, sheet, order, firstMoved, lastRow)) spanning.push({ name: scope === undefined ? name : `${quotedSheet(scope)}!${name}`, formula });
  }
  return spanning;
}

/** A conditional format's, drop-down's or sparkline's rule a merge would leave reading #REF!: the sheet it is on, its cells, its formula. */
export interface LostRule {
  kind: 'format' | 'dropDown' | 'sparkline';
  sheet: string;
  range: string;
  formula: string;
}

type WithFormats = { conditionalFormattings?: (MovableFormat & { rules: { formulae?: unknown[] }[] })[] };

/** The rules of every sheet's conditional formats and drop-downs that read a cell of a row the merge archives from `sheet`. */
export function rulesLostByMerge(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, shift: RowShift): LostRule[] {
  const lost: LostRule[] = [];
  for (const ws of workbook.worksheets) {
    const own = ws === sheet;
    for (const format of (ws as unknown as WithFormats).conditionalFormattings ?? []) {
      // Rule by rule, to name the one: a format lying only on archived rows is dropped with them (a count, no ref).
      for (const rule of format.rules) {
        const gone: Gone = { count: 0 };
        if (own) moveFormats([{ ...format, rules: [rule] }], sheet.name, shift, gone);
        else shiftFormatsElsewhere([{ ...format, rules: [rule] }], sheet.name, shift, gone);
        if (!gone.refs) continue;
        lost.push({ kind: 'format', sheet: ws.name, range: format.ref, formula: (rule.formulae ?? []).filter((f) => typeof f === 'string').join(', ') });
        break;
      }
    }
  }
  for (const [name, element] of keptValidations(workbook)) {
    const own = name === sheet.name;
    for (const rule of element.match(/<dataValidation\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidation>)/g) ?? []) {
      const gone: Gone = { count: 0 };
      if (own) shiftValidations(`<dataValidations count="1">${rule}</dataValidations>`, sheet.name, shift, gone);
      else shiftFormulasElsewhere(rule, sheet.name, shift, gone);
      if (!gone.refs) continue;
      const formula = /<formula1>([^<]*)<\/formula1>/.exec(rule)?.[1] ?? '';
      lost.push({ kind: 'dropDown', sheet: name, range: /\ssqref="([^"]*)"/.exec(rule)?.[1] ?? '', formula: unescapeXml(formula) });
    }
  }
  // Excel 2010's: formats reading another sheet, drop-downs listing another sheet, sparklines (kept-parts.ts).
  const own = (name: string, xml: string, gone: Gone, moved: (xml: string) => unknown) => (name === sheet.name ? moved(xml) : shiftFormulasElsewhere(xml, sheet.name, shift, gone));
  for (const [name, { exts, x14Formats }] of keptExtensions(workbook)) {
    for (const block of formatBlocks(x14Formats ?? '')) {
      const gone: Gone = { count: 0 };
      own(name, block, gone, (xml) => shiftFormatExt(xml, sheet.name, shift, gone));
      if (gone.refs) lost.push({ kind: 'format', sheet: name, ...extRule(block) });
    }
    for (const [kind, tag] of [['dropDown', 'dataValidation'], ['sparkline', 'sparkline']] as const) {
      for (const element of exts.flatMap((ext) => ext.match(new RegExp(String.raw`<(\w+:)?${tag}\b[^>]*>[\s\S]*?</\1${tag}>`, 'g')) ?? [])) {
        const gone: Gone = { count: 0 };
        own(name, element, gone, (xml) => shiftExt(xml, sheet.name, shift, gone));
        if (gone.refs) lost.push({ kind, sheet: name, ...extRule(element) });
      }
    }
  }
  return lost;
}

/** An Excel 2010 part's cells (xm:sqref) and formulas (xm:f), as its dialog shows them. */
function extRule(xml: string): { range: string; formula: string } {
  const range = /<(\w+:)?sqref>([^<]*)<\/\1sqref>/.exec(xml)?.[2] ?? '';
  const formulas = [...xml.matchAll(/<(\w+:)?f>([^<]*)<\/\1f>/g)].map((m) => unescapeXml(m[2]));
  return { range, formula: formulas.join(', ') };
}

/** A sheet's name as a formula writes it before `!`: quoted when it holds anything but letters, digits and _. */
function quotedSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
