/**
 * A VIN (车架号) names one car, as an ID number names one person: two rows with the same VIN are the
 * same car and its owner typed twice, even when his phone changed or his name was mistyped. Two
 * different VINs of one owner are his two cars: no reason to merge, nor against him being one person.
 */
import { t } from '../../../shared';
import { planOf } from './helpers';

const groupOf = (plan: ReturnType<typeof planOf>, row: number) => plan.duplicates.groups.find((g) => g.rows.includes(row));

describe("a 4S dealer's owner file: the same car typed again after the owner changed his phone", () => {
  const plan = planOf([
    ['车主', '手机', '车架号', '车牌号', '车型', '保险到期', '服务顾问'],
    ['张伟', '13812345678', 'LSVAU2180N2183294', '粤B12345', '帕萨特', '2025-03-01', '小李'],
    ['孙丽', '13600001111', 'LFV2A21K5M4067812', '粤B6F789', '宝来', '2025-04-01', '小李'],
    // 张玮 is 张伟 mistyped, with the new mobile he gave at his last service: the VIN is the same car.
    ['张玮', '15987654321', 'LSVAU2180N2183294', '粤B12345', '帕萨特', '2025-03-01', '小陈'],
  ]);

  it('groups the two rows of one VIN as likely the same, saying the VIN is the same', () => {
    const g = groupOf(plan, 2);
    expect(g?.rows).toEqual([2, 4]);
    expect(['exact', 'likely']).toContain(g?.confidence);
    expect(g!.reasons.map((r) => t('zh-CN', r.code, r.params))).toContain('车架号相同');
    expect(g!.reasons.map((r) => t('en', r.code, r.params))).toContain('same VIN');
  });
});

describe("an English garage's customer list: one car, the owner's name written two ways", () => {
  const plan = planOf([
    ['Customer', 'Mobile', 'Email', 'VIN', 'Registration', 'Make & Model', 'Advisor'],
    ['Tom Hughes', '07700 900123', 'tom.hughes@gmail.com', 'WVWZZZ1JZXW000001', 'AB12 CDE', 'VW Golf', 'Gary'],
    ['Priya Shah', '07700 900456', 'priya.shah@outlook.com', 'SAJAC05H8TW000002', 'CD34 EFG', 'Ford Focus', 'Gary'],
    ['Thomas Hughes', '07811 223344', '', 'WVWZZZ1JZXW000001', 'AB12 CDE', 'VW Golf', 'Dean'],
  ]);

  it('finds Tom and Thomas Hughes by their one VIN', () => {
    const g = groupOf(plan, 2);
    expect(g?.rows).toEqual([2, 4]);
    expect(['exact', 'likely']).toContain(g?.confidence);
  });
});

describe('one owner with two cars', () => {
  const plan = planOf([
    ['车主', '手机', '车架号', '车牌号', '车型', '保险到期'],
    ['王建国', '13812345678', 'LSVAU2180N2183294', '粤B12345', '帕萨特', '2025-03-01'],
    ['王建国', '13812345678', 'LFV2A21K5M4067812', '粤B6F789', '宝来', '2025-03-01'],
  ]);

  it('keeps his two VINs his two cars: offered for review as records side by side, never merged', () => {
    const g = groupOf(plan, 2)!;
    expect(g.confidence).toBe('review');
    expect(g.records).toBe(true);
  });
});
