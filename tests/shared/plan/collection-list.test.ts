/**
 * A customer list with a balance and a due date is a collection list (Xero's or QuickBooks' customer
 * export, a 经销商's 应收 sheet): the due date is the day the debt falls due, reminded before it falls
 * due and while it is overdue, as long as the row owes; a balance of 0 is paid and no call. Its bare
 * Balance is money owed there, not store credit. A due date on a sheet that owes nothing (a task's, a
 * loan's) and a Balance with no due date (a salon's) keep their other readings.
 */
import { DEFAULT_SETTINGS, reminderText, run, type Plan } from '../../../shared';
import { after, gridOf } from './helpers';

const TODAY = '2026-12-04';

function planOf(rows: string[][], sheet = 'Customers'): Plan {
  const out = run(gridOf(rows, sheet), { settings: DEFAULT_SETTINGS, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const said = (plan: Plan, lang: 'zh-CN' | 'en') => plan.reminders.reminders.map((r) => [r.sheetRow, reminderText(lang, r)]).sort((a, b) => Number(a[0]) - Number(b[0]));
const readFor = (plan: Plan, header: string) => plan.unreadColumns?.find((c) => c.header === header)?.readFor;

describe('a Xero customer list saved by a German Excel: Balance, Terms, Due Date', () => {
  const XERO = [
    ['Customer', 'Contact Person', 'Phone', 'Email', 'Balance', 'Terms', 'Due Date', 'Sales Rep'],
    ['Müller GmbH', 'Herr Müller', '+49 30 1000000', 'info@mueller.de', '1.234,50', 'Net 30', '01.01.2027', 'Anna Vogel'],
    ['Alpenblick Hotel AG', 'Herr Gruber', '+43 512 123456', 'buchhaltung@alpenblick.at', '12.480,00', 'Net 30', '20.11.2026', 'Anna Vogel'],
    ['Zürich Uhren SA', 'Frau Keller', '+41 44 555 66 77', 'keller@zuerich-uhren.ch', 'CHF 3.200,00', 'Net 14', '07.12.2026', 'Jonas Roth'],
    ['Schneider AG', 'Frau Schneider', '+49 30 1004321', 'info@schneider.de', '0,00', 'Net 14', '15.11.2026', 'Jonas Roth'],
    ['Mayer Getränke', 'Frau Mayer', '+49 30 1142593', 'info@mayer.de', '2.750,25', 'Net 30', '06.02.2027', 'Jonas Roth'],
  ];
  const plan = planOf(XERO);

  it('reminds the overdue balance, the one due in 3 days and the one due within the month, in the reminder\'s language', () => {
    expect(said(plan, 'en')).toEqual([
      [2, expect.stringMatching(/^Payment due on 2027-01-01, in 28 days/)],
      [3, expect.stringMatching(/^Payment was due on 2026-11-20, 14 days ago/)],
      [4, expect.stringMatching(/^Payment due on 2026-12-07, in 3 days/)],
    ]);
    expect(said(plan, 'zh-CN').map(([, text]) => text)).toEqual([
      expect.stringMatching(/^付款日 2027-01-01，还有 28 天/),
      expect.stringMatching(/^付款日 2026-11-20 已过 14 天/),
      expect.stringMatching(/^付款日 2026-12-07，还有 3 天/),
    ]);
  });

  it('does not chase Schneider, whose balance is 0 though his due date has passed', () => {
    expect(plan.reminders.reminders.map((r) => r.sheetRow)).not.toContain(5);
  });

  it('reads the Due Date column as the due date and the Balance as money owed', () => {
    expect(plan.columns.find((c) => c.header === 'Due Date')?.field).toBe('contractEnd');
    expect(readFor(plan, 'Balance')).toBe('owed');
  });
});

describe('a 酒水经销商\'s 应收 sheet: 欠款（元） and 付款到期日', () => {
  const YINGSHOU = [
    ['客户名称', '联系人', '手机', '欠款（元）', '付款到期日', '业务员'],
    ['福满楼酒家', '王建国', '13812345678', '26800', '2026-11-19', '刘强'],
    ['老码头火锅', '陈丽', '13987654321', '0', '2026-11-02', '刘强'],
    ['悦来客栈', '赵敏', '13711112222', '5600', '2026-12-05', '孙涛'],
  ];
  const plan = planOf(YINGSHOU, '应收');

  it('reminds 福满楼\'s overdue debt and 悦来客栈\'s due tomorrow, not 老码头\'s paid one', () => {
    expect(said(plan, 'zh-CN')).toEqual([
      [2, expect.stringMatching(/^付款日 2026-11-19 已过 15 天/)],
      [4, expect.stringMatching(/^付款日 2026-12-05，还有 1 天/)],
    ]);
  });
});

describe('the same words elsewhere keep their other readings', () => {
  it('a Due Date on a sheet that owes nothing (a consultancy\'s task list) is not read as a debt', () => {
    const plan = planOf([
      ['Client', 'Email', 'Task', 'Due Date', 'Owner'],
      ['Jane Cooper', 'jane@cooperdesign.com', 'Send proposal', '2026-12-05', 'Mark'],
    ]);
    expect(plan.columns.find((c) => c.header === 'Due Date')?.field).toBeNull();
  });

  it('a salon\'s Balance with no due date is a balance held for the customer, not a debt', () => {
    const plan = planOf([
      ['Name', 'Mobile', 'Balance', 'Last Visit'],
      ['Emma Brown', '07700 900123', '150.00', '2026-11-20'],
    ]);
    expect(readFor(plan, 'Balance')).toBe('balance');
  });
});

describe('a credit term beside the last purchase says when the debt falls due, where no column does', () => {
  it('a 酒水经销商\'s 账期(天) 30 after 最近进货日期 2026-10-20 is due 2026-11-19: 福满楼\'s 26800 is chased, a paid store and a 月结 one are not', () => {
    const plan = planOf([
      ['门店名称', '老板', '电话', '业务员', '最近进货日期', '账期(天)', '欠款（元）'],
      ['福满楼', '杨福', '13812340007', '钱明', '2026-10-20', '30', '26800'],
      ['好又多超市', '周海', '13812340003', '赵强', '2026-10-25', '30', '0'],
      ['湘江宴酒楼', '刘湘', '13812340005', '孙丽', '2026-11-20', '15', '4200'],
      ['老王烟酒店', '王建', '13812340001', '赵强', '2026-09-01', '月结', '12500'],
    ], '客户');
    expect(said(plan, 'zh-CN').filter(([, text]) => String(text).startsWith('付款日'))).toEqual([
      [2, expect.stringMatching(/^付款日 2026-11-19 已过 15 天/)],
      [4, expect.stringMatching(/^付款日 2026-12-05，还有 1 天/)],
    ]);
  });

  it('Payment Terms "Net 30" after the Last Invoice Date, in English', () => {
    const plan = planOf([
      ['Customer', 'Phone', 'Email', 'Balance', 'Payment Terms', 'Last Invoice Date', 'Sales Rep'],
      ['Brightline Dental', '(512) 555-0199', 'ap@brightline.com', '3,200.00', 'Net 30', '2026-10-21', 'Tom Reyes'],
      ['Oakwood Realty', '(512) 555-0142', 'office@oakwood.com', '0.00', 'Net 30', '2026-10-01', 'Tom Reyes'],
    ]);
    expect(said(plan, 'en').filter(([, text]) => String(text).startsWith('Payment'))).toEqual([
      [2, expect.stringMatching(/^Payment was due on 2026-11-20, 14 days ago/)],
    ]);
  });
});

describe('the money owed is written as numbers Excel can total, and said in the reminder (tester h71 #5)', () => {
  const XERO = [
    ['Customer', 'Contact Person', 'Phone', 'Email', 'Balance', 'Terms', 'Due Date', 'Currency', 'Sales Rep'],
    ['Müller GmbH', 'Herr Müller', '+49 30 1000000', 'info@mueller.de', '1.234,50', 'Net 30', '01.01.2027', 'EUR', 'Anna Vogel'],
    ['Alpenblick Hotel AG', 'Herr Gruber', '+43 512 123456', 'buchhaltung@alpenblick.at', '12.480,00', 'Net 30', '20.11.2026', 'EUR', 'Anna Vogel'],
    ['Zürich Uhren SA', 'Frau Keller', '+41 44 555 66 77', 'keller@zuerich-uhren.ch', 'CHF 3.200,00', 'Net 14', '07.12.2026', 'CHF', 'Jonas Roth'],
    ['Schneider AG', 'Frau Schneider', '+49 30 1004321', 'info@schneider.de', '0,00', 'Net 14', '15.11.2026', 'EUR', 'Jonas Roth'],
    ['Dupont SARL', 'M. Dupont', '+33 1 42 68 53 00', 'contact@dupont.fr', '-450,00', 'Net 30', '', 'EUR', 'Jonas Roth'],
  ];
  const plan = run(gridOf(XERO, 'Kunden'), { settings: DEFAULT_SETTINGS, today: TODAY, guess: { region: true, currency: true } });
  if (!plan.ok) throw new Error(plan.problem.code);
  const p = plan.plan;

  it.each<[number, number]>([[2, 1234.5], [3, 12480], [5, 0], [6, -450]])('row %d\'s Balance becomes the number %d', (row, value) => {
    expect(after(p, row, 'Balance')).toEqual(expect.objectContaining({ kind: 'number', value }));
  });

  it('keeps the Swiss customer\'s CHF as its own currency: the number 3200 shown with CHF', () => {
    expect(after(p, 4, 'Balance')).toEqual(expect.objectContaining({ kind: 'number', value: 3200, format: expect.stringContaining('CHF') }));
  });

  it('says in the reminder how much is owed, in the currency the cell shows', () => {
    expect(said(p, 'en').find(([row]) => row === 3)?.[1]).toMatch(/^Payment was due on 2026-11-20, 14 days ago; Balance 12480,00 EUR still owed/);
    expect(said(p, 'zh-CN').find(([row]) => row === 4)?.[1]).toMatch(/；Balance CHF ?3200,00 未结清/);
  });
});

describe('a credit term the reminders read is not called unread', () => {
  it('the 账期(天) beside 最近进货日期 and 欠款 is read for the debt\'s due date', () => {
    const plan = planOf([
      ['门店名称', '老板', '电话', '业务员', '最近进货日期', '账期(天)', '欠款（元）'],
      ['福满楼', '杨福', '13812340007', '钱明', '2026-10-20', '30', '26800'],
      ['湘江宴酒楼', '刘湘', '13812340005', '孙丽', '2026-11-20', '15', '4200'],
    ], '客户');
    expect(readFor(plan, '账期(天)')).toBe('creditTerm');
    expect(said(plan, 'zh-CN')[0][1]).toMatch(/^付款日 2026-11-19 已过 15 天.*；欠款（元） 26800 未结清/);
  });

  it('a 账期 on a sheet that owes nothing stays unread', () => {
    const plan = planOf([
      ['门店名称', '老板', '电话', '最近进货日期', '账期(天)'],
      ['福满楼', '杨福', '13812340007', '2026-10-20', '30'],
    ], '客户');
    expect(plan.unreadColumns?.find((c) => c.header === '账期(天)')).toEqual(expect.not.objectContaining({ readFor: expect.anything() }));
  });
});
