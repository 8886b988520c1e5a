/**
 * A contract's term in one column (合同期限, 租期, 保险期间, Contract Term), as many sales sheets keep it:
 * the contract reminders read its end; the cell keeps the whole term as typed.
 */
import { planOf, after } from './helpers';

// Around helpers' TODAY, 2024-12-01.
const SHEET = [
  ['客户名称', '联系人', '手机', '合同期限', '负责人'],
  ['星辰科技', '张伟', '13812345678', '2023.12.10-2024.12.09', '李娜'],
  ['远航物流', '王芳', '13900001111', '2023年12月15日至2024年12月14日', '李娜'],
  ['青山建材', '刘洋', '13600003333', '2023-12-01 — 2024-11-30', '王磊'],
  ['华光贸易', '赵强', '13700002222', '长期', '王磊'],
  ['海川电子', '孙丽', '13500004444', '见合同附件', '王磊'],
];

describe('a 合同期限 column', () => {
  const plan = planOf(SHEET);

  it('is read as the contract term and left as typed', () => {
    expect(plan.columns.map((c) => c.field)).toEqual(['company', 'name', 'mobile', 'contractTerm', 'owner']);
    for (const row of [2, 3, 4, 5]) expect(after(plan, row, '合同期限')).toBeNull();
  });

  it('reminds of each contract by the end of its term (李娜 first, then 王磊)', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind.startsWith('contract')).map((r) => [r.kind, r.sheetRow, r.due])).toEqual([
      ['contract', 2, '2024-12-09'],
      ['contract', 3, '2024-12-14'],
      ['contractExpired', 4, '2024-11-30'],
    ]);
  });

  it('says which term tells no end, and nothing of one without an end (长期)', () => {
    expect(plan.issues.filter((i) => i.code === 'term.unread').map((i) => i.sheetRow)).toEqual([6]);
  });
});

describe('a term written as its length', () => {
  it('runs from the 签约日期 of its row: 1年 from 2023-12-10 ends on 2024-12-09', () => {
    const plan = planOf([
      ['客户', '电话', '签约日期', '合同期限'],
      ['张伟', '13812345678', '2023-12-10', '1年'],
      ['王芳', '13900001111', '2024-06-20', '6个月'],
      ['刘洋', '13600003333', '', '两年'],
    ]);
    expect(plan.reminders.reminders.filter((r) => r.kind.startsWith('contract')).map((r) => [r.sheetRow, r.due])).toEqual([
      [2, '2024-12-09'],
      [3, '2024-12-19'],
    ]);
  });
});

describe('a sheet with both a term and a contract-end column', () => {
  it('reminds by the end column, and by the term only where a row has no end', () => {
    const plan = planOf([
      ['客户', '电话', '合同期限', '到期日'],
      ['张伟', '13812345678', '2023.12.10-2024.12.09', '2024-12-20'],
      ['王芳', '13900001111', '2023.12.15-2024.12.14', ''],
    ]);
    expect(plan.reminders.reminders.filter((r) => r.kind.startsWith('contract')).map((r) => [r.sheetRow, r.due])).toEqual([
      [3, '2024-12-14'],
      [2, '2024-12-20'],
    ]);
  });
});

describe('what else ends over a term', () => {
  it('names a membership by its 会员有效期 column, and reads an English Contract Term', () => {
    const zh = planOf([
      ['会员', '手机', '会员有效期'],
      ['张伟', '13812345678', '2024.01.01-2024.12.31'],
    ]);
    expect(zh.reminders.reminders.map((r) => r.reason.params?.what)).toEqual(['会员']);
    const en = planOf([
      ['Client', 'Phone', 'Contract Term'],
      ['Grace Lee', '(415) 555-0101', '2024-01-01 to 2024-12-20'],
    ], { phone: { defaultRegion: 'US' } });
    expect(en.columns.map((c) => c.field)).toEqual(['name', 'phone', 'contractTerm']);
    expect(en.reminders.reminders.map((r) => [r.kind, r.due])).toEqual([['contract', '2024-12-20']]);
  });
});
