import fc from 'fast-check';
import { compareReminders, sortReminders } from '../../../shared/remind/group';
import { REMINDER_KINDS, type Reminder } from '../../../shared/remind/types';

/**
 * A 100,000-row sheet gives about 100,000 reminders. They are listed by owner (the unassigned
 * last), then due date, then sheet row, then kind: sortReminders gives exactly the order a stable
 * sort by compareReminders gives, also for owners written in two scripts, blank owners and ties.
 */
const reminder = (owner: string, due: string, sheetRow: number, kind: Reminder['kind'], tag = ''): Reminder => ({
  kind,
  key: `${kind}:${sheetRow}:${tag}`,
  sheetRow,
  owner,
  customer: '张伟',
  due,
  daysLeft: 0,
  reason: { code: 'remind.stale', params: {} } as unknown as Reminder['reason'],
});

const byCompare = (list: readonly Reminder[]) => [...list].sort(compareReminders);

describe('sortReminders', () => {
  it('lists a team\'s reminders by owner, the unassigned last, then due date, row and kind', () => {
    const list = [
      reminder('', '2026-12-02', 5, 'stale'),
      reminder('王磊', '2026-12-09', 3, 'contract'),
      reminder('李娜', '2026-12-09', 7, 'birthday'),
      reminder('王磊', '2026-12-02', 9, 'followUp'),
      reminder('王磊', '2026-12-02', 9, 'birthday'),
      reminder('陳經理', '2026-12-01', 2, 'stale'),
      reminder('陈经理', '2026-12-01', 2, 'stale'),
      reminder('Amy', '2026-12-03', 4, 'contractExpired'),
    ];
    const sorted = sortReminders([...list]);
    expect(sorted.map((r) => `${r.owner}|${r.due}|${r.sheetRow}|${r.kind}`)).toEqual([
      'Amy|2026-12-03|4|contractExpired',
      '李娜|2026-12-09|7|birthday',
      '王磊|2026-12-02|9|birthday',
      '王磊|2026-12-02|9|followUp',
      '王磊|2026-12-09|3|contract',
      '陈经理|2026-12-01|2|stale',
      '陳經理|2026-12-01|2|stale',
      '|2026-12-02|5|stale',
    ]);
    expect(sorted).toEqual(byCompare(list));
  });

  it('keeps two reminders alike in every key in the order they came (a stable sort)', () => {
    const list = [reminder('王磊', '2026-12-02', 9, 'stale', 'first'), reminder('王磊', '2026-12-02', 9, 'stale', 'second'), reminder('', '2026-12-01', 1, 'stale', 'a'), reminder('', '2026-12-01', 1, 'stale', 'b')];
    expect(sortReminders([...list]).map((r) => r.key)).toEqual(['stale:9:first', 'stale:9:second', 'stale:1:a', 'stale:1:b']);
  });

  it('gives the order of compareReminders for any list', () => {
    const owners = fc.constantFrom('', '王磊', '李娜', '陈经理', '陳經理', 'Amy', 'amy', '张三（组长）', 'Ben & Amy');
    const dues = fc.constantFrom('2026-12-01', '2026-12-02', '2027-01-15', '2025-11-30', '2026-12-1');
    const one = fc.record({ owner: owners, due: dues, row: fc.integer({ min: 2, max: 12 }), kind: fc.constantFrom(...REMINDER_KINDS), tag: fc.string({ maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(one, { maxLength: 60 }), (xs) => {
        const list = xs.map((x, i) => reminder(x.owner, x.due, x.row, x.kind, `${i}${x.tag}`));
        expect(sortReminders([...list])).toEqual(byCompare(list));
      }),
    );
  });

  it('sorts the list it is given, in place, and returns it', () => {
    const list = [reminder('李娜', '2026-12-09', 7, 'birthday'), reminder('Amy', '2026-12-03', 4, 'stale')];
    expect(sortReminders(list)).toBe(list);
    expect(list.map((r) => r.owner)).toEqual(['Amy', '李娜']);
  });
});
