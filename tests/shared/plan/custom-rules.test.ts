/** A sales manager's own classification rules, and what the run says when one cannot read the sheet. */
import { planOf } from './helpers';
import { t } from '../../../shared/i18n';

const SHEET = [
  ['客户名称', '手机', '客户状态', '省份', '累计消费'],
  ['张伟', '13812345678', '已流失', '广东', '12000'],
  ['王芳', '13900001111', '合作中', '浙江', '800'],
];

const rule = (field: string) => ({
  classify: { custom: [{ id: 'focus', label: { 'zh-CN': '重点', en: 'Focus' }, levels: [{ id: 'lost', label: { 'zh-CN': '已流失', en: 'Lost' }, when: { field, op: 'eq', value: '已流失' } }] }] },
});

describe('a custom rule on a field the sheet does not have', () => {
  it('is said once, naming the rule and the field: 客户状态 was read as the customer type, not the status', () => {
    const plan = planOf(SHEET, rule('status'));
    expect(plan.columns.find((c) => c.header === '客户状态')?.field).toBe('customerType');
    expect(plan.problems.filter((p) => p.code === 'classify.ruleFieldMissing')).toEqual([
      { code: 'classify.ruleFieldMissing', severity: 'warning', params: { rule: 'focus', field: 'status' } },
    ]);
    expect(t('zh-CN', 'classify.ruleFieldMissing', { rule: 'focus', field: 'status' })).toContain('你的规则“focus”读取“状态”');
  });

  it('says nothing when the field is there, and the rule labels its rows', () => {
    const plan = planOf(SHEET, rule('customerType'));
    expect(plan.problems.filter((p) => p.code === 'classify.ruleFieldMissing')).toEqual([]);
    expect(plan.classification.rows.map((r) => r.labels.custom.focus ?? null)).toEqual(['lost', null]);
  });
});

describe('a header override that names no header of the sheet', () => {
  it('is said, so a typo (Teritory for Territory) is not taken for a mapping', () => {
    const plan = planOf([
      ['Name', 'Mobile', 'Territory'],
      ['Ann Lee', '13812345678', 'South'],
    ], { headers: { overrides: { Teritory: 'province', mobile: 'mobile' } } });
    expect(plan.problems.filter((p) => p.code === 'headers.overrideUnused')).toEqual([
      { code: 'headers.overrideUnused', severity: 'warning', params: { header: 'Teritory', sheet: '客户' } },
    ]);
    expect(t('zh-CN', 'headers.overrideUnused', { header: 'Teritory', sheet: '客户' })).toBe('headers.overrides 中的“Teritory”与工作表“客户”的任何列标题都对不上：请对照表头检查拼写。');
  });
});

describe('a reminder reading a class the settings switch off', () => {
  const needs = (settings: object) => planOf(SHEET, settings).problems.filter((p) => p.code === 'remind.needsClass');

  it('classify.activity: null leaves the dormant-VIP reminder nothing to read: said, not silent', () => {
    expect(needs({ classify: { activity: null } })).toEqual([
      { code: 'remind.needsClass', severity: 'warning', params: { rule: 'highValueDormant', dimension: 'activity' } },
    ]);
    expect(t('zh-CN', 'remind.needsClass', { rule: 'highValueDormant', dimension: 'activity' })).toContain('classify.activity: null');
  });

  it('tiers and VIP both off: said too; one of them left is enough', () => {
    expect(needs({ classify: { tier: null, vip: null } }).map((p) => p.params?.dimension)).toEqual(['tier']);
    expect(needs({ classify: { tier: null } })).toEqual([]);
  });

  it('says nothing with the defaults, or when the reminder is switched off too', () => {
    expect(needs({})).toEqual([]);
    expect(needs({ classify: { activity: null }, remind: { highValueDormant: { enabled: false } } })).toEqual([]);
  });
});

describe('the reasons column of a row that fell to a rule\'s else level', () => {
  // A team lead's three rules, each ending in an else level: before, the row read
  // "…；不符合其他规则；不符合其他规则；不符合其他规则", no word of which rule or label.
  const settings = {
    classify: {
      custom: [
        { id: 'focus', label: { 'zh-CN': '重点行业', en: 'Focus trade' }, levels: [
          { id: 'yes', label: { 'zh-CN': '重点', en: 'Focus' }, when: { field: 'province', op: 'eq', value: '广东' } },
          { id: 'no', label: { 'zh-CN': '一般', en: 'Other' } },
        ] },
        { id: 'team', label: { 'zh-CN': '小组', en: 'Team' }, levels: [
          { id: 'south', label: { 'zh-CN': '华南组', en: 'South' }, when: { field: 'province', op: 'in', value: ['广东', '福建'] } },
          { id: 'other', label: { 'zh-CN': '其他组', en: 'Others' } },
        ] },
      ],
    },
  };
  const reasons = (lang: 'zh-CN' | 'en') => {
    const plan = planOf(SHEET, { ...settings, language: lang });
    const col = plan.addedColumns.find((c) => c.id === 'class.reasons')!;
    return col.values.map((v) => (v.kind === 'text' ? v.value : ''));
  };

  it('names the rule and the label it gave, in Chinese and in English', () => {
    expect(reasons('zh-CN')[1]).toContain('重点行业：一般（其他规则都不符合）');
    expect(reasons('zh-CN')[1]).toContain('小组：其他组（其他规则都不符合）');
    expect(reasons('en')[1]).toContain('Team: Others, as no other rule matched');
    expect(reasons('zh-CN')[1]).not.toMatch(/(^|；)不符合其他规则/);
  });
});

describe('the report of a sheet classified by the team lead\'s own rules', () => {
  it('counts each rule\'s labels, titled by the rule\'s name, as it counts the built-in classes', () => {
    const plan = planOf(SHEET, {
      classify: { custom: [{ id: 'team', label: { 'zh-CN': '小组', en: 'Team' }, levels: [
        { id: 'south', label: { 'zh-CN': '华南组', en: 'South' }, when: { field: 'province', op: 'eq', value: '广东' } },
        { id: 'other', label: { 'zh-CN': '其他组', en: 'Others' } },
      ] }] },
    });
    const section = plan.report.sections.find((s) => s.id === 'rule.team');
    expect(section).toMatchObject({ title: 'report.section.rule', titleParams: { rule: '小组' } });
    expect(section?.series.map((x) => [x.label, x.count]).sort()).toEqual([['其他组', 1], ['华南组', 1]].sort());
    expect(t('zh-CN', section!.title, section!.titleParams)).toBe('按小组');
  });

  it('leaves out a rule that labelled nobody (its column is missing)', () => {
    const plan = planOf(SHEET, rule('status'));
    expect(plan.report.sections.some((s) => s.id.startsWith('rule.'))).toBe(false);
  });
});
