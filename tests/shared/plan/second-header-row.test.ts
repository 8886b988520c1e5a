/**
 * A bilingual sheet writes its header twice: the Chinese row, then the English one under it (or the
 * other way round). The second row is the header again, in other words, not a customer: read as one it
 * drew "Mobile 不是有效的电话号码" and counted ten customers for nine.
 */
import { planOf } from './helpers';

const SALON = [
  ['客户姓名', '手机', '生日', '疗程', '储值余额', '累计消费', '复诊日期', '美容师', '备注'],
  ['Name', 'Mobile', 'Birthday', 'Package', 'Balance', 'Total spent', 'Next visit', 'Beautician', 'Notes'],
  ['苏婉', '13788880001', '1990-03-08', '光子嫩肤 3/6', '3200', '18000', '2024-12-04', '小美', ''],
  ['沈佳怡', '13788880002', '1988-07-21', '水光针 1/3', '0', '6800', '2024-12-08', '小丽', '老客户'],
  ['林晓', '13788880003', '1995-11-02', '', '500', '2600', '', '小美', ''],
];

describe('a Chinese header row with its English row under it', () => {
  const plan = planOf(SALON);

  it('reads the English row as the header again: no customer, no issue on it', () => {
    expect(plan.issues.filter((i) => i.sheetRow === 2)).toEqual([]);
    expect(plan.edits.filter((e) => e.sheetRow === 2)).toEqual([]);
    expect(plan.reminders.reminders.filter((r) => r.sheetRow === 2)).toEqual([]);
  });

  it('says so, in both languages, and leaves the row as it is', () => {
    const said = plan.problems.find((p) => p.code === 'sheet.secondHeaderRow');
    expect(said?.params).toEqual(expect.objectContaining({ rows: '2' }));
  });

  it('the English header over the Chinese one likewise', () => {
    const swapped = planOf([SALON[1], SALON[0], ...SALON.slice(2)]);
    // Whichever of the two rows is taken for the header, the other is no customer.
    expect(swapped.issues.filter((i) => i.sheetRow <= 2)).toEqual([]);
    expect(swapped.edits.filter((e) => e.sheetRow <= 2)).toEqual([]);
  });
});

describe('a first customer whose cells happen to hold a known word is still a customer', () => {
  it('a row of values under the header is read, and reminded', () => {
    const plan = planOf([
      ['姓名', '手机', '备注', '负责人', '下次跟进'],
      ['张伟', '13800000001', '电话', '王磊', '2024-12-01'],
      ['李娜', '13800000002', '', '王磊', ''],
    ]);
    expect(plan.problems.some((p) => p.code === 'sheet.secondHeaderRow')).toBe(false);
    expect(plan.reminders.reminders.map((r) => [r.sheetRow, r.kind])).toEqual([[2, 'followUp']]);
  });
});
