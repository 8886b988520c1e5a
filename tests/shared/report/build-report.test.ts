import fc from 'fast-check';
import { buildReport } from '../../../shared/report/build-report';
import { Tally } from '../../../shared/report/tally';
import { classify } from '../../../shared/classify/classify';
import { DEFAULT_CLASSIFY_SETTINGS, type ClassifySettings } from '../../../shared/classify/settings';
import { remind } from '../../../shared/remind/remind';
import { DEFAULT_REMIND_SETTINGS } from '../../../shared/remind/settings';
import type { CellIssue } from '../../../shared/plan/issue';
import { issueTitle, t } from '../../../shared/i18n';
import type { Report } from '../../../shared/report/types';
import { anyRecords, civil, d, rec } from '../classify/helpers';

const TODAY = civil('2025-06-30');
const records = [
  rec(2, { name: '张伟', industry: '制造业', province: '广东', city: '深圳', owner: '李娜', amount: 186000, lastPurchase: d('2025-05-20'), nextFollowUp: d('2025-06-30') }),
  rec(3, { name: '王芳', industry: '零售', province: '广东', city: '广州', owner: '李娜', amount: 25000, lastPurchase: d('2024-05-26') }),
  rec(4, { name: 'Emily Chen', industry: 'IT', province: '上海', owner: 'Zoe', lastContact: d('2025-06-01') }),
  rec(5, { name: '刘强', industry: '制造业', province: '', city: '苏州', owner: '', amount: 680000, lastPurchase: d('2025-04-01'), contractEnd: d('2025-07-01') }),
  rec(6, { name: '陈静', industry: 'ＩＴ', province: '浙江', owner: '李娜 ', amount: 9999, lastPurchase: d('2025-03-31') }),
];
const classification = classify(records, DEFAULT_CLASSIFY_SETTINGS, TODAY);
const reminders = remind(records, DEFAULT_REMIND_SETTINGS, TODAY, { classification }).reminders;
// Issue codes are other stages' message keys; these tests borrow keys of this piece's own catalogs.
const issues: CellIssue[] = [
  { code: 'classify.reason.lt', severity: 'warning', rule: 'negative', sheetRow: 2, col: 5, field: 'amount', params: { value: -1 } },
  { code: 'classify.reason.empty', severity: 'error', rule: 'required', sheetRow: 3, col: 1, field: 'name' },
  { code: 'classify.reason.empty', severity: 'error', rule: 'required', sheetRow: 4, col: 1, field: 'name' },
  { code: 'classify.reason.futureActivity', severity: 'warning', rule: 'future', sheetRow: 5, col: 7, field: 'lastPurchase' },
];

const section = (report: Report, id: string) => report.sections.find((s) => s.id === id)!;
const rows = (report: Report, id: string) => section(report, id).series.map((s) => [s.label, s.count]);

