/**
 * Tester h60's 04_outlook_contacts.csv: Robert Kim of Kim Auto Repair has only a Business Phone,
 * Bob Kim (same e-mail) only a Mobile Phone. The pair's reason said "✗ different mobiles", though
 * Robert has no mobile, and in a US sheet a number is as often fixed as mobile (the plan does not tell
 * them apart). The reason names what differs: phone numbers, unless both sides are known mobiles.
 */
import { cellText } from '../../../shared';
import { reasonTexts } from '../../../shared/dedupe/reason-text';
import { planOf } from './helpers';

const GUESS = { guess: { region: true, currency: true } };

const OUTLOOK = [
  ['Title', 'First Name', 'Last Name', 'Company', 'Business City', 'Business State', 'Business Country/Region', "Assistant's Phone", 'Business Phone', 'Home Phone', 'Mobile Phone', 'Birthday', 'Categories', 'E-mail Address', 'E-mail Type', 'E-mail Display Name'],
  ['', 'John', 'Carter', 'Carter & Sons Plumbing', 'Dallas', 'TX', 'United States of America', '', '(214) 555-0101', '', '(214) 555-0177', '12/4/1975', 'Customers;VIP', 'john@carterplumbing.com', 'SMTP', 'John Carter (john@carterplumbing.com)'],
  ['', 'Maria', 'Gonzalez', 'Sunrise Bakery', '', '', '', '', '', '512-555-0160', '512-555-0134', '3/5/1988', 'Customers', 'maria@sunrisebakery.com', 'SMTP', 'Maria Gonzalez (maria@sunrisebakery.com)'],
  ['', 'Robert', 'Kim', 'Kim Auto Repair', 'Houston', 'TX', '', '713.555.0124', '713.555.0123', '', '', '0/0/00', 'Prospects', 'rkim@kimauto.com', 'SMTP', 'Robert Kim (rkim@kimauto.com)'],
  ['', 'Bob', 'Kim', 'Kim Auto Repair', '', '', '', '', '', '', '+1 713 555 0188', '12/6/1980', 'Customers', 'rkim@kimauto.com', 'SMTP', 'Bob Kim'],
];

describe('Robert Kim\'s Business Phone against Bob Kim\'s Mobile Phone in a US Outlook export', () => {
  it.each([
    ['en', 'different phone numbers', 'different mobiles'],
    ['zh-CN', '电话号码不同', '手机号不同'],
  ] as const)('the group says the phone numbers differ, not the mobiles (%s)', (language, said, notSaid) => {
    const plan = planOf(OUTLOOK, { language }, GUESS);
    const group = plan.duplicates.groups.find((g) => g.rows.includes(4) && g.rows.includes(5))!;
    expect(group).toBeDefined();
    const reasons = reasonTexts(language, group.reasons);
    expect(reasons).toContain(`✗ ${said}`);
    expect(reasons.join('；')).not.toContain(notSaid);
    const column = plan.addedColumns.find((c) => c.id === 'duplicateReasons')!.values.map(cellText);
    expect(column[2]).toContain(said);
    expect(column[2]).not.toContain(notSaid);
  });
});

describe('two known mobiles still say so', () => {
  it('周杰 of 成都天府物流 with 139… and 158…: 手机号不同 / different mobiles', () => {
    const rows = [
      ['姓名', '公司名称', '手机', '地址'],
      ['周杰', '成都天府物流', '13911110001', '成都市武侯区天府大道100号'],
      ['周杰', '成都天府物流有限公司', '15866667777', '成都市武侯区天府大道100号'],
    ];
    const [group] = planOf(rows).duplicates.groups;
    expect(reasonTexts('zh-CN', group.reasons)).toContain('✗ 手机号不同');
    expect(reasonTexts('en', group.reasons)).toContain('✗ different mobiles');
    expect(reasonTexts('en', group.reasons)).not.toContain('✗ different phone numbers');
  });
});
