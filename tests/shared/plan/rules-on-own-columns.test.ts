/**
 * A team's own columns (欠款, 储值卡余额, 门店, Outstanding Balance, Store) that no field reads can be
 * named in a rule by their header as the sheet types it: read as typed (an amount ¥1,200 or 1.2万 for
 * a comparison with a number, a day for a date comparison, text for eq / in / contains), in custom
 * rules and in levels written for a built-in dimension alike (money owed is written as numbers, and a rule
 * still reads it as typed). A name that is no
 * field id and no header is said with the headers the sheet leaves unread; a header two columns share
 * names both.
 */
import { hiddenSheetReminders, messageText, resolveSettings, run, type Cell, type Grid, type Plan, type SheetProblem } from '../../../shared';

const TODAY = '2026-12-04';
const cell = (v: string | number): Cell => (v === '' ? { kind: 'empty' } : typeof v === 'number' ? { kind: 'number', value: v } : { kind: 'text', value: v });
const gridOf = (rows: (string | number)[][], sheetName: string): Grid => ({ sheetName, firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map(cell)) });

/** One level of a rule of one's own, as a user writes it. */
const rule = (id: string, zh: string, en: string, when: object) => ({ id, label: { 'zh-CN': zh, en }, levels: [{ id: 'yes', label: { 'zh-CN': zh, en }, when }] });

function outcome(grid: Grid, input: object) {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error(`settings: ${JSON.stringify(settings.errors)}`);
  return run(grid, { settings: settings.settings, today: TODAY });
}
function planOf(grid: Grid, input: object): Plan {
  const out = outcome(grid, input);
  if (!out.ok) throw new Error(messageText('en', out.problem.code, out.problem.params));
  return out.plan;
}
function problemOf(grid: Grid, input: object): SheetProblem {
  const out = outcome(grid, input);
  if (out.ok) throw new Error('the run went through');
  return out.problem;
}
const labelsOf = (plan: Plan, id: string) => plan.classification.rows.map((r) => r.labels.custom[id] ?? null);
const reasonsOf = (plan: Plan, dimension: string, lang: 'zh-CN' | 'en' = 'zh-CN') =>
  plan.classification.rows.map((r) => r.reasons.filter((x) => x.dimension === dimension).map((x) => messageText(lang, x.code, x.params)).join('；'));
const colOf = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)!.col;

/** A 批发档口's ledger: a title, a row of groups over the headers (客户 | 往来), 欠款 in yuan as typed. */
const PIFA = gridOf([
  ['白马服装城 3楼 A12档 客户往来表（2026）', '', '', '', '', '', ''],
  ['客户', '客户', '客户', '客户', '往来', '往来', '往来'],
  ['店名', '老板', '手机', '跟单', '首次拿货', '欠款', '账期到期'],
  ['广州阳光服装店', '吴勇', '18674178688', '阿珍', '2021.11.15', 14900, '2026-10-09'],
  ['广州美美批发部', '马桂芳', '13549036918', '阿珍', '2025.6.23', 0, '2026-11-27'],
  ['佛山童趣童装', '黄志强', '13712345670', '小刘', '2023.3.8', '12,500', '2026-12-20'],
  ['东莞丽人服饰', '陈丽', '13600001234', '老黄', '2024.1.5', '', ''],
  ['中山小雅女装', '刘雅', '13800004321', '老黄', '2022.8.1', '1.2万', '2026-12-30'],
], '客户欠款');

