/**
 * Identifiers (customer ID, QQ, ID card, credit code). IDs that must stay text (QQ, ID card,
 * credit code) turn from numbers into digits when no digit was lost yet; 16+ digit numbers and
 * exponent text (1.10101E+17) already lost theirs (PITFALLS A5) and are flagged. A numeric
 * customer ID stays a number.
 */
import { numberText, type Cell } from '../table/cell';
import { dropQuotePrefix, foldAll } from '../text/fold';
import type { Finding } from '../plan/issue';
import type { CleanContext, CleanResult } from './types';
import { keep, change, changeText } from './result';
import { hasTooManyDigits, isExponentText, lostDigitsShown } from './lost-digits';
import { checkIdCard, idCardCheckChar, idCardHolder } from './id-card';
import { isValidCivil } from '../table/civil-date';
import { checkUscc } from './uscc';

const lost = (value: string): Finding => ({ code: 'id.precisionLost', severity: 'error', params: { value } });

/**
 * An attempt at a resident ID (15 or 18 characters, all digits but perhaps the last): digits give or
 * take a few, the last any character (1101051949123100, 11010519491231002Y). A passport (E12345678,
 * G12345678, 123456789), a foreign letter-digit mix or a note (身份证待补) is none, and is no wrong one.
 */
const RESIDENT_ID_ATTEMPT = /^\d{13,18}[\dA-Z]$/;

/** An old 15-character 税务登记号: the area's 6 digits, then the 组织机构代码 (8 digits or capitals and a check digit or X). */
const OLD_TAX_NUMBER = /^\d{6}[0-9A-Z]{8}[0-9X]$/;

/** An ID number's shape whatever its check: a province's first digit, 17 digits, a birth date at the 7th to 14th. */
function idShaped(code: string): boolean {
  if (!/^[1-6]\d{16}[\dX]$/.test(code)) return false;
  const y = Number(code.slice(6, 10));
  return y >= 1900 && y <= 2099 && isValidCivil(y, Number(code.slice(10, 12)), Number(code.slice(12, 14)));
}

/** Taiwan's 統一編號 (統編), a company's business number: 8 digits. */
const TAIWAN_BUSINESS_NO = /^\d{8}$/;
/**
 * What, outside a Chinese sheet, is an attempt at a unified social credit code (18 characters, give
 * or take one) or at a GSTIN (the state's 2 digits and the PAN's letters), and is checked as one. A
 * British VAT number (GB123456789), a New Zealand GST number (123-456-789) or an Australian ABN in the
 * same column is another country's tax number, no code gone wrong.
 */
const CODE_ATTEMPT = /^(?:[0-9A-Z]{17,19}|\d{2}[A-Z]{5}\d[0-9A-Z]*)$/;

/** India's GSTIN: the state's 2 digits, the firm's PAN (5 letters, 4 digits, a letter), its entity number, Z, a check character. */
const INDIAN_GSTIN = /^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;

/**
 * Canonical text of an ID card number or credit code with its findings; `folded` when it is not one.
 * An ID column holds other numbers too (a hotel's 证件号 passports, another country's social security
 * numbers): only what has the shape of a resident ID is held to its check, and in a Chinese sheet
 * (the sheet's phone region) only an attempt at one is flagged when it fails.
 */
