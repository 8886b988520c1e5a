/**
 * References in the parts kept aside (kept-parts.ts) moved with the rows a merge removes, the way
 * Excel moves them when rows are deleted: a row below a removed one moves up, a range shrinks by the
 * removed rows inside it, and a reference left with no row at all is gone (a range in a list of
 * ranges is left out, one in a formula becomes #REF!, as Excel writes it).
 */
import { maxOf, minOf } from '../../shared';
import { unescapeXml } from './xml-text';

const A1 = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const ROWS = String.raw`\$?\d+:\$?\d+`;
/** A sheet name before `!`: quoted ('…''…'), or plain. */
export const SHEET = String.raw`(?:'(?:[^']|'')+'|[^\s'!:(),"=<>&+\-*/^;{}\[\]]+)!`;
/** A reference to cells or rows, after an optional sheet name (group 1); the reference itself is group 2. */
export const REF = new RegExp(String.raw`(?<![\w.$!])(${SHEET})?(${A1}(?::${A1})?|${ROWS})(?![\w(!])`, 'g');

const LAST_ROW = 1048576;

/**
 * What a move left with no row: `count` all of it, ranges left out of a list (a drop-down on archived
 * cells only, dropped as Excel drops it) and references in a formula turned into #REF!; `refs` these
 * last alone, which a merge refuses to write for the parts it can name (lost-references.ts).
 */
export interface Gone {
  count: number;
  refs?: number;
}

export interface RowShift {
  /** The range's rows after the removal; null when all of them were removed. */
  (top: number, bottom: number): [number, number] | null;
}

/** Shifts for `removed` (input rows moved to the archive). */
export function rowShift(removed: readonly number[]): RowShift {
  const sorted = [...new Set(removed)].sort((a, b) => a - b);
  /** How many removed rows are at or above `row`. */
  const upTo = (row: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] <= row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (top, bottom) => {
    const first = top - upTo(top - 1);
    // A range to the sheet's last row stays there, as Excel keeps it (a whole column from row 2 on).
    const last = bottom === LAST_ROW ? LAST_ROW : bottom - upTo(bottom);
    return last < first ? null : [first, last];
  };
}

/** One reference (no sheet) moved; null when its rows are all gone. */
function shiftOne(ref: string, shift: RowShift): string | null {
  const parts = ref.split(':');
  // A whole column (B:B, as a user silences a column's triangles) has no rows to move: it stays.
  if (parts.some((p) => !/\d$/.test(p))) return ref;
  const rows = parts.map((p) => Number(/(\d+)$/.exec(p)![1]));
  const top = minOf(rows);
  const bottom = maxOf(rows);
  const moved = shift(top, bottom);
  if (!moved) return null;
  if (moved[0] === top && moved[1] === bottom) return ref;
  const put = (p: string, row: number) => p.replace(/\d+$/, String(row));
  if (parts.length === 1) return put(parts[0], moved[0]);
  const upper = rows[0] <= rows[1] ? 0 : 1;
  const out = [...parts];
  out[upper] = put(parts[upper], moved[0]);
  out[1 - upper] = put(parts[1 - upper], moved[1]);
  return out.join(':');
}

const sheetOf = (prefix: string) => {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
};

/** A list of ranges (`sqref`, "A2:A9 C5") moved; null when none is left. */
export function shiftSqref(sqref: string, shift: RowShift): string | null {
  const kept = sqref.trim().split(/\s+/).filter(Boolean).map((ref) => shiftOne(ref, shift)).filter((ref): ref is string => ref !== null);
  return kept.length > 0 ? kept.join(' ') : null;
}

/**
 * A formula's references to `sheet` moved (those without a sheet too when `own`: the formula is on
 * that sheet). Text in quotes is left alone. `gone` counts the references that became #REF!.
 *
 * With `anchor`, the formula is a rule's that applies to a range (a drop-down's custom rule
 * =LEN(E2)=11 on E2:E100, a conditional format's =$F2>10000): its relative rows count from the
 * range's top row, as Excel reads them, so they keep their distance from the top wherever it moves
 * (`newTop`; a top row the merge removed hands the rule to the next row, as when Excel deletes that
 * row); its absolute rows ($E$20) move as the rows do.
 */
