import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { cnMobile } from '../../../shared/normalize/cn-mobile';

/** What the full libphonenumber-js parse says about the same text. */
function full(s: string) {
  const p = parsePhoneNumberFromString(s, { defaultCountry: 'CN', extract: false });
  if (!p || p.getType() !== 'MOBILE' || p.ext) return null;
  return { e164: p.number, national: p.nationalNumber, international: p.formatInternational() };
}

describe('the Chinese mobile fast path agrees with libphonenumber-js', () => {
  it.each([
    ['13812345678', 'bare'],
    ['138 1234 5678', 'grouped with spaces'],
    ['138-1234-5678', 'grouped with hyphens'],
    ['+86 138 1234 5678', 'international'],
    ['+86-13812345678', 'international with hyphen'],
    ['0086 13812345678', 'international with 00'],
    ['8613812345678', 'code without plus'],
    ['19912345678', 'a 199 number'],
    ['16612345678', 'a 166 number'],
  ])('%s (%s)', (text) => {
    expect(cnMobile(text, true)).toEqual(full(text));
    expect(cnMobile(text, true)).not.toBeNull();
  });

  it.each([
    ['12012345678', 'no such mobile prefix: the full parse decides'],
    ['1381234567', 'ten digits'],
    ['010-12345678', 'a landline'],
    ['13812345678-801', 'with an extension'],
  ])('leaves %s to the full parse (%s)', (text) => {
    expect(cnMobile(text, true)).toBeNull();
  });

  it('reads a bare number as Chinese only in a Chinese sheet', () => {
    expect(cnMobile('13812345678', false)).toBeNull();
    expect(cnMobile('+86 13812345678', false)).not.toBeNull();
  });

  it('whenever it answers, the answer is the full parse’s (every 1xx prefix, random digits and separators)', () => {
    const digits = fc.stringMatching(/^1[0-9]{10}$/);
    const prefix = fc.constantFrom('', '+86 ', '+86-', '0086 ', '86', '+86');
    const spaced = (d: string, cut: number) => (cut === 0 ? d : cut === 1 ? `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}` : `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`);
    fc.assert(
      fc.property(digits, prefix, fc.integer({ min: 0, max: 2 }), (d, p, cut) => {
        const text = p + spaced(d, cut);
        const fast = cnMobile(text, true);
        const slow = full(text);
        // The fast path may decline (the full parse then runs), but it must never disagree.
        return fast === null || JSON.stringify(fast) === JSON.stringify(slow);
      }),
      { numRuns: 3000, seed: 20261123 },
    );
  });

  it('declines no valid mobile of the common shapes (so the speed-up really applies)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9][0-9]{9}$/), (d) => full(d) === null || cnMobile(d, true) !== null),
      { numRuns: 3000, seed: 7 },
    );
  });
});
