import fc from 'fast-check';
import { computeRfm, quintileScores } from '../../../shared/classify/rfm';
import { civil, d, rec } from './helpers';

const TODAY = civil('2025-06-30');

describe('quintileScores', () => {
  it.each<[string, number[], boolean, number[]]>([
    ['ten distinct values: two per quintile', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], false, [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]],
    ['five distinct values: one each', [10, 20, 30, 40, 50], false, [1, 2, 3, 4, 5]],
    ['lower is better (recency): reversed', [10, 20, 30, 40, 50], true, [5, 4, 3, 2, 1]],
    ['one value alone sits in the middle', [42], false, [3]],
    ['all equal share the middle score', [7, 7, 7, 7], false, [3, 3, 3, 3]],
    ['ties share a score whatever their count', [1, 1, 1, 1, 1, 1, 2, 3, 4, 5], false, [2, 2, 2, 2, 2, 2, 4, 4, 5, 5]],
    ['two values: 2 and 4', [100, 900], false, [2, 4]],
  ])('%s', (_why, values, lowerIsBetter, expected) => {
    const table = quintileScores(values, lowerIsBetter);
    expect(values.map((v) => table.get(v))).toEqual(expected);
  });

  it('scores are 1–5, equal values score equally, a larger value never scores lower', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 60 }), (values) => {
      const table = quintileScores(values);
      const sorted = [...new Set(values)].sort((a, b) => a - b);
      sorted.forEach((v, i) => {
        const s = table.get(v)!;
        expect(s).toBeGreaterThanOrEqual(1);
        expect(s).toBeLessThanOrEqual(5);
        if (i > 0) expect(s).toBeGreaterThanOrEqual(table.get(sorted[i - 1])!);
      });
    }), { seed: 42 });
  });
});

