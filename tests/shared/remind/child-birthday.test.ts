/**
 * A customer's child's birthday (宝宝生日 beside 妈妈姓名, Baby DOB beside Member Name): a 母婴店's most
 * important reminder, its own kind, naming the child and the parent to call, with the birthday's
 * settings (days ahead, 29 February); the mother's own birthday stays hers.
 */
import { reminderText, resolveSettings, run, t, type Plan, type Reminder } from '../../../shared';
import { gridOf } from '../plan/helpers';

const TODAY = '2026-12-04';

function planOf(rows: string[][], input: object = {}, today = TODAY): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error(JSON.stringify(settings.errors));
  const out = run(gridOf(rows, '会员'), { settings: settings.settings, today });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const said = (lang: 'zh-CN' | 'en', r: Reminder) => t(lang, r.reason.code, r.reason.params);
const births = (plan: Plan) => plan.reminders.reminders.filter((r) => r.kind === 'birthday' || r.kind === 'childBirthday')
  .map((r) => [r.kind, r.sheetRow, r.customer, r.due, said('zh-CN', r)]);

// A 母婴店's members (today 2026-12-04): 胡思雨's 王朵朵 turns 2 on 12-08, 林佳怡's own birthday is 12-10.
const MUYING = [
  ['会员卡号', '妈妈姓名', '手机', '妈妈生日', '宝宝姓名', '宝宝生日', '宝宝性别', '储值卡余额', '累计消费', '最近到店', '门店', '导购', '备注'],
  ['VIP20000', '张敏', '13800138001', '1992/3/4', '张乐乐', '2023-05-17', '男', '300', '5200', '2026-11-20', '万达店', '小周', ''],
  ['VIP20001', '林佳怡', '13912345678', '1990/12/10', '李果果', '2022-07-02', '女', '0', '3100', '2026-11-02', '龙湖店', '阿梅', '奶粉段位3段'],
  ['VIP20002', '胡思雨', '15012345678', '1993/6/21', '王朵朵', '2024-12-08', '女', '1200', '8800', '2026-10-15', '万达店', '小陈', '过敏体质'],
  ['VIP20003', '陈静', '18612345678', '1994/1/20', '刘多多', '2025-02-14', '男', '0', '800', '2026-11-28', '龙湖店', '小周', ''],
];

describe('a 母婴店\'s baby birthday', () => {
  const plan = planOf(MUYING);

  it('reminds 王朵朵\'s birthday as hers, naming her mother, and 林佳怡\'s own birthday as the mother\'s', () => {
    expect(births(plan)).toEqual([
      ['childBirthday', 4, '胡思雨', '2026-12-08', '王朵朵（胡思雨的宝宝）2026-12-08 满 2 岁生日，还有 4 天'],
      ['birthday', 3, '林佳怡', '2026-12-10', '2026-12-10 满 36 岁生日，还有 6 天'],
    ]);
    const baby = plan.reminders.reminders.find((r) => r.kind === 'childBirthday')!;
    expect(baby.owner).toBe('小陈');
    expect(said('en', baby)).toBe("王朵朵 (胡思雨's baby) turns 2 on 2026-12-08, in 4 days");
  });

  it('counts it under its own kind, 孩子生日 / Child\'s birthday, in the counts and the report', () => {
    expect(plan.reminders.counts).toMatchObject({ birthday: 1, childBirthday: 1 });
    expect(t('zh-CN', 'remind.kind.childBirthday')).toBe('孩子生日');
    expect(t('en', 'remind.kind.childBirthday')).toBe("Child's birthday");
    const series = plan.report.sections.find((s) => s.id === 'reminders')!.series;
    expect(series.find((s) => s.id === 'childBirthday')).toMatchObject({ count: 1 });
  });

  it('follows remind.birthday: none with daysAhead 0, none with birthdays switched off', () => {
    const far = planOf(MUYING, { remind: { birthday: { daysAhead: 0 } } });
    expect(births(far)).toEqual([]);
    const off = planOf(MUYING, { remind: { birthday: { enabled: false } } });
    expect(off.reminders.counts.childBirthday).toBe(0);
  });

  it('places a baby born on 29 February as birthdays are (feb28 by default, mar1 when set)', () => {
    const leap = [MUYING[0], ['VIP20009', '赵婷', '13712345678', '1991/8/8', '赵安安', '2024-02-29', '女', '0', '600', '2027-02-20', '万达店', '阿梅', '']];
    expect(births(planOf(leap, {}, '2027-02-25'))).toEqual([['childBirthday', 2, '赵婷', '2027-02-28', '赵安安（赵婷的宝宝）2027-02-28 满 3 岁生日，还有 3 天']]);
    expect(births(planOf(leap, { remind: { birthday: { feb29: 'mar1' } } }, '2027-02-25'))).toEqual([['childBirthday', 2, '赵婷', '2027-03-01', '赵安安（赵婷的宝宝）2027-03-01 满 3 岁生日，还有 4 天']]);
  });

  it('reminds each of two children (大宝, 二宝), and a child not born yet none', () => {
    const two = planOf([
      ['会员姓名', '手机', '大宝姓名', '大宝生日', '二宝姓名', '二宝生日'],
      ['周晶', '13600136000', '张航航', '2022-12-07', '张萌萌', '2025-12-05'],
      ['吴悦', '13600136001', '吴安安', '2026-12-06', '', ''],
    ]);
    expect(births(two)).toEqual([
      ['childBirthday', 2, '周晶', '2026-12-05', '张萌萌（周晶的孩子）2026-12-05 满 1 岁生日，还有 1 天'],
      ['childBirthday', 2, '周晶', '2026-12-07', '张航航（周晶的孩子）2026-12-07 满 4 岁生日，还有 3 天'],
    ]);
  });

  it('says the parent\'s child where the child\'s name is blank', () => {
    const unnamed = planOf([['会员姓名', '手机', '宝宝生日'], ['胡思雨', '15012345678', '2024-12-08']]);
    expect(births(unnamed)).toEqual([['childBirthday', 2, '胡思雨', '2026-12-08', '胡思雨的宝宝 2026-12-08 满 2 岁生日，还有 4 天']]);
  });

  it('is silenced with the mother marked not to be contacted, as her birthday is', () => {
    const rows = [[...MUYING[0].slice(0, 12), '状态'], [...MUYING[3].slice(0, 12), '黑名单']];
    const quiet = planOf(rows);
    expect(quiet.reminders.counts.childBirthday).toBe(0);
    expect(quiet.reminders.silenced.doNotContact).toBe(1);
  });
});