describe('a 批发 ledger: a rule on 欠款, a column no field reads', () => {
  const settings = {
    classify: {
      custom: [
        rule('debt', '欠款客户', 'Owes', { field: '欠款', op: 'gt', value: 0 }),
        rule('old', '老客户', 'Since before 2023', { field: '首次拿货', op: 'lt', value: '2023-01-01' }),
      ],
    },
  };

  it('classes by its amounts as typed: 14900, 12,500 and 1.2万 owe, 0 and a blank do not', () => {
    expect(labelsOf(planOf(PIFA, settings), 'debt')).toEqual(['yes', null, 'yes', null, 'yes']);
  });

  it('the reason names the column and its amount: 欠款 12,500 > 0', () => {
    const plan = planOf(PIFA, settings);
    expect(reasonsOf(plan, 'debt')).toEqual(['欠款 14,900 > 0', '', '欠款 12,500 > 0', '', '欠款 1.2万 > 0']);
    expect(reasonsOf(plan, 'debt', 'en')[0]).toBe('欠款 14,900 > 0');
  });

  it('reads a date column no field reads as days: 首次拿货 2021.11.15 is before 2023', () => {
    const plan = planOf(PIFA, settings);
    expect(labelsOf(plan, 'old')).toEqual(['yes', null, null, null, 'yes']);
    expect(reasonsOf(plan, 'old')[0]).toBe('首次拿货 2021.11.15 < 2023-01-01');
  });

  it('never writes into the date column, writes the money owed as the numbers Excel totals, and does not warn that the rule reads no field', () => {
    const plan = planOf(PIFA, settings);
    const cols = [colOf(plan, '欠款'), colOf(plan, '首次拿货')];
    expect(plan.columns.filter((c) => cols.includes(c.col)).map((c) => c.field)).toEqual([null, null]);
    expect(plan.edits.filter((e) => e.col === cols[1])).toEqual([]);
    // 欠款 is money owed, read by the collection reminders: 12,500 and 1.2万 become 12500 and 12000 (tester h71 #5).
    expect(plan.edits.filter((e) => e.col === cols[0]).map((e) => e.after)).toEqual([{ kind: 'number', value: 12500 }, { kind: 'number', value: 12000 }]);
    expect(plan.problems.map((p) => p.code)).not.toContain('classify.ruleFieldMissing');
  });
});

/** A 母婴店's members: 储值卡余额 typed as numbers and as text, 门店 with its spaces and widths. */
const MUYING = gridOf([
  ['会员卡号', '妈妈姓名', '手机', '储值卡余额', '累计消费', '最近到店', '门店', '导购'],
  ['VIP20000', '王梦琪', '13558856524', 700, 11500, '2026-08-20', '万达店', '阿梅'],
  ['VIP20001', '林佳怡', '13691750074', 1000, 5000, '2026-04-12', '南山店', '阿梅'],
  ['VIP20002', '胡思雨', '13614939185', '1.2万', 15700, '2026-02-12', ' 南山店 ', '小陈'],
  ['VIP20003', '赵雪', '13712340000', '¥1,500', 26000, '2026-11-02', '万达店', '小周'],
  ['VIP20004', '孙悦', '13922223333', '', 800, '2026-10-30', '南山店', '小周'],
], '会员');

describe('a 母婴 shop: 储值卡余额 and 门店 in custom rules and in the VIP levels', () => {
  const settings = {
    classify: {
      vip: [{ id: 'vip', when: { field: '储值卡余额', op: 'gte', value: 10000 } }, { id: 'regular' }],
      custom: [
        rule('card', '储值会员', 'Card member', { field: '储值卡 余额', op: 'gte', value: 1000 }),
        rule('store', '南山', 'Nanshan', { field: '门店', op: 'eq', value: '南山店' }),
      ],
    },
  };

  it('储值卡余额 ≥ 1000 (the header written with a space) takes 1000, 1.2万 and ¥1,500, said by the sheet’s header', () => {
    const plan = planOf(MUYING, settings);
    expect(labelsOf(plan, 'card')).toEqual([null, 'yes', 'yes', 'yes', null]);
    expect(reasonsOf(plan, 'card')).toEqual(['', '储值卡余额 1,000 ≥ 1,000', '储值卡余额 1.2万 ≥ 1,000', '储值卡余额 ¥1,500 ≥ 1,000', '']);
  });

  it('门店 = 南山店 takes the cell typed with spaces round it', () => {
    expect(labelsOf(planOf(MUYING, settings), 'store')).toEqual([null, 'yes', 'yes', null, 'yes']);
  });

  it('a built-in dimension’s own levels read it too: a 1.2万 card balance is VIP, said by the column', () => {
    const plan = planOf(MUYING, settings);
    expect(plan.classification.rows.map((r) => r.labels.vip)).toEqual(['regular', 'regular', 'vip', 'regular', 'regular']);
    expect(reasonsOf(plan, 'vip')[2]).toBe('储值卡余额 1.2万 ≥ 10,000');
  });

  it('the two columns are left as typed', () => {
    const plan = planOf(MUYING, settings);
    const cols = [colOf(plan, '储值卡余额'), colOf(plan, '门店')];
    expect(plan.edits.filter((e) => cols.includes(e.col))).toEqual([]);
  });
});

