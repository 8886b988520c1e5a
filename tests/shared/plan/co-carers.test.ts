/**
 * Two teachers, doctors or coaches of one client are co-carers, not a sales conflict (撞单): when the
 * owner column names a service role (班主任, 老师, 主治医生, 教练, 美容师 …), a pupil in two courses with
 * two 班主任, or a patient registered twice with two doctors, has two service records, each kept with
 * its own carer, and each carer's reminder names the other as a co-carer. A sales rep's column
 * (课程顾问, 销售) keeps calling two reps of one customer 撞单.
 */
import { cellText, reminderText, resolveSettings, run, t, type Grid, type Plan, type Cell } from '../../../shared';
import { isServiceRoleHeader } from '../../../shared/schema/service-roles';

const TODAY = '2026-12-01';

function gridOf(rows: string[][]): Grid {
  return { sheetName: '学员', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map((v): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v }))) };
}

function planOf(rows: string[][], merge = false, input: object = {}): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: settings.settings, today: TODAY, ...(merge ? { merge: ['exact', 'likely'] as const } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const tierOf = (plan: Plan, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)?.labels.tier;
const reasons = (plan: Plan, row: number) => {
  const col = plan.addedColumns.find((c) => c.id === 'class.reasons')!;
  return cellText(col.values[plan.rows.indexOf(row)]).split('；');
};
const texts = (plan: Plan, lang: 'zh-CN' | 'en', customer: string) =>
  plan.reminders.reminders.filter((r) => r.customer.startsWith(customer)).map((r) => `${r.owner}|${r.kind}|${reminderText(lang, r)}`);

// After tester h57's 04_培训学校_学员_GBK.csv: 赵一鸣 in two courses, two 班主任.
const SCHOOL_HEAD = ['学员姓名', '性别', '出生日期', '年级', '家长姓名', '家长电话', '课程', '课时剩余', '已缴学费', '续费日期', '最近上课', '班主任', '备注'];
const school = (owner = '班主任') => [
  SCHOOL_HEAD.map((h) => (h === '班主任' ? owner : h)),
  ['王子涵', '男', '2016-03-12', '四年级', '王建国', '13800138000', '少儿编程', '4', '6800', '2026-12-06', '2026-11-29', '陈老师', '快续费了'],
  ['赵一鸣', '男', '2017-12-08', '三年级', '赵刚', '13700137000', '数学思维', '8', '5200', '2026-12-20', '2026-11-30', '陈老师', ''],
  ['赵一鸣', '男', '2017-12-08', '三年级', '赵刚', '137 0013 7000', '英语', '12', '4800', '2027-01-10', '2026-11-28', '刘老师', '同时报两门'],
];

// After tester h57's 05_口腔诊所_患者_Unicode文本.txt: 钱芳 registered twice, two 病历号, two doctors.
const CLINIC = [
  ['病历号', '患者姓名', '性别', '手机号码', '生日', '初诊日期', '复诊日期', '疗程', '储值余额', '累计消费', '主治医生', '状态'],
  ['0001023', '钱芳', '女', '13512345671', '1985-12-04', '2025-03-02', '2026-12-03', '正畸 第8次/共24次', '3000.00', '18600.00', '张医生', '治疗中'],
  ['0001024', '吴昊', '男', '13512345672', '', '2026-10-11', '2026-12-01', '种植 二期', '0.00', '12800.00', '张医生', '治疗中'],
  ['0001027', '钱芳', '女', '135 1234 5671', '1985-12-04', '2026-09-09', '2027-03-09', '洁牙', '0.00', '380.00', '李医生', '复诊'],
];

describe('service roles are read from the owner column\'s header, as data', () => {
  it.each(['班主任', '老师', '任课老师', '主治医生', '医生', '教练', '私教', '私教教练', '服务顾问', '美容师', 'Coach', 'Teacher', 'Doctor'])('%s is a service role', (h) => {
    expect(isServiceRoleHeader(h)).toBe(true);
  });
  it.each(['负责人', '销售', '课程顾问', '顾问老师', '学管老师', '会籍顾问', '销售顾问', '客户经理', 'Sales Rep', 'Account Manager', '录入人'])('%s is a sales owner, not a service role', (h) => {
    expect(isServiceRoleHeader(h)).toBe(false);
  });
});

describe('a pupil in two courses with two 班主任: co-carers, two enrolments, no 撞单', () => {
  const plan = planOf(school());
  const g = plan.duplicates.groups.find((x) => x.rows.includes(3))!;

  it('keeps the two enrolments as records, says why, and calls no 撞单', () => {
    expect([g.rows, g.confidence, g.records]).toEqual([[3, 4], 'review', true]);
    expect(g.ownerConflict).toBeUndefined();
    expect(g.possibleOwnerConflict).toBeUndefined();
    expect(g.reasons.map((r) => t('zh-CN', r.code, r.params))).toContain('班主任不同（陈老师 / 刘老师）：同一客户由几位服务人员共同服务，是各自的服务记录，不是撞单，各自保留');
    expect(g.reasons.map((r) => t('en', r.code, r.params))).toContain('different 班主任 (陈老师 / 刘老师): one client cared for by several staff, each row their own service record, not a sales conflict; each kept');
    expect(plan.report.sections.find((s) => s.id === 'duplicates')?.series?.find((x) => x.id === 'ownerConflicts')?.count ?? 0).toBe(0);
  });

  // One birthday, one greeting (tester h68/h69): to the teacher of the row he is counted on (row 4), naming the other.
  it('tells the teacher of his kept row once that the other teaches him too, never 撞单', () => {
    const zh = texts(plan, 'zh-CN', '赵一鸣');
    expect(zh.join('\n')).not.toMatch(/撞单/);
    expect(zh.filter((l) => l.includes('|birthday|'))).toEqual(['刘老师|birthday|2026-12-08 满 9 岁生日，还有 7 天（同一客户的第 3 行由 陈老师 共同服务）']);
    expect(texts(plan, 'en', '赵一鸣')).toContain('刘老师|birthday|Turns 9 on 2026-12-08, in 7 days (the same client is also cared for by: row 3 by 陈老师)');
  });

  it('reminds each course\'s renewal to its own teacher: one course\'s end is no renewal of the other', () => {
    const due = plan.reminders.reminders.filter((r) => r.customer.startsWith('赵一鸣') && r.kind === 'contract').map((r) => `${r.owner} ${r.due}`);
    expect(due).toEqual(['陈老师 2026-12-20']);
  });

  it('still calls two 课程顾问 (sales reps) of one pupil 撞单', () => {
    const sales = planOf(school('课程顾问'));
    const s = sales.duplicates.groups.find((x) => x.rows.includes(3))!;
    expect(s.ownerConflict?.owners.sort()).toEqual(['刘老师', '陈老师'].sort());
    expect(texts(sales, 'zh-CN', '赵一鸣').join('\n')).toMatch(/撞单/);
  });
});

describe('a patient registered twice with two doctors (two 病历号): two treatment records, no 撞单', () => {
  it('is no likely copy to merge: --merge keeps both rows, both 复诊 and both spends', () => {
    const plan = planOf(CLINIC, true);
    const g = plan.duplicates.groups.find((x) => x.rows.includes(2))!;
    expect([g.rows, g.confidence, g.records, g.ownerConflict]).toEqual([[2, 4], 'review', true, undefined]);
    expect(plan.merge?.removeRows ?? []).toEqual([]);
    expect(g.reasons.map((r) => t('zh-CN', r.code, r.params))).toContain('主治医生不同（张医生 / 李医生）：同一客户由几位服务人员共同服务，是各自的服务记录，不是撞单，各自保留');
  });

  it('keeps each doctor\'s next appointment reminded after --merge: 张医生\'s 2026-12-03 and 李医生\'s 2027-03-09, each in its row', () => {
    const plan = planOf(CLINIC, true, { remind: { followUp: { daysAhead: 120 } } });
    const visits = plan.reminders.reminders.filter((r) => r.customer === '钱芳' && r.kind === 'followUp').map((r) => `${r.owner} ${r.due} row ${r.sheetRow}`);
    expect(visits).toEqual(['张医生 2026-12-03 row 2', '李医生 2027-03-09 row 4']);
  });

  it('leaves each row\'s 累计消费 in place (18600 and 380): nothing moves to the archive', () => {
    const plan = planOf(CLINIC, true);
    expect(plan.merge?.removeRows ?? []).toEqual([]);
    expect(plan.edits.filter((e) => e.sheetRow === 4 && e.col === 9).map((e) => e.after)).toEqual([{ kind: 'number', value: 380, format: '0.00' }]);
  });

  // Was: spendTotal 18600 + 12800, her 380 on the 洁牙 record left out of the report (tester h57, finding 6).
  it('counts the patient once, on the row of her first doctor (first touch, 初诊 2025-03-02), her spending the sum of her two records: 18600 + 380', () => {
    const plan = planOf(CLINIC, true);
    expect(plan.duplicates.groups.find((x) => x.rows.includes(2))?.survivor).toBe(2);
    expect(plan.report.sections.find((s) => s.id === 'customers')?.spendTotal).toBe(18600 + 380 + 12800);
    expect(planOf(CLINIC).report.sections.find((s) => s.id === 'customers')?.spendTotal).toBe(18600 + 380 + 12800);
  });

  it('counts a record pasted twice once: the 洁牙 row typed again adds no second 380, merged or not', () => {
    const pasted = [...CLINIC, CLINIC[3]];
    expect(planOf(pasted).report.sections.find((s) => s.id === 'customers')?.spendTotal).toBe(18600 + 380 + 12800);
    const merged = planOf(pasted, true);
    expect(merged.merge?.removeRows).toEqual([5]);
    expect(merged.report.sections.find((s) => s.id === 'customers')?.spendTotal).toBe(18600 + 380 + 12800);
  });

  it('writes the sum in no cell: each record keeps its own 累计消费, and the reason says what she is classed on', () => {
    const plan = planOf(CLINIC, true);
    expect(plan.edits.filter((e) => e.col === 9).map((e) => [e.sheetRow, cellText(e.after)])).toEqual([[2, '18600'], [3, '12800'], [4, '380']]);
    expect(plan.merge?.edits ?? []).toEqual([]);
    const why = reasons(plan, 4);
    expect(why).toContain('第 2、4 行是同一位客户的几条记录，按第 2 行分类一次，消费金额按各记录之和 18980 计（18600 + 380）');
    expect(reasons(plan, 2)).toEqual(why);
  });
});

describe('one customer\'s spending over his separate records: the sum, for his tier, RFM and the report', () => {
  const plan = planOf(school());

  it('classes 赵一鸣 by his two courses\' fees together, 5200 + 4800 = 10000: 中价值 from 10,000, on both his rows', () => {
    expect([tierOf(plan, 3), tierOf(plan, 4)]).toEqual(['medium', 'medium']);
    expect(tierOf(plan, 2)).toBe('low');
    expect(reasons(plan, 3)).toContain('第 3、4 行是同一位客户的几条记录，按第 4 行分类一次，消费金额按各记录之和 10000 计（5200 + 4800）');
    expect(t('en', 'classify.reason.recordsSpendSum', { rows: '3, 4', kept: 3, sum: 10000, parts: '5200 + 4800' })).toBe(
      'rows 3, 4 are one customer\'s records: classed once, by row 3, on the sum of their spending, 10000 (5200 + 4800)',
    );
  });

  it('counts his 10000 once in the report\'s spending, beside 王子涵\'s 6800', () => {
    expect(plan.report.sections.find((s) => s.id === 'customers')?.spendTotal).toBe(6800 + 10000);
  });

  it('ranks his RFM spending on the sum: above 王子涵\'s 6800, where 5200 alone was below it', () => {
    const rfm = planOf(school(), false, { classify: { tier: { preset: 'tierByRfm' } } });
    const m = (row: number) => rfm.classification.rows.find((r) => r.sheetRow === row)?.rfm?.m;
    expect(m(3)).toBeGreaterThan(m(2)!);
    expect(m(4)).toBe(m(3));
  });

  it('writes no cell: 5200 and 4800 stay on their rows', () => {
    expect(plan.edits.filter((e) => e.col === 8).map((e) => [e.sheetRow, cellText(e.after)])).toEqual([[2, '6800'], [3, '5200'], [4, '4800']]);
  });
});
