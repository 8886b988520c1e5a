/**
 * A wedding studio's couples and a B2B sheet's numbered contacts run whole (h62 findings 6 and 7):
 * who the customer is, what is reminded, and which rows are asked to be reviewed as one.
 */
import { planOf } from './helpers';

describe('a wedding studio\'s bookings (新郎 | 新娘 per row), today 2024-12-01', () => {
  const rows = [
    ['新郎', '新郎电话', '新娘', '新娘电话', '婚期', '套餐', '定金', '尾款', '拍摄日期', '顾问', '来源', '备注'],
    ['张伟', '13812340001', '李娜', '13912340002', '2025-05-20', 'A套餐', '2000', '8000', '2024-12-01', '小美', '婚博会', ''],
    ['刘洋', '138 2233 4455', '陈静', '139-5566-7788', '2025-10-01', '旅拍三亚', '5000', '18800', '2024-12-20', '阿杰', '小红书', '加购相册'],
    ['王磊', '13700001111', '赵敏', '13600002222', '2024-11-28', '全包', '3000', '12000', '2024-11-26', '阿杰', '抖音', ''],
    ['', '', '李娜', '139-1234-0002', '2025-05-20', 'A套餐升级', '1000', '', '2024-12-01', '阿杰', '抖音', '新娘又来问升级'],
  ];
  const p = planOf(rows);
  const fieldOf = (header: string) => p.columns.find((c) => c.header === header)?.field ?? null;

  it('names each couple by the groom, and classes them as customers who paid a deposit', () => {
    expect(['新郎', '新娘', '定金', '尾款'].map(fieldOf)).toEqual(['name', null, 'amount', null]);
    expect(p.classification.rows.filter((r) => r.sheetRow <= 4).map((r) => r.labels.lifecycle)).not.toContain('unknown');
  });

  it('reminds a shoot booked for today and one past, not a shoot weeks ahead; a wedding held is no follow-up', () => {
    const followUps = p.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => [r.sheetRow, r.due]);
    // The bride's second booking, on the same 婚期 by her phone, is the couple again: one shoot, one reminder.
    expect(followUps).toEqual([[2, '2024-12-01'], [4, '2024-11-26']]);
  });

  it('finds the bride\'s second booking by her phone alone', () => {
    expect(p.duplicates.groups.map((g) => g.rows)).toEqual([[2, 5]]);
  });
});

describe('a B2B sheet with each company\'s contacts in numbered columns', () => {
  const rows = [
    ['公司名称', '联系人1', '职务1', '电话1', '联系人2', '职务2', '电话2', '联系人3', '电话3', '座机', '合同到期', '业务员'],
    ['深圳华强电子', '赵强', '采购经理', '13800001111', '', '', '', '', '', '', '2025-01-01', '王磊'],
    ['深圳市华强电子有限公司', '钱敏', '财务', '13900002222', '赵强', '采购经理', '138 0000 1111', '', '', '0755-86001234', '2025-01-01', '李娜'],
    ['东莞市长安五金厂', '孙丽', '老板娘', '13711112222', '周杰', '采购', '13622223333', '吴刚', '13533334444', '0769-85123456', '2025-03-01', '陈静'],
  ];
  const p = planOf(rows);

  it('files 赵强\'s mobile, typed as 钱敏\'s 电话2, under 联系人2 only: the company typed twice, not 钱敏 and 赵强 as one person', () => {
    expect(p.duplicates.groups.map((g) => g.rows)).toEqual([[2, 3]]);
    expect(p.duplicates.groups[0].reasons.map((r) => r.code)).toContain('dedupe.reason.contactPhone.same');
    expect(p.duplicates.groups[0].reasons.map((r) => r.code)).not.toContain('dedupe.reason.mobile.same');
  });

  it('reads the first contact as the customer, and the others\' columns as theirs (row-contacts.test.ts)', () => {
    const read = p.columns.filter((c) => c.field !== null).map((c) => c.header);
    expect(read).toEqual(['公司名称', '联系人1', '职务1', '电话1', '座机', '合同到期', '业务员']);
    expect(p.columns.filter((c) => c.person).map((c) => c.header)).toEqual(['联系人2', '职务2', '电话2', '联系人3', '电话3']);
    expect(p.unreadColumns ?? []).toEqual([]);
  });
});