describe('buildReport', () => {
  const zh = buildReport({ records, classification, issues, duplicates: { groups: 2, rows: 5, merged: 1 }, reminders }, 'zh-CN');
  const en = buildReport({ records, classification, issues, duplicates: { groups: 2, rows: 5, merged: 1 }, reminders }, 'en');

  it('lists its sections in a fixed order with message-key titles', () => {
    expect(zh.sections.map((s) => [s.id, s.title])).toEqual([
      ['customers', 'report.section.customers'],
      ['lifecycle', 'report.section.lifecycle'],
      ['activity', 'report.section.activity'],
      ['tier', 'report.section.tier'],
      ['vip', 'report.section.vip'],
      ['industry', 'report.section.industry'],
      ['region', 'report.section.province'],
      ['owner', 'report.section.owner'],
      ['issues.severity', 'report.section.issuesBySeverity'],
      ['issues.kind', 'report.section.issuesByKind'],
      ['issues.field', 'report.section.issuesByField'],
      ['duplicates', 'report.section.duplicates'],
      ['reminders', 'report.section.reminders'],
    ]);
    expect(rows(zh, 'customers')).toEqual([['客户数', 5]]);
  });

  it('counts classes in their own order (for a chart: types as defined, tiers high to low), keeping empty classes in view', () => {
    expect(rows(zh, 'lifecycle')).toEqual([['潜在客户', 1], ['现有客户', 3], ['流失客户', 1]]);
    expect(rows(en, 'tier')).toEqual([['High value', 2], ['Medium value', 1], ['Low value', 1], ['Unknown', 1]]);
    expect(rows(en, 'vip')).toEqual([['VIP', 1], ['Regular', 4]]);
  });

  it('groups values after folding width and spaces; blank and unassigned have their own names', () => {
    expect(rows(zh, 'industry')).toEqual([['IT', 2], ['制造业', 2], ['零售', 1]]);
    expect(rows(zh, 'region')).toEqual([['广东', 2], ['上海', 1], ['浙江', 1], ['（空）', 1]]);
    expect(rows(zh, 'owner')).toEqual([['李娜', 3], ['Zoe', 1], ['未分配', 1]]);
    expect(section(zh, 'owner').series.map((s) => s.id)).toEqual(['李娜', 'Zoe', '#blank']);
  });

  it('counts issues by severity, kind and field', () => {
    expect(rows(zh, 'issues.severity')).toEqual([['错误', 2], ['警告', 2]]);
    expect(rows(en, 'issues.kind')).toEqual([
      ['… is empty', 2],
      ['the last purchase or contact date lies in the future', 1],
      ['… < …', 1],
    ]);
    expect(section(en, 'issues.kind').series.map((s) => s.id)).toEqual(['classify.reason.empty', 'classify.reason.futureActivity', 'classify.reason.lt']);
    expect(rows(zh, 'issues.field')).toEqual([['姓名', 2], ['最近购买', 1], ['累计金额', 1]]);
  });

  it('keeps the duplicates summary in reading order and counts reminders by kind', () => {
    expect(rows(zh, 'duplicates')).toEqual([['发现的重复组', 2], ['重复组中的行', 5], ['已合并的行', 1]]);
    expect(rows(en, 'reminders')).toEqual([
      ['Birthday', 0], ['Contract ending', 1], ['Contract expired', 0], ['Follow-up due', 1],
      ['No contact for long', 0], ['Key customer dormant', 0], ['Win back key customer', 0],
    ]);
  });

  it('uses the city when the sheet fills it more than the province', () => {
    const report = buildReport({ records: [rec(2, { city: '深圳' }), rec(3, { city: '深圳', province: '广东' }), rec(4, { city: '苏州' })] }, 'zh-CN');
    expect(section(report, 'region').title).toBe('report.section.city');
    expect(rows(report, 'region')).toEqual([['深圳', 2], ['苏州', 1]]);
  });

  it('folds a long tail into "other" when asked', () => {
    const many = ['a', 'b', 'b', 'c', 'c', 'c', 'd', 'e'].map((industry, i) => rec(i + 2, { industry }));
    const report = buildReport({ records: many }, 'en', { limit: 3 });
    expect(rows(report, 'industry')).toEqual([['c', 3], ['b', 2], ['Other', 3]]);
  });

  it('leaves out what it was not given', () => {
    const report = buildReport({ records: [rec(2, { name: '张伟' })] }, 'en');
    expect(report.sections.map((s) => s.id)).toEqual(['customers']);
  });
});

describe('class tables list the classes the rules can give', () => {
  const shop = [
    rec(2, { name: '张伟', amount: 86000, lastPurchase: d('2025-05-20') }),
    rec(3, { name: '王芳', amount: 12000, lastPurchase: d('2025-03-01') }),
    rec(4, { name: '刘强', amount: 3000, lastPurchase: d('2025-06-01') }),
  ];

  it('one tier threshold (¥50,000) gives high and low only: no "中价值 0"', () => {
    const classified = classify(shop, { ...DEFAULT_CLASSIFY_SETTINGS, tier: { preset: 'tierByAmount', thresholds: [50000] } }, TODAY);
    expect(section(buildReport({ records: shop, classification: classified }, 'zh-CN'), 'tier').series).toEqual([
      { id: 'high', label: '高价值', count: 1, share: 0.333 },
      { id: 'low', label: '低价值', count: 2, share: 0.667 },
    ]);
    expect(classified.legend.find((l) => l.dimension === 'tier')!.labels.map((l) => l.id)).toEqual(['high', 'low', 'unknown']);
  });

  it('the default rules (two thresholds) keep an empty class in view as 0', () => {
    const classified = classify(shop, DEFAULT_CLASSIFY_SETTINGS, TODAY);
    expect(section(buildReport({ records: shop, classification: classified }, 'en'), 'tier').series).toEqual([
      { id: 'high', label: 'High value', count: 0, share: 0 },
      { id: 'medium', label: 'Medium value', count: 2, share: 0.667 },
      { id: 'low', label: 'Low value', count: 1, share: 0.333 },
    ]);
  });
});

