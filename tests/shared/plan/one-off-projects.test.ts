/**
 * A 家装 firm's 业主档案 (tester h70's 装修 sheet): one row per house, the project's 开工 and 预计竣工, its
 * 工程状态, the 回访 after the handover and what the 回访记录 says. A renovation is bought once. What is due
 * is the project's completion (即将竣工, 逾期未竣工 while it is not done) and each 回访 not made yet; a
 * visit its record shows made (满意) is done and the owner's last contact; a house handed over (已竣工)
 * has no completion due, and no customer of such a sheet goes "dormant" 91 days after he signed.
 */
import { reminderKindText, reminderText } from '../../../shared/remind/reminder-text';
import { planOf } from './helpers';

type Plan = ReturnType<typeof planOf>;

// TODAY is 2024-12-01.
const RENO = [
  ['业主', '联系电话', '小区/楼盘', '门牌', '开工日期', '预计竣工', '工程状态', '合同金额', '回访日期', '回访记录'],
  ['陈建国', '13611112222', '万科城', '5栋1单元1202', '2024-09-01', '2024-12-08', '施工中', '18.6万', '', ''], // r2: being built, hands over in 7 days
  ['卫红梅', '15012345678', '保利花园', '3-2-801', '2024-06-01', '2024-09-30', '已竣工', '126000', '2024-11-25', ''], // r3: 回访 planned, not made: 6 days overdue
  ['钱梓萱', '18889147400', '绿地新都会', '5栋2单元3003', '2024-03-08', '2024-07-15', '已竣工', '195000', '2024-10-31', '满意'], // r4: visited, satisfied
  ['曹雪', '15068915915', '中海锦苑', '3栋3单元1401', '2024-08-13', '2024-11-11', '已竣工', '195000', '2024-11-20', '满意，尾款已结清'], // r5: handed over on time
  ['薛勇', '18862245893', '绿地新都会', '10栋1单元903', '2024-08-12', '2024-11-20', '施工中', '130000', '', ''], // r6: late, still building
  ['沈玉兰', '18812340000', '金地名津', '6-3-502', '2023-03-01', '2023-07-01', '已竣工', '88000', '2023-08-01', '满意'], // r7: visited last year
  ['李浩然', '13765372741', '龙湖天街', '14栋1单元2103', '2024-05-05', '2024-09-27', '已竣工', '195000', '2024-11-09', '11/5 电话未接'], // r8: the record's call came before the 回访
  ['许伟', '15900001234', '中海锦苑', '2栋1单元501', '2024-04-13', '2024-07-19', '已竣工', '175000', '2024-07-25', '满意'], // r9: satisfied, 129 days ago
];

const listed = (plan: Plan) => plan.reminders.reminders.map((r) => [r.sheetRow, r.kind]).sort((a, b) => (a[0] as number) - (b[0] as number));
const of = (plan: Plan, row: number) => plan.reminders.reminders.filter((r) => r.sheetRow === row);

describe('a 装修 firm\'s owners: what is due is a completion not done and a 回访 not made', () => {
  const plan = planOf(RENO);

  it('lists the house handing over, the late one, and the two 回访 not made; nothing for the finished, satisfied owners', () => {
    expect(listed(plan)).toEqual([[2, 'contract'], [3, 'followUp'], [6, 'contractExpired'], [8, 'followUp']]);
  });

  it('says a completion is due, then overdue and not done, never "expired", in both languages', () => {
    const [soon] = of(plan, 2);
    const [late] = of(plan, 6);
    expect(reminderText('zh-CN', soon)).toBe('预计 2024-12-08 竣工，还有 7 天（提前 7 天提醒）');
    expect(reminderText('zh-CN', late)).toBe('逾期未竣工：预计 2024-11-20 竣工，已逾期 11 天');
    expect(reminderText('en', soon)).toBe('Completion due on 2024-12-08, in 7 days (7-day reminder)');
    expect(reminderText('en', late)).toBe('Completion was due on 2024-11-20 and is not marked done, 11 days overdue');
    expect([reminderKindText('zh-CN', 'contract', '竣工'), reminderKindText('zh-CN', 'contractExpired', '竣工')]).toEqual(['即将竣工', '逾期未竣工']);
    expect([reminderKindText('en', 'contract', '竣工'), reminderKindText('en', 'contractExpired', '竣工')]).toEqual(['Completion due', 'Completion overdue']);
  });

  it('counts no house handed over (已竣工) among the contracts long ended', () => {
    expect(plan.reminders.expired?.count ?? 0).toBe(0);
  });

  it('reads a 回访 its record shows made as the owner\'s last contact: 钱梓萱 is active, 沈玉兰 (last visited 2023) lost', () => {
    const activity = (row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!.labels.activity;
    expect([activity(4), activity(7)]).toEqual(['active', 'lost']);
  });

  it('keeps an overdue 回访 whose record dates only an earlier call (11/5 电话未接 before the 11-09 visit)', () => {
    expect(reminderText('zh-CN', of(plan, 8)[0])).toBe('计划于 2024-11-09 的跟进已逾期 22 天');
  });

  it('reads the 回访记录 column, so it is not listed as unread', () => {
    expect(plan.unreadColumns?.map((c) => c.header) ?? []).not.toContain('回访记录');
  });

  it('reminds no key customer dormant: neither 陈建国 whose house is being built, nor 许伟 satisfied four months ago', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'highValueDormant')).toEqual([]);
    expect(plan.classification.rows.find((r) => r.sheetRow === 9)!.labels).toMatchObject({ tier: 'high', activity: 'dormant' });
  });

  it('reminds them with remind.highValueDormant.oneOffProjects, but never one whose project still runs', () => {
    const told = planOf(RENO, { remind: { highValueDormant: { oneOffProjects: true } } });
    // 卫红梅 and 李浩然 signed in spring and were not reached since; 陈建国 and 薛勇 are being built.
    expect(told.reminders.reminders.filter((r) => r.kind === 'highValueDormant').map((r) => r.customer).sort()).toEqual(['卫红梅', '李浩然', '许伟'].sort());
  });
});

