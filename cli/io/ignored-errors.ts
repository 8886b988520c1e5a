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
import { parseA1Range, type A1Range } from './a1-range';
import { shiftSqref, type RowShift } from './kept-rows';
import { xmlAttribute as attribute } from './xml-text';

const inside = (a: A1Range, b: A1Range) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

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
  const ours = ranges.map(parseA1Range).filter((a): a is A1Range => a !== null);
  const kept: string[] = [];
  for (const item of element?.match(ITEM) ?? []) {
    if (!numbersOnly(item)) {
      kept.push(item);
      continue;
    }
    const left = (attribute(item, 'sqref') ?? '').split(/\s+/).filter((ref) => {
      const area = parseA1Range(ref);
      return ref !== '' && !(area && ours.some((o) => inside(area, o)));
    });
    if (left.length > 0) kept.push(item.replace(/\ssqref="[^"]*"/, ` sqref="${left.join(' ')}"`));
  }
  const silenced = kept.filter((item) => attribute(item, 'numberStoredAsText') === '1')
    .flatMap((item) => (attribute(item, 'sqref') ?? '').split(/\s+/))
    .map(parseA1Range).filter((a): a is A1Range => a !== null);
  const add = ranges.filter((ref) => {
    const area = parseA1Range(ref);
    return area !== null && !silenced.some((c) => inside(area, c));
  });
  if (add.length > 0) kept.push(`<ignoredError sqref="${add.join(' ')}" numberStoredAsText="1"/>`);
  if (kept.length === 0) return undefined;
  const open = element?.match(/^<ignoredErrors\b[^>]*?>/)?.[0].replace(/\/>$/, '>') ?? '<ignoredErrors>';
  return `${open}${kept.join('')}</ignoredErrors>`;
}
