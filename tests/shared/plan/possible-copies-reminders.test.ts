/**
 * Two rows the duplicate finder only offers for review (one name and phone, two birthdays: a slip, or
 * two people) stay two customers to remind, but each reminder says the other row may be him: so a
 * rep about to greet 上官婉 learns that the other 上官婉 row is marked 黑名单, and checks first.
 */
import { reminderText } from '../../../shared';
import { planOf } from './helpers';

// Today 2024-12-01: contracts end 2024-12-05, birthdays fall on 2024-12-03.
const SHEET = [
  ['客户名称', '手机号', '跟进人', '生日', '合同到期日', '状态'],
  ['上官婉', '13700000005', '王磊', '1990-12-03', '2024-12-05', '正常'],
  ['上官婉', '137 0000 0005', '王磊', '1986-06-18', '', '黑名单'],
  ['欧阳娜', '13900000001', '李娜', '1985-12-03', '', '正常'],
  ['欧阳娜', '13900000001', '李娜', '1982-02-24', '', '正常'],
  ['诸葛亮', '13600000003', '李娜', '1979-12-03', '', '正常'],
];

describe('reminders of a row whose possible duplicate (review group) is blacklisted', () => {
  const plan = planOf(SHEET);
  const of = (row: number) => plan.reminders.reminders.filter((r) => r.sheetRow === row);

  it('the pairs are offered for review only, not taken for one customer', () => {
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'review'], [[4, 5], 'review']]);
  });

  it('still reminds of the other row, and says the possible duplicate is marked 黑名单', () => {
    const texts = of(2).map((r) => reminderText('zh-CN', r));
    expect(of(2).map((r) => r.kind).sort()).toEqual(['birthday', 'contract']);
    for (const text of texts) expect(text).toContain('可能重复的另一行（第 3 行）标为黑名单');
    expect(reminderText('en', of(2)[0])).toContain('a possible duplicate of this customer (row 3) is marked do-not-contact');
  });

  it('a review pair with no such mark names the other row as possibly the same customer', () => {
    expect(reminderText('zh-CN', of(4)[0])).toBe('2024-12-03 满 39 岁生日，还有 2 天（可能与第 5 行是同一客户，请核实）');
    expect(reminderText('zh-CN', of(6)[0])).toBe('2024-12-03 满 45 岁生日，还有 2 天');
  });
});

describe('a review pair of two reps, or of a rep and a row with no owner', () => {
  const plan = planOf([
    ['客户名称', '手机号', '跟进人', '生日', '下次跟进'],
    ['慕容复', '18600000006', '陈刚', '1976-10-10', '2024-12-01'],
    ['慕容复', '18600000006', '王磊', '1984-05-05', '2024-12-01'],
    ['司马光', '18600000002', '陈刚', '1979-11-03', '2024-12-20'],
    ['司马光', '18600000002', '', '1990-07-21', '2024-11-28'],
  ]);
  const text = (row: number) => reminderText('zh-CN', plan.reminders.reminders.find((r) => r.sheetRow === row)!);

  it('tells each rep the other may hold the same customer (possible 撞单)', () => {
    expect(text(2)).toBe('今天需要跟进（2024-12-01）（可能撞单：可能是同一客户的第 3 行归 王磊，请核实）');
    expect(text(3)).toBe('今天需要跟进（2024-12-01）（可能撞单：可能是同一客户的第 2 行归 陈刚，请核实）');
  });

  it('a row with no owner is no 撞单: its possible copy is named only', () => {
    expect(text(5)).toBe('计划于 2024-11-28 的跟进已逾期 3 天（可能与第 4 行是同一客户，请核实）');
  });
});
