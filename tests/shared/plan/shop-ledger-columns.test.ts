/**
 * Columns a shop owner relies on, read end to end (tester h76): a 农资 dealer's 赊账 is what the farmer
 * owes, 本年进货额 what he bought (the tiers), 预计复购 the season's call; a merge of one farmer typed by
 * two reps warns of the 赊账 left on the archived row. A 药房's 下次取药 is reminded (overdue too) to the
 * 药师 who holds the patient; a cake shop's 预订日期 is reminded the day before.
 */
import { DEFAULT_SETTINGS, run, type Plan } from '../../../shared';
import { t } from '../../../shared/i18n';
import { gridOf } from './helpers';

const TODAY = '2026-12-04';

function planOf(rows: string[][], sheet: string, merge = false): Plan {
  const out = run(gridOf(rows, sheet), { settings: DEFAULT_SETTINGS, today: TODAY, ...(merge && { merge: ['exact', 'likely'] as const }) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const fieldOf = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)?.field ?? null;
const labelsOf = (plan: Plan, sheetRow: number) => plan.classification.rows[plan.rows.indexOf(sheetRow)].labels;
const remindersOf = (plan: Plan, sheetRow: number) => plan.reminders.reminders.filter((r) => r.sheetRow === sheetRow);

describe('a 农资 dealer\'s ledger', () => {
  const LEDGER = [
    ['户主姓名', '联系电话', '村镇地址', '种植作物', '赊账金额', '本年进货额', '上次进货', '预计复购', '业务员'],
    ['李老汉', '13938887777', '河南省周口市郸城县宁平镇李楼村3组', '小麦', '3500(秋后还)', '86000', '2026-10-08', '2026-12-05', '老赵'],
    ['李老汉', '139 3888 7777', '宁平镇李楼村3组', '小麦', '1500', '20000', '2026-09-01', '', '孙二'],
    ['张大棚', '15800001234', '山东省寿光市洛城街道东斟灌村', '大棚蔬菜', '0', '220000', '2025-11-02', '', '刘会计'],
    ['王二', '0394-5551234', '安徽省阜阳市临泉县鲖城镇', '花生', '欠 2,800 元', '9000', '2026-03-05', '', '老赵'],
    ['彭丽', '17710138893', '山东省寿光市洛城街道东斟灌村5组', '玉米', '2449', '5513', '2026-01-05', '', '孙二'],
  ];

  it('reads 赊账金额 as money owed, 本年进货额 as the amount and 预计复购 as the next follow-up', () => {
    const plan = planOf(LEDGER, '客户台账');
    expect(fieldOf(plan, '赊账金额')).toBeNull();
    expect(plan.unreadColumns?.find((c) => c.header === '赊账金额')?.readFor).toBe('owed');
    expect(fieldOf(plan, '本年进货额')).toBe('amount');
    expect(fieldOf(plan, '预计复购')).toBe('nextFollowUp');
  });

  it('reads 王二\'s 欠 2,800 元 as the 2800 he owes, with no unreadable-amount warning (the merge reads it so too)', () => {
    const plan = planOf(LEDGER, '客户台账');
    const col = plan.columns.find((c) => c.header === '赊账金额')!.col;
    expect(plan.issues.filter((i) => i.sheetRow === 5 && i.col === col).map((i) => i.code)).toEqual([]);
  });

  it('tiers the farmers by what they bought, not by what they owe: 张大棚\'s ¥220,000 is high', () => {
    const plan = planOf(LEDGER, '客户台账');
    expect(labelsOf(plan, 4).tier).toBe('high');
    expect(labelsOf(plan, 2).tier).not.toBe('unknown');
  });

  it('reminds 老赵 of 李老汉\'s repurchase due tomorrow', () => {
    const plan = planOf(LEDGER, '客户台账');
    const due = remindersOf(plan, 2).filter((r) => r.due === '2026-12-05');
    expect(due.map((r) => r.owner)).toEqual(['老赵']);
  });

  it('warns on merge, in zh-CN and en, of the 赊账 1500 left on the archived row', () => {
    const plan = planOf(LEDGER, '客户台账', true);
    expect(plan.merge?.removeRows).toEqual([3]);
    const owed = plan.problems.filter((p) => p.code === 'dedupe.owedElsewhere');
    expect(owed).toHaveLength(1);
    expect(t('zh-CN', owed[0].code, owed[0].params)).toContain('赊账金额');
    expect(t('zh-CN', owed[0].code, owed[0].params)).toContain('1500');
    expect(t('en', owed[0].code, owed[0].params)).toContain('1500');
  });
});

describe('a chain pharmacy\'s members', () => {
  const PHARMACY = [
    ['会员卡号', '姓名', '性别', '手机', '出生日期', '慢病用药', '上次购药', '下次取药', '累计消费', '药师', '所属门店'],
    ['VIP10001', '赵桂英', '女', '13555556666', '1948-03-07', '氨氯地平 每月', '2026-11-06', '2026-12-05', '12400', '刘药师', '东街店'],
    ['VIP10003', '孙建国', '男', '13900002222', '1952-03-15', '二甲双胍', '2026-08-01', '2026-09-01', '3600', '钱药师', '西街店'],
    ['VIP10004', '钱秀兰', '女', '13900003333', '1960-05-03', '无', '2025-06-01', '', '150000', '刘药师', '东街店'],
  ];
  const plan = planOf(PHARMACY, '会员');

  it('reminds the pharmacist of a refill due tomorrow', () => {
    expect(remindersOf(plan, 2).map((r) => [r.owner, r.due])).toEqual([['刘药师', '2026-12-05']]);
  });

  it('reminds the pharmacist of a refill three months overdue', () => {
    expect(remindersOf(plan, 3).map((r) => [r.owner, r.due])).toEqual([['钱药师', '2026-09-01']]);
  });

  it('reads 上次购药 as the last purchase: a ¥150,000 patient unseen since 2025-06 is no longer active', () => {
    expect(fieldOf(plan, '上次购药')).toBe('lastPurchase');
    expect(labelsOf(plan, 4).activity).not.toBe('active');
    expect(labelsOf(plan, 4).activity).not.toBe('unknown');
  });
});

describe('a cake shop\'s members with their orders', () => {
  const CAKES = [
    ['会员姓名', '手机号码', '会员生日', '累计消费', '最近消费', '预订日期', '预订商品', '店员'],
    ['周海燕', '15888887777', '1988-03-08', '5000', '2026-09-09', '2026-12-05', '婚礼手捧花', '小美'],
    ['林婷婷', '13887654321', '1992-07-01', '3200', '2026-11-20', '2026-12-24', '圣诞蛋糕', '小周'],
  ];
  const plan = planOf(CAKES, '会员');

  it('reminds 小美 of tomorrow\'s booking in its own word (预订)', () => {
    const booked = remindersOf(plan, 2);
    expect(booked.map((r) => [r.owner, r.due])).toEqual([['小美', '2026-12-05']]);
  });

  it('says nothing yet of a booking three weeks ahead', () => {
    expect(remindersOf(plan, 3)).toEqual([]);
  });
});
