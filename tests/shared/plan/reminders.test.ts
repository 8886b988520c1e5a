/** A customer typed twice (not merged yet) in a whole run: reminded once, counted once in the report. */
import { DEFAULT_SETTINGS, run, t } from '../../../shared';
import { gridOf, planOf } from './helpers';

const SHEET = [
  ['客户名称', '手机', '负责人', '生日'],
  ['张伟', '13812345678', '李四', '1990-12-05'],
  ['王芳', '13912345678', '李四', '1988-12-06'],
  ['张伟', '138 1234 5678', '李四', '12月5日'],
];

describe('reminders of duplicate rows', () => {
  it('one birthday reminder for 张伟 typed twice, on the row a merge keeps, naming the other', () => {
    const plan = planOf(SHEET);
    expect(plan.duplicates.groups.map((g) => [g.rows, g.survivor])).toEqual([[[2, 4], 2]]);
    expect(plan.reminders.reminders.map((r) => [r.sheetRow, r.alsoRows ?? null])).toEqual([[2, [4]], [3, null]]);
    expect(plan.reminders.counts.birthday).toBe(2);
  });
});

describe('a customer typed twice, one row blacklisted (a WeChat list)', () => {
  // Today 2024-12-01: 陈晓's birthday is in 4 days, on his fuller row; his other row is tagged 黑名单.
  const sheet = [
    ['备注名', '手机', '生日', '标签'],
    ['陈晓', '13812345678', '', '零食，黑名单'],
    ['陈晓', '138 1234 5678', '1990-12-05', '零食'],
    ['王芳', '13912345678', '1988-12-06', '零食'],
  ];

  it('greets him from neither row: not to be contacted is said of the person, and is silenced once', () => {
    const plan = planOf(sheet);
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'likely']]);
    expect(plan.reminders.reminders.map((r) => [r.kind, r.sheetRow])).toEqual([['birthday', 4]]);
    expect(plan.reminders.silenced).toEqual({ doNotContact: 1, ended: 0, paused: 0 });
  });

  it('and not after a merge either: the kept row holds both rows\' tags', () => {
    const merged = run(gridOf(sheet), { settings: DEFAULT_SETTINGS, today: '2024-12-01', merge: ['exact', 'likely'] });
    if (!merged.ok) throw new Error(merged.problem.code);
    expect(merged.plan.duplicates.groups.map((g) => g.survivor)).toEqual([3]);
    expect(merged.plan.reminders.reminders.map((r) => r.sheetRow)).toEqual([4]);
  });
});

describe('the report of a sheet with duplicate rows', () => {
  it('counts 张伟 typed twice as one customer, and says how many rows the sheet has', () => {
    const plan = planOf(SHEET);
    expect(plan.report.sections.find((s) => s.id === 'customers')!.series).toEqual([
      { id: 'total', label: '客户数', count: 2 },
      { id: 'rows', label: '表格行数（重复录入、尚未合并的客户在上面只算一位）', count: 3 },
    ]);
    expect(plan.report.sections.find((s) => s.id === 'owner')!.series).toEqual([{ id: '李四', label: '李四', count: 2, share: 1 }]);
  });
});

describe('a customer typed twice in an English CRM export, one row without an owner', () => {
  // Today 2024-12-01. Row 3 is the same e-mail, typed again without an owner and with a later contact.
  const plan = planOf([
    ['Name', 'Email', 'Last Contact', 'Renewal Date', 'Owner'],
    ['Robert Jones', 'bob.jones@gmail.com', '2022-01-02', '2024-12-20', 'Mike Chen'],
    ['Robert Jones', 'bob.jones@gmail.com', '2024-11-15', '2024-12-20', ''],
  ]);

  it('reminds Mike Chen once of the renewal, and of no stale record: Robert was contacted on 2024-11-15', () => {
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'likely']]);
    expect(plan.reminders.reminders.map((r) => [r.kind, r.sheetRow, r.owner, r.alsoRows])).toEqual([['contract', 2, 'Mike Chen', [3]]]);
  });
});

