/**
 * A customer typed twice, once with a value the run flags as wrong (a phone Excel cut to 1.38123E+10,
 * whose last digits no one can recover) and once with it right (13812345678). The wrong value is no
 * value: it does not make its row the more complete one, and the row a merge keeps holds the valid
 * number, the wrong one listed with the merged values and kept in the archive. Nothing is lost, and
 * the customer is not left with a number nobody can call while the right one sits in the archive.
 */
import { DEFAULT_SETTINGS, run, cellText, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2026-12-01';

// The tester's export (h56, 06_导出手机号科学计数_日期混合.csv): 陈立 under 周敏 with his mobile cut to
// 1.38123E+10 and a birthday, and again under 吴昊 with the full 13812345678; both registered the same day.
const EXPORT = [
  ['客户姓名', '手机号码', '座机', '注册日期', '最近购买日期', '生日', '消费金额', '所属销售'],
  ['陈立', '1.38123E+10', '0755-86013388转8021', '45231', '2026-11-02', '1988-12-04', '8,800', '周敏'],
  ['何芳', '13912345678', '020-87654321-203', '2023-11-05', '46000', '12/05/1992', '1200', '周敏'],
  ['许强', '1.59876E+10', '', '44927', '46330', '33600', '5600', '吴昊'],
  ['冯婷', '15876543210', '400-820-8820 转 2', '2024年3月5日', '2026.10.1', '1991.2.30', '300', '吴昊'],
  ['陈立', '13812345678', '0755-86013388', '2023/11/1', '2026-11-25', '', '2000', '吴昊'],
];

// A member list where the row with the cut number is still the more complete one (its e-mail and
// address are on it alone): it is kept, and takes the valid number from the other row.
const MEMBERS = [
  ['姓名', '手机', '邮箱', '地址', '生日', '会员等级'],
  ['陈立', '1.38123E+10', 'chenli88@163.com', '深圳市南山区科技园南路18号', '1988-12-04', '金卡'],
  ['陈立', '13812345678', '', '', '1988-12-04', ''],
];

function planOf(rows: string[][]): Plan {
  const out = run(gridOf(rows), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely', 'review'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

/** The cell of `header` on `sheetRow` as the merged sheet holds it (the merge's write, else the cleaned value, else the value as read). */
function shown(plan: Plan, rows: string[][], sheetRow: number, header: string): string {
  const col = plan.columns.find((c) => c.header === header)!.col;
  const write = plan.merge?.edits.find((e) => e.sheetRow === sheetRow && e.col === col) ?? plan.edits.find((e) => e.sheetRow === sheetRow && e.col === col);
  return write ? cellText(write.after) : rows[sheetRow - 1][col];
}
const mergedValues = (plan: Plan, sheetRow: number) => cellText(plan.merge!.mergedColumn!.values[plan.rows.indexOf(sheetRow)]);
const archivedRow = (plan: Plan, sheetRow: number) => plan.merge!.archive.find((a) => a.sheetRow === sheetRow);

describe('陈立 typed twice, once with his mobile cut to 1.38123E+10 (h56 sheet 06)', () => {
  const plan = planOf(EXPORT);
  const group = plan.duplicates.groups.find((g) => g.rows.includes(2))!;

  it('keeps the row with the full number: a number the run flags as unrecoverable fills nothing in the completeness count', () => {
    expect(group.rows).toEqual([2, 6]);
    expect(group.survivor).toBe(6);
    expect(plan.merge!.removeRows).toEqual([2]);
  });

  it('the kept row holds 13812345678 and takes the birthday only the other row had', () => {
    expect(shown(plan, EXPORT, 6, '手机号码')).toBe('13812345678');
    expect(shown(plan, EXPORT, 6, '生日')).toBe('1988-12-04');
  });

  it('lists the cut number with the merged values and keeps it in the archive as typed: nothing is lost', () => {
    expect(mergedValues(plan, 6)).toContain('手机号码: 1.38123E+10（2026-12-01 原第2行）');
    const archived = archivedRow(plan, 2)!;
    expect(archived.survivorRow).toBe(6);
    expect(archived.cells.map((c) => cellText(c))).toContain('1.38123E+10');
  });

  it('许强, alone with his cut number, keeps it and its flag: there is no valid one to take', () => {
    expect(plan.issues.some((i) => i.sheetRow === 4 && i.code === 'phone.precisionLost')).toBe(true);
  });
});

describe('the kept row holds the wrong value, a duplicate the valid one', () => {
  const plan = planOf(MEMBERS);

  it('keeps the more complete row (its e-mail, address and level), which takes the duplicate\'s valid number', () => {
    expect(plan.duplicates.groups[0].survivor).toBe(2);
    expect(shown(plan, MEMBERS, 2, '手机')).toBe('13812345678');
    const edit = plan.merge!.edits.find((e) => e.sheetRow === 2 && e.field === 'mobile')!;
    expect(edit.reason).toBe('dedupe.fix.valid');
    expect(cellText(edit.before)).toBe('1.38123E+10');
  });

  it('lists its own cut number as the kept row\'s, and drops the flag of a value the cell no longer holds', () => {
    expect(mergedValues(plan, 2)).toContain('手机: 1.38123E+10（第2行）');
    expect(plan.issues.filter((i) => i.sheetRow === 2 && i.code === 'phone.precisionLost')).toEqual([]);
    expect(plan.stats.issuesByCode['phone.precisionLost'] ?? 0).toBe(0);
  });
});

describe('a wrong value never fills the kept row', () => {
  // The kept row (more complete) has no mobile; the other row's mobile is cut.
  const rows = [
    ['姓名', '手机', '邮箱', '地址', '生日', '会员等级'],
    ['陈立', '', 'chenli88@163.com', '深圳市南山区科技园南路18号', '1988-12-04', '金卡'],
    ['陈立', '1.38123E+10', 'chenli88@163.com', '', '1988-12-04', ''],
  ];
  const plan = planOf(rows);

  it('leaves the blank blank, where the cut number would stand unflagged, and lists it with the merged values', () => {
    expect(plan.merge!.removeRows).toEqual([3]);
    expect(plan.merge!.edits.filter((e) => e.field === 'mobile')).toEqual([]);
    expect(mergedValues(plan, 2)).toContain('手机: 1.38123E+10（2026-12-01 原第3行）');
    expect(archivedRow(plan, 3)!.cells.map((c) => cellText(c))).toContain('1.38123E+10');
  });
});

describe('a WeChat cut to 1.39E+10 on the kept row, the duplicate holding it whole', () => {
  // 陈静's 微信 is her mobile; one export of the member list held it as text, another as a CSV's 1.39E+10.
  const plan = planOf([
    ['姓名', '手机', '微信', '邮箱', '地址', '会员等级'],
    ['陈静', '13912345678', '1.39E+10', 'chenjing@163.com', '杭州市西湖区文三路90号', '金卡'],
    ['陈静', '13912345678', '13912345678', '', '', ''],
  ]);

  it('keeps the more complete row, which takes the valid WeChat, the cut one listed with the merged values', () => {
    expect(plan.duplicates.groups[0].survivor).toBe(2);
    const edit = plan.merge!.edits.find((e) => e.sheetRow === 2 && e.field === 'wechat')!;
    expect([edit.reason, cellText(edit.before), cellText(edit.after)]).toEqual(['dedupe.fix.valid', '1.39E+10', '13912345678']);
    expect(mergedValues(plan, 2)).toContain('微信: 1.39E+10（第2行）');
    expect(plan.issues.filter((i) => i.code === 'wechat.precisionLost')).toEqual([]);
  });
});
