/**
 * Most phone texts of a customer sheet are plain numbers (13812345678, 138 1234 5678, 0755-88880000,
 * +86 138 1234 5678): digits, plus signs and hyphens in groups one space apart. The reading skips
 * for them the six rewrites it runs on any other text (full width, spaces, a bracketed note, other
 * dashes, a label, whose number, a bracketed country code), which cannot change them. These specs
 * hold the quick answer to the full one on generated texts and on every phone cell of the sample
 * sheets, and the region a number is read for to libphonenumber's own list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { getCountries, getCountryCallingCode, isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';
import { callingCodePrefix, cleanPhone, readablePhoneText, rewrittenPhoneText } from '../../../shared/normalize/phone';
import { text } from '../../../shared/table/cell';
import { ctxFor } from './context';

/** Characters people type in a phone cell, the ones the rewrites act on among them. */
const PHONE_CHARS = [
  ...'0123456789', '0', '1', '3', '8', '+', '+', '-', '-', ' ', ' ', ' ', '(', ')', '（', '）', '　', '\t', '\u00a0', '\u200b',
  '１', '３', '８', '＋', '－', '\u2010', '\u2212', '转', '手', '机', '：', ':', '妈', 'T', 'e', 'l', 'x', '.', '/', '微', '信',
];
const phoneText = fc.array(fc.constantFrom(...PHONE_CHARS), { maxLength: 24 }).map((cs) => cs.join(''));
/** Texts the quick answer takes: digits, + and - in groups one space apart, with a label or a note now and then. */
const plainish = fc
  .tuple(
    fc.constantFrom('', '', '', '手机：', 'Tel: ', '妈妈 ', '(+86)', '(0086) '),
    fc.array(fc.array(fc.constantFrom(...'0123456789+-'), { minLength: 1, maxLength: 6 }).map((cs) => cs.join('')), { minLength: 1, maxLength: 5 }),
    fc.constantFrom(' ', ' ', '-', '  '),
    fc.constantFrom('', '', '', '（前台）', ' (微信同号)', ' ', '转801'),
  )
  .map(([label, groups, sep, note]) => `${label}${groups.join(sep)}${note}`);

function sheetPhones(file: string): string[] {
  const csv = readFileSync(join(__dirname, '../../../examples', file), 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const header = rows.findIndex((r) => r.includes('手机') || r.some((h) => /phone/i.test(h)));
  const cols = rows[header].map((h, c) => (/手机|电话|phone|mobile/i.test(h) ? c : -1)).filter((c) => c >= 0);
  return rows.slice(header + 1).flatMap((r) => cols.map((c) => r[c] ?? '')).filter((v) => v !== '');
}

describe('a plain phone number is read as typed, as the full rewrite would leave it', () => {
  it.each([
    ['13812345678'],
    ['138 1234 5678'],
    ['138-1234-5678'],
    ['+86 138 1234 5678'],
    ['+86-13812345678'],
    ['0755-88880000'],
    ['0755-88880000-801'],
    ['021 6234 5678'],
  ])('%s', (typed) => {
    expect(readablePhoneText(typed)).toBe(typed);
    expect(rewrittenPhoneText(typed)).toBe(typed);
  });

  it('rewrites what is not plain as before: labels, notes, full width, brackets, two spaces', () => {
    expect(readablePhoneText('手机：138 1234 5678')).toBe('138 1234 5678');
    expect(readablePhoneText('13812345678（前台）')).toBe('13812345678');
    expect(readablePhoneText('１３８１２３４５６７８')).toBe('13812345678');
    expect(readablePhoneText('(+86)13812345678')).toBe('+86 13812345678');
    expect(readablePhoneText('138  1234 5678')).toBe('138 1234 5678');
    expect(readablePhoneText(' 13812345678 ')).toBe('13812345678');
  });

  it('gives the full rewrite\'s text on generated phone texts', () => {
    fc.assert(fc.property(fc.oneof(phoneText, plainish), (s) => readablePhoneText(s) === rewrittenPhoneText(s)), { numRuns: 20000, seed: 20241201 });
  });

  it('gives the full rewrite\'s text on every phone cell of the sample sheets', () => {
    const cells = [...sheetPhones('customers-zh.csv'), ...sheetPhones('customers-en.csv')];
    expect(cells.length).toBeGreaterThan(500);
    for (const s of cells) expect(readablePhoneText(s)).toBe(rewrittenPhoneText(s));
  });

  it('cleans a plain number of a Chinese sheet as before, with no note made up', () => {
    const ctx = ctxFor('mobile');
    expect(cleanPhone(text('138 1234 5678'), ctx).cell).toEqual(text('13812345678'));
    expect(cleanPhone(text('+86-138-1234-5678'), ctx).cell).toEqual(text('13812345678'));
    expect(cleanPhone(text('138 1234 5678（微信同号）'), ctx).cell).toEqual(text('13812345678 (微信同号)'));
    expect(cleanPhone(text('0755-8888 0000'), ctxFor('phone')).cell).toEqual(text('0755-88880000'));
  });
});

describe('the region a number is read for is libphonenumber\'s', () => {
  it('gives every region\'s calling code, in any case, and none for a region it does not know', () => {
    for (const region of getCountries()) {
      expect(callingCodePrefix(region)).toBe(`+${getCountryCallingCode(region)}`);
      expect(callingCodePrefix(region.toLowerCase())).toBe(`+${getCountryCallingCode(region)}`);
    }
    for (const other of ['XX', 'UK', 'ZZ', '', 'C', 'CHN', '__proto__', 'constructor']) {
      const known = isSupportedCountry(other.toUpperCase());
      expect(callingCodePrefix(other)).toBe(known ? `+${getCountryCallingCode(other.toUpperCase() as CountryCode)}` : null);
    }
  });
});