describe('customers by owner', () => {
  // 李四 and 王五 share 深圳前海科技: reminders go to each of them, so the report counts it for each.
  const team = [
    rec(2, { name: '深圳前海科技', owner: '李四/王五' }),
    rec(3, { name: '广州白云商贸', owner: '李四' }),
    rec(4, { name: '杭州西湖电子', owner: '王五、赵六' }),
    rec(5, { name: '苏州工业园', owner: '公海' }),
  ];

  it('counts a shared customer for each of its owners, as reminders do, and says so (their shares add up to more than 100 %)', () => {
    const owner = section(buildReport({ records: team }, 'zh-CN'), 'owner');
    expect(owner.series).toEqual([
      { id: '李四', label: '李四', count: 2, share: 0.5 },
      { id: '王五', label: '王五', count: 2, share: 0.5 },
      { id: '赵六', label: '赵六', count: 1, share: 0.25 },
      { id: '#blank', label: '未分配', count: 1, share: 0.25 },
    ]);
    expect(owner.note).toEqual({ code: 'report.note.sharedOwners', params: { count: 2, example: '李四/王五' } });
  });

  it('has no note when no customer is shared', () => {
    expect(section(buildReport({ records: team.slice(1, 2) }, 'en'), 'owner').note).toBeUndefined();
  });
});

describe('Tally', () => {
  it('orders by count descending, then label by code point, then id', () => {
    const t = new Tally();
    for (const [id, label] of [['x', '北京'], ['y', 'Beijing'], ['z', 'Beijing'], ['x', '北京']]) t.add(id, label);
    expect(t.series()).toEqual([
      { id: 'x', label: '北京', count: 2 },
      { id: 'y', label: 'Beijing', count: 1 },
      { id: 'z', label: 'Beijing', count: 1 },
    ]);
  });
});

describe('a rule of the user\'s own without a catch-all level (重点挽回: 是, or nothing)', () => {
  const WIN_BACK: ClassifySettings = {
    ...DEFAULT_CLASSIFY_SETTINGS,
    custom: [{
      id: 'winBack',
      label: { 'zh-CN': '重点挽回', en: 'Win back' },
      levels: [{ id: 'yes', label: { 'zh-CN': '是', en: 'Yes' }, when: { field: 'amount', op: 'gte', value: 20000 } }],
    }],
  };
  const cls = classify(records, WIN_BACK, TODAY);

  it('counts the customers no level matched as blank, so the table adds up to the customers', () => {
    const zh = buildReport({ records, classification: cls }, 'zh-CN');
    expect(rows(zh, 'rule.winBack')).toEqual([['是', 3], ['（空：不符合规则的任何一级）', 2]]);
    expect(section(zh, 'rule.winBack').series.map((x) => x.id)).toEqual(['yes', '#blank']);
    expect(rows(buildReport({ records, classification: cls }, 'en'), 'rule.winBack')).toEqual([['Yes', 3], ['(blank: no level of the rule matched)', 2]]);
  });
});

describe('the region table', () => {
  const sales = [
    rec(2, { name: '张伟', province: '华东' }), rec(3, { name: '王芳', province: '华北' }),
    rec(4, { name: '李娜', province: '华东' }), rec(5, { name: '刘强', province: '' }),
  ];

  it('a 区域 column of 华东 / 华北 is titled by its header, not 按省份', () => {
    const report = buildReport({ records: sales, headers: { province: '区域' } }, 'zh-CN');
    expect([section(report, 'region').title, section(report, 'region').titleParams]).toEqual(['report.section.byColumn', { header: '区域' }]);
    expect(t('zh-CN', 'report.section.byColumn', { header: '区域' })).toBe('按区域');
    expect(t('en', 'report.section.byColumn', { header: 'Sales Region' })).toBe('Customers by Sales Region');
    expect(rows(report, 'region')).toEqual([['华东', 2], ['华北', 1], ['（空）', 1]]);
  });

  it('regions read from the sheet\'s block headings (【华东】, no column) are titled 按地区 / Customers by region', () => {
    const report = buildReport({ records: sales, regionsFromHeadings: true }, 'zh-CN');
    expect([section(report, 'region').title, section(report, 'region').titleParams]).toEqual(['report.section.region', undefined]);
    expect(t('zh-CN', 'report.section.region')).toBe('按地区');
    expect(t('en', 'report.section.region')).toBe('Customers by region');
    expect(rows(report, 'region')).toEqual([['华东', 2], ['华北', 1], ['（空）', 1]]);
  });

  it('a column of provinces keeps 按省份, whatever its header', () => {
    const report = buildReport({ records: [rec(2, { province: '广东' }), rec(3, { province: '浙江省' })], headers: { province: '所在地区' } }, 'zh-CN');
    expect(section(report, 'region').title).toBe('report.section.province');
  });
});