describe('a car dealer\'s (4S) sheet', () => {
  // Today 2024-12-01: 张伟's compulsory insurance ends in 19 days, 李娜's car is due its inspection in 9.
  const plan = planOf([
    ['车主', '手机', '车型', '购车日期', '交强险到期', '年检到期', '销售顾问'],
    ['张伟', '13912345678', '帕萨特', '2023-12-20', '2024-12-20', '2025-06-01', '李明'],
    ['李娜', '13812345678', '途观L', '2024-06-18', '2025-06-17', '2024-12-10', '李明'],
  ]);

  it('reminds the sales adviser of the insurance renewal and of the inspection, each named', () => {
    expect(plan.reminders.reminders.map((r) => [r.kind, r.sheetRow, r.owner, r.customer, r.due])).toEqual([
      ['contract', 3, '李明', '李娜', '2024-12-10'],
      ['contract', 2, '李明', '张伟', '2024-12-20'],
    ]);
    expect(plan.reminders.reminders.map((r) => t('zh-CN', r.reason.code, r.reason.params))).toEqual([
      '年检 2024-12-10 到期，还有 9 天（提前 30 天提醒）',
      '交强险 2024-12-20 到期，还有 19 天（提前 30 天提醒）',
    ]);
  });
});

describe('a birthday a platform filled in for everyone (有赞: 1990-01-01)', () => {
  const MEMBERS = [
    ['会员昵称', '姓名', '手机号', '生日', '累计消费金额'],
    ['A', '张伟', '13811110001', '1990-01-01', '300'],
    ['B', '张伟', '', '1990-01-01', '0'],
    ['C', '王芳', '13811110003', '1990-01-01', '0'],
    ['D', '李娜', '13811110004', '1985-01-03', '0'],
  ];

  it('is said once per cell, reminds no one, and makes no two 张伟 one customer', () => {
    const p = planOf(MEMBERS, {}, {});
    const standIn = p.issues.filter((i) => i.rule === 'birthday.standIn');
    expect(standIn.map((i) => [i.sheetRow, i.params])).toEqual([2, 3, 4].map((row) => [row, { value: '1990-01-01', count: 3 }]));
    // Today is 2024-12-01: 李娜's 3 January is a month away, and no one is reminded of 1 January.
    const late = run(gridOf(MEMBERS), { settings: DEFAULT_SETTINGS, today: '2024-12-28' });
    if (!late.ok) throw new Error(late.problem.code);
    expect(late.plan.reminders.reminders.map((r) => [r.kind, r.customer])).toEqual([['birthday', '李娜']]);
    expect(p.duplicates.groups).toEqual([]);
  });

  it('a real 1 January birthday, once in the column, is reminded', () => {
    const one = run(gridOf([['姓名', '手机', '生日'], ['张伟', '13811110001', '1990-01-01'], ['王芳', '13811110003', '1988-05-02'], ['李娜', '13811110004', '1985-07-03']]), { settings: DEFAULT_SETTINGS, today: '2024-12-28' });
    if (!one.ok) throw new Error(one.problem.code);
    expect(one.plan.reminders.reminders.map((r) => r.customer)).toEqual(['张伟']);
  });
});

describe('a key-account sheet, one row per contact (TODAY 2024-12-01)', () => {
  // 华强's 账期 ends on 12-20 on each of its three contacts' rows; 精工's on 12-15.
  const sheet = [
    ['客户编码', '公司名称', '联系人', '手机', '生日', '账期到期日', '销售'],
    ['KH001', '深圳市华强电子有限公司', '王建国', '13800138000', '', '2024-12-20', '李明'],
    ['KH001', '深圳市华强电子有限公司', '陈丽', '13922334455', '1990-12-08', '2024-12-20', '李明'],
    ['KH001', '深圳市华强电子有限公司', '赵工', '13700001234', '', '2024-12-20', '李明'],
    ['KH002', '东莞精工模具厂', '刘强', '13512345678', '', '2024-12-15', '张伟'],
  ];

  it('reminds once of the account\'s 账期, naming the company and its contacts, on its first row', () => {
    const plan = planOf(sheet);
    const ends = plan.reminders.reminders.filter((r) => r.kind === 'contract');
    expect(ends.map((r) => [r.sheetRow, r.customer, r.alsoRows ?? null])).toEqual([
      [5, '刘强 · 东莞精工模具厂', null],
      [2, '深圳市华强电子有限公司 · 王建国、陈丽、赵工', [3, 4]],
    ]);
    expect(plan.reminders.counts.contract).toBe(2);
  });

  it('keeps a contact\'s own birthday his', () => {
    const plan = planOf(sheet);
    expect(plan.reminders.reminders.filter((r) => r.kind === 'birthday').map((r) => [r.sheetRow, r.customer])).toEqual([[3, '陈丽 · 深圳市华强电子有限公司']]);
  });

  it('reminds each account of its own contract when two accounts end on one day', () => {
    const two = sheet.map((r, i) => (i === 4 ? [r[0], r[1], r[2], r[3], r[4], '2024-12-20', '李明'] : r));
    const plan = planOf(two);
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => r.sheetRow).sort()).toEqual([2, 5]);
  });
});
