/**
 * A car, a flat, a wedding is bought once: a used-car dealer's buyer who bought last year and not
 * since is no churned customer (流失客户), he is one who bought (现有客户), as the sheet's own 已成交
 * says; and a lead the sheet marks 已流失 is a lost prospect (流失客户), not one still to win
 * (潜在客户). Before, 14 buyers of a used-car sheet were 流失客户 a year after their purchase and 6
 * 已流失 leads were 潜在客户 (tester h74 #17). Nor is such a buyer reminded as a key customer going
 * dormant 91 days after his purchase, as on a sheet of one-off projects (remind.highValueDormant.oneOffProjects).
 */
import { planOf } from './helpers';
import type { Plan } from '../../../shared';

const rowOf = (plan: Plan, sheetRow: number) => plan.classification.rows.find((r) => r.sheetRow === sheetRow)!;

// The run is on 2024-12-01.
const USED_CARS = [
  ['客户', '电话', '意向车型', '预算(万)', '到店日期', '试驾日期', '成交日期', '成交价', '过户日期', '销售', '客户状态'],
  ['梁婷婷', '15168745086', '本田雅阁', '8', '2023-03-11', '2023-03-12', '2023-04-28', '205152', '2023-05-05', '小董', '已成交'],
  ['闫明轩', '13794951998', '宝马3系', '30', '2024-07-05', '2024-07-05', '2024-08-13', '222688', '2024-08-20', '彭经理', '已成交'],
  ['田金凤', '17743928817', '本田雅阁', '12', '2024-07-27', '', '', '', '', '老韩', '已流失'],
  ['彭建国', '18859946679', '丰田凯美瑞', '20', '2024-11-14', '2024-11-15', '', '', '', '彭经理', '跟进中'],
];

describe('a used-car dealer\'s sheet', () => {
  const plan = planOf(USED_CARS);

  it('keeps a buyer of last year a customer who bought (现有客户), with the reason', () => {
    expect(rowOf(plan, 2).labels.lifecycle).toBe('existing');
    const why = rowOf(plan, 2).reasons.filter((r) => r.dimension === 'lifecycle').map((r) => r.code);
    expect(why).toEqual(['classify.reason.boughtOneOff']);
    expect(rowOf(plan, 3).labels.lifecycle).toBe('existing');
  });

  it('classes a lead marked 已流失 as lost (流失客户), and one still followed up as a prospect', () => {
    expect(rowOf(plan, 4).labels.lifecycle).toBe('churned');
    expect(rowOf(plan, 5).labels.lifecycle).toBe('potential');
  });

  it('so the comparison with the sheet\'s own 客户状态 shows no change', () => {
    const lifecycle = plan.classification.whatIf.dimensions.find((d) => d.dimension === 'lifecycle')!;
    expect(lifecycle.changed).toBe(0);
  });

  it('reminds no key customer dormant or to win back: a car is bought once', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'highValueDormant' || r.kind === 'winBack')).toEqual([]);
  });
});

describe('a tea shop\'s regulars are no one-off buyers', () => {
  const plan = planOf([
    ['昵称', '手机', '最近下单', '累计金额', '跟进人', '客户状态'],
    ['普洱大叔', '13800013800', '2023-06-12', '56000', '阿芳', '已成交'],
  ]);

  it('a buyer silent for more than a year is churned, as before', () => {
    expect(rowOf(plan, 2).labels.lifecycle).toBe('churned');
  });
});