export function shiftFormula(formula: string, sheet: string, own: boolean, shift: RowShift, gone: Gone, anchor?: { oldTop: number; newTop: number }): string {
  return formula.split(/("(?:[^"]|"")*")/).map((piece, i) => i % 2 === 1 ? piece : piece.replace(REF, (whole, prefix: string | undefined, ref: string) => {
    if (prefix === undefined ? !own : sheetOf(prefix) !== sheet) return whole;
    const moved = anchor ? anchoredRef(ref, anchor, shift) : shiftOne(ref, shift);
    if (moved !== null) return (prefix ?? '') + moved;
    gone.count++;
    gone.refs = (gone.refs ?? 0) + 1;
    return `${prefix ?? ''}#REF!`;
  })).join('');
}

/**
 * shiftFormula on a formula as an .xlsx part holds it, XML-escaped: exceljs writes a quoted sheet
 * name as `&apos;My Customers&apos;!$A$1:$C$5` (and a text in quotes as `&quot;…&quot;`), which the
 * patterns above would not see as a sheet name. Unescaped to shift, escaped again when a reference moved.
 */
export function shiftFormulaXml(xmlText: string, sheet: string, own: boolean, shift: RowShift, gone: Gone, anchor?: { oldTop: number; newTop: number }): string {
  const formula = unescapeXml(xmlText);
  const moved = shiftFormula(formula, sheet, own, shift, gone, anchor);
  return moved === formula ? xmlText : moved.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One reference of an anchored formula (see shiftFormula) moved; null when an absolute row of it is gone. */
function anchoredRef(ref: string, { oldTop, newTop }: { oldTop: number; newTop: number }, shift: RowShift): string | null {
  const parts = ref.split(':');
  const relative = parts.map((p) => !/\$\d+$/.test(p));
  if (!relative.some(Boolean)) return shiftOne(ref, shift);
  const out: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const row = Number(/(\d+)$/.exec(parts[k])![1]);
    // An absolute end of a range: its top moves to the first row left at or below it, its bottom to the last at or above.
    const moved = relative[k] ? Math.max(1, newTop + (row - oldTop)) : k === 0 ? shift(row, LAST_ROW)?.[0] : shift(1, row)?.[1];
    if (moved === undefined) return null;
    out.push(parts[k].replace(/\d+$/, String(moved)));
  }
  return out.join(':');
}

/**
 * The formulas of a part of another sheet (its drop-downs' `<formula1>`, its conditional formats'
 * `<formula>`, an Excel 2010 ext's `<xm:f>`) with their references to `sheet` moved: a drop-down on
 * 跟进记录 listing 客户!$C$3:$C$10 lists the same customers once rows of 客户 are gone. The part's own
 * ranges are on its sheet and stay. References that lose all their rows become #REF!, counted in `gone`.
 */
export function shiftFormulasElsewhere(xml: string, sheet: string, shift: RowShift, gone: Gone): string {
  return xml.replace(/(<((?:\w+:)?(?:formula[12]?|f))>)([^<]*)(<\/\2>)/g, (_, open: string, _tag: string, f: string, close: string) => open + shiftFormulaXml(f, sheet, false, shift, gone) + close);
}

/** The top row of a list of ranges (`sqref`), or null. */
export function topOf(sqref: string): number | null {
  const rows = [...sqref.matchAll(/(\d+)(?=:|\s|$)/g)].map((m) => Number(m[1]));
  return rows.length > 0 ? minOf(rows) : null;
}

/** Element text `<tag …>` whose `attr` holds a list of ranges, moved; the element dropped (and counted) when none is left. */
function shiftAttrElements(xml: string, tag: string, attr: string, shift: RowShift, gone: Gone): string {
  const re = new RegExp(String.raw`<${tag}\b([^>]*?)\s${attr}="([^"]*)"([^>]*?)(?:/>|>[\s\S]*?</${tag}>)`, 'g');
  return xml.replace(re, (whole, _before: string, sqref: string) => {
    const moved = shiftSqref(sqref, shift);
    if (moved === null) {
      gone.count++;
      return '';
    }
    return whole.replace(`${attr}="${sqref}"`, `${attr}="${moved}"`);
  });
}

