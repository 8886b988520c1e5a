/**
 * A 教培 roster keeps no amount and no purchase date, only what each student holds: lessons left of a
 * course (剩余课时, Lessons Remaining) and its renewal day. A student with a package on record has
 * bought: 现有客户 / existing, the reason saying so, where every student was 未知 (no purchase columns).
 * Used up (0 left) he bought before: still existing; one who left (退学) is churned; a trial (试听) with
 * no package is potential.
 */
import { t, type Plan } from '../../../shared';
import { planOf } from './helpers';

const row = (plan: Plan, sheetRow: number) => plan.classification.rows.find((r) => r.sheetRow === sheetRow)!;
const lifecycle = (plan: Plan) => plan.classification.rows.map((r) => r.labels.lifecycle);
const said = (plan: Plan, sheetRow: number, lang: 'zh-CN' | 'en') =>
  row(plan, sheetRow).reasons.filter((r) => r.dimension === 'lifecycle').map((r) => t(lang, r.code, r.params));

// Today is helpers' TODAY, 2024-12-01.
const ROSTER = [
  ['学员姓名', '家长', '家长电话', '年级', '课程', '剩余课时', '续费日期', '学员生日', '课程顾问', '状态'],
  ['李子涵', '李强', '13611112222', '三年级', '少儿编程', '5', '2024-12-10', '2015-12-05', '周老师', '在读'],
  ['王一诺', '王芳', '13722223333', '初一', '数学提高', '66', '2025-03-01', '2012-12-15', '周老师', '在读'],
  ['张可欣', '张伟', '13833334444', '五年级', '英语', '0', '2024-11-20', '2013-12-02', '吴老师', '在读'],
  ['陈思远', '陈刚', '13944445555', '四年级', '围棋', '12', '', '2014-03-09', '吴老师', '退学'],
  ['赵雨萱', '赵磊', '15055556666', '二年级', '美术', '', '', '2016-07-21', '吴老师', '试听'],
];

describe('a 教培 roster with no amount and no purchase date', () => {
  const plan = planOf(ROSTER);

  it('classes who holds a package existing, a used-up one existing too, who left churned, a trial with none potential', () => {
    expect(lifecycle(plan)).toEqual(['existing', 'existing', 'existing', 'churned', 'potential']);
  });

  it('says the lessons left are the purchase, in Chinese and in English', () => {
    expect(said(plan, 2, 'zh-CN')).toEqual(['剩余课时 5：已购课，即是客户']);
    expect(said(plan, 2, 'en')).toEqual(['Sessions remaining 5: a package bought, so a customer']);
  });

  it('says a package used up (0 left, its 续费日期 passed) was bought all the same', () => {
    expect(said(plan, 4, 'zh-CN')).toEqual(['剩余课时 0：已购课，即是客户']);
    expect(said(plan, 4, 'en')).toEqual(['Sessions remaining 0: a package bought, so a customer']);
  });
});

describe('an English tutoring centre\'s roster', () => {
  const plan = planOf([
    ['Student', 'Parent', 'Parent Phone', 'Grade', 'Course', 'Lessons Remaining', 'Renewal Date', 'Tutor'],
    ['Ethan Walker', 'Sarah Walker', '(415) 555-0131', '5', 'Math Olympiad', '5', '2024-12-10', 'Ms. Patel'],
    ['Ava Thompson', 'James Thompson', '(415) 555-0178', '8', 'SAT Reading', '0', '2024-11-15', 'Mr. Nguyen'],
  ], { phone: { defaultRegion: 'US' } });

  it('classes both existing, each by the lessons the family bought', () => {
    expect(lifecycle(plan)).toEqual(['existing', 'existing']);
    expect(said(plan, 2, 'en')).toEqual(['Sessions remaining 5: a package bought, so a customer']);
    expect(said(plan, 3, 'en')).toEqual(['Sessions remaining 0: a package bought, so a customer']);
    expect(said(plan, 2, 'zh-CN')).toEqual(['剩余课时 5：已购课，即是客户']);
  });
});

describe('a gym\'s 次卡 with its spend beside the lessons left', () => {
  const plan = planOf([
    ['会员编号', '姓名', '手机', '卡种', '累计金额', '教练', '剩余课时'],
    ['M10002', '王磊', '18610345865', '次卡', '5339', '王教练', '3'],
  ]);

  it('is existing by what he spent, which says more than the lessons he has left', () => {
    expect(lifecycle(plan)).toEqual(['existing']);
    expect(row(plan, 2).reasons.filter((r) => r.dimension === 'lifecycle').map((r) => r.code)).toEqual(['classify.reason.boughtNoDate']);
  });
});
