/**
 * Where a sheet names no sales rep, the one column of staff who look after each customer (a studio's
 * Instructor, a school's 老师, a wedding firm's 策划师, a designer, a consultant) holds him: his
 * reminders go to that person, not all to "Unassigned" (tester h71 finding 8). Only over people's
 * names (Emma Clarke, 陈老师, 小周, Anna老师): a 老师 or Instructor column of courses (钢琴, Hot Yoga)
 * says what is taught, not who holds him; and a true owner column beside it always wins.
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { holdsStaffNames } from '../../../shared/schema/staff-names';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { text, type Cell } from '../../../shared/table/cell';
import type { FieldId } from '../../../shared/schema/fields';

const fieldsOf = (headers: string[], sample?: Cell[][]): (FieldId | null)[] =>
  mapHeaders(headers, DEFAULT_SETTINGS, sample).map((m) => m.field);
const column = (...values: string[]): Cell[] => values.map((v) => text(v));
/** The sample of a sheet whose only filled column of interest is `header`'s. */
const sampleOf = (headers: string[], header: string, values: Cell[]): Cell[][] => headers.map((h) => (h === header ? values : []));

describe('a studio\'s, a school\'s or a planner\'s staff column holds the customer where no rep does', () => {
  it.each([
    ['a yoga studio\'s Instructor', ['First Name', 'Last Name', 'Mobile Phone', 'Expiry Date', 'Instructor', 'Notes'], 'Instructor',
      column('Emma Clarke', 'Jake Romero', 'Priya Shah', 'Emma Clarke', 'Jake Romero', 'Priya Shah')],
    ['a tutoring centre\'s Teacher', ['Student', 'Parent Phone', 'Lessons Remaining', 'Teacher'], 'Teacher',
      column('Ms Wong', 'Mr Patel', 'Ms Wong', 'Ms Wong', 'Mr Patel')],
    ['a music school\'s 老师 (陈老师, Anna老师)', ['学员姓名', '家长电话', '乐器', '老师', '剩余课时'], '老师',
      column('陈老师', '刘老师', 'Anna老师', '陈老师', '刘老师', 'Anna老师')],
    ['a wedding firm\'s 策划师 (小周, 阿杰, Lily)', ['新郎', '联系电话', '婚期', '合同金额', '策划师', '备注'], '策划师',
      column('小周', '阿杰', 'Lily', '小周', '阿杰', 'Lily', '小周')],
    ['a decorator\'s 设计师 of whole names', ['业主', '电话', '小区', '设计师'], '设计师',
      column('王磊', '李娜', '王磊', '赵敏', '李娜')],
    ['an agency\'s Planner', ['Couple', 'Phone', 'Event Date', 'Planner'], 'Planner',
      column('Sophie Hart', 'Grace Lin', 'Sophie Hart', 'Grace Lin')],
    ['a 心理 studio\'s 咨询师', ['来访者', '手机', '咨询师'], '咨询师',
      column('张老师', '林老师', '张老师', '林老师')],
    // Tester h73: a salon's, a garage's and an accountant's every reminder went to Unassigned.
    ['a salon\'s Stylist (beside the one a client left)', ['Client', 'Mobile', 'Last Visit', 'Next appointment', 'Stylist', 'Old stylist'], 'Stylist',
      column('Jade', 'Kerry', 'Jade', 'Mo', 'Kerry', 'Jade')],
    ['a garage\'s Mechanic', ['Customer', 'Phone', 'Reg', 'MOT Due', 'Mechanic'], 'Mechanic',
      column('Gary', 'Steve', 'Gary', 'Gary', 'Steve')],
    // Tester h75 #11: a photo studio's every reminder went to Unassigned; the trades beside it hold their clients the same way.
    ['a photo studio\'s Photographer', ['Client Name', 'Partner', 'Mobile', 'Session Date', 'Package Price', 'Photographer'], 'Photographer',
      column('Kate', 'Dom', 'Kate', 'Dom', 'Kate')],
    ['a massage clinic\'s Therapist', ['Client', 'Mobile', 'Last Visit', 'Therapist'], 'Therapist',
      column('Aisha Khan', 'Tom Reid', 'Aisha Khan', 'Tom Reid')],
    ['a dog groomer\'s Groomer', ['Owner Name', 'Dog', 'Phone', 'Next Groom', 'Groomer'], 'Groomer',
      column('Becky', 'Jo', 'Becky', 'Becky', 'Jo')],
    ['a tutoring agency\'s Tutor', ['Student', 'Parent Phone', 'Subject', 'Tutor'], 'Tutor',
      column('Mr Hughes', 'Ms Osei', 'Mr Hughes', 'Ms Osei')],
    ['a beauty salon\'s Beautician', ['Client', 'Mobile', 'Treatment', 'Beautician'], 'Beautician',
      column('Leah', 'Sam', 'Leah', 'Leah')],
    ['a 影楼\'s 摄影师', ['客户姓名', '手机', '拍摄日期', '套餐', '摄影师'], '摄影师',
      column('阿伟', '小林', '阿伟', '小林', '阿伟')],
  ])('reads %s as the owner', (_what, headers, header, values) => {
    const fields = fieldsOf(headers, sampleOf(headers, header, values));
    expect(fields[headers.indexOf(header)]).toBe('owner');
  });

  it.each([
    ['a 老师 column of instruments', ['学员姓名', '家长电话', '老师'], '老师', column('钢琴', '小提琴', '古筝', '钢琴', '吉他', '古筝')],
    ['an Instructor column of classes', ['Name', 'Mobile', 'Instructor'], 'Instructor', column('Hot Yoga', 'Vinyasa Flow', 'Pilates', 'Hot Yoga', 'Beginner Yoga')],
    ['a Consultant column of packages', ['Client', 'Phone', 'Consultant'], 'Consultant', column('Premium', 'Standard', 'Basic', 'Premium')],
    ['a 设计师 column of phone numbers', ['业主', '电话', '设计师'], '设计师', column('13812345678', '13987654321', '13812345678')],
    ['a Photographer column of yes / no', ['Client', 'Phone', 'Photographer'], 'Photographer', column('Yes', 'No', 'Yes', 'No')],
    ['a Therapist column of treatments', ['Client', 'Phone', 'Therapist'], 'Therapist', column('Hot Yoga', 'Private Lessons', 'Hot Yoga', 'Group Class')],
  ])('never reads %s as the owner: it names no one', (_what, headers, header, values) => {
    const fields = fieldsOf(headers, sampleOf(headers, header, values));
    expect(fields[headers.indexOf(header)]).not.toBe('owner');
  });

  it('keeps the staff column behind a sales rep\'s column that holds the customer, read as the carer', () => {
    const headers = ['First Name', 'Mobile', 'Instructor', 'Sales Rep'];
    const sample = [[], [], column('Emma Clarke', 'Jake Romero', 'Emma Clarke', 'Jake Romero'), column('Ann Lee', 'Ann Lee', 'Bob Hart', 'Ann Lee')];
    expect(fieldsOf(headers, sample)).toEqual(['firstName', 'mobile', 'carer', 'owner']);
    const zh = ['学员姓名', '家长电话', '老师', '课程顾问'];
    expect(fieldsOf(zh, [[], [], column('陈老师', '刘老师', '陈老师'), column('王芳', '王芳', '李强')])).toEqual(['name', 'phone', 'carer', 'owner']);
    const studio = ['Client Name', 'Mobile', 'Photographer', 'Account Manager'];
    expect(fieldsOf(studio, [[], [], column('Kate', 'Dom', 'Kate'), column('Ann Lee', 'Ann Lee', 'Bob Hart')])).toEqual(['name', 'mobile', 'carer', 'owner']);
  });
});

describe('what a staff member\'s name looks like', () => {
  it.each([
    [['Emma Clarke', 'Jake Romero', 'Priya Shah'], true, 'given and family names'],
    [['小周', '阿杰', 'Lily', '小周'], true, 'nicknames and an English name'],
    [['陈老师', '刘老师', 'Anna老师'], true, 'a surname or a name with a title'],
    [['王磊', '李娜', '赵敏'], true, 'whole Chinese names'],
    [['钢琴', '小提琴', '古筝', '吉他'], false, 'instruments'],
    [['Hot Yoga', 'Vinyasa Flow', 'Pilates'], false, 'classes'],
    [['是', '否', '是'], false, 'yes / no marks'],
    [['钢琴', '陈老师'], false, 'too few to tell'],
  ])('%j: %s (%s)', (values, expected) => {
    expect(holdsStaffNames(column(...values))).toBe(expected);
  });
});
