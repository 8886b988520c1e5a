/**
 * Which deals of a CRM's deals export are chased (tester h69, Salesforce Opportunities): only an open
 * deal is followed up. A won or lost deal is closed, whatever its Next Step Date or 下次跟进 still
 * says: no follow-up and no "no contact for long" for it; a won customer's contract reminder stays.
 * An open deal whose close date has passed and whose next step the rep booked after today is planned,
 * not 700 days overdue: the rep's newer booking is the plan, and it is reminded on its day.
 */
import { DEFAULT_SETTINGS, run, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2026-12-04';

function planOf(rows: string[][], language: 'zh-CN' | 'en', today = TODAY): Plan {
  const out = run(gridOf(rows), { settings: { ...DEFAULT_SETTINGS, language }, today });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const kindsOf = (plan: Plan, sheetRow: number) => plan.reminders.reminders.filter((r) => r.sheetRow === sheetRow).map((r) => r.kind).sort();
const followUp = (plan: Plan, sheetRow: number) => plan.reminders.reminders.find((r) => r.kind === 'followUp' && r.sheetRow === sheetRow);
const staleCustomers = (plan: Plan) => plan.reminders.reminders.filter((r) => r.kind === 'stale').map((r) => r.customer).sort();

// A Salesforce Opportunities export, US dates, as the tester's (h69) was.
const SALESFORCE = [
  ['Opportunity Name', 'Account Name', 'Amount', 'Close Date', 'Stage', 'Opportunity Owner', 'Next Step', 'Next Step Date', 'Last Activity', 'Contract End Date', 'Primary Contact', 'Contact Phone'],
  // 2: open, its close date 700 days past, the next call booked for 12/22: planned, not overdue (no activity logged).
  ['Northwind Traders - Renewal 2026', 'Northwind Traders', 'USD 96,000.00', '1/3/2025', 'Negotiation/Review', 'Alex Rivera', 'Send proposal', '12/22/2026', '', '', 'Declan Price', '(415) 555-0142'],
  // 3: lost, an old Next Step Date left in it, quiet since March.
  ['Fourth Coffee - Pilot', 'Fourth Coffee', 'USD 12,000.00', '2/4/2026', 'Closed Lost', 'Priya Nair', 'Demo w/ CFO', '7/7/2026', '3/2/2026', '', 'Ana Ruiz', '(312) 555-0117'],
  // 4: won, its Next Step Date never cleared; its contract ends on 12/20: that is reminded.
  ['Blue Yonder Airlines - Expansion', 'Blue Yonder Airlines', 'USD 58,000.00', '12/8/2025', 'Closed Won', 'Alex Rivera', 'Legal review', '8/1/2026', '4/1/2026', '12/20/2026', 'Wyatt Dixon', '(206) 555-0199'],
  // 5: open, next call yesterday, close later this month: the call is 1 day overdue.
  ['Globex - Platform', 'Globex Corporation', 'USD 40,000.00', '12/18/2026', 'Negotiation/Review', 'Jordan Kim', 'Send redlines', '12/3/2026', '11/20/2026', '', 'Hank Scorpio', '(503) 555-0160'],
  // 6: open, close date of March 2025, the rep's next step of July since missed (last call in June):
  // overdue since July, and that reminder stands for the company's 186 days without contact.
  ['Trey Research - Add-on', 'Trey Research', 'USD 22,000.00', '3/11/2025', 'Negotiation/Review', 'Priya Nair', '', '7/16/2026', '6/1/2026', '', 'Mia Chen', '(617) 555-0133'],
  // 7: open, no next step: followed up by its close date, as before.
  ['Woodgrove Bank - Renewal', 'Woodgrove Bank', 'USD 30,000.00', '11/20/2026', 'Qualification', 'Jordan Kim', '', '', '11/10/2026', '', 'Omar Haddad', '(646) 555-0121'],
  // 8: won long ago, quiet since April: a customer, no deal to chase.
  ['Coho Winery - Wine club', 'Coho Winery', 'USD 9,000.00', '3/3/2025', 'Closed Won', 'Alex Rivera', '', '', '4/1/2026', '', 'Lena Park', '(707) 555-0188'],
];

describe('a Salesforce Opportunities export: only open deals are followed up (h69, 4 and 5)', () => {
  const plan = planOf(SALESFORCE, 'en');

  it('reminds no Closed Lost or Closed Won deal of its Next Step Date', () => {
    expect(followUp(plan, 3)).toBeUndefined();
    expect(followUp(plan, 4)).toBeUndefined();
  });

  it('keeps the won customer\'s contract reminder', () => {
    expect(kindsOf(plan, 4)).toEqual(['contract']);
  });

  it('does not call a rescheduled deal overdue: its close date passed, its next step is booked for 12/22', () => {
    expect(followUp(plan, 2)).toBeUndefined();
    expect(kindsOf(plan, 2)).toEqual([]);
  });

  it('reminds the rescheduled deal on its next step\'s day, once', () => {
    const then = planOf(SALESFORCE, 'en', '2026-12-22');
    expect(kindsOf(then, 2)).toEqual(['followUp']);
    expect(followUp(then, 2)).toMatchObject({ owner: 'Alex Rivera', due: '2026-12-22', daysLeft: 0 });
  });

  it('dates a missed next step by the rep\'s booking, not by a close date of the year before', () => {
    expect(followUp(plan, 6)).toMatchObject({ owner: 'Priya Nair', due: '2026-07-16' });
  });

  it('still follows up by the earlier of next step and close date ahead, and by the close date alone', () => {
    expect(followUp(plan, 5)).toMatchObject({ owner: 'Jordan Kim', due: '2026-12-03', daysLeft: -1 });
    expect(followUp(plan, 7)).toMatchObject({ owner: 'Jordan Kim', due: '2026-11-20' });
  });

  it('chases no company whose deals are all closed as "no contact for long"', () => {
    expect(staleCustomers(plan)).not.toContain('Fourth Coffee');
    expect(staleCustomers(plan)).not.toContain('Coho Winery');
  });

  it('counts only the reminders listed', () => {
    expect(plan.reminders.counts.followUp).toBe(3);
    expect(plan.reminders.counts.contract).toBe(1);
    expect(plan.reminders.counts.stale).toBe(0);
  });
});

// A 销售易 商机 export, a rep's 下次跟进 beside the 预计成交日期, 销售阶段 as the team types it.
const XIAOSHOUYI = [
  ['商机名称', '客户名称', '销售阶段', '商机金额', '预计成交日期', '下次跟进', '最近跟进', '负责人', '联系人', '手机'],
  // 2: 赢单, 下次跟进 left as it was.
  ['华星电子-年度框架', '华星电子有限公司', '赢单', '120000', '2026-03-15', '2026-06-01', '2026-05-20', '李娜', '陈志明', '13812345678'],
  // 3: 输单, 下次跟进 of August, quiet since May.
  ['远航物流-试点', '远航物流股份有限公司', '输单', '30000', '2026-05-20', '2026-08-10', '2026-05-18', '赵磊', '王海涛', '13987654321'],
  // 4: 已成交.
  ['明德教育-采购', '明德教育科技有限公司', '已成交', '15000', '2026-09-30', '2026-10-15', '2026-09-28', '赵磊', '刘芳', '13700001111'],
  // 5: 已流失, quiet since March.
  ['鼎盛建材-集采', '鼎盛建材有限公司', '已流失', '50000', '2026-02-28', '2026-04-01', '2026-03-05', '李娜', '周建国', '13600002222'],
  // 6: 跟进中, 预计成交 last year, 下次跟进 booked for 12-15: planned (no 跟进 logged yet).
  ['恒通机械-二期', '恒通机械制造有限公司', '跟进中', '80000', '2025-06-30', '2026-12-15', '', '李娜', '孙立新', '13500003333'],
  // 7: 跟进中, 下次跟进 yesterday: overdue by a day.
  ['瑞丰食品-年度供货', '瑞丰食品有限公司', '跟进中', '60000', '2026-12-31', '2026-12-03', '2026-11-20', '赵磊', '黄丽', '13400004444'],
];

describe('a 商机 export: 赢单 / 输单 / 已成交 / 已流失 are closed, 跟进中 is followed up', () => {
  const plan = planOf(XIAOSHOUYI, 'zh-CN');

  it('reminds no closed 商机 of its 下次跟进', () => {
    for (const row of [2, 3, 4, 5]) expect(followUp(plan, row)).toBeUndefined();
  });

  it('chases no company of closed 商机 as 长期未联系', () => {
    expect(staleCustomers(plan)).toEqual([]);
  });

  it('does not call 恒通机械 overdue for its passed 预计成交日期: the 下次跟进 of 12-15 is the plan', () => {
    expect(kindsOf(plan, 6)).toEqual([]);
  });

  it('reminds 赵磊 of 瑞丰食品, one day overdue', () => {
    expect(followUp(plan, 7)).toMatchObject({ owner: '赵磊', due: '2026-12-03', daysLeft: -1 });
    expect(plan.reminders.counts.followUp).toBe(1);
  });
});

// A HubSpot deals export whose open deals have gone without activity for a year and a half: one has
// its next activity overdue, the other no date at all (a lost customer, counted, not listed).
const HUBSPOT = [
  ['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Deal Owner', 'Associated Company', 'Last Activity Date', 'Next Activity Date'],
  ['9101', 'Tailspin Toys - Fleet renewal', 'Contract sent', '18,000', '2027-01-31', 'Grace Hopper', 'Tailspin Toys', '2025-06-02', '2026-11-20'],
  ['9102', 'Fabrikam - Pilot', 'Appointment scheduled', '6,000', '', 'Alan Turing', 'Fabrikam Inc', '2025-05-12', ''],
];

describe('a deal quiet for over a year with its follow-up overdue', () => {
  const plan = planOf(HUBSPOT, 'en');

  it('is reminded by its overdue follow-up, and not also counted among the lost customers not listed', () => {
    expect(kindsOf(plan, 2)).toEqual(['followUp']);
    expect(plan.reminders.lost.count).toBe(1);
    expect(plan.reminders.lost.byOwner).toEqual([{ owner: 'Alan Turing', count: 1 }]);
  });
});