describe('computeRfm', () => {
  it('scores recency by days since last purchase, frequency by orders, monetary by amount', () => {
    const { scores } = computeRfm([
      rec(2, { lastPurchase: d('2025-06-29'), orders: 20, amount: 90000 }),
      rec(3, { lastPurchase: d('2024-01-01'), orders: 1, amount: 800 }),
    ], TODAY);
    expect(scores).toEqual([
      { r: 4, f: 4, m: 4, total: 12 },
      { r: 2, f: 2, m: 2, total: 6 },
    ]);
  });

  it('a blank value scores 1 (no purchase on record); an unreadable one leaves the row without RFM', () => {
    const { scores, summary } = computeRfm([
      rec(2, { lastPurchase: d('2025-06-01'), orders: 3, amount: 5000 }),
      rec(3, { name: '潜在客户' }),
      rec(4, { lastPurchase: '上个月', orders: 3, amount: 5000 }),
      rec(5, { lastPurchase: d('2025-06-01'), orders: 3, amount: '约5千' }),
    ], TODAY);
    expect(scores).toEqual([{ r: 3, f: 3, m: 3, total: 9 }, { r: 1, f: 1, m: 1, total: 3 }, null, null]);
    expect(summary).toMatchObject({ scored: 2, unreadable: 2 });
  });

  describe('a lead typed 0 (never bought) is no purchase on record, as a blank is', () => {
    // A 会员消费表: four buyers, and three leads the team typed 0 / 0 for (or left blank).
    const BUYERS = [
      { name: '张伟', lastPurchase: d('2025-06-20'), orders: 14, amount: 86000 },
      { name: '王芳', lastPurchase: d('2025-03-02'), orders: 5, amount: 12800 },
      { name: 'Emily Chen', lastPurchase: d('2024-11-15'), orders: 2, amount: 3600 },
      { name: '刘强', lastPurchase: d('2024-07-01'), orders: 1, amount: 980 },
    ];
    const leads = (orders: number | null, amount: number | null) =>
      ['李娜', 'John Smith', '陈静'].map((name) => ({ name, lastPurchase: null, orders, amount }));
    const run = (orders: number | null, amount: number | null) =>
      computeRfm([...BUYERS, ...leads(orders, amount)].map((f, i) => rec(i + 2, f)), TODAY);

    it('typing 0 instead of leaving the cells blank changes no buyer\'s score', () => {
      const zero = run(0, 0).scores;
      const blank = run(null, null).scores;
      expect(zero.slice(0, 4)).toEqual(blank.slice(0, 4));
      // Ranked among the buyers, three zeros would lift 刘强's one order of ¥980 to F 3 and M 3.
      expect(zero[3]).toEqual({ r: 1, f: 1, m: 1, total: 3 });
    });

    it('scores the lead 1 on each, outside the ranking: his total is the lowest, 3', () => {
      expect(run(0, 0).scores.slice(4)).toEqual([1, 2, 3].map(() => ({ r: 1, f: 1, m: 1, total: 3 })));
    });

    it('the bands count buyers only', () => {
      const m = run(0, 0).summary.bands.filter((b) => b.component === 'm');
      expect(m.reduce((n, b) => n + b.count, 0)).toBe(4);
      expect(Math.min(...m.map((b) => b.min))).toBe(980);
    });

    it('an orders column of 0 on every row tells no more than an empty one', () => {
      const rows = [{ lastPurchase: d('2025-06-29'), orders: 0, amount: 9000 }, { lastPurchase: d('2025-01-02'), orders: 0, amount: 300 }];
      const { scores, summary } = computeRfm(rows.map((f, i) => rec(i + 2, f)), TODAY);
      expect(summary.missing).toEqual(['f']);
      expect(scores.map((s) => s!.total)).toEqual([12, 6]);
    });
  });

  it('a last purchase after today (a typo the run flags) earns no best recency: the row is left without RFM, as an unreadable date', () => {
    const { scores, summary } = computeRfm([
      rec(2, { name: '吴敏', lastPurchase: d('2025-08-01'), orders: 7, amount: 31729 }),
      rec(3, { name: '张伟', lastPurchase: d('2025-06-30'), orders: 12, amount: 86000 }),
      rec(4, { name: '王芳', lastPurchase: d('2025-02-14'), orders: 3, amount: 12800 }),
    ], TODAY);
    expect(scores[0]).toBeNull();
    expect(scores.slice(1).map((s) => s!.r)).toEqual([4, 2]);
    expect(summary).toMatchObject({ scored: 2, unreadable: 1 });
  });

  it('bands tell what each score means in raw values', () => {
    const records = [100, 200, 300, 400, 500].map((amount, i) => rec(i + 2, { amount }));
    const { summary } = computeRfm(records, TODAY);
    expect(summary.bands.filter((b) => b.component === 'm')).toEqual([
      { component: 'm', score: 5, min: 500, max: 500, count: 1 },
      { component: 'm', score: 4, min: 400, max: 400, count: 1 },
      { component: 'm', score: 3, min: 300, max: 300, count: 1 },
      { component: 'm', score: 2, min: 200, max: 200, count: 1 },
      { component: 'm', score: 1, min: 100, max: 100, count: 1 },
    ]);
  });

  it.each<[string, Parameters<typeof rec>[1][], number[], string[]]>([
    ['no orders column: R and M scaled by 3/2', [
      { lastPurchase: d('2025-06-29'), amount: 9000 }, { lastPurchase: d('2025-01-02'), amount: 300 }], [12, 6], ['f']],
    ['amount only: M times 3', [{ amount: 500 }, { amount: 100 }], [12, 6], ['r', 'f']],
    // Scoring everyone 1 for it would cap every total at 11: no one could reach the top tier.
    ['an orders column nobody filled tells nothing: R and M scaled by 3/2', [
      { lastPurchase: d('2025-06-29'), orders: null, amount: 9000 }, { lastPurchase: d('2025-01-02'), orders: null, amount: 300 }], [12, 6], ['f']],
    ['an orders column some rows fill: a blank one there scores 1', [
      { lastPurchase: d('2025-06-29'), orders: null, amount: 9000 }, { lastPurchase: d('2025-01-02'), orders: 3, amount: 300 }], [9, 7], []],
  ])('%s', (_why, rows, totals, missing) => {
    const { scores, summary } = computeRfm(rows.map((f, i) => rec(i + 2, f)), TODAY);
    expect(scores.map((s) => s!.total)).toEqual(totals);
    expect(summary.missing).toEqual(missing);
  });

  it('a sheet with none of the three columns scores no one', () => {
    const { scores, summary } = computeRfm([rec(2, { name: '张伟' })], TODAY);
    expect(scores).toEqual([null]);
    expect(summary).toMatchObject({ scored: 0, unreadable: 0, missing: ['r', 'f', 'm'] });
  });
});