describe('an early-education centre whose customer is the baby', () => {
  it('greets the baby on its birthday as the customer, as before: no child of a customer', () => {
    const plan = planOf([['宝宝姓名', '宝宝生日', '宝宝性别', '妈妈电话'], ['王朵朵', '2024-12-08', '女', '15012345678']]);
    expect(births(plan)).toEqual([['birthday', 2, '王朵朵', '2026-12-08', '2026-12-08 满 2 岁生日，还有 4 天']]);
  });
});

describe('a US baby swim class (English)', () => {
  it('reminds Emma\'s first birthday, naming Sarah Lee, her member mother', () => {
    const plan = planOf([
      ['Member Name', 'Phone', 'Email', 'Baby Name', 'Baby DOB', 'Membership Ends'],
      ['Sarah Lee', '(415) 555-0134', 'sarah.lee@example.com', 'Emma', '12/08/2025', '03/31/2027'],
      ['Megan Ortiz', '(415) 555-0178', 'megan.o@example.com', 'Noah', '06/14/2025', '01/31/2027'],
    ], { phone: { defaultRegion: 'US' } });
    const baby = plan.reminders.reminders.filter((r) => r.kind === 'childBirthday');
    expect(baby.map((r) => [r.sheetRow, r.customer, r.due, said('en', r)])).toEqual([[2, 'Sarah Lee', '2026-12-08', "Emma (Sarah Lee's baby) turns 1 on 2026-12-08, in 4 days"]]);
    expect(plan.reminders.counts.birthday).toBe(0);
  });

  it('a kids\' dental account list says "child": Child DOB beside Client Name', () => {
    const plan = planOf([
      ['Client Name', 'Mobile', 'Child Name', 'Child DOB', 'Last Visit'],
      ['David Kim', '(312) 555-0101', 'Lucas', '12/05/2019', '06/02/2026'],
    ], { phone: { defaultRegion: 'US' } });
    expect(plan.reminders.reminders.filter((r) => r.kind === 'childBirthday').map((r) => said('en', r))).toEqual(["Lucas (David Kim's child) turns 7 on 2026-12-05, tomorrow"]);
  });
});

describe('a US kids\' dentist whose patients are the children (Parent Name beside Child Name)', () => {
  it('greets Emma as the patient on her birthday, naming Sarah Lee, the parent to call', () => {
    const plan = planOf([
      ['Parent Name', 'Phone', 'Email', 'Child Name', 'Child DOB', 'Last Visit'],
      ['Sarah Lee', '(415) 555-0134', 'sarah.lee@example.com', 'Emma', '12/08/2025', '11/02/2026'],
      ['Sarah Lee', '(415) 555-0134', 'sarah.lee@example.com', 'Liam', '03/14/2022', '11/02/2026'],
    ], { phone: { defaultRegion: 'US' } });
    expect(plan.reminders.reminders.map((r) => [r.kind, r.customer, reminderText('en', r)])).toEqual([
      ['birthday', 'Emma（家长 Sarah Lee (415) 555-0134）', 'Turns 1 on 2026-12-08, in 4 days'],
    ]);
    expect(plan.duplicates.groups.map((g) => g.family ?? false)).toEqual([true]);
  });
});
