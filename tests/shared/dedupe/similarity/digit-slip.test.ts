import fc from 'fast-check';
import { digitSlip } from '../../../../shared/dedupe/similarity/digit-slip';

describe('digitSlip: how two numbers of one length differ by one keystroke', () => {
  it.each<[string, string, ReturnType<typeof digitSlip>, string]>([
    ['+8613812345678', '+8613812345679', { kind: 'digit', fromEnd: 1 }, 'the last digit: 5678 / 5679, two numbers of one batch as often as a slip'],
    ['+8613812345678', '+8613812345688', { kind: 'digit', fromEnd: 2 }, 'the tens digit: 5678 / 5688'],
    ['+8613812345678', '+8613812346678', { kind: 'digit', fromEnd: 4 }, 'the fourth digit from the end'],
    ['+8613812345678', '+8613912345678', { kind: 'digit', fromEnd: 9 }, '138 / 139: the network prefix'],
    ['+8613812345678', '+8613812345687', { kind: 'swap', fromEnd: 1 }, 'the last two digits swapped: 78 / 87'],
    ['+8613812345678', '+8613182345678', { kind: 'swap', fromEnd: 8 }, '38 / 83 in the prefix swapped'],
    ['+8613812345678', '+8613812345678', null, 'equal: no slip'],
    ['+8613812345678', '+8613812345600', null, 'two digits differ'],
    ['+8613812345678', '+861381234567', null, 'one digit left out (another length)'],
    ['+8613812345678', '+8613812345786', null, 'three digits rotated'],
  ])('%s / %s → %j (%s)', (a, b, expected) => {
    expect(digitSlip(a, b)).toEqual(expected);
    expect(digitSlip(b, a)).toEqual(expected);
  });

  it('finds a slip exactly where the two numbers are one substitution or one adjacent swap apart', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(digits, fc.nat(), fc.constantFrom('digit', 'swap'), (a, at, kind) => {
        const i = at % (a.length - 1);
        const b =
          kind === 'digit'
            ? a.slice(0, i) + String((+a[i] + 1) % 10) + a.slice(i + 1)
            : a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2);
        const slip = digitSlip(a, b);
        if (a === b) expect(slip).toBeNull();
        else expect(slip).toEqual({ kind, fromEnd: a.length - i - (kind === 'swap' ? 1 : 0) });
      }),
      { seed: 20261203 },
    );
  });
});
