/**
 * A customer whose next appointment is already booked (Next Recall, 下次保养, 下次预约) is being looked
 * after: no "no contact for long" reminder while that day is ahead, as a CRM's stale view leaves out a
 * record with a next activity planned. The booking's own reminder comes on its day; once it has passed
 * with no visit, it is overdue, and that reminder stands for the stale one (one situation, one
 * reminder: remind/one-silence.ts); with nothing booked, the record is stale.
 */
import { planOf } from './helpers';

// helpers' TODAY is 2024-12-01: a dental practice seen twice a year, its last visits in spring.
const DENTAL = [
  ['Patient #', 'First Name', 'Last Name', 'DOB', 'Phone', 'Email', 'Last Visit', 'Next Recall', 'Notes'],
  ['1000', 'Emily', 'Carter', '1984-06-02', '(512) 555-0140', 'emily.carter@gmail.com', '2024-03-12', '2025-01-14', 'recall booked at checkout'],
  ['1001', 'Jacob', 'Nguyen', '1979-09-21', '(512) 555-0187', 'jnguyen@yahoo.com', '2024-04-02', '2024-10-02', 'missed recall'],
  ['1002', 'Olivia', 'Brooks', '1991-01-30', '(512) 555-0122', 'obrooks@outlook.com', '2024-02-20', '', 'no recall booked'],
];

// A 汽修厂's owner file: the last service dates the contact, the next one is booked.
const QIXIU = [
  ['车牌', '车主', '联系电话', '上次保养', '下次保养', '服务顾问'],
  ['湘A·3K2M8', '刘建国', '13807311234', '2024-04-16', '2025-04-16', '小彭'],
  ['湘A·7P5Q1', '陈海燕', '13907315678', '2024-03-20', '2024-09-20', '小彭'],
  ['湘A·9D6F3', '周志强', '13607319012', '2024-05-08', '', '老谭'],
];

const stale = (rows: string[][]) => planOf(rows).reminders.reminders.filter((r) => r.kind === 'stale').map((r) => r.customer).sort();

describe('no stale reminder while a follow-up is booked ahead', () => {
  it('a dental patient recalled for January is not "no contact for long"; one with none booked is', () => {
    expect(stale(DENTAL)).toEqual(['Olivia Brooks']);
  });

  it('the missed recall comes as its own overdue follow-up, which stands for "no contact for long"', () => {
    const followUps = planOf(DENTAL).reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => [r.customer, r.due]);
    expect(followUps).toEqual([['Jacob Nguyen', '2024-10-02']]);
  });

  it('汽修: a car whose 下次保养 is booked for April is no 长期未联系; one with none is; one past its 下次保养 is reminded of that', () => {
    expect(stale(QIXIU)).toEqual(['周志强']);
    expect(planOf(QIXIU).reminders.reminders.filter((r) => r.customer === '陈海燕').map((r) => [r.kind, r.due])).toEqual([['followUp', '2024-09-20']]);
  });

  it('a customer typed twice, his next 保养 booked on the later row only, is no 长期未联系 on either', () => {
    const twice = [...QIXIU, ['湘A·3K2M8', '刘建国', '138 0731 1234', '2024-04-16', '', '小彭']];
    expect(stale(twice)).toEqual(['周志强']);
  });
});
