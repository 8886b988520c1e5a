/**
 * An expo's business cards typed twice: the first day's card says 张总 (how the rep addressed him),
 * the next day's his full name 张建国 and a newer follow-up plan. The merge keeps the full name and
 * the newer plan, so the merged sheet reminds what the preview reminded (h59 finding 4).
 */
import { run, resolveSettings, type Plan } from '../../../shared';
import { cellText } from '../../../shared/table/cell';
import { gridOf, TODAY } from './helpers';

function plans(rows: string[][], accept: ('exact' | 'likely' | 'review')[] = ['exact', 'likely']): { before: Plan; after: Plan } {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  const go = (merge?: ('exact' | 'likely' | 'review')[]) => {
    const out = run(gridOf(rows), { settings: settings.settings, today: TODAY, ...(merge ? { merge } : {}) });
    if (!out.ok) throw new Error(out.problem.code);
    return out.plan;
  };
  return { before: go(), after: go(accept) };
}

/** What a rep reads: whose list, which kind, which row's customer, which day. */
const said = (plan: Plan) => plan.reminders.reminders.map((r) => `${r.owner}|${r.kind}|${r.due}`).sort();
const edit = (plan: Plan, field: string) => plan.merge?.edits.find((e) => e.field === field && e.sheetRow === 2);

const HEADER = ['姓名', '公司', '职位', '手机', '电话', '微信号', '邮箱', '录入日期', '跟进人', '下次跟进', '备注'];

describe('merging a business card typed again with the full name (today 2024-12-01)', () => {
  const rows = [
    HEADER,
    ['张总', '上海蓝海贸易有限公司', '总经理', '13812345678', '021-62345678', 'zhang_lanhai', 'zhang@blueocean.cn', '2024-11-18', '王磊', '2024-11-25', '要样品'],
    ['李经理', '宁波永盛五金制品厂', '采购经理', '13905741234', '', 'li-ys-88', 'purchase@ysjhw.com', '2024-11-18', '王磊', '2024-12-20', ''],
    ['张建国', '上海蓝海贸易有限公司', '总经理', '138-1234-5678', '', 'zhang_lanhai', 'zhang@blueocean.cn', '2024-11-20', '王磊', '2024-12-05', '即张总，第二天补录全名'],
  ];

  it('keeps the more complete card but writes the full name 张建国 over 张总, 张总 listed in 合并记录', () => {
    const { after } = plans(rows);
    expect(after.merge?.removeRows).toEqual([4]);
    expect(edit(after, 'name')).toMatchObject({ before: { value: '张总' }, after: { value: '张建国' }, reason: 'dedupe.fix.fullName' });
    const note = cellText(after.merge!.mergedColumn!.values[0]);
    expect(note).toContain('姓名: 张总');
  });

  it('keeps the later 下次跟进 (the newest plan), the earlier one listed in 合并记录, and reminds as the preview did', () => {
    const { before, after } = plans(rows);
    expect(before.reminders.reminders.filter((r) => r.kind === 'followUp' && r.daysLeft < 0)).toEqual([]);
    expect(edit(after, 'nextFollowUp')).toMatchObject({ after: { value: '2024-12-05' }, reason: 'dedupe.fix.latestPlan' });
    expect(cellText(after.merge!.mergedColumn!.values[0])).toContain('下次跟进: 2024-11-25');
    expect(said(after)).toEqual(said(before));
  });

  it.each([
    ['李经理', '李建华'],
    ['王老师', '王秀英'],
    ['Mr. Smith', 'John Smith'],
  ])('%s gives way to the full name %s of the same surname (--merge-review)', (titled, full) => {
    const { after } = plans([
      ['Name', 'Mobile', 'Email', 'Company', 'Created', 'Owner'],
      [titled, '13905741234', 'buyer@ysjhw.com', 'Ningbo Yongsheng', '2024-11-18', 'Amy'],
      [full, '13905741234', 'buyer@ysjhw.com', '', '2024-11-20', 'Amy'],
    ], ['exact', 'likely', 'review']);
    expect(edit(after, 'name')).toMatchObject({ before: { value: titled }, after: { value: full } });
  });

  it('a real name is never replaced, nor a title by a name of another surname', () => {
    const { after } = plans([
      ['姓名', '手机', '邮箱', '公司', '负责人'],
      ['张伟', '13812345678', 'zw@blueocean.cn', '上海蓝海贸易', '王磊'],
      ['张伟国', '13812345678', 'zw@blueocean.cn', '', '王磊'],
      ['刘总', '13900001111', 'boss@yx.cn', '义乌小商品', '王磊'],
      ['陈建国', '13900001111', 'boss@yx.cn', '', '王磊'],
    ], ['exact', 'likely', 'review']);
    expect(after.merge?.removeRows.length).toBeGreaterThan(0);
    expect(after.edits.filter((e) => e.field === 'name')).toEqual([]);
  });
});

describe('the newest plan is the kept row’s rep’s own', () => {
  it('another rep’s later plan on a copy (撞单) stays in 合并记录; the kept row keeps its rep’s plan', () => {
    const { before, after } = plans([
      ['客户名称', '手机号', '邮箱', '跟进人', '创建日期', '下次跟进'],
      ['欧阳娜', '13900000001', 'oyn@huaxin.cn', '李娜', '2024-10-01', '2024-12-03'],
      ['欧阳娜', '13900000001', 'oyn@huaxin.cn', '赵磊', '2024-11-20', '2024-12-10'],
    ]);
    expect(after.merge?.removeRows).toEqual([3]);
    expect(after.merge!.edits.filter((e) => e.field === 'nextFollowUp')).toEqual([]);
    // Said as 赵磊's open follow-up, which later runs read back and remind him of (merge-other-rep-follow-ups.test.ts).
    expect(cellText(after.merge!.mergedColumn!.values[0])).toContain('赵磊 的待办跟进：2024-12-10');
    expect(said(after)).toEqual(said(before));
  });
});
