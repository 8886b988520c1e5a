/**
 * Each kind of reminder in the summary and in the report's "reminders by kind" names what the
 * reminder is about: a wedding coming up is 婚期临近, not 预约日; a day passed (a wedding held, a house
 * handed over) with its balance still owed is 尾款未结清, not an appointment nor a completion overdue.
 */
import { countsByKind, REMINDER_KINDS, type Plan } from '../../../shared';
import { planOf } from '../plan/helpers';

const byKind = (plan: Plan, lang: 'zh-CN' | 'en' = 'zh-CN') => countsByKind(lang, plan.reminders.reminders, REMINDER_KINDS).map((k) => [k.label, k.count]);
const reportKinds = (plan: Plan) => plan.report.sections.find((s) => s.id === 'reminders')!.series.filter((s) => s.count > 0).map((s) => [s.label, s.count]);
const reportLabels = (plan: Plan) => plan.report.sections.find((s) => s.id === 'reminders')!.series.map((s) => s.label);

// Today is 2024-12-01 (helpers.ts).
describe("a wedding planner's bookings", () => {
  const plan = planOf([
    ['新郎', '新郎电话', '婚期', '婚礼酒店', '合同金额', '尾款', '策划师', '签约日期'],
    ['张伟', '13812345678', '2024-12-03', '香格里拉', '58800', '0', '小雅', '2024-05-20'],
    ['吴昊', '13912345678', '2024-12-01', '喜来登', '36800', '0', '阿杰', '2024-04-02'],
    // The wedding was held a week ago; 18800 of it is still owed.
    ['马骏', '13712345678', '2024-11-24', '万豪', '66800', '18800', '小雅', '2024-03-15'],
  ]);

  it('counts the weddings coming up as 婚期临近 and the balance owed after one as 尾款未结清', () => {
    expect(byKind(plan)).toEqual([['婚期临近', 2], ['尾款未结清', 1]]);
    expect(reportKinds(plan)).toEqual([['婚期临近', 2], ['尾款未结清', 1]]);
  });

  it('names no contract\'s end after the wedding day (婚期即将到期 was shown with a count of 0)', () => {
    expect(reportLabels(plan)).not.toContain('婚期即将到期');
    expect(reportLabels(plan)).not.toContain('预约日');
  });

  it('says so in English too', () => {
    expect(byKind(plan, 'en')).toEqual([['"婚期" coming up', 2], ['"尾款" still owed', 1]]);
  });
});

describe("a renovation firm's owners", () => {
  const plan = planOf([
    ['业主', '联系电话', '设计师', '开工日期', '预计竣工', '工程状态', '合同金额', '尾款'],
    ['蒋大勇', '13812340001', '张敏', '2024-05-01', '2024-10-15', '已竣工', '180000', '35000'],
    ['曹强', '13812340002', '刘洋', '2024-06-01', '2024-11-20', '施工中', '150000', '30000'],
    ['彭军', '13812340003', '刘洋', '2024-07-01', '2024-12-20', '施工中', '120000', '20000'],
  ]);

  it('counts the handed-over house that still owes as 尾款未结清, apart from the house overdue', () => {
    expect(byKind(plan)).toEqual([['即将竣工', 1], ['逾期未竣工', 1], ['尾款未结清', 1]]);
    expect(reportKinds(plan)).toEqual([['即将竣工', 1], ['逾期未竣工', 1], ['尾款未结清', 1]]);
  });
});

describe('an English events venue', () => {
  const plan = planOf([
    ['Client', 'Phone', 'Email', 'Event Date', 'Package', 'Balance Due', 'Coordinator'],
    ['Olivia Bennett', '0412 345 678', 'olivia.bennett@gmail.com', '2024-12-03', 'Gold', '0', 'Sophie'],
    ['Jack Turner', '0423 456 789', 'jack.turner@outlook.com', '2024-11-23', 'Silver', '2400', 'Sophie'],
  ]);

  it('names the event coming up and the balance still owed after it', () => {
    expect(byKind(plan, 'en')).toEqual([['Event coming up', 1], ['Balance Due still owed', 1]]);
  });
});
