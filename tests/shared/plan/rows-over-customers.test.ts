/**
 * Rows that stand over the customers and are none (h63 finding 10): a 说明 line typed under the header
 * of a wholesaler's 档口 sheet, and the 【张经理】 headings of a sheet the team shares, one block per rep.
 * The note is no customer: not classed, reminded nor counted. The heading's rep owns the rows under it
 * (the sheet has no owner column): reminders, the report's owner table and 撞单 read him, and nothing
 * is written into the sheet.
 */
import { resolveSettings, run, t, type MessageKey, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2026-12-04';

function planOf(rows: string[][], input: object = {}, lang: 'zh-CN' | 'en' = 'zh-CN'): Plan {
  const s = resolveSettings({ language: lang, ...input });
  if (!s.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: s.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const customersCounted = (plan: Plan) => plan.report.sections.find((s) => s.id === 'customers')!.series.find((s) => s.id === 'total')!.count;
const byOwner = (plan: Plan) => plan.report.sections.find((s) => s.id === 'owner')?.series.map((e) => [e.label, e.count]);

describe('a 说明 line under the header of a 档口 sheet (pifa-zh)', () => {
  const NOTE = '说明：红色为超账期客户，欠款单位元，账期一般30天';
  const rows = [
    ['店名', '老板', '手机', '省份', '城市', '跟单', '欠款', '账期到期'],
    [NOTE, '', '', '', '', '', '', ''],
    ['广州阳光服装店', '吴勇', '18674178688', '广东', '广州', '阿珍', '14900', '2026-12-09'],
    ['南昌美美鞋店', '陈伟', '18691930935', '江西', '南昌', '小刘', '19700', '2026-11-09'],
  ];
  const region = {
    classify: { custom: [{ id: 'region', label: { 'zh-CN': '大区', en: 'Region' }, levels: [
      { id: 'south', label: { 'zh-CN': '华南', en: 'South' }, when: { field: 'province', op: 'in', value: ['广东', '广西'] } },
      { id: 'other', label: { 'zh-CN': '其他', en: 'Other' } },
    ] }] },
  };
  const plan = planOf(rows, region);

  it('is not classed (no 大区：其他), reminded or counted', () => {
    expect(plan.classification.rows.map((r) => r.sheetRow)).toEqual([3, 4]);
    expect(plan.reminders.reminders.every((r) => r.sheetRow !== 2)).toBe(true);
    expect(customersCounted(plan)).toBe(2);
    expect(plan.rows).not.toContain(2);
  });

  it('is said as a note row, by its word, never its text', () => {
    const said = plan.problems.find((p) => p.code === 'sheet.leadNoteRows')!;
    expect(t('zh-CN', said.code as MessageKey, said.params)).toBe('“客户”的第 2 行是说明行（说明），不是客户：保持原样，不分类、不提醒、不计入统计。');
    expect(t('en', said.code as MessageKey, said.params)).toContain('Row(s) 2 of "客户" above the first customer hold a note (说明)');
  });

  it('a customer whose name starts with 注, or a note with a phone, stays a customer', () => {
    const named = planOf([rows[0], ['注小明', '', '', '', '', '', '', ''], rows[2]]);
    expect(named.classification.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
    const phoned = planOf([rows[0], ['注：老客户', '', '13800001111', '', '', '', '', ''], rows[2]]);
    expect(phoned.classification.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
  });
});

describe('a shared sheet kept as one block per rep under 【张经理】 headings (blocks-zh)', () => {
  const HEAD = ['客户名称', '联系人', '手机', '城市', '上次下单', '累计金额', '下次跟进', '备注'];
  const blank = HEAD.map(() => '');
  const rows = [
    HEAD,
    ['【张经理】', ...blank.slice(1)],
    ['长沙恒通建材商行', '王伟', '13812340001', '长沙', '2026-10-02', '12000', '2026-12-03', ''],
    ['株洲华兴五金有限公司', '李强', '13912340002', '株洲', '2026-09-15', '8000', '', ''],
    ['小计', '', '', '', '', '20000', '', ''],
    blank,
    ['【李经理】', ...blank.slice(1)],
    ['湘潭顺达电器商行', '刘涛', '15812340003', '湘潭', '2026-11-20', '30000', '2026-12-01', ''],
    // The same company typed into his block too: held by two reps, a 撞单.
    ['株洲华兴五金有限公司', '李强', '13912340002', '株洲', '2026-09-15', '8000', '', ''],
    ['小计', '', '', '', '', '38000', '', ''],
    blank,
    ['【华东】', ...blank.slice(1)],
    ['长沙宏远建材有限公司', '赵杰', '18612340004', '长沙', '2026-08-01', '5000', '2026-12-02', ''],
  ];

  it('reminds each rep of his block\'s customers, and a region heading names no one', () => {
    const plan = planOf(rows);
    expect(plan.reminders.reminders.map((r) => [r.sheetRow, r.owner]).sort()).toEqual([[13, ''], [3, '张经理'], [8, '李经理']]);
    // 株洲华兴, in both blocks, is one customer, counted once; 长沙宏远 under 【华东】 is nobody's.
    expect(byOwner(plan)).toEqual([['张经理', 2], ['李经理', 1], ['未分配', 1]]);
  });

  it('finds the customer in both blocks held by two reps (撞单)', () => {
    const plan = planOf(rows);
    const group = plan.duplicates.groups.find((g) => g.rows.includes(4) && g.rows.includes(9))!;
    expect(group.ownerConflict?.owners.sort()).toEqual(['张经理', '李经理'].sort());
  });

  it('says where the owners come from (3 groups in the tester\'s sheet: here 2), and writes no owner into the sheet', () => {
    const plan = planOf(rows);
    const said = plan.problems.find((p) => p.code === 'sheet.headingOwners')!;
    expect(said.params).toMatchObject({ groups: 2, headings: '2, 7', count: 4 });
    expect(t('zh-CN', said.code as MessageKey, said.params)).toContain('负责人取自分组标题行（2 组，第 2, 7 行）');
    expect(t('en', said.code as MessageKey, said.params)).toContain('taken from its group heading rows (2 groups, row(s) 2, 7)');
    expect(plan.addedColumns.map((c) => c.id)).not.toContain('owner');
    expect(plan.edits.some((e) => e.field === 'owner')).toBe(false);
  });

  it('names the rep heading rows in that one note, not also as rows that hold only a heading', () => {
    const plan = planOf(rows);
    expect(plan.problems.filter((p) => p.code === 'sheet.headingOwners')).toHaveLength(1);
    // 【华东】 is said by the region's note; none of the three headings is said twice.
    expect(plan.problems.find((p) => p.code === 'sheet.headingRegions')?.params).toMatchObject({ headings: '12' });
    expect(plan.problems.some((p) => p.code === 'sheet.sectionRows')).toBe(false);
  });

  it('a heading that names no one (【重点客户】) is still said as a heading row, alone', () => {
    const mixed = [...rows.slice(0, 11), ['【重点客户】', ...blank.slice(1)], rows[12]];
    const plan = planOf(mixed);
    expect(plan.problems.find((p) => p.code === 'sheet.headingOwners')?.params).toMatchObject({ headings: '2, 7' });
    expect(plan.problems.find((p) => p.code === 'sheet.sectionRows')?.params).toMatchObject({ rows: '12' });
  });

  it('a heading whose rows all name their own owner reads no one, and is still said as a heading row', () => {
    const owned = [
      [...HEAD, '负责人'],
      ['【张经理】', ...blank.slice(1), ''],
      ['长沙恒通建材商行', '王伟', '13812340001', '长沙', '2026-10-02', '12000', '2026-12-03', '', '陈静'],
    ];
    const plan = planOf(owned);
    expect(plan.problems.some((p) => p.code === 'sheet.headingOwners')).toBe(false);
    expect(plan.problems.find((p) => p.code === 'sheet.sectionRows')?.params).toMatchObject({ rows: '2' });
  });

  it('a row with its own owner keeps him; a heading over such a sheet fills only the blank ones', () => {
    const withOwner = [
      [...HEAD, '负责人'],
      ['[Team Li]', ...blank.slice(1), ''],
      ['长沙恒通建材商行', '王伟', '13812340001', '长沙', '2026-10-02', '12000', '2026-12-03', '', '陈静'],
      ['株洲华兴五金有限公司', '李强', '13912340002', '株洲', '2026-09-15', '8000', '2026-12-03', '', ''],
    ];
    const plan = planOf(withOwner, {}, 'en');
    expect(plan.reminders.reminders.map((r) => [r.sheetRow, r.owner]).sort()).toEqual([[3, '陈静'], [4, 'Team Li']]);
    expect(plan.problems.find((p) => p.code === 'sheet.headingOwners')?.params).toMatchObject({ groups: 1, count: 1 });
  });
});

describe('an English account list kept in blocks under [Team Li] and [Emma\'s accounts]', () => {
  const rows = [
    ['Account Name', 'Contact', 'Phone', 'Country', 'Last Order', 'Amount'],
    ['[Team Li]', '', '', '', '', ''],
    ['Brightwater Logistics Ltd', 'Oliver Grant', '+44 20 7946 0958', 'United Kingdom', '2026-09-18', '42000'],
    ['Nordhaven GmbH', 'Lena Vogel', '+49 30 901820', 'Germany', '2026-06-03', '18500'],
    ['[Emma\'s accounts]', '', '', '', '', ''],
    ['Harbourview Trading Pty Ltd', 'Jack Nguyen', '+61 2 9374 4000', 'Australia', '2026-11-20', '67000'],
  ];

  it('says the heading rows once, as the rows the owners come from', () => {
    const plan = planOf(rows, {}, 'en');
    const said = plan.problems.find((p) => p.code === 'sheet.headingOwners')!;
    expect(said.params).toMatchObject({ groups: 2, headings: '2, 5', count: 3 });
    expect(t('en', said.code as MessageKey, said.params)).toContain('group heading rows (2 groups, row(s) 2, 5)');
    expect(plan.problems.some((p) => p.code === 'sheet.sectionRows')).toBe(false);
  });
});
