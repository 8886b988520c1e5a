import { rowFingerprint, cyrb53 } from '../../../shared/dedupe/fingerprint';
import { records } from './helpers';

describe('rowFingerprint', () => {
  const [a] = records([{ name: '张伟', mobile: '13812345678', company: '星辰科技', amount: 100 }]);

  it('is stable across row moves and activity changes', () => {
    const moved = { ...a, sheetRow: 99, index: 50, fields: { ...a.fields, amount: { kind: 'number' as const, value: 5000 } } };
    expect(rowFingerprint(moved)).toBe(rowFingerprint(a));
  });

  it.each([
    ['width and case', { name: '张伟', mobile: '１３８１２３４５６７８', company: '星辰科技' }, true],
    ['spaces in the phone', { name: '张伟', mobile: '138 1234 5678', company: '星辰科技' }, false],
    ['another name', { name: '张玮', mobile: '13812345678', company: '星辰科技' }, false],
  ])('%s → same=%s', (_why, spec, same) => {
    const [b] = records([spec]);
    expect(rowFingerprint(b) === rowFingerprint(a)).toBe(same);
  });

  it('has the documented shape', () => {
    expect(rowFingerprint(a)).toMatch(/^fp[0-9a-f]{14}$/);
    expect(cyrb53('a')).not.toBe(cyrb53('b'));
    expect(cyrb53('客户')).toBe(cyrb53('客户'));
  });
});