/** An American store's list: Outstanding Balance in dollars, Store as text. */
const US = gridOf([
  ['Name', 'Phone', 'Email', 'Outstanding Balance', 'Store', 'Last Visit'],
  ['Emily Carter', '(617) 555-0142', 'emily.carter@example.com', '$1,250.00', 'Downtown', '2026-10-01'],
  ['James Miller', '(617) 555-0177', 'jmiller@example.com', '0', 'Harbour', '2026-11-12'],
  ['Olivia Brown', '(617) 555-0190', 'olivia.b@example.com', '$80', 'downtown', '2026-06-30'],
], 'Customers');

describe('an English sheet: Outstanding Balance and Store', () => {
  const settings = {
    amount: { currency: 'USD' },
    phone: { defaultRegion: 'US' },
    classify: {
      custom: [
        rule('owes', 'Owes', 'Owes', { field: 'Outstanding Balance', op: 'gt', value: 0 }),
        rule('downtown', '市中心店', 'Downtown', { field: 'store', op: 'in', value: ['Downtown'] }),
      ],
    },
  };

  it('reads $1,250.00 and $80 in the sheet’s currency, and the store as text whatever its case', () => {
    const plan = planOf(US, settings);
    expect(labelsOf(plan, 'owes')).toEqual(['yes', null, 'yes']);
    expect(labelsOf(plan, 'downtown')).toEqual(['yes', null, 'yes']);
    expect(reasonsOf(plan, 'owes', 'en')[0]).toBe('Outstanding Balance $1,250.00 > 0');
  });
});

describe('a name that is no field id and no header of the sheet', () => {
  /** The 批发 ledger with its amount owed headed with its unit. */
  const withUnit = gridOf([
    ['店名', '手机', '跟单', '欠款（元）', '档口号', '备注'],
    ['广州阳光服装店', '18674178688', '阿珍', 14900, 'A12', '老客户'],
    ['广州美美批发部', '13549036918', '小刘', 0, 'B07', ''],
  ], '客户欠款');
  const on = (field: string) => ({ classify: { custom: [rule('debt', '欠款客户', 'Owes', { field, op: 'gt', value: 0 })] } });

  it('stops the run, asking for the unread header that holds it: 你是指“欠款（元）”列吗', () => {
    const problem = problemOf(withUnit, on('欠款'));
    expect(problem).toMatchObject({ code: 'classify.settings.columnMeant', severity: 'error', params: { field: '欠款', header: '欠款（元）', path: 'classify.custom[0].levels[0].when.field' } });
    expect(messageText('zh-CN', problem.code, problem.params)).toContain('字段“欠款”不存在，本表也没有表头为“欠款”的列：你是指“欠款（元）”列吗？');
    expect(messageText('en', problem.code, problem.params)).toContain('did you mean the column "欠款（元）"?');
  });

  it('names no column where none is near, listing those the sheet leaves unread', () => {
    const problem = problemOf(withUnit, on('授信额度'));
    expect(problem.code).toBe('classify.settings.unknownFieldOrColumn');
    expect(messageText('zh-CN', problem.code, problem.params)).toContain('未识别的列有：“欠款（元）”，“档口号”。');
    expect(messageText('en', problem.code, problem.params)).toContain('those no field reads are "欠款（元）", "档口号".');
  });

  it('a header two columns share is refused, naming both', () => {
    const twice = gridOf([
      ['Name', 'Phone', 'Store', 'Balance', 'Store'],
      ['Emily Carter', '(617) 555-0142', 'Downtown', '$1,250.00', 'Harbour'],
    ], 'Customers');
    const problem = problemOf(twice, { phone: { defaultRegion: 'US' }, classify: { custom: [rule('downtown', '市中心店', 'Downtown', { field: 'Store', op: 'eq', value: 'Downtown' })] } });
    expect(problem).toMatchObject({ code: 'classify.settings.columnTwice', params: { field: 'Store' } });
    expect(messageText('en', problem.code, problem.params)).toContain('"Store" at classify.custom[0].levels[0].when.field heads two columns of this sheet, C (Store) and E (Store)');
    expect(messageText('zh-CN', problem.code, problem.params)).toContain('是本表两列的表头（C（Store） 列和 E（Store） 列）');
  });

  it('a hidden tab read for its reminders alone is not refused for it: its contracts are still reminded', () => {
    const settings = resolveSettings(on('欠款'));
    if (!settings.ok) throw new Error('settings');
    const tab = gridOf([
      ['客户名称', '手机', '合同到期'],
      ['星辰科技', '13812345678', '2026-12-08'],
    ], '陈静(离职)');
    expect(hiddenSheetReminders(tab, { settings: settings.settings, today: TODAY })?.urgent.map((r) => r.kind)).toEqual(['contract']);
  });
});
