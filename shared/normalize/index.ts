/**
 * The per-field cleaners behind one door: `cleanerFor(field)` picks the cleaner for the field's
 * kind, and `cleanCell` runs it with the guarantees every caller relies on (see types.ts).
 */
import { isBlank, isFormula, sameCell, type Cell } from '../table/cell';
import type { FieldDef, FieldKind } from '../schema/fields';
import type { Cleaner, CleanContext, CleanResult } from './types';
import { keep } from './result';
import { cleanPhone } from './phone';
import { cleanEmail } from './email';
import { cleanDate } from './date';
import { cleanAmount } from './amount';
import { cleanInteger } from './integer';
import { cleanPersonName } from './person-name';
import { cleanCompany } from './company';
import { cleanId } from './id';
import { cleanPostcode } from './postcode';
import { cleanUrl } from './url';
import { cleanText } from './text';
import { cleanWechat } from './wechat';
import { cleanProvince } from './province';
import { isCutShortAccount, isDitto, isMasked, isPlaceholder, isSkipCode } from './placeholder';
import { cleanGender } from './gender';
import { cleanVin, cleanPlate } from './vehicle';
import { cleanTerm } from './contract-term';

/** Each kind's cleaner before `guard`: exported so tests can prove the guard never has to catch. */
export const KIND_CLEANERS: Readonly<Record<FieldKind, Cleaner>> = {
  text: cleanText,
  multiline: cleanText,
  enum: cleanText,
  'person-name': cleanPersonName,
  company: cleanCompany,
  phone: cleanPhone,
  wechat: cleanWechat,
  email: cleanEmail,
  date: cleanDate,
  amount: cleanAmount,
  integer: cleanInteger,
  id: cleanId,
  postcode: cleanPostcode,
  url: cleanUrl,
  province: cleanProvince,
  gender: cleanGender,
  vin: cleanVin,
  plate: cleanPlate,
  term: cleanTerm,
};

/**
 * Kinds for which a placeholder (无, N/A, /, 同上) is no value, never an invalid one: a phone, an
 * e-mail, an ID, a postcode, a web address, a date, an amount, a count. Free text keeps it as text.
 */
const NO_PLACEHOLDER_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(['phone', 'email', 'id', 'postcode', 'url', 'date', 'amount', 'integer', 'vin', 'plate']);

/** Kinds where -3 is a number, not a survey's skip code. */
const SIGNED_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(['amount', 'integer', 'date']);

/** Kinds whose values exports mask (138****5678, 张*): phones, e-mails, IDs, names. */
const MASKABLE: ReadonlySet<FieldKind> = new Set<FieldKind>(['phone', 'email', 'id', 'person-name', 'vin', 'plate']);

/** Cells no cleaner touches: formulas and errors are the caller's business, blanks have nothing to clean. */
function untouchable(cell: Cell): boolean {
  return isFormula(cell) || cell.kind === 'error' || cell.kind === 'empty' || isBlank(cell);
}

/**
 * Wraps a kind's cleaner in the contract: untouchable cells pass through, a throw or a result that
 * would empty a non-empty cell keeps the input, and "unchanged" is always the input object itself.
 */
