import { jaro, jaroWinkler } from '../../../../shared/dedupe/similarity/jaro-winkler';
import fc from 'fast-check';

describe('jaroWinkler', () => {
  // Reference values from Winkler (1990) as reproduced on Wikipedia and in Talisman's tests.
  it.each([
    ['martha', 'marhta', 0.961, 'one transposition, shared prefix "mar"'],
    ['dwayne', 'duane', 0.84, 'classic example'],
    ['dixon', 'dicksonx', 0.813, 'classic example'],
    ['zhangwei', 'zhangwei', 1, 'identical'],
    ['abc', 'xyz', 0, 'nothing in common'],
    ['', 'abc', 0, 'empty never matches'],
  ])('%s / %s ≈ %d (%s)', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  it('is symmetric and within 0–1', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const x = jaroWinkler(a, b);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1 + 1e-12);
        expect(x).toBeCloseTo(jaroWinkler(b, a), 10);
        expect(jaro(a, b)).toBeLessThanOrEqual(x + 1e-12);
      }),
    );
  });
});
