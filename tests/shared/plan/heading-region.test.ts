/**
 * A sales sheet kept as one block per region under a heading row (【华东】, then 【华南】) and no
 * region column of its own: the heading's region is each row's under it, for the report's table by
 * region, as a rep's heading is each row's owner (heading-owner). Nothing is written into the sheet;
 * a heading that names no region (【重点客户】) gives none, and a sheet's own 地区 column wins.
 */
import { resolveSettings, run, t, type MessageKey, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2026-12-04';

function planOf(rows: string[][], lang: 'zh-CN' | 'en' = 'zh-CN', input: object = {}): Plan {
  const s = resolveSettings({ language: lang, ...input });
  if (!s.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: s.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const byRegion = (plan: Plan) => plan.report.sections.find((s) => s.id === 'region')?.series.map((x) => [x.label, x.count]);

describe('a 销售台账 kept in blocks under 【华东】 and 【华南】', () => {
  const HEAD = ['客户名称', '联系人', '电话', '负责人', '最近成交日期', '成交金额'];
  const rows = [
    HEAD,
    ['【华东】', '', '', '', '', ''],
    ['上海恒信贸易有限公司', '周强', '13611112222', '李娜', '2024-10-01', '56000'],
    ['杭州云帆科技有限公司', '吴敏', '13722223333', '李娜', '2024-07-12', '12000'],
    ['【华南】', '', '', '', '', ''],
    ['深圳市新锐电子有限公司', '郑浩', '13833334444', '张伟', '2024-11-02', '88000'],
  ];

  it('counts the customers by the region their heading names: 华东 2, 华南 1', () => {
    expect(byRegion(planOf(rows))).toEqual([['华东', 2], ['华南', 1]]);
  });

  it('a rule on the region sees each row\'s heading: 华东\'s customers are 重点大区', () => {
    const focus = {
      classify: { custom: [{ id: 'focus', label: { 'zh-CN': '重点大区', en: 'Focus region' }, levels: [
        { id: 'east', label: { 'zh-CN': '华东重点', en: 'East focus' }, when: { field: 'province', op: 'eq', value: '华东' } },
      ] }] },
    };
    const plan = planOf(rows, 'zh-CN', focus);
    expect(plan.classification.rows.map((r) => [r.sheetRow, r.labels.custom?.focus])).toEqual([[3, 'east'], [4, 'east'], [6, null]]);
  });

  it('says so beside the heading rows, and writes no region into the sheet', () => {
    const plan = planOf(rows);
    const said = plan.problems.find((p) => p.code === 'sheet.headingRegions')!;
    expect(said.params).toMatchObject({ headings: '2, 5', regions: '华东 2, 华南 1' });
    expect(t('zh-CN', said.code as MessageKey, said.params)).toContain('其下各行的地区按标题读取（华东 2, 华南 1）');
    expect(t('en', said.code as MessageKey, said.params)).toContain('the rows under each are read as in the region it names (华东 2, 华南 1)');
    expect(plan.addedColumns.map((c) => c.id)).not.toContain('province');
    expect(plan.edits.some((e) => e.field === 'province')).toBe(false);
  });

  it('names the heading rows in that one note, not also as rows that hold only a heading', () => {
    const plan = planOf(rows);
    expect(plan.problems.filter((p) => p.code === 'sheet.headingRegions')).toHaveLength(1);
    expect(plan.problems.some((p) => p.code === 'sheet.sectionRows')).toBe(false);
  });

  it('a heading that names no region (【重点客户】) among them is still said as a heading, alone', () => {
    const mixed = [...rows.slice(0, 4), ['【重点客户】', '', '', '', '', ''], ['南京金陵建材有限公司', '孙丽', '13944445555', '李娜', '2024-09-09', '30000'], ...rows.slice(4)];
    const plan = planOf(mixed);
    expect(plan.problems.find((p) => p.code === 'sheet.headingRegions')?.params).toMatchObject({ headings: '2, 7', regions: '华东 2, 华南 1' });
    expect(plan.problems.find((p) => p.code === 'sheet.sectionRows')?.params).toMatchObject({ rows: '5', label: '【】' });
  });

  it('titles the report\'s table by region, not by province: 按地区 / Customers by region', () => {
    const zh = planOf(rows).report.sections.find((s) => s.id === 'region')!;
    expect(zh.title).toBe('report.section.region');
    expect(t('zh-CN', zh.title, zh.titleParams)).toBe('按地区');
    const en = planOf(rows, 'en').report.sections.find((s) => s.id === 'region')!;
    expect(t('en', en.title, en.titleParams)).toBe('Customers by region');
  });

  it('a heading that names no region (【重点客户】) gives its rows none', () => {
    const plan = planOf([HEAD, ['【重点客户】', '', '', '', '', ''], ...rows.slice(2, 4)]);
    expect(byRegion(plan)).toBeUndefined();
    expect(plan.problems.some((p) => p.code === 'sheet.headingRegions')).toBe(false);
  });

  it('a sheet with its own 地区 column reads the column, blank cells and all, and not the headings', () => {
    const own = [
      [...HEAD, '地区'],
      ['【华东】', '', '', '', '', '', ''],
      ['上海恒信贸易有限公司', '周强', '13611112222', '李娜', '2024-10-01', '56000', '上海'],
      ['杭州云帆科技有限公司', '吴敏', '13722223333', '李娜', '2024-07-12', '12000', ''],
      ['【华南】', '', '', '', '', '', ''],
      ['深圳市新锐电子有限公司', '郑浩', '13833334444', '张伟', '2024-11-02', '88000', '广东'],
    ];
    const plan = planOf(own);
    const labels = byRegion(plan)!.map(([label]) => label);
    expect(labels).not.toContain('华东');
    expect(labels).not.toContain('华南');
    expect(plan.problems.some((p) => p.code === 'sheet.headingRegions')).toBe(false);
    expect(plan.edits.some((e) => e.sheetRow === 4 && e.field === 'province')).toBe(false);
  });
});

describe('an English account list kept in blocks under [EMEA] and [APAC]', () => {
  const rows = [
    ['Account Name', 'Contact', 'Phone', 'Account Owner', 'Last Order', 'Amount'],
    ['[EMEA]', '', '', '', '', ''],
    ['Brightwater Logistics Ltd', 'Oliver Grant', '+44 20 7946 0958', 'Emma Lewis', '2024-09-18', '42000'],
    ['Nordhaven GmbH', 'Lena Vogel', '+49 30 901820', 'Emma Lewis', '2024-06-03', '18500'],
    ['[APAC]', '', '', '', '', ''],
    ['Harbourview Trading Pty Ltd', 'Jack Nguyen', '+61 2 9374 4000', 'Tom Baker', '2024-11-20', '67000'],
  ];

  it('counts the accounts by the region their heading names: EMEA 2, APAC 1', () => {
    expect(byRegion(planOf(rows, 'en'))).toEqual([['EMEA', 2], ['APAC', 1]]);
  });

  it('titles the report\'s table Customers by region', () => {
    const table = planOf(rows, 'en').report.sections.find((s) => s.id === 'region')!;
    expect(t('en', table.title, table.titleParams)).toBe('Customers by region');
  });
});