/** `<dataValidations>` moved: each rule's cells and its own-sheet formulas; null when no rule is left. */
export function shiftValidations(element: string, sheet: string, shift: RowShift, gone: Gone): string | null {
  // Each rule's formulas count their relative rows from its own range's top (shiftFormula's anchor).
  const out = element.replace(/<dataValidation\b([^>]*?)\ssqref="([^"]*)"([^>]*?)(?:\/>|>[\s\S]*?<\/dataValidation>)/g, (whole, _b: string, sqref: string) => {
    const moved = shiftSqref(sqref, shift);
    if (moved === null) {
      gone.count++;
      return '';
    }
    const oldTop = topOf(sqref) ?? 1;
    const newTop = topOf(moved) ?? oldTop;
    return whole
      .replace(`sqref="${sqref}"`, `sqref="${moved}"`)
      .replace(/(<formula[12]>)([^<]*)(<\/formula[12]>)/g, (_, open: string, f: string, close: string) => open + shiftFormulaXml(f, sheet, true, shift, gone, { oldTop, newTop }) + close);
  });
  return withCount(out, 'dataValidations', 'dataValidation');
}

/** `<protectedRanges>` moved; null when no range is left. */
export function shiftProtectedRanges(element: string, shift: RowShift, gone: Gone): string | null {
  const out = shiftAttrElements(element, 'protectedRange', 'sqref', shift, gone);
  return /<protectedRange\b/.test(out) ? out : null;
}

/** A `<sortState>` (alone or inside an autoFilter's kept inside) moved; a sort whose rows are all gone is dropped. */
export function shiftSortState(xml: string, shift: RowShift, gone: Gone): string {
  let out = shiftAttrElements(xml, 'sortCondition', 'ref', shift, gone);
  out = out.replace(/<sortState\b[^>]*\sref="([^"]*)"[^>]*(?:\/>|>[\s\S]*?<\/sortState>)/g, (whole, ref: string) => {
    const moved = shiftSqref(ref, shift);
    if (moved === null || !/<sortCondition\b/.test(whole)) {
      gone.count++;
      return '';
    }
    return whole.replace(`ref="${ref}"`, `ref="${moved}"`);
  });
  return out;
}

/**
 * An Excel 2010 ext moved: x14 drop-downs (xm:sqref, formulas) and sparklines (xm:sqref, xm:f);
 * null when nothing is left in it.
 */
export function shiftExt(ext: string, sheet: string, shift: RowShift, gone: Gone): string | null {
  const inner = (xml: string, tag: string) => xml.replace(new RegExp(String.raw`<(\w+:)?${tag}\b[^>]*>[\s\S]*?</\1${tag}>`, 'g'), (whole) => {
    const sqref = /<(\w+:)?sqref>([^<]*)<\/\1sqref>/.exec(whole);
    let anchor: { oldTop: number; newTop: number } | null = null;
    if (sqref) {
      const moved = shiftSqref(sqref[2], shift);
      if (moved === null) {
        gone.count++;
        return '';
      }
      whole = whole.replace(sqref[0], sqref[0].replace(`>${sqref[2]}<`, `>${moved}<`));
      const oldTop = topOf(sqref[2]);
      if (oldTop !== null && tag === 'dataValidation') anchor = { oldTop, newTop: topOf(moved) ?? oldTop };
    }
    // A drop-down's formula counts from its range's top; a sparkline's source range is plain cells.
    return whole.replace(/(<(\w+:)?f>)([^<]*)(<\/\2f>)/g, (_, open: string, _p: string, f: string, close: string) => open + shiftFormulaXml(f, sheet, true, shift, gone, anchor ?? undefined) + close);
  });
  let out = inner(ext, 'dataValidation');
  out = inner(out, 'sparkline');
  out = out.replace(/<(\w+:)?sparklineGroup\b[^>]*>[\s\S]*?<\/\1sparklineGroup>/g, (group) => (/<(\w+:)?sparkline\b/.test(group) ? group : ''));
  out = withCount(out, 'x14:dataValidations', 'x14:dataValidation') ?? '';
  return /<(\w+:)?(?:dataValidation|sparkline)\b/.test(out) ? out : null;
}

