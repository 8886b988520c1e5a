/**
 * A sheet's `<ignoredErrors>`: the cells where the user told Excel to stop flagging an error (the
 * green triangle of "number stored as text", a formula that omits adjacent cells, …). exceljs 4.4
 * neither reads nor writes it; kept-parts.ts puts the input's back, moved with a merge's rows.
 *
 * The run also writes phones, ID numbers and postcodes as text, on purpose (PITFALLS A4), and Excel
 * flags every such cell that reads as a number with a green triangle, inviting "Convert to Number",
 * which turns 13800138000 into 1.38E+10 and drops an ID's leading zero. So the run ignores "number
 * stored as text" on the data rows of those columns, as a user would by hand. That entry is
 * recognised on a rerun (its ranges lie inside the new ones) and replaced, never written twice.
 */
import { columnNumber, maxOf, minOf } from '../../shared';
import { shiftSqref, type RowShift } from './kept-rows';
import { xmlAttribute as attribute } from './xml-text';

interface Area {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Excel's last row and column (XFD1048576): a whole column or row reaches them. */
const LAST_ROW = 1_048_576;
const LAST_COL = 16_384;

/**
 * The area of one reference: a cell or range (B2, B2:B6), a whole column (B:B, B:C) or a whole row
 * (2:2, 2:6), as Excel writes a triangle silenced on columns the user selected whole.
 */
function areaOf(ref: string): Area | null {
  const ends = ref.replace(/\$/g, '').toUpperCase().split(':').map((p) => /^([A-Z]{1,3})?(\d+)?$/.exec(p));
  if (ends.length > 2 || ends.some((m) => m === null || (m[1] === undefined && m[2] === undefined))) return null;
  const [a, b = a] = ends as RegExpExecArray[];
  // A column with no row, or a row with no column, stands for the whole of it: both ends alike.
  if ((a[1] === undefined) !== (b[1] === undefined) || (a[2] === undefined) !== (b[2] === undefined)) return null;
  if ((a[1] === undefined || a[2] === undefined) && ends.length === 1) return null;
  const cols = a[1] === undefined ? [1, LAST_COL] : [columnNumber(a[1]), columnNumber(b[1])];
  const rows = a[2] === undefined ? [1, LAST_ROW] : [Number(a[2]), Number(b[2])];
  return { left: minOf(cols), right: maxOf(cols), top: minOf(rows), bottom: maxOf(rows) };
}

const inside = (a: Area, b: Area) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

const ITEM = /<ignoredError\b[^>]*?(?:\/>|>[\s\S]*?<\/ignoredError>)/g;

/** The input's `<ignoredErrors>` moved with the rows a merge removed; undefined when none is left. */
export function shiftIgnoredErrors(element: string, shift: RowShift): string | undefined {
  // Not counted among the references a merge left with no row: a silenced triangle on an archived
  // row is nothing the user loses.
  const out = element.replace(ITEM, (item) => {
    const sqref = attribute(item, 'sqref');
    const moved = sqref === null ? null : shiftSqref(sqref, shift);
    return moved === null ? '' : item.replace(/\ssqref="[^"]*"/, ` sqref="${moved}"`);
  });
  return /<ignoredError\b/.test(out) ? out : undefined;
}

/** Whether an `<ignoredError>` silences "number stored as text" only (as the run's own entry does). */
const numbersOnly = (item: string) => attribute(item, 'numberStoredAsText') === '1'
  && !/\s(?!sqref\b|numberStoredAsText\b)\w+\s*=\s*"(?:1|true)"/.test(item.replace(/^<ignoredError/, ''));

/**
 * `element` (the sheet's `<ignoredErrors>`, or undefined) with "number stored as text" ignored on
 * `ranges` (the run's text columns, e.g. "B2:B120"): ranges of a numbers-only entry that lie inside
 * them (an earlier run's) give way to them, and a range the user already silenced is not repeated.
 */
export function withNumbersAsText(element: string | undefined, ranges: readonly string[]): string | undefined {
  if (ranges.length === 0) return element;
  const ours = ranges.map(areaOf).filter((a): a is Area => a !== null);
  const kept: string[] = [];
  for (const item of element?.match(ITEM) ?? []) {
    if (!numbersOnly(item)) {
      kept.push(item);
      continue;
    }
    const left = (attribute(item, 'sqref') ?? '').split(/\s+/).filter((ref) => {
      const area = areaOf(ref);
      return ref !== '' && !(area && ours.some((o) => inside(area, o)));
    });
    if (left.length > 0) kept.push(item.replace(/\ssqref="[^"]*"/, ` sqref="${left.join(' ')}"`));
  }
  const silenced = kept.filter((item) => attribute(item, 'numberStoredAsText') === '1')
    .flatMap((item) => (attribute(item, 'sqref') ?? '').split(/\s+/))
    .map(areaOf).filter((a): a is Area => a !== null);
  const add = ranges.filter((ref) => {
    const area = areaOf(ref);
    return area !== null && !silenced.some((c) => inside(area, c));
  });
  if (add.length > 0) kept.push(`<ignoredError sqref="${add.join(' ')}" numberStoredAsText="1"/>`);
  if (kept.length === 0) return undefined;
  const open = element?.match(/^<ignoredErrors\b[^>]*?>/)?.[0].replace(/\/>$/, '>') ?? '<ignoredErrors>';
  return `${open}${kept.join('')}</ignoredErrors>`;
}
