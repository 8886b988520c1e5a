/**
 * A customer typed twice (张伟 on row 2 by 王磊, again on row 3 by 李娜) is judged by his latest touch on
 * either row: the call logged last week on row 3 answers for row 2 too. The stale rule reads the
 * follow-ups besides (a visit booked on row 3 keeps row 2 from being stale); the other rules do not,
 * and a follow-up booked on one row is no plan of the other row's rep. Both are read in one pass
 * over the groups (withGroupLatestAnd), and must stay two answers.
 */
import { rowsByGroup, withGroupLatestAnd } from '../../../shared/remind/same-customer';
import { d, rec } from '../classify/helpers';

const ROWS = [
  rec(2, { name: '张伟', phone: '13812345678', lastContact: d('2024-03-02'), lastPurchase: d('2024-06-18'), owner: '王磊' }),
  rec(3, { name: '张伟', phone: '138 1234 5678', lastContact: d('2024-11-25'), nextFollowUp: d('2024-12-10'), owner: '李娜' }),
  rec(4, { name: '刘芳', phone: '13900001111', lastContact: d('2023-01-09'), owner: '王磊' }),
];
const SAME = new Map([
  [2, { group: 'G1', survivor: 2 }],
  [3, { group: 'G1', survivor: 2 }],
]);

describe('the latest touch of a customer typed twice, with and without his follow-ups', () => {
  const byGroup = rowsByGroup(ROWS, SAME);
  const [touched, staleTouched] = withGroupLatestAnd(byGroup, ['lastContact', 'lastPurchase'], ['nextFollowUp']);

  it('gives both of his rows the latest contact and purchase of either', () => {
    for (const row of [2, 3]) {
      expect(touched.get(row)?.fields.lastContact).toEqual(d('2024-11-25'));
      expect(touched.get(row)?.fields.lastPurchase).toEqual(d('2024-06-18'));
    }
  });

  it('leaves the follow-up booked on row 3 out of row 2 for the rules that do not read it', () => {
    expect(touched.get(2)?.fields.nextFollowUp).toBeUndefined();
    expect(touched.get(3)?.fields.nextFollowUp).toEqual(d('2024-12-10'));
  });

  it('gives the stale rule his follow-up on both rows, beside the same latest contact and purchase', () => {
    for (const row of [2, 3]) {
      expect(staleTouched.get(row)?.fields).toMatchObject({ lastContact: d('2024-11-25'), lastPurchase: d('2024-06-18'), nextFollowUp: d('2024-12-10') });
    }
  });

  it('keeps each row its own name, phone and owner, and leaves a customer typed once alone', () => {
    expect(touched.get(3)?.fields.owner).toEqual(ROWS[1].fields.owner);
    expect(staleTouched.get(2)?.fields.phone).toEqual(ROWS[0].fields.phone);
    expect(touched.has(4)).toBe(false);
    expect(staleTouched.has(4)).toBe(false);
  });

  it('asks nothing more of the follow-ups when no rule reads them', () => {
    const [alone, none] = withGroupLatestAnd(byGroup, ['lastContact'], []);
    expect(alone.get(2)?.fields.lastContact).toEqual(d('2024-11-25'));
    expect(none.size).toBe(0);
  });
});
