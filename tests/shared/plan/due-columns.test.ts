/**
 * Sheets with more than one column of what falls due: a 4S dealer's 保险到期 beside 年检到期 and
 * 保养到期, a gym's 会员卡到期 beside 私教课到期. Each due column is reminded in its own words; the
 * contract end stays the policy's.
 */
import { planOf } from './helpers';
import { countsByKind } from '../../../shared/remind/reminder-text';

// Around helpers' TODAY, 2024-12-01.
const DEALER = [
  ['车主', '手机', '车牌号', '保险到期', '年检到期', '保养到期', '销售顾问'],
  ['张伟', '13812345678', '京A12345', '2024-12-10', '2024-12-20', '2025-03-01', '李娜'],
  ['王芳', '13900001111', '京B54321', '2025-05-01', '2024-12-05', '2024-12-05', '李娜'],
  ['刘洋', '13600003333', '沪C11111', '', '2024-12-25', '', '王磊'],
];

describe("a car dealer's sheet: 保险到期, 年检到期 and 保养到期", () => {
  const plan = planOf(DEALER);

  it('reads the policy end as the contract end, and the inspection and the service as further due columns', () => {
    expect(plan.columns.slice(3, 6).map((c) => [c.header, c.field, c.extra ?? false])).toEqual([
      ['保险到期', 'contractEnd', false],
      ['年检到期', 'contractEnd', true],
      ['保养到期', 'contractEnd', true],
    ]);
  });

  it('reminds of each in its own words, two on one day when they are two things', () => {
    const dues = plan.reminders.reminders.map((r) => [r.sheetRow, r.due, r.reason.params.what]);
    expect(dues).toEqual([
      [3, '2024-12-05', '年检'],
      [3, '2024-12-05', '保养'],
      [2, '2024-12-10', '保险'],
      [2, '2024-12-20', '年检'],
      [4, '2024-12-25', '年检'],
    ]);
    expect(new Set(plan.reminders.reminders.map((r) => r.key)).size).toBe(5);
  });

  it('counts them by what falls due, in the summary and the report', () => {
    expect(countsByKind('zh-CN', plan.reminders.reminders, ['contract', 'contractExpired']).map((k) => [k.label, k.count])).toEqual([
      ['年检即将到期', 3],
      ['保养即将到期', 1],
      ['保险即将到期', 1],
    ]);
    const section = plan.report.sections.find((s) => s.id === 'reminders')!;
    const labels = section.series.filter((s) => s.count > 0).map((s) => [s.label, s.count]);
    expect(labels).toEqual(expect.arrayContaining([['年检即将到期', 3], ['保养即将到期', 1], ['保险即将到期', 1]]));
  });
});

describe('one due column alone', () => {
  it('a 年检到期 column is reminded as the inspection it is', () => {
    const plan = planOf([
      ['姓名', '年检到期', '手机'],
      ['张三', '2024-12-05', '13800000001'],
    ]);
    expect(plan.reminders.reminders.map((r) => [r.due, r.reason.params.what])).toEqual([['2024-12-05', '年检']]);
  });

  it('a document that expires is still no due of the business (身份证到期, 护照到期)', () => {
    const plan = planOf([
      ['姓名', '手机', '身份证到期', '护照到期'],
      ['张三', '13800000001', '2024-12-05', '2024-12-06'],
    ]);
    expect(plan.columns.map((c) => c.field)).toEqual(['name', 'mobile', null, null]);
    expect(plan.reminders.reminders).toEqual([]);
  });
});

describe('two columns of one renewal', () => {
  it('a 合同到期日 and a 续约日期 of one day are one reminder; of two days, two', () => {
    const plan = planOf([
      ['客户', '电话', '合同到期日', '续约日期'],
      ['张伟', '13812345678', '2024-12-20', '2024-12-20'],
      ['王芳', '13900001111', '2024-12-20', '2024-12-27'],
    ]);
    expect(plan.reminders.reminders.map((r) => [r.sheetRow, r.due])).toEqual([
      [2, '2024-12-20'],
      [3, '2024-12-20'],
      [3, '2024-12-27'],
    ]);
  });
});
