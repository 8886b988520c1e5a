import { buildReport } from '../../../shared/report/build-report';
import { classify } from '../../../shared/classify/classify';
import { DEFAULT_CLASSIFY_SETTINGS, type ClassifySettings } from '../../../shared/classify/settings';
import type { Report } from '../../../shared/report/types';
import { civil, d, rec } from '../classify/helpers';

// The class tables, the user's own rule and the retired records are counted in one pass over the
// classified rows: each table must still count every customer once, with his own spending.
const TODAY = civil('2025-06-30');
const records = [
  rec(2, { name: '张伟', industry: '制造业', owner: '李娜', amount: 186000, lastPurchase: d('2025-05-20') }),
  rec(3, { name: '王芳', industry: '零售', owner: '李娜', amount: 25000.5, lastPurchase: d('2024-05-26'), status: '作废' }),
  rec(4, { name: 'Emily Chen', industry: 'IT', owner: 'Zoe', lastContact: d('2025-06-01'), recordStatus: '停用' }),
  rec(5, { name: '刘强', industry: '制造业', owner: '', amount: 680000, lastPurchase: d('2025-04-01') }),
  rec(6, { name: '陈静', industry: '批发', owner: '李娜', amount: 9999.25, lastPurchase: d('2025-03-31'), status: '作废' }),
];
const settings: ClassifySettings = {
  ...DEFAULT_CLASSIFY_SETTINGS,
  // No else level: 零售 and 批发 match no level and count as blank.
  custom: [{ id: 'keyIndustry', label: { 'zh-CN': '重点行业', en: 'Key industry' }, levels: [{ id: 'yes', label: { 'zh-CN': '是', en: 'Yes' }, when: { field: 'industry', op: 'in', value: ['制造业', 'IT'] } }] }],
};
const classification = classify(records, settings, TODAY);
const spend = records.map((r) => (r.fields.amount?.kind === 'number' ? r.fields.amount.value : null));
const report: Report = buildReport({ records, classification, spend }, 'zh-CN');
const table = (id: string) => report.sections.find((s) => s.id === id)!.series.map((s) => [s.label, s.count, s.spend]);

describe('buildReport: class tables in one pass', () => {
  it('counts the voided (作废) and the deactivated (停用) records apart under the customers', () => {
    expect(report.sections[0].series.map((s) => [s.id, s.count])).toEqual([['total', 5], ['voided', 2], ['deactivated', 1]]);
  });

  it('gives each class its customers\' spending, cents kept, and each table adds up to all of it', () => {
    expect(table('tier')).toEqual([['高价值', 2, 866000], ['中价值', 1, 25000.5], ['低价值', 1, 9999.25], ['未知', 1, 0]]);
    for (const id of ['lifecycle', 'activity', 'tier', 'vip', 'rule.keyIndustry']) {
      const series = report.sections.find((s) => s.id === id)!.series;
      expect(series.reduce((n, s) => n + s.count, 0)).toBe(5);
      expect(series.reduce((n, s) => n + (s.spend ?? 0), 0)).toBeCloseTo(900999.75, 2);
    }
  });

  it('counts the user\'s rule with the rows no level matched as blank', () => {
    expect(table('rule.keyIndustry')).toEqual([['是', 3, 866000], ['（空：不符合规则的任何一级）', 2, 34999.75]]);
  });
});
