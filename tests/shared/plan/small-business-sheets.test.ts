/**
 * Tester h63's small-business sheets, their dates moved to helpers' TODAY (2024-12-01): what each
 * reminder says, and whom it names, once their own header words are read.
 */
import { dueWhat, reminderKindText, reminderText } from '../../../shared';
import { planOf } from './helpers';

// An Australian gym: a bare Expiry beside the Membership held.
const GYM = [
  ['Member ID', 'Name', 'Mobile', 'DOB', 'Membership', 'Joined', 'Expiry', 'Fortnightly Fee', 'Last Check-in', 'Trainer'],
  ['M1001', 'Chloe Walker', '0412 345 678', '1990-03-14', '12-month Unlimited', '2023-12-20', '2024-12-20', '32.95', '2024-11-28', 'Jess'],
  ['M1002', 'Liam Patel', '0423 456 789', '1986-07-02', 'Off-peak', '2024-02-01', '2025-02-01', '24.95', '2024-04-03', 'Jess'],
];

// A US dental practice: the patient's number in column A, his name in First and Last Name.
const DENTAL = [
  ['Patient #', 'First Name', 'Last Name', 'DOB', 'Phone', 'Email', 'Last Visit', 'Next Recall', 'Notes'],
  ['1021', 'Emily', 'Carter', '1972-12-05', '(512) 555-0140', 'emily.carter@gmail.com', '2024-03-12', '2024-12-03', ''],
];

// A 家装 firm: the project's 开工 and 预计竣工 beside the 量房 visit.
const JIAZHUANG = [
  ['业主', '电话', '小区', '工地地址', '量房日期', '开工日期', '预计竣工', '合同金额', '设计师', '归属'],
  ['王建华', '13812345678', '保利花园', '6栋2单元2104', '2024-08-10', '2024-09-01', '2024-12-20', '180000', '李工', '小陈'],
];

// A UK letting agent: the landlord is the client, named on his reminders, his Negotiator reminded.
const LANDLORDS = [
  ['Landlord', 'Mobile', 'Email', 'Property', 'Rent pcm', 'Tenancy End', 'Negotiator'],
  ['Sophie Turner', '07700 900123', 'sophie19@btinternet.com', '14 Elm Road, Leeds', '950', '2024-12-15', 'Tom'],
];

describe('a gym\'s bare Expiry beside its Membership column', () => {
  const plan = planOf(GYM);
  const due = plan.reminders.reminders.filter((r) => r.kind === 'contract');

  it('reminds the membership ending, not a contract', () => {
    expect(due.map((r) => [r.customer, r.owner, r.due])).toEqual([['Chloe Walker', 'Jess', '2024-12-20']]);
    expect(due.map((r) => reminderKindText('en', r.kind, dueWhat(plan.reminders.reminders)))).toEqual(['Membership ending']);
    expect(due.map((r) => reminderText('en', r))).toEqual(['Membership ends on 2024-12-20, in 19 days (30-day reminder)']);
  });

  it('reads Last Check-in as the member\'s last visit: Liam, not seen since April, is no contact for long', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'stale').map((r) => r.customer)).toEqual(['Liam Patel']);
  });
});

describe('a dental practice\'s Patient #', () => {
  it('is no name: the birthday reminder names the patient', () => {
    const plan = planOf(DENTAL);
    expect(plan.columns.map((c) => c.field).slice(0, 3)).toEqual(['customerId', 'firstName', 'lastName']);
    expect(plan.reminders.reminders.filter((r) => r.kind === 'birthday').map((r) => r.customer)).toEqual(['Emily Carter']);
  });
});

describe('a 家装 firm\'s project dates', () => {
  it('reminds the 竣工 coming, to the rep 归属 names', () => {
    const plan = planOf(JIAZHUANG);
    const due = plan.reminders.reminders.filter((r) => r.kind === 'contract');
    expect(due.map((r) => [r.customer, r.owner, r.due])).toEqual([['王建华', '小陈', '2024-12-20']]);
    expect(due.map((r) => reminderKindText('zh-CN', r.kind, dueWhat(plan.reminders.reminders)))).toEqual(['即将竣工']);
  });
});

describe('a letting agent\'s landlords', () => {
  it('names the landlord on his tenancy\'s reminder, to his negotiator', () => {
    const plan = planOf(LANDLORDS);
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => [r.customer, r.owner])).toEqual([['Sophie Turner', 'Tom']]);
  });
});
