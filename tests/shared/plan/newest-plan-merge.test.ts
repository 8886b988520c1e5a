/**
 * A 4S店's insurance-renewal sheet where 何伟 was typed twice by 小李: his old row (最近联系 10-18) plans the
 * follow-up for 12-10; the copy typed after the call on 11-30 plans 12-08, "客户说下周来店". The newest
 * plan is the one set at the later call, the visit the customer agreed to, not the later date: the
 * reminders before a merge and the merged row both go by 12-08, 12-10 listed in 合并记录 (tester h62,
 * finding 5). Only when the rows do not say which was written later does the later date win.
 */
import { run, resolveSettings, type Plan } from '../../../shared';
import { cellText } from '../../../shared/table/cell';
import { gridOf } from './helpers';

// A week on: both plans are due, and the reminder says which one the rep is reminded of.
const TODAY = '2026-12-11';

function plans(rows: string[][]): { before: Plan; after: Plan } {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  const go = (merge?: ('exact' | 'likely')[]) => {
    const out = run(gridOf(rows), { settings: settings.settings, today: TODAY, ...(merge ? { merge } : {}) });
    if (!out.ok) throw new Error(out.problem.code);
    return out.plan;
  };
  return { before: go(), after: go(['exact', 'likely']) };
}

const HEADER = ['车主姓名', '手机', '车牌号', '保险到期', '销售顾问', '最近联系', '下次跟进', '备注'];
const followUps = (plan: Plan) => plan.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => `${r.owner}|${r.due}`);
const planEdit = (plan: Plan) => plan.merge?.edits.find((e) => e.field === 'nextFollowUp');

describe('a rep\'s newest follow-up plan for a customer typed twice (today 2026-12-11)', () => {
  const rows = [
    HEADER,
    ['何伟', '13652019983', '粤B5K2Q1', '2027-01-12', '小李', '2026-10-18', '2026-12-10', '嫌贵，过段时间再说'],
    ['朱磊', '13938864481', '粤BR8088', '2026-12-20', '小周', '2026-11-03', '2026-12-15', ''],
    ['何伟', '136 5201 9983', '粤B5K2Q1', '2027-01-12', '小李', '2026-11-30', '2026-12-08', '客户说下周来店'],
  ];

  it('is the one set at his later call: the preview reminds 小李 on 12-08, not 12-10', () => {
    const { before } = plans(rows);
    expect(followUps(before).filter((f) => f.startsWith('小李'))).toEqual(['小李|2026-12-08']);
  });

  it('is what the merged row keeps, 12-10 listed in 合并记录, and the merged sheet reminds as the preview did', () => {
    const { before, after } = plans(rows);
    expect(after.merge?.removeRows).toHaveLength(1);
    const kept = planEdit(after);
    const keptRow = after.merge!.edits.find((e) => e.field === 'nextFollowUp')?.sheetRow ?? 0;
    // Whichever row the merge keeps, its 下次跟进 reads 12-08 after it.
    const keptValue = kept ? cellText(kept.after) : keptRow === 0 ? '2026-12-08' : '';
    expect(keptValue).toBe('2026-12-08');
    const notes = after.merge!.mergedColumn!.values.map(cellText).join('\n');
    expect(notes).toContain('2026-12-10');
    expect(followUps(after).sort()).toEqual(followUps(before).sort());
  });

  it('is the later date when the rows do not tell which was written later (no 最近联系 on one of them)', () => {
    const undated = rows.map((r, i) => (i === 3 ? [...r.slice(0, 5), '', ...r.slice(6)] : r));
    const { before } = plans(undated);
    expect(followUps(before).filter((f) => f.startsWith('小李'))).toEqual(['小李|2026-12-10']);
  });
});
