/**
 * A CRM's customer export with its public pool (公海): 纷享销客, 销售易 and 钉钉 CRM mark a record the
 * team released (是否公海: 是), and keep the name of the rep who last held it in 负责人. A customer in
 * the pool has no owner: his reminders go to the unassigned block a manager reads (as a 负责人 of
 * 公海 does), he counts as unassigned, and a pool row beside a rep's row of him is no 撞单.
 * 领取时间 (when a rep claimed it) and 退回公海时间 (when it went back) stay unread: no field holds them.
 */
import { planOf, TODAY } from './helpers';

// TODAY is 2024-12-01: each contract ends in four days.
const HEAD = ['客户名称', '联系人', '手机', '负责人', '是否公海', '领取时间', '退回公海时间', '合同到期日'];
const POOL = [
  HEAD,
  ['北京星辰科技有限公司', '王磊', '13812345678', '刘洋', '是', '2024-06-01', '2024-11-15', '2024-12-05'],
  ['上海蓝海贸易有限公司', '李娜', '13911112222', '张伟', '否', '2024-11-01', '', '2024-12-05'],
  ['深圳华盛电子有限公司', '赵强', '13700001111', '', '是', '', '2024-10-01', '2024-12-05'],
];

describe('是否公海: a customer in the public pool has no owner', () => {
  const plan = planOf(POOL);

  it('reads 是否公海 as the pool mark, and leaves 领取时间 and 退回公海时间 as they are', () => {
    const fields = Object.fromEntries(plan.columns.map((c) => [c.header, c.field]));
    expect(fields).toMatchObject({ 是否公海: 'publicPool', 领取时间: null, 退回公海时间: null });
  });

  it('addresses no reminder of a pool customer to the rep who last held him: it goes to the unassigned block', () => {
    expect(TODAY).toBe('2024-12-01');
    const owners = Object.fromEntries(plan.reminders.reminders.map((r) => [r.sheetRow, r.owner]));
    expect(owners).toEqual({ 2: '', 3: '张伟', 4: '' });
    expect(plan.reminders.groups.map((g) => [g.owner, g.reminders.length]).sort()).toEqual([['', 2], ['张伟', 1]]);
  });

  it('counts pool customers as unassigned in the report', () => {
    const owners = plan.report.sections.find((s) => s.id === 'owner')!.series.map((x) => [x.label, x.count]);
    expect(owners).toEqual(expect.arrayContaining([['未分配', 2], ['张伟', 1]]));
    expect(owners.map(([label]) => label)).not.toContain('刘洋');
  });

  it.each([['是'], ['Y'], ['TRUE'], ['√'], ['公海'], ['华南公海']])('reads %s as in the pool', (mark) => {
    const p = planOf([HEAD, ['北京星辰科技有限公司', '王磊', '13812345678', '刘洋', mark, '', '2024-11-15', '2024-12-05']]);
    expect(p.reminders.reminders[0].owner).toBe('');
  });

  it.each([['否'], ['N'], ['FALSE'], ['私海'], ['']])('reads %s as held by its rep', (mark) => {
    const p = planOf([HEAD, ['北京星辰科技有限公司', '王磊', '13812345678', '刘洋', mark, '2024-11-01', '', '2024-12-05']]);
    expect(p.reminders.reminders[0].owner).toBe('刘洋');
  });

  it('keeps the owner cell as typed: the run writes nothing into 负责人', () => {
    const ownerCol = plan.columns.find((c) => c.header === '负责人')!.col;
    expect(plan.edits.filter((e) => e.col === ownerCol)).toEqual([]);
  });

  it('sees no 撞单 between a pool row and a rep\'s row of one customer', () => {
    const p = planOf([
      HEAD,
      ['北京星辰科技有限公司', '王磊', '13812345678', '刘洋', '是', '', '2024-11-15', ''],
      ['北京星辰科技有限公司', '王磊', '13812345678', '张伟', '否', '2024-11-20', '', ''],
    ]);
    const g = p.duplicates.groups.find((x) => x.rows.includes(2))!;
    expect(g.rows).toEqual([2, 3]);
    expect(g.ownerConflict).toBeUndefined();
  });
});