describe('issues by kind', () => {
  it('are named by their short titles (日期晚于今天), not whole sentences with "…"', () => {
    const dated: CellIssue[] = [
      { code: 'rule.dateInFuture', severity: 'warning', rule: 'lastPurchase.future', sheetRow: 2, col: 5, field: 'lastPurchase', params: { field: 'lastPurchase', value: '2027-03-01' } },
      { code: 'rule.dateInFuture', severity: 'warning', rule: 'lastPurchase.future', sheetRow: 3, col: 5, field: 'lastPurchase', params: { field: 'lastPurchase', value: '2027-05-01' } },
    ];
    const report = buildReport({ records: records.slice(0, 2), issues: dated }, 'zh-CN');
    expect(rows(report, 'issues.kind')).toEqual([[issueTitle('zh-CN', 'rule.dateInFuture'), 2]]);
    expect(issueTitle('zh-CN', 'rule.dateInFuture')).toBe('日期晚于今天');
  });
});

describe('invariants', () => {
  it('never throws, is deterministic, and every distribution adds up to the number of customers (owners: at least)', () => {
    fc.assert(fc.property(anyRecords, (recs) => {
      const cls = classify(recs, {
        ...DEFAULT_CLASSIFY_SETTINGS,
        // A rule without an else level leaves rows blank: they still count.
        custom: [{ id: 'big', levels: [{ id: 'big', when: { field: 'amount', op: 'gte', value: 100000 } }] }],
      }, TODAY);
      const a = buildReport({ records: recs, classification: cls }, 'zh-CN', { limit: 5 });
      expect(buildReport({ records: recs, classification: cls }, 'zh-CN', { limit: 5 })).toEqual(a);
      for (const s of a.sections) {
        if (s.id === 'customers') continue;
        const total = s.series.reduce((sum, x) => sum + x.count, 0);
        // A customer two reps share counts for each of them.
        if (s.id === 'owner') expect(total).toBeGreaterThanOrEqual(recs.length);
        else expect(total).toBe(recs.length);
        // Open-ended tables by count, ordered classes in their own order; the blank bucket last in both.
        const blank = s.series.findIndex((x) => x.id === '#blank');
        if (blank >= 0) expect(blank).toBe(s.series.length - 1);
        if (!['industry', 'region', 'owner'].includes(s.id)) continue;
        const counted = s.series.filter((x) => x.id !== '#other' && x.id !== '#blank');
        for (let i = 1; i < counted.length; i++) expect(counted[i].count).toBeLessThanOrEqual(counted[i - 1].count);
      }
    }), { seed: 5, numRuns: 150 });
  });
});

describe('the region table of a province column', () => {
  it('counts a province once however it is written (浙江, 浙江省 left as typed), under the name the sheet shows first', () => {
    const report = buildReport({ records: [rec(2, { province: '浙江' }), rec(3, { province: '浙江省' }), rec(4, { province: '江苏' })] }, 'zh-CN');
    expect(section(report, 'region').series.map((x) => [x.id, x.label, x.count])).toEqual([['浙江省', '浙江', 2], ['江苏省', '江苏', 1]]);
  });
});

describe('the customers table: rows that may be one customer typed twice (review, not merged)', () => {
  // 张伟 (row 2) and 王芳 (row 3) may be one customer: the run is not sure, so each is counted.
  const spend = records.map((r) => (r.fields.amount?.kind === 'number' ? r.fields.amount.value : null));

  it('says how many of the customers counted are such rows, and what of the spending is theirs', () => {
    const report = buildReport({ records, spend, possibleDuplicates: [2, 3] }, 'zh-CN');
    expect(rows(report, 'customers')).toEqual([
      ['客户数', 5],
      ['其中疑似重复的行（待确认，未合并，各算一位客户；其消费 211,000 计入合计）', 2],
    ]);
    const en = buildReport({ records, spend, possibleDuplicates: [2, 3] }, 'en');
    expect(rows(en, 'customers')[1]).toEqual(['Of which rows that may be one customer typed twice (to review, not merged: each counted as a customer; their spending, 211,000, is in the total)', 2]);
  });

  it('without an amount column, the rows alone', () => {
    expect(rows(buildReport({ records, possibleDuplicates: [2, 3] }, 'zh-CN'), 'customers')[1]).toEqual(['其中疑似重复的行（待确认，未合并，各算一位客户）', 2]);
  });

  it('no such row, no line', () => {
    expect(rows(buildReport({ records, spend, possibleDuplicates: [] }, 'zh-CN'), 'customers')).toEqual([['客户数', 5]]);
  });
});
