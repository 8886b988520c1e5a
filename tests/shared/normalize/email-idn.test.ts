/**
 * Internationalised addresses (h62 finding 8): a German supplier's info@müller.com in a trade-show
 * list and a Chinese customer's 用户@例子.公司 are addresses mail is delivered to (SMTPUTF8, IDNA),
 * not typos; the slips the cleaner is there to catch stay caught.
 */
import fc from 'fast-check';
import { domainToASCII } from 'url';
import { cleanCell, isValidEmail } from '../../../shared/normalize';
import { domainToAscii, punycodeEncode } from '../../../shared/text/punycode';
import type { Cell } from '../../../shared/table/cell';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });
const ctx = ctxFor('email');

describe('an address whose domain or user name is beyond ASCII', () => {
  it.each([
    ['info@müller.com', 'a German company\'s umlaut domain (trade-en.xlsx)'],
    ['verkauf@bücher-schmidt.de', 'an umlaut with a hyphen'],
    ['用户@例子.公司', 'a Chinese user name at a Chinese domain'],
    ['zhangwei@例子.中国', 'an ASCII user name at a domain under .中国'],
    ['info@xn--mller-kva.com', 'the same domain in its ASCII form'],
  ])('%s is valid: no warning (%s)', (address) => {
    expect(isValidEmail(address)).toBe(true);
    expect(cleanCell(text(address), ctx).findings).toEqual([]);
  });

  it('is written in lower case like any address: INFO@MÜLLER.COM → info@müller.com', () => {
    const r = cleanCell(text('INFO@MÜLLER.COM'), ctx);
    expect(r.cell).toEqual(text('info@müller.com'));
    expect(r.findings).toEqual([]);
  });

  it.each([
    ['müller.com', 'no @'],
    ['info@@müller.com', 'two @'],
    ['in fo@müller.com', 'a space in the user name'],
    ['info@mül ler.com', 'a space in the domain'],
    ['info@müller', 'a domain of one label'],
    ['info@-müller.com', 'a label beginning with a hyphen'],
    ['用户@例子.123', 'a top-level domain of digits'],
    ['用户@例子..公司', 'an empty label'],
    ['name@163,com', 'a comma for the dot'],
    ['张伟@qq.com', 'a name typed for the user name at a provider that gives out none in Chinese'],
  ])('%s is still flagged as no address (%s)', (raw) => {
    expect(cleanCell(text(raw), ctx).findings.map((f) => f.code)).toContain('email.invalid');
  });

  it('name@qq is still said: a typo with its likely address, name@qq.com', () => {
    expect(cleanCell(text('name@qq'), ctx).findings).toEqual([{ code: 'email.typo', severity: 'warning', params: { value: 'name@qq', suggestion: 'name@qq.com' }, suggestion: 'name@qq.com' }]);
  });
});

describe('a domain in its ASCII form (RFC 3492), without Node in the core', () => {
  it.each([
    ['müller.com', 'xn--mller-kva.com'],
    ['例子.中国', 'xn--fsqu00a.xn--fiqs8s'],
    ['用户.公司', 'xn--zouo53b.xn--55qx5d'],
    ['München.DE', 'xn--mnchen-3ya.de'],
    ['αβγ.gr', 'xn--mxacd.gr'],
    ['XN--MLLER-KVA.COM', 'xn--mller-kva.com'],
    ['例子。中国', 'xn--fsqu00a.xn--fiqs8s'],
  ])('%s → %s', (domain, ascii) => {
    expect(domainToAscii(domain)).toBe(ascii);
  });

  it('agrees with the WHATWG URL standard\'s domainToASCII on labels of lower-case letters', () => {
    const letter = fc.constantFrom(...'abcdeäöüßéèçñøåαβγδжиятü中国例子公司网络日本語한국'.split(''));
    fc.assert(
      fc.property(fc.array(letter, { minLength: 1, maxLength: 12 }), (chars) => {
        const label = chars.join('');
        const node = domainToASCII(`${label}.com`);
        // Node maps ß by UTS #46 (to ss under transitional rules in old versions): compare only where it kept the label.
        fc.pre(node !== '' && !label.includes('ß'));
        expect(`${/^[a-z]*$/.test(label) ? label : `xn--${punycodeEncode(label)}`}.com`).toBe(node);
      }),
    );
  });
});
