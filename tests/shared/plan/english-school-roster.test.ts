/**
 * An English training centre's or tutoring school's roster, the English twin of a 教培 roster
 * (course-ends.test.ts, school-roster.test.ts): the customer is the Student (his number, his course,
 * his package running out), the Parent the person the centre calls, the Course Advisor who keeps the
 * family and sells the renewal the owner, Tuition what the family paid. Lessons Left is no money.
 */
import { t } from '../../../shared';
import { planOf } from './helpers';

// TODAY is 2024-12-01: Lily's course ends in a week, Max's next spring.
const ROSTER = [
  ['Student ID', 'Student', 'Parent', 'Parent Phone', 'Course', 'Course Advisor', 'Enrollment Date', 'Lessons Left', 'Course End', 'Tuition', 'Teacher'],
  ['S1001', 'Lily Chen', 'Grace Chen', '(415) 555-0134', 'Piano Grade 3', 'Tom Reed', '2024-09-01', '4', '2024-12-08', '$1,200', 'Ms Park'],
  ['S1002', 'Max Turner', 'Paul Turner', '(415) 555-0177', 'Math Tutoring', 'Ann Wu', '2024-10-01', '20', '2025-04-10', '$800', 'Mr Diaz'],
  ['S1003', 'Ava Lopez', 'Maria Lopez', '(415) 555-0190', 'Coding Club', 'Tom Reed', '2024-06-01', '1', '2024-12-04', '$650', 'Ms Park'],
];

describe('an English school roster', () => {
  const plan = planOf(ROSTER, { language: 'en', phone: { defaultRegion: 'US' }, amount: { currency: 'USD' } });
  const fields = Object.fromEntries(plan.columns.map((c) => [c.header, c.field]));

  it('reads the student as the customer, the advisor as his owner, the teacher as his carer, the tuition as what the family paid', () => {
    expect(fields).toEqual({
      'Student ID': 'customerId', Student: 'name', Parent: null, 'Parent Phone': 'phone', Course: null, 'Course Advisor': 'owner',
      'Enrollment Date': 'createdAt', 'Lessons Left': 'remaining', 'Course End': 'contractEnd', Tuition: 'amount',
      // The teacher is the student's carer beside the advisor who holds the family, named in his reminders.
      Teacher: 'carer',
    });
  });

  it('reminds the advisor of each course about to end, named by the student and worded as the course\'s, not a contract\'s', () => {
    const due = plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => [r.owner, r.customer, t('en', r.reason.code, r.reason.params)]);
    expect(due.sort()).toEqual([
      ['Tom Reed', 'Ava Lopez (Teacher Ms Park)', 'Course ends on 2024-12-04, in 3 days (7-day reminder)'],
      ['Tom Reed', 'Lily Chen (Teacher Ms Park)', 'Course ends on 2024-12-08, in 7 days (7-day reminder)'],
    ]);
  });

  it.each<[string, string, string | null]>([
    ['Pupil', 'a UK school\'s pupil is its student', 'name'],
    ['Student No', 'his number', 'customerId'],
    ['Academic Advisor', 'who keeps the family', 'owner'],
    ['Student Advisor', 'who keeps the family', 'owner'],
    ['Tuition Paid', 'what the family paid', 'amount'],
    ['Tuition Fees', 'what the family pays', 'amount'],
    ['Course Expiry', 'his package runs out', 'contractEnd'],
    ['Package Expiry', 'his package runs out', 'contractEnd'],
    ['Lessons Remaining', 'the lessons left, never money', 'remaining'],
    ['Sessions Left', 'the lessons left, never money', 'remaining'],
    ['Advisor Mobile', 'the advisor\'s own number, never the family\'s', null],
  ])('%s (%s) → %s', (header, _, field) => {
    const value = /Tuition/.test(header) ? '$1,200' : /Expiry/.test(header) ? '2024-12-08' : /Mobile/.test(header) ? '(415) 555-0100' : /Advisor/.test(header) ? 'Tom Reed' : /No$/.test(header) ? 'S1001' : '4';
    const p = planOf(header === 'Pupil'
      ? [['Pupil', 'Parent Phone'], ['Lily Chen', '(415) 555-0134']]
      : [['Student', 'Parent Phone', header], ['Lily Chen', '(415) 555-0134', value]], { language: 'en' });
    expect(p.columns.find((c) => c.header === header)?.field ?? null).toBe(field);
  });
});
