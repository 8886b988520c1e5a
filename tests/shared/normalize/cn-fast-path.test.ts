import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { cnNational, cnNumber, cnReading } from '../../../shared/normalize/cn-fast-path';
import { parsePhone } from '../../../shared/normalize/phone';

/** The full libphonenumber-js reading of the same text, in the fast path's shape (house national form). */
function full(s: string) {
  const p = parsePhoneNumberFromString(s, { defaultCountry: 'CN', extract: false });
  const type = p?.getType();
  if (!p || p.ext || p.country !== 'CN' || (type !== 'MOBILE' && type !== 'FIXED_LINE')) return null;
  const groups = p.formatNational().split(' ');
  return {
    type: type === 'MOBILE' ? 'mobile' : 'fixed',
    e164: p.number,
    national: type === 'MOBILE' ? p.nationalNumber : `${groups[0]}-${groups.slice(1).join('')}`,
    international: p.formatInternational(),
  };
}

/** The fast reading with an international form it left to the full formatter filled in from `expected`. */
function completed(fast: ReturnType<typeof cnNumber>, expected: ReturnType<typeof full>) {
  return fast && { ...fast, international: fast.international ?? expected?.international };
}

describe('the Chinese fast path reads numbers exactly as libphonenumber-js does', () => {
  it.each([
    ['13812345678', 'a bare mobile'],
    ['138 1234 5678', 'grouped with spaces'],
    ['138-1234-5678', 'grouped with hyphens'],
    ['+86 138 1234 5678', 'international'],
    ['0086 13812345678', 'international with 00'],
    ['8613812345678', 'country code without plus'],
    ['19912345678', 'a 199 mobile'],
    ['010-12345678', 'Beijing landline'],
    ['021 6234 5678', 'Shanghai landline with spaces'],
    ['(021)62345678', 'area code in brackets'],
    ['0755-8888 0000', 'Shenzhen landline'],
    ['+86 755 8888 0000', 'landline written internationally'],
    ['057172730411', 'Hangzhou landline without separator'],
  ])('%s (%s)', (text) => {
    const fast = cnNumber(text, true);
    expect(fast).not.toBeNull();
    expect(completed(fast, full(text))).toEqual(full(text));
    expect(fast?.international).not.toBeNull();
  });

  it.each([
    ['12012345678', 'no such mobile range'],
    ['1381234567', 'ten digits'],
    ['13812345678-801', 'an extension'],
    ['88880000', 'a local number without area code'],
    ['400-800-8888', 'a shared-cost number'],
    ['0592-45800860', 'eight digits where Xiamen has seven'],
  ])('leaves %s to the full parse (%s)', (text) => {
    expect(cnNumber(text, true)).toBeNull();
  });

  it('reads a number without a country code as Chinese only in a Chinese sheet', () => {
    expect(cnNumber('13812345678', false)).toBeNull();
    expect(cnNumber('010-12345678', false)).toBeNull();
    expect(cnNumber('+86 13812345678', false)).not.toBeNull();
  });

  const separate = (d: string, style: number) =>
    style === 0 ? d : style === 1 ? d.replace(/^(\d{3})(\d{4})/, '$1 $2 ') : d.replace(/^(\d{3})(\d{4})/, '$1-$2-');

  it('never disagrees on mobiles: every 1xx prefix, prefixes and separators', () => {
    const prefix = fc.constantFrom('', '+86 ', '+86-', '0086 ', '86', '+86');
    fc.assert(
      fc.property(fc.stringMatching(/^1[0-9]{10}$/), prefix, fc.integer({ min: 0, max: 2 }), (d, p, style) => {
        const text = p + separate(d, style);
        const fast = cnNumber(text, true);
        return fast === null || JSON.stringify(completed(fast, full(text))) === JSON.stringify(full(text));
      }),
      { numRuns: 4000, seed: 20261123 },
    );
  });

  it('never disagrees on landlines: two- and three-digit area codes, seven- and eight-digit numbers', () => {
    const area = fc.oneof(fc.stringMatching(/^(10|2[0-9])$/), fc.stringMatching(/^[3-9][0-9]{2}$/));
    const local = fc.stringMatching(/^[1-9][0-9]{6,7}$/);
    const form = fc.constantFrom('0A-L', '0A L', '(0A)L', '0AL', '+86 A L', '+86-A-L', '0086 AL');
    fc.assert(
      fc.property(area, local, form, (a, l, f) => {
        const text = f.replace('A', a).replace('L', l);
        const fast = cnNumber(text, true);
        return fast === null || JSON.stringify(completed(fast, full(text))) === JSON.stringify(full(text));
      }),
      { numRuns: 6000, seed: 42 },
    );
  });

  it('reads, without writing its forms, exactly the numbers it writes, with the same type and national form', () => {
    const area = fc.oneof(fc.stringMatching(/^(10|2[0-9])$/), fc.stringMatching(/^[3-9][0-9]{2}$/));
    const digits = fc.stringMatching(/^[0-9]{6,11}$/);
    const form = fc.constantFrom('0A-L', '0A L', '(0A)L', '0AL', '+86 A L', '0086 AL', 'AL', '1L', '+861L', '86 1L');
    fc.assert(
      fc.property(area, digits, form, fc.boolean(), (a, l, f, cn) => {
        const text = f.replace('A', a).replace('L', l);
        const reading = cnReading(text, cn);
        const full = cnNumber(text, cn);
        if (reading === null || full === null) return reading === full;
        return reading.type === full.type && cnNational(reading) === full.national && full.e164 === `+86${reading.nsn}`;
      }),
      { numRuns: 6000, seed: 7 },
    );
  });

  it('reads a landline with a hyphenated extension (0755-88880000-801) as libphonenumber reads the number before the hyphen', () => {
    // The phone parser skips the full parse of such a whole text; this holds that the full parse
    // could only have failed, and that the reading is the full reading of the number plus extension.
    const area = fc.oneof(fc.stringMatching(/^(10|2[0-9])$/), fc.stringMatching(/^[3-9][0-9]{2}$/));
    const local = fc.stringMatching(/^[1-9][0-9]{6,7}$/);
    const ext = fc.stringMatching(/^[0-9]{1,6}$/);
    const form = fc.constantFrom('0A-L-E', '0A L-E', '(0A)L-E', '0AL-E', '0A-L - E');
    fc.assert(
      fc.property(area, local, ext, form, (a, l, e, f) => {
        const text = f.replace('A', a).replace('L', l).replace('E', e);
        const number = f.replace('A', a).replace('L', l).replace(/\s*-\s*E$/, '');
        const whole = parsePhoneNumberFromString(text, { defaultCountry: 'CN', extract: false });
        const head = full(number);
        const read = parsePhone(text, 'CN');
        if (whole?.getType() && text.replace(/\D/g, '').length >= 14) return false;
        if (head === null || head.type !== 'fixed') return true;
        return read !== null && read.e164 === head.e164 && read.national === head.national && read.extension === e && read.type === 'fixed';
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('decides the common cases itself (so the speed-up really applies)', () => {
    const decided = ['0755-88880000', '020-87654321', '0571-72730411', '028-61234567', '13512345678', '18612345678'];
    expect(decided.filter((x) => cnNumber(x, true) === null)).toEqual([]);
  });
});
