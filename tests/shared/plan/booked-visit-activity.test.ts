/**
 * A clinic's sheet often holds a patient's first visit (首诊日期, 首次到店) and his next one booked
 * (复诊日期, 下次复查, a recall list's Next Recall Due), no later visit column. The first visit alone
 * classed most patients dormant or lost (tester h70 dental: 28 休眠 of 51, 黄伟 流失 with a 复诊 nine days
 * ago). What a clinic owner expects: a return visit booked after today is a patient coming, active;
 * one booked within the year and passed keeps him in the clinic's cycle, dormant, not lost; a first
 * visit long ago with nothing booked since is a lapsed patient, as before. A shop's or a rep's sheet
 * is read as it was: a 下次跟进 planned by the rep is no visit the customer booked.
 */
import { messageText, type Plan } from '../../../shared';
import { planOf } from './helpers';

// Today is helpers' TODAY, 2024-12-01.
const rowOf = (plan: Plan, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!;
const said = (plan: Plan, row: number, dim: string, lang: 'zh-CN' | 'en') =>
  rowOf(plan, row).reasons.filter((r) => r.dimension === dim).map((r) => messageText(lang, r.code, r.params));

describe('a dental clinic\'s patients, first visit and 复诊 booked', () => {
  const plan = planOf([
    ['顾客姓名', '手机号码', '首诊日期', '治疗项目', '主治医生', '复诊日期', '消费金额'],
    ['李娜', '13812340011', '2024-08-18', '洁牙', '王医生', '2025-02-18', '880'],
    ['黄伟', '13812340012', '2023-05-06', '正畸', '李医生', '2024-11-22', '68000'],
    ['褚霞', '13812340013', '2024-07-09', '补牙', '李医生', '', '1500'],
    ['沈军', '13812340014', '2023-03-01', '拔牙', '王医生', '', '600'],
    ['郑佳', '13812340015', '2022-01-10', '种植牙', '王医生', '2022-07-10', '12800'],
    ['何静', '13812340016', '2024-10-12', '种植牙', '李医生', '2024-12-01', '15800'],
  ]);

  it('a 复诊 booked after today: active, and a patient, whatever his first visit', () => {
    expect(rowOf(plan, 2).labels).toMatchObject({ activity: 'active', lifecycle: 'existing' });
    expect(said(plan, 2, 'activity', 'zh-CN')).toEqual(['复诊日期 2025-02-18 已预订，客户即将到来：算活跃']);
  });

  it('a 复诊 passed this year on a patient first seen long ago: dormant, not lost, and still a customer', () => {
    expect(rowOf(plan, 3).labels).toMatchObject({ activity: 'dormant', lifecycle: 'existing' });
    expect(said(plan, 3, 'activity', 'zh-CN')).toEqual(['复诊日期 2024-11-22 已过：仍在复诊周期内，久未就诊，算休眠，不算流失']);
    expect(said(plan, 3, 'activity', 'en')).toEqual(['"复诊日期" 2024-11-22 has passed: still in the visit cycle, not seen for long, so dormant, not lost']);
  });

  it('a first visit with nothing booked since is a lapsed patient, as before: dormant, then lost', () => {
    expect(rowOf(plan, 4).labels.activity).toBe('dormant');
    expect(rowOf(plan, 5).labels.activity).toBe('lost');
  });

  it('a 复诊 passed years ago keeps nobody: lost', () => {
    expect(rowOf(plan, 6).labels.activity).toBe('lost');
  });

  it('a recent first visit stays active', () => {
    expect(rowOf(plan, 7).labels.activity).toBe('active');
  });

  it('raises no reminder for a lapsed patient: this is no recall list', () => {
    expect(plan.reminders.reminders.filter((r) => r.customer.startsWith('褚霞') || r.customer.startsWith('沈军'))).toEqual([]);
  });
});

describe('a dentist\'s recall list: Last Visit and Next Recall Due', () => {
  const plan = planOf([
    ['Patient #', 'Last Name', 'First Name', 'Cell Phone', 'Last Visit', 'Next Recall Due'],
    ['10231', 'Ward', 'Leo', '(512) 555-0131', '07/05/2024', '04/21/2025'],
    ['10232', 'Bennett', 'Lucas', '(512) 555-0132', '01/25/2024', '02/17/2024'],
  ], { language: 'en' });

  it('a recall due after today: active', () => {
    expect(rowOf(plan, 2).labels.activity).toBe('active');
  });

  it('a recall long overdue on a visit long ago: dormant, as before', () => {
    expect(rowOf(plan, 3).labels.activity).toBe('dormant');
  });
});

describe('a shop\'s or a rep\'s sheet is read as before', () => {
  it('a 下次跟进 the rep planned is no visit booked: a first purchase long ago stays dormant', () => {
    const plan = planOf([
      ['客户名称', '手机', '首次购买', '下次跟进', '负责人'],
      ['王海', '13900001111', '2024-05-01', '2025-01-10', '李强'],
    ]);
    expect(rowOf(plan, 2).labels.activity).toBe('dormant');
  });
});
