/** A team lead's levels for VIP and tier, and a stale reminder, on a sheet without the columns they read. */
import { planOf } from './helpers';
import { t } from '../../../shared/i18n';

const SHEET = [
  ['客户名称', '手机', '行业', '区域', '年采购额', '最近购买'],
  ['合肥丰安制药有限公司', '13812345678', '医药', '华东', '2460000', '2024-06-20'],
  ['青岛广昌化工材料有限公司', '13900001111', '化工', '华南', '883000', '2024-11-02'],
];
const VIP_ON_CITY = {
  classify: {
    vip: [{ id: 'vip', when: { all: [{ field: 'industry', op: 'in', value: ['汽车制造', '医药'] }, { field: 'city', op: 'eq', value: '华东' }] } }, { id: 'regular' }],
    tier: [{ id: 'high', when: { field: 'orders', op: 'gte', value: 10 } }, { id: 'low' }],
  },
};
const missing = (input: object) => planOf(SHEET, input).problems.filter((p) => p.code === 'classify.settingFieldMissing');

describe('levels of a built-in dimension reading a column the sheet lacks', () => {
  it('says which setting reads which field, once each: VIP on city, tier on orders', () => {
    expect(missing(VIP_ON_CITY).map((p) => [p.severity, p.params?.setting, p.params?.field])).toEqual([
      ['warning', 'classify.tier', 'orders'],
      ['warning', 'classify.vip', 'city'],
    ]);
  });

  it('names the headers that would be read as the field, in Chinese and in English', () => {
    const city = missing(VIP_ON_CITY).find((p) => p.params?.field === 'city')!;
    expect(t('zh-CN', city.code, city.params)).toContain('设置 classify.vip 读取“城市”，但本表没有哪一列被识别为“城市”（表头如 “城市”、“所在城市”');
    expect(t('en', city.code, city.params)).toContain('The setting classify.vip reads City, but no column of this sheet is read as City (a header such as "City", "Town"');
  });

  it('says nothing when the sheet has the columns (行业 is industry), nor for the built-in presets', () => {
    expect(missing({ classify: { vip: [{ id: 'vip', when: { field: 'industry', op: 'eq', value: '医药' } }, { id: 'regular' }] } })).toEqual([]);
    expect(missing({ classify: { tier: { preset: 'tierByAmount', thresholds: [1_000_000, 200_000] } } })).toEqual([]);
  });
});

describe('a stale reminder with no last-contact or updated column', () => {
  it('is said when the user set it up: 90 days of silence cannot be read without those columns', () => {
    expect(missing({ remind: { stale: { days: 90 } } }).map((p) => [p.params?.setting, p.params?.field])).toEqual([
      ['remind.stale', 'lastContact'],
      ['remind.stale', 'updatedAt'],
    ]);
  });

  it('says nothing when one of its fields is there, or when it reads purchases', () => {
    expect(missing({ remind: { stale: { days: 90, fields: ['lastPurchase'] } } })).toEqual([]);
    expect(missing({ remind: { stale: { enabled: false, days: 90 } } })).toEqual([]);
  });
});
