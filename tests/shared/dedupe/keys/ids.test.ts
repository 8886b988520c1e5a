import { idKey, isValidChineseId, isValidUscc } from '../../../../shared/dedupe/keys/ids';

describe('identifier keys', () => {
  it.each([
    ['11010519491231002X', true, 'valid ID card (check X)'],
    ['110105194912310021', false, 'wrong check digit'],
    ['11010519491231002', false, 'too short'],
  ])('ID card %s valid=%s (%s)', (id, valid) => {
    expect(isValidChineseId(id)).toBe(valid);
  });

  it.each([
    ['91350100M000100Y43', true, 'valid credit code'],
    ['91350100M000100Y44', false, 'wrong check character'],
  ])('USCC %s valid=%s (%s)', (code, valid) => {
    expect(isValidUscc(code)).toBe(valid);
  });

  it.each([
    ['110105 19491231 002x', 'idCard', '11010519491231002X', true, 'spaces and lower-case x'],
    ['C-1024', 'generic', 'C1024', false, 'hyphen dropped'],
    ['000', 'generic', null, false, 'all zeros is no id'],
  ] as const)('%s (%s) → %s', (raw, kind, value, valid, _why) => {
    const k = idKey(raw, kind);
    expect(k?.value ?? null).toBe(value);
    if (k) expect(k.valid).toBe(valid);
  });
});
