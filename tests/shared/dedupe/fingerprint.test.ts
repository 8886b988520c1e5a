import { legacyFingerprint, rowFingerprint, cyrb53 } from '../../../shared/dedupe/fingerprint';
import fc from 'fast-check';
import { records } from './helpers';

describe('rowFingerprint', () => {
  const [a] = records([{ name: '张伟', mobile: '13812345678', company: '星辰科技', amount: 100 }]);

  it('is stable across row moves and activity changes', () => {
    const moved = { ...a, sheetRow: 99, index: 50, fields: { ...a.fields, amount: { kind: 'number' as const, value: 5000 } } };
    expect(rowFingerprint(moved)).toBe(rowFingerprint(a));
  });

  it.each([
    ['width and case', { name: '张伟', mobile: '１３８１２３４５６７８', company: '星辰科技' }, true],
    ['spaces in the phone (a number retyped is the same number)', { name: '张伟', mobile: '138 1234 5678', company: '星辰科技' }, true],
    ['the country code before a mobile', { name: '张伟', mobile: '+86 138-1234-5678', company: '星辰科技' }, true],
    ['another number', { name: '张伟', mobile: '13812345679', company: '星辰科技' }, false],
    ['another name', { name: '张玮', mobile: '13812345678', company: '星辰科技' }, false],
  ])('%s → same=%s', (_why, spec, same) => {
    const [b] = records([spec]);
    expect(rowFingerprint(b) === rowFingerprint(a)).toBe(same);
  });

  it.each([
    ['0000-00-00', 'fp1f618a73da84f8'],
    ['0000-00-00 00:00:00', 'fp09508ea43ba7aa'],
    ['农历1990年三月初八', 'fp156d9e739e4201'],
    ['1990年农历三月初八', 'fp156d9e739e4201'],
    ['农历三月初八', 'fp088edc8f91a9fa'],
    ['1900-01-00', 'fp09c8b1953b4ec7'],
    ['1990-05-03', 'fp0aaf8646fa8367'],
  ])('a birthday %j keeps the fingerprint it had before the duplicate finder read 农历 and zero dates (%s): saved "not duplicates" marks stay valid', (birthday, fp) => {
    const [r] = records([{ name: '张伟', mobile: '13812345678', birthday: { kind: 'text', value: birthday } }]);
    expect(rowFingerprint(r)).toBe(fp);
  });

  it('a landline or two numbers in one cell read number by number; the fingerprint saved before is still known', () => {
    const [x] = records([{ name: '李娜', phone: '010-87654321 / 13912345678' }]);
    const [y] = records([{ name: '李娜', phone: '01087654321;139 1234 5678' }]);
    expect(rowFingerprint(x)).toBe(rowFingerprint(y));
    expect(legacyFingerprint(x)).not.toBe(rowFingerprint(x));
    // A cleaned mobile is one run of digits: both readings agree, so nothing changes for most rows.
    expect(legacyFingerprint(a)).toBe(rowFingerprint(a));
  });

  // Fingerprints saved in "not duplicates" marks must keep their values whatever the fingerprint is
  // computed with: these are the values rows with every identity field filled have always had.
  it.each([
    ['a Shenzhen logistics contact with every identity field', { name: '陈晓明', mobile: '139 2233 4455', phone: '0755-86001234 转 801', email: 'Chen.XM@Qianhai-Logistics.com', wechat: 'chenxm_sz', qq: '384726153', company: '深圳市前海物流有限公司', address: '深圳市南山区科技园科苑路 15 号', birthday: '1986-07-21', idCard: '440305198607214518', customerId: 'KH-00417' }, 'fp07595c816597e2', 'fp0246fb2060e33c'],
    ['a UK contact by first and last name', { firstName: 'Emily', lastName: 'Carter', mobile: '+44 7700 900123', email: 'emily.carter@gmail.com', company: 'Brightwater Ltd', uscc: '91110108MA01ABCD2X' }, 'fp03d0eb91431d9c', 'fp003366051800c7'],
  ])('%s keeps its saved fingerprint and legacy fingerprint', (_who, spec, fp, legacy) => {
    const [r] = records([spec]);
    expect(rowFingerprint(r)).toBe(fp);
    expect(legacyFingerprint(r)).toBe(legacy);
  });

  // 企业微信's 客户联系 export: most rows have a blank 备注名 and only the WeChat nickname (tester h76 #4).
  it('tells two nameless colleagues of one company apart by their nicknames; a mark saved before still matches by the legacy fingerprint', () => {
    const [su, bai] = records([
      { nickname: 'Tony苏华鹏', company: '宁波宏达贸易有限公司' },
      { nickname: '小白杰娟', company: '宁波宏达贸易有限公司' },
    ]);
    const [before] = records([{ company: '宁波宏达贸易有限公司' }]);
    expect(rowFingerprint(su)).not.toBe(rowFingerprint(bai));
    expect(legacyFingerprint(su)).toBe(rowFingerprint(before));
    expect(legacyFingerprint(bai)).toBe(rowFingerprint(before));
  });

  it.each([
    ['a named row', { name: '孙丽', nickname: '丽丽🌸', mobile: '13811112222', company: '杭州万象包装有限公司' }, { name: '孙丽', mobile: '13811112222', company: '杭州万象包装有限公司' }],
    ['a UK contact by first and last name', { firstName: 'Emily', lastName: 'Carter', nickname: 'Em', email: 'emily.carter@gmail.com' }, { firstName: 'Emily', lastName: 'Carter', email: 'emily.carter@gmail.com' }],
  ])('%s keeps its fingerprint whatever its nickname', (_who, withNick, without) => {
    const [a1, b1] = records([withNick, without]);
    expect(rowFingerprint(a1)).toBe(rowFingerprint(b1));
  });

  it('has the documented shape', () => {
    expect(rowFingerprint(a)).toMatch(/^fp[0-9a-f]{14}$/);
    expect(cyrb53('a')).not.toBe(cyrb53('b'));
    expect(cyrb53('客户')).toBe(cyrb53('客户'));
  });
});

/**
 * cyrb53 as published (bryc): the 53-bit number 2^32 · (h2 & 0x1fffff) + (h1 >>> 0), printed in base 16
 * and padded to 14 digits. The digest prints its two halves digit by digit for speed; every mark a user
 * saved ("not duplicates", hand-set classes by row) names rows by these digits, so they must not move.
 */
function referenceCyrb53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

describe('cyrb53 digest', () => {
  it.each([
    ['a customer name', '张伟'],
    ['an English name', 'Emily Carter'],
    ['a mobile', '13812345678'],
    ['an e-mail', 'chen.xm@qianhai-logistics.com'],
    ['nothing', ''],
  ])('%s hashes as the published cyrb53 does', (_why, s) => {
    expect(cyrb53(s)).toBe(referenceCyrb53(s));
  });

  it('keeps leading zeros of either half (a digest with small high bits is still 14 digits)', () => {
    // Texts searched for digests whose high or low half starts with zeros: padding each half is where a
    // digit-by-digit print could go wrong.
    const texts = Array.from({ length: 20000 }, (_, i) => `客户${i}`);
    const padded = texts.filter((t) => /^0/.test(referenceCyrb53(t)) || /^0/.test(referenceCyrb53(t).slice(6)));
    expect(padded.length).toBeGreaterThan(100);
    for (const t of padded) expect(cyrb53(t)).toBe(referenceCyrb53(t));
  });

  it('agrees with the published digest on any text (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => cyrb53(s) === referenceCyrb53(s)), { seed: 20261204, numRuns: 2000 });
  });
});
