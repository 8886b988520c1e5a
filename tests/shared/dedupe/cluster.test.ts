import { cluster } from '../../../shared/dedupe/cluster';
import type { PairScore } from '../../../shared/dedupe/score';

const pair = (i: number, j: number, p: number, veto = false): PairScore => ({
  i, j, weight: Math.log2(p / (1 - p)), p, exact: false, corroborated: true, veto, disagreements: 0, hits: [],
});
/** A pair whose names say two people as often as one (two whole different names). */
const doubting = (i: number, j: number, p: number): PairScore => ({
  ...pair(i, j, p), hits: [{ comparison: 'name', level: 'else', when: 'else', weight: -7, equal: false, strong: false, doubt: true }],
});

function run(n: number, scores: PairScore[], opts: Partial<{ maxGroupSize: number; minAgreement: number; cannot: [number, number][] }> = {}) {
  const byKey = new Map(scores.map((s) => [`${s.i},${s.j}`, s]));
  return cluster({
    n,
    links: scores.filter((s) => s.p >= 0.6),
    score: (i, j) => byKey.get(`${i},${j}`) ?? pair(i, j, 0.01),
    cannotLink: (i, j) => (opts.cannot ?? []).some(([a, b]) => (a === i && b === j) || (a === j && b === i)),
    review: 0.6,
    differ: 0.4,
    apart: 0.05,
    likely: 0.95,
    rowOrder: (i) => i,
    maxGroupSize: opts.maxGroupSize ?? 20,
    minAgreement: opts.minAgreement ?? 0.6,
  });
}

