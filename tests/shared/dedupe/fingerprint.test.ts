import { legacyFingerprint, rowFingerprint, cyrb53 } from '../../../shared/dedupe/fingerprint';
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

  it('has the documented shape', () => {
    expect(rowFingerprint(a)).toMatch(/^fp[0-9a-f]{14}$/);
    expect(cyrb53('a')).not.toBe(cyrb53('b'));
    expect(cyrb53('客户')).toBe(cyrb53('客户'));
  });
});
