/** Taiwanese sheets written in 民國 years: their dates, their reminders and their duplicates. */
import { t } from '../../../shared';
import { run, resolveSettings } from '../../../shared';
import { after, gridOf, planOf, TODAY } from './helpers';

function resolveOk(input: object) {
  const r = resolveSettings(input);
  if (!r.ok) throw new Error('settings');
  return r.settings;
}

// Helpers' TODAY is 2024-12-01: 民國 113. A Taiwanese agent's 客戶名單 (Traditional headers, mapped as
// the tester's tw_cfg.json maps them): birthdays in every way Taiwan writes them, policies ending in
// 民國 years. 林志明 is typed twice, once in 民國 years and once in the Western calendar.
const OVERRIDES = { headers: { overrides: { 客戶姓名: 'name', 行動電話: 'mobile', 生日: 'birthday', 保單號碼: 'orderId', 保單到期日: 'contractEnd', 業務員: 'owner' } } };
const HEADER = ['客戶姓名', '身分證字號', '行動電話', '生日', '保單號碼', '保單到期日', '業務員'];
const AGENT = [
  HEADER,
  ['林志明', 'A110000004', '0912-345-678', '75/12/08', 'TL00001000', '113/12/20', '陳經理'],
  ['陳美玲', 'B210135792', '0922-345-678', '民國75年12月9日', 'TL00001001', '2024/12/08', '陳經理'],
  ['張家豪', 'A123456782', '0932-345-678', '0751210', 'TL00001002', '113.12.25', '林襄理'],
  ['謝承恩', 'K111629486', '0958-111-333', '71年12月3日', 'TL00001012', '', '林襄理'],
  ['林志明', 'A110000004', '0912 345 678', '1986/12/8', 'TL00001000', '2024/12/20', '陳經理'],
];

describe('a Taiwanese agent\'s list written in 民國 years', () => {
  const plan = planOf(AGENT, OVERRIDES);

  it.each([
    [2, '生日', '1986-12-08', 'a two-digit year in a column that writes 民國 years is one (not 1975)'],
    [3, '生日', '1986-12-09', '民國 said'],
    [4, '生日', '1986-12-10', 'seven digits yyymmdd'],
    [5, '生日', '1982-12-03', '71年 in a 民國 column is 1982 (not 1971)'],
    [2, '保單到期日', '2024-12-20', 'three-digit year'],
    [4, '保單到期日', '2024-12-25', 'three-digit year, dotted'],
  ])('row %i %s is read as %s (%s), its cell kept in 民國 years', (row, header) => {
    // Read, not written: the reminders and the duplicates below see the day (tester h72 #25).
    expect(after(plan, row, header)).toBeNull();
  });

  it('writes a 西元 date typed loosely (2024/12/08) as before', () => {
    expect(after(plan, 3, '保單到期日')).toEqual({ kind: 'date', value: '2024-12-08' });
  });

  it('says which two-digit years it read as 民國 years', () => {
    expect(plan.issues.filter((i) => i.code.startsWith('date.')).map((i) => [i.sheetRow, i.code, i.params?.year])).toEqual([
      [2, 'date.rocYear', 1986],
      [5, 'date.rocYear', 1982],
    ]);
  });

  it('wishes 林志明 a happy 38th birthday, not a 49th', () => {
    const birthdays = plan.reminders.reminders.filter((r) => r.kind === 'birthday' && r.customer === '林志明');
    expect(birthdays.map((r) => t('zh-CN', r.reason.code, r.reason.params))).toEqual([expect.stringContaining('满 38 岁')]);
  });

  it('reminds of the policies ending this December written in 民國 years', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => r.customer).sort()).toEqual(['張家豪', '林志明', '陳美玲'].sort());
  });

  it('finds 林志明 typed in both calendars one customer with one birthday', () => {
    const group = plan.duplicates.groups.find((g) => g.rows.includes(2));
    expect(group?.rows).toEqual([2, 6]);
    expect(group?.reasons.map((r) => r.code)).not.toContain('dedupe.reason.birthday.differ');
  });
});

