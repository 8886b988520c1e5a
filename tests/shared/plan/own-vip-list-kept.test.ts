/**
 * A shop's own VIP list is kept: a customer the sheet marks VIP (是否VIP 是, a tag VIP) stays VIP in
 * the run's VIP column, whatever the VIP rule makes of what he spent, as a member tool keeps a VIP
 * tag set by hand beside its automatic ones; the rule only adds the big spenders the shop did not mark.
 * Demoted to 普通, a jeweller's 19 VIPs read as her VIP list deleted while their dormancy reminders
 * still called them VIP客户 (tester h74 #3).
 */
import { planOf } from './helpers';
import type { Plan } from '../../../shared';

const rowOf = (plan: Plan, sheetRow: number) => plan.classification.rows.find((r) => r.sheetRow === sheetRow)!;
const vipDim = (plan: Plan) => plan.classification.whatIf.dimensions.find((d) => d.dimension === 'vip');

describe('a jeweller\'s 是否VIP beside what each member spent', () => {
  // The run is on 2024-12-01.
  const plan = planOf([
    ['会员卡号', '姓名', '手机号码', '累计消费', '最近购买', '专属顾问', '是否VIP'],
    ['VIP30001', '黄美玲', '13600012233', '386000', '2024-11-20', '林店长', '是'],
    ['VIP30002', '侯国庆', '13600014455', '128000', '2024-05-30', 'Anna', '是'],
    ['VIP30003', '吴佳怡', '13600016677', '8800', '2024-10-08', '小周', '否'],
    ['VIP30004', '郑国庆', '13600018899', '620000', '2024-11-02', '林店长', '否'],
    ['VIP30005', '林小红', '13600010011', '5600', '2024-09-15', 'Anna', ''],
  ]);

  it('keeps the members the shop marks VIP, though they spent less than the VIP rule asks', () => {
    expect(rowOf(plan, 2).labels.vip).toBe('vip');
    expect(rowOf(plan, 3).labels.vip).toBe('vip');
  });

  it('says why: the sheet\'s own mark, kept', () => {
    const reasons = rowOf(plan, 3).reasons.filter((r) => r.dimension === 'vip').map((r) => r.code);
    expect(reasons).toEqual(['classify.reason.statedVipKept']);
  });

  it('adds a big spender the shop did not mark; one it did not mark and the rule does not reach stays regular', () => {
    expect(rowOf(plan, 5).labels.vip).toBe('vip');
    expect(rowOf(plan, 4).labels.vip).toBe('regular');
    expect(rowOf(plan, 6).labels.vip).toBe('regular');
  });

  it('so the comparison with the sheet shows no VIP taken away', () => {
    expect(vipDim(plan)?.transitions.filter((t) => t.from === 'vip' && t.to !== 'vip')).toEqual([]);
  });

  it('and the dormancy reminder of a marked VIP agrees with his VIP column', () => {
    const dormant = plan.reminders.reminders.filter((r) => r.kind === 'highValueDormant');
    expect(dormant.map((r) => r.sheetRow)).toEqual([3]);
    expect(dormant[0].reason.params.label).toBe('vip');
    expect(rowOf(plan, 3).labels.vip).toBe('vip');
  });
});

describe('a WeChat tea seller\'s tag VIP', () => {
  const plan = planOf([
    ['昵称', '微信号', '最近下单', '累计金额', '客户标签', '跟进人'],
    ['普洱大叔', 'puer_dashu', '2024-10-12', '56000', 'VIP,老客户', '阿芳'],
    ['清风', 'qingfeng01', '2024-11-01', '1200', '新客户', '小杨'],
  ]);

  it('stays VIP in the VIP column', () => {
    expect(rowOf(plan, 2).labels.vip).toBe('vip');
    expect(rowOf(plan, 3).labels.vip).toBe('regular');
  });
});
