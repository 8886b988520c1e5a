/**
 * The categories and labels contact apps give their contacts (TODAY 2024-12-01): Outlook's Categories
 * `Customers;VIP`, Google Contacts' Labels `* myContacts ::: Customers ::: VIP`, 企业微信's 客户标签
 * `已成交,VIP`. People name a category after the group, in the plural (Customers, Prospects, Key
 * Customers), so those words are the sheet's own lifecycle, as the singular Customer and 已成交 are,
 * and the VIP among them is the sheet's VIP mark the what-if weighs against the computed class.
 */
import { readLabelWord, readTagsWord } from '../../../shared/classify/existing-labels';
import { planOf } from './helpers';

const lifecycleOf = (plan: ReturnType<typeof planOf>, sheetRow: number) => plan.classification.rows.find((r) => r.sheetRow === sheetRow)?.labels.lifecycle;
const dimensionOf = (plan: ReturnType<typeof planOf>, dimension: string) => plan.classification.whatIf.dimensions.find((d) => d.dimension === dimension)!;

describe('a category or label named in the plural is the group its contacts belong to', () => {
  it.each([
    ['Customers', 'existing'],
    ['Key Customers', 'existing'],
    ['Key Customer', 'existing'],
    ['Clients', 'existing'],
    ['Prospects', 'potential'],
    ['Leads', 'potential'],
    ['Hot Leads', 'potential'],
    ['Former Customers', 'churned'],
  ])('%s is %s', (value, id) => {
    expect(readLabelWord('lifecycle', value)).toBe(id);
    expect(readTagsWord('lifecycle', `${value};VIP`)?.id).toBe(id);
  });
});

describe("Outlook's contacts export: Categories Customers;VIP, Customers, Prospects", () => {
  const plan = planOf([
    ['First Name', 'Last Name', 'Company', 'Business Phone', 'Mobile Phone', 'Birthday', 'Categories', 'E-mail Address'],
    ['John', 'Carter', 'Carter & Sons Plumbing', '(214) 555-0101', '', '12/4/1975', 'Customers;VIP', 'john@carterplumbing.com'],
    ['Maria', 'Gonzalez', 'Sunrise Bakery', '', '512-555-0134', '3/5/1988', 'Customers', 'maria@sunrisebakery.com'],
    ['Robert', 'Kim', 'Kim Auto Repair', '713.555.0123', '', '', 'Prospects', 'rkim@kimauto.com'],
    ['Emily', 'Wong', 'Harbor Dental', '', '(415) 555-0142', '', 'Key Customers', 'emily@harbordental.com'],
  ]);

  it('reads each contact\'s category as the sheet\'s own customer type, not Unknown', () => {
    expect([2, 3, 4, 5].map((row) => lifecycleOf(plan, row))).toEqual(['existing', 'existing', 'potential', 'existing']);
  });

  it('compares all four in the what-if instead of finding their categories unreadable', () => {
    const lifecycle = dimensionOf(plan, 'lifecycle');
    expect(lifecycle.unrecognized).toBe(0);
    expect(lifecycle.compared).toBe(4);
  });
});

describe("Google Contacts' Labels: * myContacts ::: Customers ::: VIP", () => {
  const plan = planOf([
    ['Name', 'Given Name', 'Family Name', 'Labels', 'E-mail 1 - Value', 'Phone 1 - Value', 'Total Spent'],
    ['David Chen', 'David', 'Chen', '* myContacts ::: Customers ::: VIP', 'david.chen@pacificrim.com', '+1 415-555-0132', '$180,000'],
    ['Sarah Miller', 'Sarah', 'Miller', '* myContacts ::: Prospects', 'sarah.miller@brightpath.io', '+1 415-555-0187', ''],
    ['Tom Baker', 'Tom', 'Baker', '* myContacts ::: Customers', 'tom@bakerandco.com', '+1 415-555-0199', '$2,400'],
  ], { amount: { currency: 'USD' } });

  it('reads Customers and Prospects among the labels as the sheet\'s lifecycle', () => {
    const lifecycle = dimensionOf(plan, 'lifecycle');
    expect(lifecycle.unrecognized).toBe(0);
    expect(lifecycle.transitions.filter((t) => t.from === 'existing').reduce((n, t) => n + t.count, 0)).toBe(2);
    expect(lifecycle.transitions.filter((t) => t.from === 'potential').reduce((n, t) => n + t.count, 0)).toBe(1);
  });

  it('weighs the VIP label against the VIP class the amounts give: David ($180,000, past the dollar VIP amount) stays VIP, Tom ($2,400) and Sarah are regular as their labels say', () => {
    const vip = dimensionOf(plan, 'vip');
    expect(vip.transitions).toEqual([{ from: 'vip', to: 'vip', count: 1 }, { from: 'regular', to: 'regular', count: 2 }]);
  });
});

describe('企业微信 客户标签: 已成交,VIP', () => {
  const plan = planOf([
    ['客户名称', '备注名', '添加人', '客户标签', '备注手机号', '累计消费金额'],
    ['🌸Lily', '李莉', '王磊', '重要客户,已成交', '13812345678', '86000'],
    ['阿强', '张强', '刘洋', '已成交,VIP', '13901234567', '620000'],
    ['小周', '周明', '王磊', '意向客户', '13700001111', ''],
  ]);

  it('reads 已成交 and 意向客户 as the sheet\'s lifecycle, and the VIP tag as its VIP mark compared with the amounts\' VIP', () => {
    expect(dimensionOf(plan, 'lifecycle').unrecognized).toBe(0);
    expect(dimensionOf(plan, 'vip').transitions).toEqual(expect.arrayContaining([{ from: 'vip', to: 'vip', count: 1 }]));
  });
});
