/**
 * The columns a run added under the user's own rule titles (settings.classify.custom) are the run's on the
 * next run too, told by what the host recorded beside the sheet (grid.ownColumns), not by the settings
 * file the earlier run was given: a run without it neither reads them as customer data nor loses them.
 */
import { run, resolveSettings, t, type Cell, type Grid, type Plan } from '../../../shared';
import { TODAY } from './helpers';

const cell = (v: string): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v });
const gridOf = (rows: string[][], ownColumns?: string[]): Grid => ({
  sheetName: '客户', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map(cell)), ...(ownColumns ? { ownColumns } : {}),
});

const RULES = {
  classify: {
    custom: [
      {
        id: 'region',
        label: { 'zh-CN': '大区', en: 'Region' },
        levels: [
          { id: 'east', label: { 'zh-CN': '华东', en: 'East' }, when: { field: 'province', op: 'in', value: ['上海', '江苏', '浙江'] } },
          { id: 'other', label: { 'zh-CN': '其他', en: 'Other' } },
        ],
      },
      {
        id: 'grade',
        label: { 'zh-CN': '客户分级', en: 'Grade' },
        levels: [
          { id: 'a', label: { 'zh-CN': 'A 类', en: 'A' }, when: { field: 'amount', op: 'gte', value: 10000 } },
          { id: 'b', label: { 'zh-CN': 'B 类', en: 'B' } },
        ],
      },
    ],
  },
};

