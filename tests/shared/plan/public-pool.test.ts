/**
 * A CRM's customer export with its public pool (公海): 纷享销客, 销售易 and 钉钉 CRM mark a record the
 * team released (是否公海: 是), and keep the name of the rep who last held it in 负责人. A customer in
 * the pool has no owner: his reminders go to the unassigned block a manager reads (as a 负责人 of
 * 公海 does), he counts as unassigned, and a pool row beside a rep's row of him is no 撞单.
 * 领取时间 (when a rep claimed it) is when his hold began: with no contact since, the customer he took
 * and left alone is a stale record of his. 退回公海时间 (when it went back) says the customer is in the
 * pool where no 是否公海 column says so (销售易's and 纷享销客's exports without it), unless a rep
 * claimed him again since.
 */
import { t } from '../../../shared';
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

  it('reads 是否公海 as the pool mark, 领取时间 as the day a rep claimed the customer, 退回公海时间 as the day he went back', () => {
    const fields = Object.fromEntries(plan.columns.map((c) => [c.header, c.field]));
    expect(fields).toMatchObject({ 是否公海: 'publicPool', 领取时间: 'claimedAt', 退回公海时间: 'returnedAt' });
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

describe('领取时间 and 退回公海时间 in an export without 是否公海', () => {
  // TODAY is 2024-12-01; the stale reminder's default is 180 days.
  const HEAD2 = ['客户名称', '联系人', '手机', '负责人', '领取时间', '退回公海时间', '最近跟进时间', '合同到期日'];
  const plan = planOf([
    HEAD2,
    // Returned to the pool after the claim: nobody's now, though 负责人 still names 刘洋.
    ['北京星辰科技有限公司', '王磊', '13812345678', '刘洋', '2024-06-01', '2024-11-15', '2024-09-01', '2024-12-05'],
    // Returned once, claimed again by 张伟 since: his.
    ['上海蓝海贸易有限公司', '李娜', '13911112222', '张伟', '2024-11-20', '2024-10-01', '2024-11-25', '2024-12-05'],
    // Claimed in March and never followed up: a stale record of 赵强's, dated by the claim.
    ['深圳华盛电子有限公司', '孙丽', '13700001111', '赵强', '2024-03-01', '', '', ''],
    // Claimed last month, not yet followed up: not stale.
    ['杭州远景科技有限公司', '周杰', '13600002222', '赵强', '2024-11-01', '', '', ''],
  ]);
  const ofRow = (row: number) => plan.reminders.reminders.filter((r) => r.sheetRow === row);

  it('addresses the contract reminder of a customer returned to the pool to the unassigned block, one claimed again to his rep', () => {
    expect(ofRow(2).map((r) => [r.kind, r.owner])).toEqual([['contract', '']]);
    expect(ofRow(3).map((r) => [r.kind, r.owner])).toEqual([['contract', '张伟']]);
  });

  it('counts the customer returned to the pool as unassigned in the report', () => {
    const owners = plan.report.sections.find((s) => s.id === 'owner')!.series.map((x) => [x.label, x.count]);
    expect(owners).toEqual(expect.arrayContaining([['未分配', 1], ['张伟', 1], ['赵强', 2]]));
    expect(owners.map(([label]) => label)).not.toContain('刘洋');
  });

  it('reminds a rep of a customer he claimed half a year ago and never followed up, dated by the claim', () => {
    const stale = ofRow(4).filter((r) => r.kind === 'stale');
    expect(stale.map((r) => [r.owner, r.reason.params.date])).toEqual([['赵强', '2024-03-01']]);
    expect(t('zh-CN', stale[0].reason.code, stale[0].reason.params)).toContain('领取时间 2024-03-01');
    expect(t('en', stale[0].reason.code, stale[0].reason.params)).toContain('Claimed at 2024-03-01');
    expect(ofRow(5).filter((r) => r.kind === 'stale')).toEqual([]);
  });
});
