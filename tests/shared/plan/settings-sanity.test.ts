/** Settings that run but cannot mean what their writer meant: a level no row can reach, all customers in one level. */
import { planOf } from './helpers';
import { t } from '../../../shared/i18n';

const COMPANIES = ['华东精工', '宏达化工', '锦程物流', '顺丰五金', '新锐医药', '明远贸易', '丰安制药', '广昌化工', '德胜机械', '恒通电子'];
/** 25 customers from ¥30,000 to ¥3,000,000 a year. */
const SHEET = [
  ['客户名称', '手机', '年采购额'],
  ...Array.from({ length: 25 }, (_, i) => [`${COMPANIES[i % 10]}${i + 1}号有限公司`, `1381234${String(5000 + i)}`, String(30_000 + i * 120_000)]),
];
const problems = (input: object, code: string) => planOf(SHEET, input).problems.filter((p) => p.code === code);
const level = (id: string, zh: string, when?: unknown) => ({ id, label: { 'zh-CN': zh, en: id }, ...(when ? { when } : {}) });

describe('a level an earlier level always takes first', () => {
  const overlap = { classify: { custom: [{ id: 'sz', label: { 'zh-CN': '规模', en: 'Size' }, levels: [
    level('mid', '中', { field: 'amount', op: 'gte', value: 200_000 }),
    level('big', '大', { field: 'amount', op: 'gte', value: 1_000_000 }),
    level('small', '小'),
  ] }] } };

  it('is said: big (≥ 1,000,000) after mid (≥ 200,000) is never given', () => {
    const [p] = problems(overlap, 'classify.levelShadowed');
    expect(p).toEqual({ code: 'classify.levelShadowed', severity: 'warning', params: { setting: 'classify.custom[0]', level: 'big', earlier: 'mid' } });
    expect(t('zh-CN', p.code, p.params)).toContain('classify.custom[0] 中的级别“big”永远不会被用到');
    expect(planOf(SHEET, overlap).classification.rows.some((r) => r.labels.custom.sz === 'big')).toBe(false);
  });

  it('is not said when the narrower level comes first', () => {
    const levels = overlap.classify.custom[0].levels;
    expect(problems({ classify: { custom: [{ ...overlap.classify.custom[0], levels: [levels[1], levels[0], levels[2]] }] } }, 'classify.levelShadowed')).toEqual([]);
  });
});

describe('every classified customer in one level', () => {
  it('tier thresholds written in 万元 ([100, 20]) make all 25 high value: said, naming the setting', () => {
    const [p] = problems({ classify: { tier: { preset: 'tierByAmount', thresholds: [100, 20] } } }, 'classify.oneLevelOnly');
    expect(p).toMatchObject({ severity: 'warning', params: { setting: 'classify.tier', count: 25, level: 'high' } });
    expect(t('zh-CN', p.code, p.params)).toContain('classify.tier 把它分类的全部 25 位客户都归入同一级别“高价值”');
    expect(t('en', p.code, p.params)).toContain('classify.tier puts all 25 customers it classifies in one level, "High value"');
  });

  it('is not said when the thresholds spread them, nor for the built-in defaults, nor on a small sheet', () => {
    expect(problems({ classify: { tier: { preset: 'tierByAmount', thresholds: [1_000_000, 200_000] } } }, 'classify.oneLevelOnly')).toEqual([]);
    expect(problems({}, 'classify.oneLevelOnly')).toEqual([]);
    const small = SHEET.slice(0, 6);
    expect(planOf(small, { classify: { tier: { preset: 'tierByAmount', thresholds: [100, 20] } } }).problems.filter((p) => p.code === 'classify.oneLevelOnly')).toEqual([]);
  });
});

describe('all customers in one level by a rule on no amount', () => {
  it('is what the sheet is, not a mistake: a Shanghai team\'s customers all in 华东, an old export all lost', () => {
    const east = SHEET.map((r, i) => [...r, i === 0 ? '省份' : '上海']);
    const region = { classify: { custom: [{ id: 'area', label: { 'zh-CN': '大区', en: 'Area' }, levels: [
      level('east', '华东', { field: 'province', op: 'in', value: ['上海', '江苏', '浙江'] }),
      level('other', '其他'),
    ] }] } };
    expect(planOf(east, region).problems.filter((p) => p.code === 'classify.oneLevelOnly')).toEqual([]);
    const lost = SHEET.map((r, i) => [...r, i === 0 ? '最近购买' : '2021-03-01']);
    const activity = { classify: { activity: { preset: 'activityByRecency', activeDays: 60, dormantDays: 200 } } };
    expect(planOf(lost, activity).problems.filter((p) => p.code === 'classify.oneLevelOnly')).toEqual([]);
  });

  it('is said for a rule of the user\'s own on amounts', () => {
    const size = { classify: { custom: [{ id: 'sz', label: { 'zh-CN': '规模', en: 'Size' }, levels: [
      level('big', '大', { field: 'amount', op: 'gte', value: 10 }),
      level('small', '小'),
    ] }] } };
    expect(problems(size, 'classify.oneLevelOnly').map((p) => p.params?.setting)).toEqual(['classify.custom[0]']);
  });
});
