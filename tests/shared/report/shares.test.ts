/**
 * Shares as a report shows them: in steps of 0.1 %, adding up to 100.0 % where the parts can, and
 * equal counts always showing equal shares (three regions of 7 customers each are 33.3 % each).
 */
import fc from 'fast-check';
import { partsOf, Tally, withShares } from '../../../shared/report/tally';

const thousandths = (parts: number[]) => parts.reduce((n, p) => n + Math.round(p * 1000), 0);

describe('partsOf', () => {
  it('gives three regions of 7 customers each 33.3 % each (99.9 % in all), never 33.4 % to the first alone', () => {
    expect(partsOf([7, 7, 7], 21)).toEqual([0.333, 0.333, 0.333]);
  });

  it('gives equal counts equal shares wherever they stand: 华东 7, 华北 7 and 华南 7 of 22, with one 未填', () => {
    expect(partsOf([7, 7, 1, 7], 22)).toEqual([0.318, 0.318, 0.046, 0.318]);
    // Six tiers of one customer each: 16.7 % each, the nearest total (100.2 %) rather than 99.6 %.
    expect(partsOf([1, 1, 1, 1, 1, 1], 6)).toEqual([0.167, 0.167, 0.167, 0.167, 0.167, 0.167]);
  });

  it('still makes 100.0 % of counts that differ (2 of 3 and 1 of 3: 66.7 % and 33.3 %)', () => {
    expect(partsOf([2, 1], 3)).toEqual([0.667, 0.333]);
  });

  it('rounds 1 of 7 tiers\' customers to the nearest 0.1 % where that keeps the sum (14.3 %, 28.6 %, 57.1 %)', () => {
    expect(partsOf([1, 2, 4], 7)).toEqual([0.143, 0.286, 0.571]);
  });

  it('property: small counts, many alike (tiers of a small shop), show alike shares within 0.1 % of their own', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(12), { minLength: 1, maxLength: 12 }).filter((xs) => xs.some((x) => x > 0)), (counts) => {
        const whole = counts.reduce((a, b) => a + b, 0);
        const parts = partsOf(counts, whole);
        counts.forEach((c, i) => counts.forEach((d, j) => c === d && expect(parts[i]).toBe(parts[j])));
        counts.forEach((c, i) => counts.forEach((d, j) => c > d && expect(parts[i]).toBeGreaterThanOrEqual(parts[j])));
        parts.forEach((p, i) => expect(Math.abs(p - counts[i] / whole)).toBeLessThan(0.001));
        const alike = Math.max(...counts.map((c) => counts.filter((x) => x === c).length));
        expect(Math.abs(thousandths(parts) - 1000)).toBeLessThanOrEqual(Math.floor(alike / 2));
      }),
    );
  });

  it('adds any counts of a table of every customer up to exactly 1,000 thousandths when no two are alike, and gives alike counts alike shares', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5000), { minLength: 1, maxLength: 30 }).filter((xs) => xs.some((x) => x > 0)), (counts) => {
        const whole = counts.reduce((a, b) => a + b, 0);
        const parts = partsOf(counts, whole);
        if (new Set(counts).size === counts.length) expect(thousandths(parts)).toBe(1000);
        // Off by less than half of the largest set of alike counts (three of 33.3 %: 99.9 %).
        const alike = Math.max(...counts.map((c) => counts.filter((x) => x === c).length));
        expect(Math.abs(thousandths(parts) - 1000)).toBeLessThanOrEqual(Math.floor(alike / 2));
        counts.forEach((c, i) => counts.forEach((d, j) => c === d && expect(parts[i]).toBe(parts[j])));
        // Each part is within 0.1 % of its exact value, and a larger count never shows a smaller share.
        parts.forEach((p, i) => expect(Math.abs(p - counts[i] / whole)).toBeLessThan(0.001));
        counts.forEach((c, i) => counts.forEach((d, j) => c > d && expect(parts[i]).toBeGreaterThanOrEqual(parts[j])));
      }),
    );
  });
});

describe('Tally with spending', () => {
  it('folds the long tail\'s customers and spending into "other"', () => {
    // Amounts to one decimal (3000.5): added in tenths.
    const tally = new Tally(10);
    const rows: [string, number | null][] = [['李娜', 120000], ['李娜', 3000.5], ['赵磊', 8000], ['王强', 500], ['孙丽', null], ['周杰', 1200]];
    for (const [owner, spend] of rows) tally.add(owner, owner, 1, spend);
    const series = withShares(tally.series(3, { id: '#other', label: '其他' }), 6, 132700.5);
    expect(series).toEqual([
      { id: '李娜', label: '李娜', count: 2, share: 0.333, spend: 123000.5, spendShare: 0.927 },
      { id: '周杰', label: '周杰', count: 1, share: 0.167, spend: 1200, spendShare: 0.009 },
      { id: '#other', label: '其他', count: 3, share: 0.5, spend: 8500, spendShare: 0.064 },
    ]);
  });

  it('leaves the spending\'s share out when the customers spent nothing', () => {
    const tally = new Tally(10);
    tally.add('广东', '广东', 1, 0);
    tally.add('#blank', '（空）', 1, null);
    expect(withShares(tally.series(), 2, 0)).toEqual([
      { id: '广东', label: '广东', count: 1, share: 0.5, spend: 0 },
      { id: '#blank', label: '（空）', count: 1, share: 0.5, spend: 0 },
    ]);
  });
});
