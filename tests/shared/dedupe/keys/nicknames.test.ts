import { nicknameMatch, canonicalGiven } from '../../../../shared/dedupe/keys/nicknames';
import { soundex } from '../../../../shared/dedupe/keys/soundex';

describe('nicknames', () => {
  it.each([
    ['bob', 'robert', true, 'Bob is Robert'],
    ['bill', 'will', true, 'both William'],
    ['rob', 'bob', true, 'both Robert'],
    ['chris', 'christina', true, 'Chris can be Christina'],
    ['bob', 'william', false, 'different names'],
    ['zhang', 'zhang', true, 'equal unknown names'],
  ])('%s / %s → %s (%s)', (a, b, expected) => {
    expect(nicknameMatch(a, b)).toBe(expected);
  });

  it('files a nickname under its formal name', () => {
    expect(canonicalGiven('bob')).toBe('robert');
    expect(canonicalGiven('wei')).toBe('wei');
  });
});

describe('soundex', () => {
  it.each([
    ['Robert', 'R163'],
    ['Rupert', 'R163'],
    ['Ashcraft', 'A261'],
    ['Tymczak', 'T522'],
    ['Pfister', 'P236'],
    ['Allen', 'A450'],
    ['Alan', 'A450'],
    ['张伟', ''],
  ])('%s → %s', (name, code) => {
    expect(soundex(name)).toBe(code);
  });
});
