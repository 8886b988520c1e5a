/**
 * Columns service trades keep that say when a customer first bought, who the store's contact is and
 * which plan he holds: a clinic's 首诊日期 (the first treatment, paid), a drinks dealer's 首次进货 and
 * the store's 老板, a gym's 卡种 (年卡 / 季卡: what he bought).
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';

const fields = (headers: string[]) => mapHeaders(headers, DEFAULT_SETTINGS).map((m) => m.field);

describe('service-trade columns are read', () => {
  it('a dental clinic: 首诊日期 is the first purchase, beside 复诊日期 the next visit', () => {
    expect(fields(['序号', '顾客姓名', '手机号码', '首诊日期', '治疗项目', '复诊日期', '消费金额'])).toEqual(
      [null, 'name', 'mobile', 'firstPurchase', 'product', 'nextFollowUp', 'amount']);
  });

  it('a drinks dealer: the store\'s 老板 is its contact, 首次进货 its first purchase', () => {
    expect(fields(['门店名称', '老板', '电话', '业务员', '首次进货', '最近进货日期', '本年进货额'])).toEqual(
      ['company', 'name', 'phone', 'owner', 'firstPurchase', 'lastPurchase', 'amount']);
    const boss = mapHeaders(['门店名称', '店主姓名', '电话'], DEFAULT_SETTINGS)[1];
    expect(boss.field).toBe('name');
  });

  it('a gym: 卡种 is the plan the member bought, beside the card\'s 到期日期', () => {
    expect(fields(['会员姓名', '手机号', '卡种', '开卡日期', '到期日期', '会籍顾问'])).toEqual(
      ['name', 'mobile', 'product', 'createdAt', 'contractEnd', 'owner']);
    expect(fields(['Member Name', 'Mobile', 'Membership Type', 'Expiry Date'])).toEqual(['name', 'mobile', 'product', 'contractEnd']);
  });
});