describe('民國 dates an .xlsx holds as numbers', () => {
  // A bank system's export opened in Excel: 0750308 became the number 750308, 1151220 stayed seven digits.
  const grid = gridOf([['客戶姓名', '行動電話', '生日', '保單到期日'], ['林志明', '0912-345-678', '', ''], ['陳美玲', '0922-345-678', '', '']]);
  grid.cells[1][2] = { kind: 'number', value: 750308 };
  grid.cells[1][3] = { kind: 'number', value: 1131220 };
  grid.cells[2][2] = { kind: 'number', value: 751209 };
  const out = run(grid, { settings: resolveOk(OVERRIDES), today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);

  it('reads the seven digits, and with them the six whose zero the number dropped', () => {
    expect(after(out.plan, 2, '保單到期日')).toEqual({ kind: 'date', value: '2024-12-20' });
    expect(after(out.plan, 2, '生日')).toEqual({ kind: 'date', value: '1986-03-08' });
    expect(after(out.plan, 3, '生日')).toEqual({ kind: 'date', value: '1986-12-09' });
  });
});

describe('a sheet with no 民國 date said so', () => {
  // Nothing tells 75/03/08 is 民國 75. A mainland sheet (138 mobiles, Simplified) writes no 民國 year:
  // read in the century (tester h76 #11); one that shows Taiwan (Traditional headers) says it may be one.
  const plan = planOf([
    ['姓名', '手机', '生日'],
    ['王芳', '13812345678', '75/03/08'],
    ['李娜', '13912345678', '1990-05-06'],
  ]);

  it('reads a mainland sheet\'s 75/03/08 as 1975, with no 民國 year offered', () => {
    expect(after(plan, 2, '生日')).toEqual({ kind: 'date', value: '1975-03-08' });
    expect(plan.issues.filter((i) => i.sheetRow === 2 && i.code.startsWith('date.'))).toEqual([]);
  });

  it('reads 75/03/08 as 1975 and says it may be 民國 75 (1986) where the sheet is written in Traditional characters', () => {
    // A birthday whose year is in doubt stays as typed, so every run says it until the year is settled (tester h60).
    const shown = planOf([['姓名', '手機', '生日'], ['王麗華', '13812345678', '75/03/08'], ['陳國強', '13912345678', '1990-05-06']]);
    expect(after(shown, 2, '生日')).toBeNull();
    const issue = shown.issues.find((i) => i.sheetRow === 2 && i.code.startsWith('date.'))!;
    expect(t('zh-CN', issue.code, issue.params)).toBe('“75/03/08”的年份只有两位，可能是 1975 年；如果是民国纪年，则是 1986 年：单元格保持原样，按月日照常提醒（不计年龄）；请改为四位年份。');
  });

  const rocRead = (p: ReturnType<typeof planOf>) => p.issues.filter((i) => i.sheetRow === 2 && i.code === 'date.rocYear').map((i) => i.params?.year);

  it('reads it as 民國 75 when the settings say the sheet writes 民國 years', () => {
    expect(rocRead(planOf([['姓名', '手机', '生日'], ['王芳', '13812345678', '75/03/08']], { dates: { era: 'roc' } }))).toEqual([1986]);
  });

  it('reads it as 民國 75 in a sheet read for Taiwan', () => {
    expect(rocRead(planOf([['姓名', '手机', '生日'], ['王芳', '0912345678', '75/03/08']], { phone: { defaultRegion: 'TW' } }))).toEqual([1986]);
  });
});

describe('a term column in 民國 years', () => {
  // An old policy list reopened: 99/01/01-99/12/31 is 民國 99, the year 2010.
  const sheet = gridOf([['客戶姓名', '行動電話', '保險期間'], ['林志明', '0912-345-678', '99/01/01-99/12/31']]);
  const reminded = (input: object) => {
    const out = run(sheet, { settings: resolveOk(input), today: '2010-12-15' });
    if (!out.ok) throw new Error(out.problem.code);
    return out.plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => r.due);
  };

  it('ends where dates.era says its two-digit years are', () => {
    expect(reminded({ dates: { era: 'roc' } })).toEqual(['2010-12-31']);
    expect(reminded({ dates: { era: 'gregorian' } })).toEqual([]);
  });
});
