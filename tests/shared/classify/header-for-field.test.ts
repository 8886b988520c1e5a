/** A rule that names a field by its column's header (行业, 区域) is told the field id it meant. */
import { resolveSettings } from '../../../shared/settings/resolve';
import { t } from '../../../shared/i18n';

const vipWhere = (field: string) => ({ classify: { vip: [{ id: 'vip', when: { field, op: 'eq', value: '医药' } }, { id: 'regular' }] } });
const errorsOf = (input: object) => {
  const r = resolveSettings(input);
  return r.ok ? [] : r.errors;
};

describe('a header written where a field id goes', () => {
  it.each([
    ['行业', 'industry', '你是指 industry（行业）吗？'],
    ['区域', 'province', '你是指 province（省份）吗？'],
    ['负责人', 'owner', '你是指 owner（负责人）吗？'],
  ])('%s → suggests %s', (header, id, zh) => {
    const [error] = errorsOf(vipWhere(header));
    expect(error).toMatchObject({ code: 'classify.settings.headerForField', params: { field: header, id } });
    expect(t('zh-CN', error.code, error.params)).toContain(`字段“${header}”不存在：${zh}`);
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
});