function planOf(grid: Grid, input: object = {}): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error(JSON.stringify(settings.errors));
  const out = run(grid, { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

// Last week's output of a run given RULES: its 大区 and 客户分级 right of 整理问题.
const CLEANED = [
  ['姓名', '手机', '省份', '负责人', '消费金额', '整理问题', '重复组', '重复依据', '客户类型', '活跃度', '价值等级', 'VIP', '大区', '客户分级', '分类依据'],
  ['张伟', '13812345678', '上海市', '王芳', '12000', '', '', '', '现有客户', '活跃', '中价值', '普通', '华东', 'A 类', '…'],
  ['李娜', '13987654321', '江苏省', '赵磊', '3000', '', '', '', '现有客户', '活跃', '低价值', '普通', '华东', 'B 类', '…'],
  ['刘洋', '13700001111', '广东省', '王芳', '150000', '', '', '', '现有客户', '休眠', '高价值', '普通', '其他', 'A 类', '…'],
];
// What the run that wrote it recorded: the headers of every column it added.
const RECORDED = ['整理问题', '重复组', '重复依据', '客户类型', '活跃度', '价值等级', 'VIP', '大区', '客户分级', '分类依据'];
const col = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)!;

describe('the run\'s own rule columns, known on a later run without the rules', () => {
  it('are the run\'s (never read as a field: 客户分级 is no tier of the user\'s) when the host recorded them', () => {
    const plan = planOf(gridOf(CLEANED, RECORDED));
    expect(col(plan, '大区')).toMatchObject({ field: null, run: true });
    expect(col(plan, '客户分级')).toMatchObject({ field: null, run: true });
    // Nothing of them is cleaned, and the run adds no second column under their titles.
    expect(plan.edits.filter((e) => e.col === col(plan, '大区').col || e.col === col(plan, '客户分级').col)).toEqual([]);
    expect(plan.addedColumns.map((a) => a.header)).not.toContain('大区');
  });

  it('are kept as they were, with a note in both languages saying they were not recomputed and how to update them', () => {
    const plan = planOf(gridOf(CLEANED, RECORDED));
    const note = plan.problems.find((p) => p.code === 'run.keptRuleColumns');
    expect(note).toEqual({ code: 'run.keptRuleColumns', severity: 'info', params: { sheet: '客户', columns: '大区, 客户分级', count: 2 } });
    expect(t('zh-CN', note!.code, note!.params)).toBe(
      '“客户”中的 大区, 客户分级 列是之前一次运行按设置中的自定义分类规则（classify.custom）添加的；这次的设置里没有写出这些列的规则，所以它们按原样保留，没有重新计算，也不当作客户资料读取。要更新它们，请用当时的设置文件再运行一次。',
    );
    expect(t('en', note!.code, note!.params)).toBe(
      'Column(s) 大区, 客户分级 of "客户" were added by an earlier run from custom classification rules in its settings (classify.custom); this run\'s settings have no rule that writes them, so they are kept as they were, not recomputed and not read as customer data. To update them, run again with the settings file used then.',
    );
    // …and recorded again, so the run after this one knows them too.
    expect(plan.ownColumns).toEqual(expect.arrayContaining(['大区', '客户分级', '整理问题']));
  });

  it('with the rules given again, are written over as before and need no note', () => {
    const plan = planOf(gridOf(CLEANED, RECORDED), RULES);
    expect(plan.problems.map((p) => p.code)).not.toContain('run.keptRuleColumns');
    expect(plan.addedColumns.filter((a) => a.header === '大区' || a.header === '客户分级')).toHaveLength(2);
    expect(plan.ownColumns).toEqual(expect.arrayContaining(['大区', '客户分级']));
  });

  it('a 大区 the user typed himself stays his: left of the run\'s columns, or beside the one the run wrote, or with nothing recorded', () => {
    // His own 大区 left of the block: the run named its column apart (大区（计算）) and recorded that name.
    const his = [
      ['姓名', '手机', '省份', '大区', '整理问题', '重复组', '重复依据', '大区（计算）', '分类依据'],
      ['张伟', '13812345678', '上海市', '沪一区', '', '', '', '华东', '…'],
    ];
    const left = planOf(gridOf(his, ['整理问题', '重复组', '重复依据', '大区（计算）', '分类依据']));
    expect(left.columns.filter((c) => c.run).map((c) => c.header)).toEqual(['整理问题', '重复组', '重复依据', '大区（计算）', '分类依据']);
    // A second 大区 he typed right of the run's: the run's is the first, his the second.
    const beside = [[...CLEANED[0], '大区'], ...CLEANED.slice(1).map((r) => [...r, '自填'])];
    const plan = planOf(gridOf(beside, RECORDED));
    expect(plan.columns.filter((c) => c.header === '大区').map((c) => c.run ?? false)).toEqual([true, false]);
    // A sheet whose 大区 no run recorded: his, as before (read and kept, no note).
    const none = planOf(gridOf(CLEANED));
    expect(col(none, '大区').run).toBeUndefined();
    expect(none.problems.map((p) => p.code)).not.toContain('run.keptRuleColumns');
  });

  it('a recorded column the user renamed is his now; one he deleted is simply gone (not recorded again)', () => {
    const renamed = [CLEANED[0].map((h) => (h === '大区' ? '大区（旧）' : h)), ...CLEANED.slice(1)];
    const plan = planOf(gridOf(renamed, RECORDED));
    expect(col(plan, '大区（旧）').run).toBeUndefined();
    expect(plan.ownColumns).not.toContain('大区');
    const deleted = CLEANED.map((r) => r.filter((_, i) => i !== CLEANED[0].indexOf('大区')));
    const gone = planOf(gridOf(deleted, RECORDED));
    expect(gone.ownColumns).not.toContain('大区');
    expect(gone.problems.find((p) => p.code === 'run.keptRuleColumns')?.params).toMatchObject({ columns: '客户分级', count: 1 });
  });
});

describe('a column the user types among or after the run\'s, named like one of them with a number (大区2, VIP2)', () => {
  // He splits his regions finer in a 大区2 of his own after 分类依据, and keeps a second VIP mark, VIP2, from his old sheet.
  const TYPED = [
    [...CLEANED[0].slice(0, 12), 'VIP2', ...CLEANED[0].slice(12), '大区2'],
    ...CLEANED.slice(1).map((r, i) => [...r.slice(0, 12), ['', '是', ''][i], ...r.slice(12), ['沪一区', '苏南区', '粤东区'][i]]),
  ];

  it.each([
    ['without the rules (大区 known by the record)', undefined],
    ['with the rules given again', RULES],
  ])('is his, %s: read, kept and never written over', (_, settings) => {
    const plan = planOf(gridOf(TYPED, RECORDED), settings ?? {});
    expect(col(plan, '大区2').run).toBeUndefined();
    expect(col(plan, 'VIP2').run).toBeUndefined();
    // The run's own 大区 and VIP are still the run's.
    expect(col(plan, '大区')).toMatchObject({ run: true });
    expect(col(plan, 'VIP')).toMatchObject({ run: true });
    expect(plan.ownColumns ?? []).not.toEqual(expect.arrayContaining(['大区2']));
    expect(plan.ownColumns ?? []).not.toEqual(expect.arrayContaining(['VIP2']));
  });

  it('a merge of one customer typed twice keeps the 大区2 of the row it moves to the archive', () => {
    const twice = [...TYPED, ['张伟', '138 1234 5678', '上海市', '王芳', '12000', '', '', '', '现有客户', '活跃', '中价值', '普通', '', '华东', 'A 类', '…', '沪二区']];
    const settings = resolveSettings(RULES);
    if (!settings.ok) throw new Error('settings');
    const out = run(gridOf(twice, RECORDED), { settings: settings.settings, today: TODAY, merge: ['exact', 'likely'] });
    if (!out.ok) throw new Error(out.problem.code);
    const merge = out.plan.merge!;
    expect(merge.removeRows).toHaveLength(1);
    const typedCol = col(out.plan, '大区2').col;
    // Whichever row is kept, the other's 大区2 is on an archive line, in the archive's 大区2 column.
    expect(merge.archiveCols).toContain(typedCol);
    const kept = out.plan.rows.includes(2) && !merge.removeRows.includes(2) ? '沪一区' : '沪二区';
    const archived = merge.archive.map((a) => a.cells[merge.archiveCols.indexOf(typedCol)]);
    expect(archived).toEqual([{ kind: 'text', value: kept === '沪一区' ? '沪二区' : '沪一区' }]);
  });
});

describe('the run\'s column a table renamed (VIP2 beside the user\'s own vip) is still the run\'s', () => {
  it('when the block has no VIP of its own and the user\'s vip stands left of it', () => {
    const renamed = [['姓名', '手机', 'vip', '整理问题', '重复组', '重复依据', '客户类型', 'VIP2', '分类依据'], ['张伟', '13812345678', '是', '', '', '', '现有客户', 'VIP', '…']];
    expect(col(planOf(gridOf(renamed)), 'VIP2')).toMatchObject({ run: true });
  });
});