/** `xml` with the list element's count set to its items; null when it has none. */
function withCount(xml: string, list: string, item: string): string | null {
  const items = (xml.match(new RegExp(`<${item}\\b`, 'g')) ?? []).length;
  if (items === 0 && new RegExp(`<${list}\\b`).test(xml)) return null;
  return xml.replace(new RegExp(`(<${list}\\b[^>]*\\scount=")\\d+"`), `$1${items}"`);
}

/** A conditional format as exceljs holds it: its ranges, and its rules' formulas. */
export interface MovableFormat {
  ref: string;
  rules: { formulae?: unknown[] }[];
}

/**
 * A sheet's conditional formats moved with the rows a merge removed (input rows): each format's
 * ranges as the drop-downs' are, its rules' formulas counted from its top row as Excel reads them
 * (=$F2>10000 on A2:H100 keeps highlighting each row by its own amount). A format left with no
 * row is dropped. Returns the formats kept, and counts those dropped in `gone`.
 */
export function moveFormats<T extends MovableFormat>(formats: readonly T[], sheet: string, shift: RowShift, gone: Gone): T[] {
  const out: T[] = [];
  for (const format of formats) {
    const moved = shiftSqref(format.ref, shift);
    if (moved === null) {
      gone.count++;
      continue;
    }
    const oldTop = topOf(format.ref) ?? 1;
    const newTop = topOf(moved) ?? oldTop;
    const rules = format.rules.map((rule) => (Array.isArray(rule.formulae)
      ? { ...rule, formulae: rule.formulae.map((f) => (typeof f === 'string' ? shiftFormula(f, sheet, true, shift, gone, { oldTop, newTop }) : f)) }
      : rule));
    out.push({ ...format, ref: moved, rules });
  }
  return out;
}

/** Another sheet's conditional formats, their rules' references to `sheet` moved (shiftFormulasElsewhere); their ranges stay. */
export function shiftFormatsElsewhere<T extends MovableFormat>(formats: readonly T[], sheet: string, shift: RowShift, gone: Gone): T[] {
  return formats.map((format) => ({
    ...format,
    rules: format.rules.map((rule) => (Array.isArray(rule.formulae)
      ? { ...rule, formulae: rule.formulae.map((f) => (typeof f === 'string' ? shiftFormula(f, sheet, false, shift, gone) : f)) }
      : rule)),
  }));
}

/**
 * A data bar's Excel 2010 part (x14:conditionalFormatting) moved as its format is: its ranges
 * (xm:sqref) and formulas (xm:f); a part left with no range is dropped.
 */
export function shiftFormatExt(ext: string, sheet: string, shift: RowShift, gone: Gone): string | null {
  const out = ext.replace(/<(\w+:)?conditionalFormatting\b[^>]*>[\s\S]*?<\/\1conditionalFormatting>/g, (whole) => {
    const sqref = /<(\w+:)?sqref>([^<]*)<\/\1sqref>/.exec(whole);
    if (!sqref) return whole;
    const moved = shiftSqref(sqref[2], shift);
    if (moved === null) {
      gone.count++;
      return '';
    }
    const oldTop = topOf(sqref[2]) ?? 1;
    const newTop = topOf(moved) ?? oldTop;
    return whole
      .replace(sqref[0], sqref[0].replace(`>${sqref[2]}<`, `>${moved}<`))
      .replace(/(<(\w+:)?f>)([^<]*)(<\/\2f>)/g, (_, open: string, _p: string, f: string, close: string) => open + shiftFormulaXml(f, sheet, true, shift, gone, { oldTop, newTop }) + close);
  });
  return /<(\w+:)?conditionalFormatting\b/.test(out) ? out : null;
}
