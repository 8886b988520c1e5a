import * as ownerNames from '../../../shared/table/owner-name';
import { groupByOwner } from '../../../shared/remind/group';
import type { Reminder } from '../../../shared/remind/types';

/**
 * A 100,000-row sheet's reminders name a few dozen owner texts: groupByOwner splits, keys and names
 * each distinct text once, not once per reminder, and groups as before: one owner written in two
 * scripts or with notes is one group, a shared customer sits in each owner's group.
 */
const reminder = (owner: string, sheetRow: number, due = '2026-12-02'): Reminder => ({
  kind: 'stale',
  key: `stale:${sheetRow}:`,
  sheetRow,
  owner,
  customer: '张伟',
  due,
  daysLeft: 1,
  reason: { code: 'remind.stale', params: {} } as unknown as Reminder['reason'],
});

const OWNERS = ['张三（组长）', '张三', '陳經理', '陈经理', '王磊/刘洋', ''];

describe('groupByOwner', () => {
  afterEach(() => jest.restoreAllMocks());

  it('reads each distinct owner text once, however many reminders name it', () => {
    const list = Array.from({ length: 600 }, (_, i) => reminder(OWNERS[i % OWNERS.length], i + 2));
    const person = jest.spyOn(ownerNames, 'ownerPerson');
    const split = jest.spyOn(ownerNames, 'ownersOf');
    const groups = groupByOwner(list, new Set());
    // 王磊/刘洋 names two owners: one reading each; every other text names one (or nobody).
    expect(person.mock.calls.length).toBe(OWNERS.length + 1);
    expect(split.mock.calls.filter(([text]) => text !== undefined && OWNERS.includes(text)).length).toBeLessThanOrEqual(OWNERS.length);
    expect(groups.map((g) => [g.owner, g.reminders.length])).toEqual([
      ['刘洋', 100],
      ['张三', 200],
      ['王磊', 100],
      ['陳經理', 200],
      ['', 100],
    ]);
  });

  it('lists each group by due date, then row', () => {
    const groups = groupByOwner([reminder('张三', 9, '2026-12-05'), reminder('张三（组长）', 4, '2026-12-05'), reminder('张三', 7, '2026-12-01')], new Set());
    expect(groups.map((g) => [g.owner, g.reminders.map((r) => r.sheetRow)])).toEqual([['张三', [7, 4, 9]]]);
  });
});