describe('cluster', () => {
  it('groups strong pairs transitively when all cross pairs agree', () => {
    const r = run(4, [pair(0, 1, 0.99), pair(1, 2, 0.98), pair(0, 2, 0.97)]);
    expect(r.groups).toEqual([[0, 1, 2]]);
    expect(r.links[0]).toHaveLength(2);
  });

  it('does not let one weak link chain two customers (A~B, B~C, A≁C)', () => {
    const r = run(3, [pair(0, 1, 0.99), pair(1, 2, 0.9)]);
    expect(r.groups).toEqual([[0, 1]]);
    expect(r.stats.chainGuardLinks).toBe(1);
  });

  it('joins two pairs only when most of their cross pairs agree', () => {
    const strong = [pair(0, 1, 0.99), pair(2, 3, 0.99)];
    expect(run(4, [...strong, pair(1, 2, 0.9)]).groups).toEqual([[0, 1], [2, 3]]);
    expect(run(4, [...strong, pair(1, 2, 0.9), pair(0, 2, 0.8), pair(1, 3, 0.8)]).groups).toEqual([[0, 1, 2, 3]]);
  });

  it('lets an unsure cross pair (two copies with their own typos) join, but not one that says "different"', () => {
    // 0~1 and 1~2 are sure; 0 and 2 each carry their own typos: unsure, not different.
    expect(run(3, [pair(0, 1, 0.99), pair(1, 2, 0.9), pair(0, 2, 0.45)]).groups).toEqual([[0, 1, 2]]);
    const apart = run(3, [pair(0, 1, 0.99), pair(1, 2, 0.9), pair(0, 2, 0.02)]);
    expect(apart.groups).toEqual([[0, 1]]);
    expect(apart.stats.chainGuardLinks).toBe(1);
  });

  it('joins copies of one customer that are merely unsure of each other: no cross pair says two customers', () => {
    // 0~1 and 2~3 are sure; 1~2 links them; the other cross pairs are unsure (0.1–0.3), none below 0.05.
    const copies = [pair(0, 1, 0.99), pair(2, 3, 0.99), pair(1, 2, 0.9), pair(0, 2, 0.2), pair(0, 3, 0.3), pair(1, 3, 0.1)];
    expect(run(4, copies).groups).toEqual([[0, 1, 2, 3]]);
  });

  it('keeps them apart when one cross pair says two customers, or doubts (two whole different names)', () => {
    const sure = [pair(0, 1, 0.99), pair(2, 3, 0.99), pair(1, 2, 0.9), pair(0, 2, 0.2), pair(1, 3, 0.1)];
    const apart = run(4, [...sure, pair(0, 3, 0.02)]);
    expect(apart.groups).toEqual([[0, 1], [2, 3]]);
    expect(apart.stats.chainGuardLinks).toBe(1);
    expect(run(4, [...sure, doubting(0, 3, 0.3)]).groups).toEqual([[0, 1], [2, 3]]);
  });

  it('joins a copy that has little to compare with the others: the want of agreement is no disagreement', () => {
    // 2 (a birthday and a city, the name and e-mail left blank) against 0 compares almost nothing:
    // it scores low (the prior's −8 bits) with no level against it.
    const sparse: PairScore = { ...pair(0, 2, 0.5), weight: -8, p: 1 / (1 + 2 ** 8) };
    expect(run(3, [pair(0, 1, 0.9), pair(1, 2, 0.9), sparse]).groups).toEqual([[0, 1, 2]]);
    // Disagreements that weigh as much (two mobiles, two birthdays) do keep them apart.
    const hit = (comparison: string, weight: number) => ({ comparison, level: 'else', when: 'else', weight, equal: false, strong: false });
    const against: PairScore = { ...sparse, weight: -18, p: 1 / (1 + 2 ** 18), hits: [hit('mobile', -6), hit('birthday', -4)] };
    expect(run(3, [pair(0, 1, 0.9), pair(1, 2, 0.9), against]).groups).toEqual([[0, 1]]);
  });

  it('never lets a sparse copy turn a group a merge would take into one for review', () => {
    // 0~1 are sure (one customer typed twice); 2 has little to compare with 0: it stays out, and
    // {0, 1} stays a group --merge merges, rather than becoming a review group with a weak pair.
    const sparse: PairScore = { ...pair(0, 2, 0.5), weight: -8, p: 1 / (1 + 2 ** 8) };
    const r = run(3, [pair(0, 1, 0.99), pair(1, 2, 0.9), sparse]);
    expect(r.groups).toEqual([[0, 1]]);
    expect(r.stats.chainGuardLinks).toBe(1);
    // An exact group counts so too, however little its own copies compare (Mark Brown's row and a copy
    // of it with only his phone and address: exact, scoring 0.5): "Mark Brown, Chicago, 60614", a
    // namesake's sparse row, stays out of it.
    const exact = (i: number, j: number, p: number): PairScore => ({ ...pair(i, j, p), exact: true });
    const markBrown = [exact(0, 1, 0.99), exact(1, 2, 0.99), exact(0, 2, 0.5)];
    const namesake = [pair(1, 3, 0.9), { ...sparse, i: 0, j: 3 }, { ...sparse, i: 2, j: 3 }];
    expect(run(4, [...markBrown, ...namesake]).groups).toEqual([[0, 1, 2]]);
  });

  it("keeps apart an organisation's two sites (two addresses, two phones), but not a person who moved", () => {
    const hit = (comparison: string, weight: number, level = 'else') => ({ comparison, level, when: level, weight, equal: weight > 0, strong: false });
    // Metropolitan Family Services on 63rd Street and on Kedzie: one name, two sites.
    const sites: PairScore = { ...pair(0, 2, 0.5), weight: -8 + 6 - 1.5 - 1, p: 0.04, hits: [
      hit('organisation', 6, 'company-core'), hit('address', -1.5), hit('landline', -1),
    ] };
    expect(run(3, [pair(0, 1, 0.9), pair(1, 2, 0.9), sites]).groups).toEqual([[0, 1]]);
    // 王芳 at her old address with her old mobile: her name and birthday still say her.
    const moved: PairScore = { ...pair(0, 2, 0.5), weight: -8 + 7 + 6 - 1.5 - 6, p: 0.15, hits: [
      hit('name', 7, 'name-exact'), hit('birthday', 6, 'date-exact'), hit('address', -1.5), hit('mobile', -6),
    ] };
    expect(run(3, [pair(0, 1, 0.9), pair(1, 2, 0.9), moved]).groups).toEqual([[0, 1, 2]]);
  });

  it('never links a vetoed pair or rows marked "not duplicates"', () => {
    expect(run(2, [pair(0, 1, 0.99, true)]).stats.vetoedLinks).toBe(1);
    const r = run(3, [pair(0, 1, 0.99), pair(1, 2, 0.99), pair(0, 2, 0.99)], { cannot: [[0, 2]] });
    expect(r.groups).toEqual([[0, 1]]);
    expect(r.stats.notDuplicateLinks).toBe(2); // 0–2 directly, then 1–2 because 2 would join 0
  });

  it('respects the group size cap', () => {
    const scores: PairScore[] = [];
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) scores.push(pair(i, j, 0.99));
    const r = run(6, scores, { maxGroupSize: 3 });
    expect(r.groups.every((g) => g.length <= 3)).toBe(true);
    expect(r.stats.cappedLinks).toBeGreaterThan(0);
  });
});