function checkCode(fieldId: string, folded: string, region: string): { value: string; findings: Finding[] } {
  const compact = folded.replace(/[\s-]/g, '').toUpperCase();
  if (fieldId === 'idCard') {
    const r = checkIdCard(compact);
    if (r.ok) return { value: compact, findings: [] };
    if (r.reason === 'checksum') {
      return { value: compact, findings: [{ code: 'idCard.checksum', severity: 'warning', params: { value: compact, expected: r.expected } }] };
    }
    if (region.toUpperCase() !== 'CN' || !RESIDENT_ID_ATTEMPT.test(compact)) return { value: folded, findings: [] };
    return { value: folded, findings: [{ code: 'idCard.invalid', severity: 'warning', params: { value: folded } }] };
  }
  // Taiwan's 統一編號 is a company's number too, of 8 digits: no unified social credit code gone wrong.
  // India's GSTIN is one of 15 characters: no code gone wrong either.
  if (TAIWAN_BUSINESS_NO.test(compact) || INDIAN_GSTIN.test(compact)) return { value: compact, findings: [] };
  if (region.toUpperCase() !== 'CN' && !CODE_ATTEMPT.test(compact)) return { value: folded, findings: [] };
  const r = checkUscc(compact);
  if (r.ok) return { value: compact, findings: [] };
  // A 个体户's or a natural person's tax number is his ID number: its last digit is the ID number's
  // check, right as it is (a credit code's check would ask for a letter that breaks it).
  if (compact.length === 18 && idCardHolder(compact) !== null) return { value: compact, findings: [] };
  // A 税务登记号 of before 2015's 三证合一: the area's 6 digits and the organisation code's 9 characters.
  if (OLD_TAX_NUMBER.test(compact)) return { value: compact, findings: [{ code: 'uscc.oldTaxNumber', severity: 'info', params: { value: compact } }] };
  if (r.reason === 'checksum') {
    // An ID number mistyped is as likely as a credit code mistyped: the user is given both checks,
    // never a credit code's letter alone that would break the ID number.
    if (idShaped(compact)) {
      return { value: compact, findings: [{ code: 'uscc.checksumOrIdCard', severity: 'warning', params: { value: compact, expected: r.expected, idExpected: idCardCheckChar(compact) } }] };
    }
    return { value: compact, findings: [{ code: 'uscc.checksum', severity: 'warning', params: { value: compact, expected: r.expected } }] };
  }
  return { value: folded, findings: [{ code: 'uscc.invalid', severity: 'warning', params: { value: folded } }] };
}

/** The id cleaner; what it checks depends on the field. */
/** A QQ number: 5 to 11 digits, never starting with 0. */
export function isQqNumber(text: string): boolean {
  return /^[1-9]\d{4,10}$/.test(text);
}

export function cleanId(cell: Cell, ctx: CleanContext): CleanResult {
  const field = ctx.field.id;
  const isCode = field === 'idCard' || field === 'uscc';
  const asText = isCode || field === 'qq';
  if (cell.kind === 'number') {
    const n = cell.value;
    // As the sheet shows it (4.40306E+17 under General), not the digits it holds (440306199001011000),
    // which the user never saw and which read as a real ID number.
    if (hasTooManyDigits(n)) return keep(cell, [lost(lostDigitsShown(n, cell.format))]);
    if (!Number.isInteger(n) || n < 0) {
      return field === 'customerId' || field === 'orderId' ? keep(cell) : keep(cell, [{ code: 'id.invalid', severity: 'warning', params: { value: numberText(n) } }]);
    }
    if (!asText) return keep(cell);
    const digits = numberText(n);
    if (!isCode) return change(cell, { kind: 'text', value: digits }, 'fix.id');
    const { value, findings } = checkCode(field, digits, ctx.settings.phone.defaultRegion);
    return change(cell, { kind: 'text', value }, 'fix.id', findings);
  }
  if (cell.kind !== 'text') return keep(cell);
  const unmarked = dropQuotePrefix(cell.value);
  const folded = foldAll(unmarked);
  if (isExponentText(folded)) return keep(cell, [lost(folded)]);
  // '6253817348274 (Shopify's Customer ID): only the text mark went, which is what the note must say.
  const tidied = unmarked !== cell.value ? 'fix.quotePrefix' : 'fix.spaces';
  if (!isCode) {
    const value = field === 'qq' ? folded.replace(/^qq\s*(?:号码|号)?\s*[:：]?\s*(?=\d)/i, '').replace(/(?<=\d)\s+(?=\d)/g, '') : folded;
    return changeText(cell, value, value === folded ? tidied : 'fix.id');
  }
  const { value, findings } = checkCode(field, folded, ctx.settings.phone.defaultRegion);
  return changeText(cell, value, value === folded ? tidied : 'fix.id', findings);
}
