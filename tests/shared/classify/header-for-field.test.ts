/**
 * A rule that names a field by a header its sheet does not have (行业, 区域 on a sheet without those
 * columns) is told the field id it meant; a misspelt id the id it is nearest. A name is checked
 * against the sheet the run reads (a rule may name any of its columns by header), so the settings
 * alone never refuse it.
 */
import { resolveSettings } from '../../../shared/settings/resolve';
import { run } from '../../../shared/plan/build';
import { t } from '../../../shared/i18n';
import { gridOf, TODAY } from '../plan/helpers';

/** A 医药 distributor's list, without 行业, 区域 or 负责人 columns. */
const SHEET = [
  ['客户名称', '手机', '累计采购额', '最近下单'],
  ['康宁大药房', '13812345678', '128000', '2024-10-08'],
  ['仁和诊所', '13900001111', '8600', '2024-06-30'],
];

const vipWhere = (field: string) => ({ classify: { vip: [{ id: 'vip', when: { field, op: 'eq', value: '医药' } }, { id: 'regular' }] } });
const errorsOf = (input: object) => {
  const resolved = resolveSettings(input);
  if (!resolved.ok) return resolved.errors;
  const out = run(gridOf(SHEET), { settings: resolved.settings, today: TODAY });
  return out.ok ? [] : [out.problem];
};

describe('a header written where a field id goes, on a sheet without that column', () => {
  it('is not refused by the settings alone: the sheet may have the column', () => {
    expect(resolveSettings(vipWhere('行业')).ok).toBe(true);
  });

  it.each([
    ['行业', 'industry', '你是指 industry（行业）吗？'],
    ['区域', 'province', '你是指 province（省份）吗？'],
    ['负责人', 'owner', '你是指 owner（负责人）吗？'],
  ])('%s → suggests %s', (header, id, zh) => {
    const [error] = errorsOf(vipWhere(header));
    expect(error).toMatchObject({ code: 'classify.settings.headerForField', params: { field: header, id } });
    expect(t('zh-CN', error.code, error.params)).toContain(`字段“${header}”不存在：${zh}本表没有表头为“${header}”的列`);
  });

  it('in English too: "Industry" → industry', () => {
    const [error] = errorsOf(vipWhere('Industry'));
    expect(t('en', error.code, error.params)).toContain('Unknown field "Industry" at classify.vip[0].when.field: did you mean industry (Industry)?');
  });

  it('a word that is no field’s header keeps the list of field ids', () => {
    expect(errorsOf(vipWhere('鞋码')).map((e) => e.code)).toEqual(['classify.settings.unknownField']);
  });

  it.each([
    ['industy', 'industry'],
    ['lastPurchse', 'lastPurchase'],
    ['ownr', 'owner'],
    ['provnice', 'province'],
  ])('a misspelt id (%s) is told the id it is nearest: %s', (typed, id) => {
    const [error] = errorsOf(vipWhere(typed));
    expect(error).toMatchObject({ code: 'classify.settings.fieldMisspelt', params: { field: typed, id } });
    expect(t('zh-CN', error.code, error.params)).toContain(`字段“${typed}”不存在：你是指 ${id} 吗？`);
  });

  it('a word near no id, or as near two, gets no guess', () => {
    expect(errorsOf(vipWhere('shoeSize')).map((e) => e.code)).toEqual(['classify.settings.unknownField']);
  });

  it('a header the sheet has is its column, read as the field it holds: 最近下单 is the last purchase', () => {
    const resolved = resolveSettings({ classify: { custom: [{ id: 'recent', label: { 'zh-CN': '近期下单', en: 'Recent' }, levels: [{ id: 'yes', label: { 'zh-CN': '是', en: 'Yes' }, when: { field: '最近下单', op: 'withinDays', value: 90 } }] }] } });
    if (!resolved.ok) throw new Error('settings');
    const out = run(gridOf(SHEET), { settings: resolved.settings, today: TODAY });
    if (!out.ok) throw new Error(out.problem.code);
    expect(out.plan.classification.rows.map((r) => r.labels.custom.recent)).toEqual(['yes', null]);
  });
});