// The same kind of sheet from a builder in England: Project Status, Expected Completion, Visit Notes.
const BUILDER = [
  ['Client', 'Mobile', 'Site Address', 'Start Date', 'Expected Completion', 'Project Status', 'Contract Value', 'Follow-up Date', 'Visit Notes'],
  ['James Smith', '07700 900123', '14 Elm Road, Leeds', '2024-09-02', '2024-12-06', 'In progress', '£68,000', '', ''],
  ['Emily Clark', '07700 900124', '3 Mill Lane, York', '2024-03-04', '2024-07-12', 'Completed', '£54,000', '2024-10-28', 'Happy with the kitchen'],
  ['Oliver Brown', '07700 900125', '9 High St, Harrogate', '2024-05-13', '2024-09-20', 'Completed', '£72,500', '2024-11-25', ''],
];

describe('an English builder\'s projects', () => {
  const plan = planOf(BUILDER, { phone: { defaultRegion: 'GB' } });

  it('reminds the completion coming and the visit not made, and nothing for the finished, visited client', () => {
    expect(listed(plan)).toEqual([[2, 'contract'], [4, 'followUp']]);
    expect(reminderText('en', of(plan, 2)[0])).toBe('Completion due on 2024-12-06, in 5 days (7-day reminder)');
  });
});

describe('a house handed over with its 尾款 still owed (tester h70 #3: 蒋大勇, 已竣工, 尾款 35000)', () => {
  // TODAY is 2024-12-01. The 尾款 column is the money still owed: a finished project has no completion due, but its
  // balance is still the firm's to collect, reminded to the owner until the column is 0 or empty.
  const OWED = [
    ['业主', '联系电话', '小区/楼盘', '预计竣工', '工程状态', '合同金额', '尾款', '设计师'],
    ['蒋大勇', '13912345678', '万科城', '2024-10-15', '已竣工', '180000', '35000', '刘洋'], // r2: handed over 47 days ago, owes 35000
    ['曹雪', '15068915915', '中海锦苑', '2024-11-11', '已竣工', '195000', '0', '张敏'], // r3: handed over, paid up
    ['薛勇', '18862245893', '绿地新都会', '2024-11-20', '施工中', '130000', '40000', '刘洋'], // r4: late, still building
  ];
  const plan = planOf(OWED);

  it('reminds the balance of the finished house, not a completion, and nothing for the one paid up', () => {
    expect(listed(plan)).toEqual([[2, 'contractExpired'], [4, 'contractExpired']]);
    expect(reminderText('zh-CN', of(plan, 2)[0])).toBe('竣工 2024-10-15 已过 47 天，尾款 35000 未结清');
    expect(reminderText('en', of(plan, 2)[0])).toBe('"竣工" was on 2024-10-15, 47 days ago: 尾款 35000 still owed');
    expect(reminderText('zh-CN', of(plan, 4)[0])).toBe('逾期未竣工：预计 2024-11-20 竣工，已逾期 11 天');
  });

  it('leaves a finished house no longer owing out of the reminders', () => {
    expect(of(plan, 3)).toEqual([]);
  });
});