function guard(inner: Cleaner, kind: FieldKind): Cleaner {
  const placeholders = NO_PLACEHOLDER_KINDS.has(kind);
  const masks = MASKABLE.has(kind);
  return (cell, ctx) => {
    if (untouchable(cell)) return keep(cell);
    // 问卷星's -3 (skipped) in a company or name column: kept, never tidied into the company "3".
    if (!SIGNED_KINDS.has(kind) && cell.kind === 'text' && isSkipCode(cell.value)) return keep(cell);
    if (placeholders && cell.kind === 'text' && isPlaceholder(cell.value)) {
      // 无 in a phone column says there is no phone: no "invalid number" for it (the required rule
      // still counts it as missing). 同上 points at the row above: the row lacks the value itself.
      return isDitto(cell.value) ? keep(cell, [{ code: 'cell.ditto', severity: 'info', params: { value: cell.value.trim() } }]) : keep(cell);
    }
    // 138****5678 in a phone, ID or e-mail column was masked by the system it came from: nobody can
    // fix it here, so it is said once per cell as a fact, not as an invalid value.
    // A masked name (张*) is kept as it is, its asterisk too: tidied to 张 it would look like a name.
    // A buyer's account cut short (jd_d62a3a210***) still names him: no masked value to report.
    if (masks && cell.kind === 'text' && isMasked(cell.value) && !(ctx.field.id === 'customerId' && isCutShortAccount(cell.value))) {
      return kind === 'person-name' ? keep(cell) : keep(cell, [{ code: 'cell.masked', severity: 'info', params: { value: cell.value.trim() } }]);
    }
    let result: CleanResult;
    try {
      result = inner(cell, ctx);
    } catch {
      return keep(cell);
    }
    if (result.cell === cell) return result.reason === undefined ? result : keep(cell, result.findings);
    if (sameCell(result.cell, cell) || isBlank(result.cell)) return keep(cell, result.findings);
    // A change that gives its reason is already in the contract's shape: returned, not copied.
    return result.reason !== undefined ? result : { cell: result.cell, reason: 'fix.generic', findings: result.findings };
  };
}

const GUARDED: Readonly<Record<FieldKind, Cleaner>> = Object.fromEntries(
  Object.entries(KIND_CLEANERS).map(([kind, cleaner]) => [kind, guard(cleaner, kind as FieldKind)]),
) as Record<FieldKind, Cleaner>;

/** The cleaner for `field`'s kind (free-text rules for an unknown kind). */
export function cleanerFor(field: FieldDef): Cleaner {
  return GUARDED[field.kind] ?? GUARDED.text;
}

/**
 * Cleans one cell of `ctx.field`. Formula, error, empty and blank cells come back unchanged with
 * no findings. A field listed in `settings.normalize.skipFields` keeps its value but still reports
 * what its cleaner found.
 */
export function cleanCell(cell: Cell, ctx: CleanContext): CleanResult {
  const plain = withoutControlChars(cell);
  let result = cleanerFor(ctx.field)(plain, ctx);
  if (plain !== cell && result.cell === plain) result = { ...result, reason: 'fix.controlChars' };
  if (result.cell !== cell && ctx.settings.normalize.skipFields.includes(ctx.field.id)) {
    return { cell, findings: result.findings };
  }
  return result;
}

/**
 * C0 control characters other than tab and line breaks, and DEL: a NUL a till's export left in
 * `86\0-19863011220`, a BEL pasted from a terminal. No one types them, and an .xlsx cannot hold them
 * (XML 1.0 has no such characters): left in, the phone is not read and the workbook shows it
 * without them while the JSON report keeps them. Removed before the cleaner reads the value.
 */
const CONTROL_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_CHARS = new RegExp(CONTROL_CHAR.source, 'g');
/**
 * Those that separate: a vertical tab is FileMaker's line break inside a field (`Flat 2\v14 High
 * Street`), a form feed a page break, \x1c–\x1f the information separators. Each becomes a space,
 * which the cleaners fold as before: removed, `Flat 2` and `14` would run into `Flat 214`.
 */
const SEPARATOR = /[\u000b\u000c\u001c-\u001f]/;

function withoutControlChars(cell: Cell): Cell {
  if (cell.kind !== 'text' || !CONTROL_CHAR.test(cell.value)) return cell;
  return { kind: 'text', value: cell.value.replace(CONTROL_CHARS, (c) => (SEPARATOR.test(c) ? ' ' : '')) };
}

export type { Cleaner, CleanContext, CleanResult } from './types';
export { parsePhone, formatPhone, type ParsedPhone } from './phone';
export { parseMonthDay, type MonthDay } from './month-day';
export { parseDateText, type DateReading } from './date-text';
export { parseAmount } from './amount';
export { suggestEmail } from './email-typo';
export { isValidEmail } from './email';
export { checkIdCard } from './id-card';
export { checkUscc } from './uscc';
