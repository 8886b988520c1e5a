/**
 * A school's pupil is reached through a parent: the reminder names the parent and the number to call
 * (王子涵（家长 王建国 13800138000）), read from 家长姓名 / 监护人 and 家长电话. A remark that is (mainly) a
 * leaving word (退学, 已退学, 退卡, 已流失) stops the renewal reminders as a status would, and the
 * issues list says why, in zh-CN and en.
 */
import { reminderText, resolveSettings, run, t, type Grid, type Plan, type Cell } from '../../../shared';

const TODAY = '2026-12-01';

function planOf(rows: string[][], language: 'zh-CN' | 'en' = 'zh-CN'): Plan {
  const settings = resolveSettings({ language });
  if (!settings.ok) throw new Error('settings');
  const grid: Grid = { sheetName: '学员', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map((v): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v }))) };
  const out = run(grid, { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

// After tester h57's 04_培训学校_学员_GBK.csv.
const HEAD = ['学员姓名', '性别', '出生日期', '年级', '家长姓名', '家长电话', '课程', '课时剩余', '已缴学费', '续费日期', '最近上课', '班主任', '备注'];
const ROSTER = [
  HEAD,
  ['王子涵', '男', '2016-03-12', '四年级', '王建国', '13800138000', '少儿编程', '4', '6800', '2026-12-06', '2026-11-29', '陈老师', '快续费了'],
  ['李若曦', '女', '2015-07-21', '五年级', '张丽', '13900139000', '英语', '0', '4800', '2026-12-10', '2026-11-15', '刘老师', '差点退学，已挽回'],
  ['孙悦', '女', '2014-12-02', '六年级', '孙强、李梅', '13600136000', '英语', '2', '4800', '2026-12-02', '2026-11-30', '刘老师', '退学'],
  ['周宇', '男', '2016-01-09', '四年级', '', '13500135000', '英语', '3', '4800', '2026-12-03', '2026-11-30', '刘老师', '已退卡（转校）'],
];

const reminderOf = (plan: Plan, customer: string, kind: string) => plan.reminders.reminders.find((r) => r.customer.startsWith(customer) && r.kind === kind);

describe('the reminder names the parent to call', () => {
  const plan = planOf(ROSTER);

  it('reads 家长姓名 as the parent, a column of its own, left as typed', () => {
    expect(plan.columns.find((c) => c.header === '家长姓名')?.field).toBe('guardian');
    expect(plan.edits.filter((e) => e.col === 4)).toEqual([]);
  });

  it('names the parent and the number in the reminder: 王子涵（家长 王建国 13800138000）', () => {
    expect(reminderOf(plan, '王子涵', 'contract')?.customer).toBe('王子涵（家长 王建国 13800138000）');
  });

  it('says it in English in an English run', () => {
    expect(reminderOf(planOf(ROSTER, 'en'), '王子涵', 'contract')?.customer).toBe('王子涵 (parent 王建国 13800138000)');
  });

  it('reads a 联系人 beside the pupil as the parent too', () => {
    const contact = planOf([
      ['学员姓名', '联系人', '联系电话', '续费日期', '班主任'],
      ['林一诺', '林海', '13711112222', '2026-12-05', '陈老师'],
    ]);
    expect(contact.columns.find((c) => c.header === '联系人')?.field).toBe('guardian');
    expect(reminderOf(contact, '林一诺', 'contract')?.customer).toBe('林一诺（家长 林海 13711112222）');
  });

  it('names the pupil alone where no parent is written', () => {
    const plain = planOf(ROSTER.map((r) => r.filter((_, i) => i !== 4)));
    expect(reminderOf(plain, '王子涵', 'contract')?.customer).toBe('王子涵');
  });
});

describe('a remark that says the pupil left stops the renewal reminders, and says why', () => {
  const plan = planOf(ROSTER);

  it('reminds no renewal of 孙悦 (备注 退学) nor of 周宇 (备注 已退卡（转校）); her birthday greeting still comes', () => {
    expect(reminderOf(plan, '孙悦', 'contract')).toBeUndefined();
    expect(reminderOf(plan, '周宇', 'contract')).toBeUndefined();
    expect(reminderOf(plan, '孙悦', 'birthday')).toBeDefined();
    expect(plan.reminders.silenced.ended).toBe(2);
  });

  it('still reminds a remark that only mentions the word (差点退学，已挽回) or says nothing of leaving (快续费了)', () => {
    expect(reminderOf(plan, '李若曦', 'contract')).toBeDefined();
    expect(reminderOf(plan, '王子涵', 'contract')).toBeDefined();
  });

  it('puts a note on the remark, in zh-CN and en', () => {
    const notes = plan.issues.filter((i) => i.code === 'rule.noteSaysLeft');
    expect(notes.map((i) => i.sheetRow)).toEqual([4, 5]);
    const [sun] = notes;
    expect(t('zh-CN', sun.code, sun.params)).toBe('备注“退学”说明客户已离开（退学、退卡或流失）：不再提醒续费、到期和长期未联系；若仍是客户，请改写备注。');
    expect(t('en', sun.code, sun.params)).toBe('The remark "退学" says the customer has left (withdrew, cancelled or churned): no renewal, expiry or long-silence reminders; if still a customer, reword the remark.');
  });
});

describe('the parent beside a 撞单 text', () => {
  it('keeps the text after the parent (reminderText reads the reason, not the customer)', () => {
    const r = reminderOf(planOf(ROSTER), '王子涵', 'contract')!;
    expect(reminderText('zh-CN', r)).toBe('续费 2026-12-06 到期，还有 5 天（提前 7 天提醒）');
  });
});

/** A UK sheet, read as the tester's was: British numbers, day-first dates. */
function ukPlan(rows: string[][]): Plan {
  const settings = resolveSettings({ language: 'en', phone: { defaultRegion: 'GB' }, dates: { ambiguous: 'day-first' } });
  if (!settings.ok) throw new Error('settings');
  const grid: Grid = { sheetName: 'Students', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map((v): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v }))) };
  const out = run(grid, { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

describe('the number beside the parent is the parent\'s column\'s, never the pupil\'s own mobile', () => {
  // After tester h79's UK tutoring agency: the pupil's own Student Mobile before the Parent Phone.
  // A tutor who rings the number labelled as the parent's must not reach the child (h79 #2).
  const TUTORING = [
    ['Student Name', 'Student Mobile', 'Parent/Guardian', 'Parent Phone', 'Tutor', 'Package Expiry'],
    ['Liam Chen', '07911 222333', 'Wei Chen', '+44 7911 444555', 'Dr Ruth Okafor', '10/12/2026'],
    ['Oliver Patel', '07700 100000', 'Sarah Patel', '07800 200000', 'Ms Hannah Price', '05/12/2026'],
    ["Jack O'Reilly", '', "Niamh O'Reilly", '07700 900123', 'Mr Tom Alder', '04/12/2026'],
  ];
  const plan = ukPlan(TUTORING);
  const parentOf = (name: string) => plan.reminders.reminders.find((r) => r.customer.startsWith(name))?.customer;

  it('gives the Parent Phone of a pupil who has a mobile of his own', () => {
    expect(parentOf('Liam Chen')).toContain('parent Wei Chen');
    expect(parentOf('Liam Chen')).not.toContain('222333');
    expect(parentOf('Liam Chen')).toMatch(/parent Wei Chen (\+44 )?7911 444555|parent Wei Chen 07911 444555/);
    expect(parentOf('Oliver Patel')).toBe('Oliver Patel (parent Sarah Patel 07800 200000)');
  });

  it('still gives the parent\'s number where the pupil has none', () => {
    expect(parentOf("Jack O'Reilly")).toBe("Jack O'Reilly (parent Niamh O'Reilly 07700 900123)");
  });

  it('reads 家长电话 beside 学员手机 the same way', () => {
    const zh = planOf([
      ['学员姓名', '学员手机', '家长姓名', '家长电话', '续费日期', '班主任'],
      ['王子涵', '13511112222', '王建国', '13800138000', '2026-12-06', '陈老师'],
    ]);
    expect(reminderOf(zh, '王子涵', 'contract')?.customer).toBe('王子涵（家长 王建国 13800138000）');
  });

  it('names no number rather than the pupil\'s own where no column is the parent\'s', () => {
    const own = ukPlan([
      ['Student Name', 'Student Mobile', 'Parent/Guardian', 'Tutor', 'Package Expiry'],
      ['Aisha Rahman', '07722 123456', 'Farah Rahman', 'Mr Tom Alder', '05/12/2026'],
    ]);
    expect(own.reminders.reminders.find((r) => r.customer.startsWith('Aisha'))?.customer).toBe('Aisha Rahman (parent Farah Rahman)');
  });
});
