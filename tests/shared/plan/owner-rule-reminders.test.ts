/**
 * A customer two reps both typed in (撞单), not merged yet: when the owner rule gives him to one rep
 * (first touch by default), his reminders go to that rep only, naming the other rep's row; the other
 * rep reads the 撞单 in the row's 重复依据, not a second copy of the same reminder.
 */
import { reminderText } from '../../../shared/remind/reminder-text';
import { planOf } from './helpers';

// TODAY is 2024-12-01: 张伟's contract ends in 10 days. 王磊 entered him first (2024-03-05).
const SHEET = [
  ['客户名称', '手机', '负责人', '创建日期', '合同到期日', '生日', '下次跟进'],
  ['张伟', '13812345678', '王磊', '2024-03-05', '2024-12-11', '', ''],
  ['张伟', '138 1234 5678', '李娜', '2024-07-20', '2024-12-11', '1985-12-06', '2024-12-01'],
  ['王芳', '13912345678', '李娜', '2024-05-01', '', '1988-12-06', ''],
];

type Plan = ReturnType<typeof planOf>;
const lines = (plan: Plan) => plan.reminders.reminders.map((r) => [r.owner, r.kind, r.sheetRow, r.alsoRows ?? null]);

describe('a 撞单 the owner rule decides', () => {
  it('reminds only the rep the rule keeps him for, of every event of his, on the kept row', () => {
    const plan = planOf(SHEET);
    expect(plan.duplicates.groups.map((g) => [g.rows, g.survivor, g.ownerConflict?.claim?.owner])).toEqual([[[2, 3], 2, '王磊']]);
    expect(lines(plan)).toEqual([
      ['李娜', 'birthday', 4, null],
      // 李娜's plan is typed on row 3 and stays there (a merge never makes it the kept row's own): 王磊 is told of it there.
      ['王磊', 'followUp', 3, [2]],
      ['王磊', 'birthday', 2, [3]],
      ['王磊', 'contract', 2, [3]],
    ]);
    expect(plan.reminders.groups.map((g) => [g.owner, g.reminders.length])).toEqual([['李娜', 1], ['王磊', 3]]);
    expect(plan.reminders.counts.contract).toBe(1);
  });

  it('names the other rep\'s row in the keeper\'s reminder (zh-CN, en)', () => {
    const contract = planOf(SHEET).reminders.reminders.find((r) => r.kind === 'contract')!;
    expect(reminderText('zh-CN', contract)).toBe('合同 2024-12-11 到期，还有 10 天（提前 30 天提醒）（撞单：同一客户的第 3 行归 李娜）');
    expect(reminderText('en', contract)).toBe('Contract ends on 2024-12-11, in 10 days (30-day reminder) (another rep holds the same customer too: row 3 held by 李娜)');
  });

  it('follows the rule the settings name: by the latest contact, 李娜 keeps him', () => {
    const sheet = SHEET.map((r, i) => (i === 0 ? [...r, '最近联系'] : [...r, i === 1 ? '2024-09-01' : i === 2 ? '2024-11-20' : '']));
    const plan = planOf(sheet, { dedupe: { ownerRule: 'last-contact' } });
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => [r.owner, r.sheetRow, r.alsoRows])).toEqual([['李娜', 3, [2]]]);
  });

  it.each<[string, object, string[][]]>([
    ['the rule switched off (ownerRule none)', { dedupe: { ownerRule: 'none' } }, SHEET],
    ['no 创建日期 on 李娜\'s row: the rule cannot say who was first', {}, SHEET.map((r, i) => (i === 2 ? r.map((v, k) => (k === 3 ? '' : v)) : r))],
  ])('when nothing decides (%s), the rep of the row a merge keeps is told once, naming the other', (_what, settings, sheet) => {
    const plan = planOf(sheet, settings);
    const kept = plan.duplicates.groups[0].survivor;
    expect(kept).toBe(3);
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => [r.owner, r.sheetRow, r.heldBy?.map((h) => h.owner)])).toEqual([
      ['李娜', 3, ['王磊']],
    ]);
  });
});
