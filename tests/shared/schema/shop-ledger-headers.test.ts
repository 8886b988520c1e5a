/**
 * Columns a small shop's owner types and relies on (tester h76): a 农资 dealer's 赊账 (what the farmer
 * owes) beside 本年进货额 (what he bought) and 预计复购 (when he will stock up again), a 药房's 上次购药,
 * 下次取药 and 药师, a 花店's or 蛋糕店's 预订日期 / 取货日期 / 配送日期, a Macau member list's
 * Spend (MOP). Each reaches the field it means; money owed is no spending.
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { readHeader } from '../../../shared/schema/header-match';
import { isOwed } from '../../../shared/dedupe/owed';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import type { FieldId } from '../../../shared/schema/fields';

const fieldsOf = (headers: string[]): (FieldId | null)[] => mapHeaders(headers, DEFAULT_SETTINGS).map((m) => m.field);

describe('a shop owner\'s ledger columns', () => {
  it.each<[string, string[], (FieldId | null)[]]>([
    [
      '农资经销台账：赊账金额是欠款（不是消费），本年进货额才是金额，预计复购是下次跟进',
      ['户主姓名', '联系电话', '村镇地址', '种植作物', '种植面积(亩)', '赊账金额', '本年进货额', '上次进货', '预计复购', '业务员', '备注'],
      ['name', 'phone', 'address', null, null, null, 'amount', 'lastPurchase', 'nextFollowUp', 'owner', 'notes'],
    ],
    [
      '建材店：挂账和拿货金额，下次拿货',
      ['客户', '手机', '挂账金额', '拿货金额', '下次拿货', '业务员'],
      ['name', 'mobile', null, 'amount', 'nextFollowUp', 'owner'],
    ],
    [
      '饲料店：赊欠、采购额、预计进货日期',
      ['客户姓名', '电话', '赊欠', '采购额', '预计进货日期'],
      ['name', 'phone', null, 'amount', 'nextFollowUp'],
    ],
    [
      'a farm-supply store in English: Expected Reorder is the next call, Balance Due no spending',
      ['Customer', 'Phone', 'Balance Due', 'Total Sales', 'Last Order', 'Expected Reorder', 'Sales Rep'],
      ['name', 'phone', null, 'amount', 'lastPurchase', 'nextFollowUp', 'owner'],
    ],
    [
      '连锁药房会员：上次购药是最近购买，下次取药是下次跟进，药师是负责人（所属门店照旧不读：会员所属的门店，不是他的部门）',
      ['会员卡号', '姓名', '性别', '手机', '出生日期', '医保类型', '慢病用药', '上次购药', '下次取药', '累计消费', '药师', '所属门店'],
      ['customerId', 'name', 'gender', 'mobile', 'birthday', null, null, 'lastPurchase', 'nextFollowUp', 'amount', 'owner', null],
    ],
    [
      '药房有店员也有药师：店员是负责人，药师是服务人员',
      ['姓名', '手机', '下次取药日期', '业务员', '执业药师'],
      ['name', 'mobile', 'nextFollowUp', 'owner', 'carer'],
    ],
    [
      'a pharmacy in English: Last Refill, Next Refill, Pharmacist',
      ['Patient', 'Phone', 'Last Refill', 'Next Refill', 'Pharmacist'],
      ['name', 'phone', 'lastPurchase', 'nextFollowUp', 'owner'],
    ],
    [
      '花店会员：预订日期是预约的那一天',
      ['会员姓名', '手机号码', '会员生日', '会员等级', '储值余额', '累计消费', '最近消费', '预订日期', '预订商品', '店员', '备注'],
      ['name', 'mobile', 'birthday', 'tier', null, 'amount', 'lastPurchase', 'appointment', null, 'owner', 'notes'],
    ],
    [
      '蛋糕店：取货日期',
      ['顾客姓名', '电话', '取货日期', '蛋糕款式', '定金'],
      ['name', 'phone', 'appointment', null, 'amount'],
    ],
    [
      '花店的送花单：配送日期',
      ['订花人', '手机', '配送日期', '花束'],
      ['name', 'mobile', 'appointment', null],
    ],
    [
      'a UK bakery: Collection Date',
      ['Customer', 'Mobile', 'Collection Date', 'Cake'],
      ['name', 'mobile', 'appointment', null],
    ],
    [
      'a florist\'s Delivery Date',
      ['Customer', 'Mobile', 'Delivery Date', 'Bouquet', 'Card Message'],
      ['name', 'mobile', 'appointment', null, null],
    ],
    [
      'a Macau member list: Spend (MOP) is the amount in patacas',
      ['Name 姓名', 'Mobile 手機', 'Spend (MOP)', 'Branch 分店', 'Staff 負責同事'],
      ['name', 'mobile', 'amount', null, 'owner'],
    ],
  ])('%s', (_, headers, fields) => {
    expect(fieldsOf(headers)).toEqual(fields);
  });

  it('keeps an order export\'s 配送日期 unread: the parcel\'s dispatch, no day booked with the buyer', () => {
    const fields = fieldsOf(['订单编号', '买家会员名', '收货人手机', '配送日期', '实付金额']);
    expect(fields[0]).toBe('orderId');
    expect(fields[3]).toBeNull();
  });
});

describe('an amount with its currency in brackets', () => {
  it.each(['Spend (MOP)', 'Spend (HK$)', 'Spend (NT$)', 'Spend (RM)', 'Spend (S$)', 'Spend (SGD)', 'Spend (MYR)', '消費(澳門元)', '金额(HKD)', 'Total (RM)', 'Spend'])('%s is the amount', (header) => {
    const read = readHeader(header);
    expect(read === null || read === 'refused' ? read : read.field).toBe('amount');
  });

  it.each(['Spend Date', 'Spend Category'])('%s is no amount', (header) => {
    const read = readHeader(header);
    expect(read === null || read === 'refused' ? read : read.field).not.toBe('amount');
  });
});

describe('money owed, typed as a farmer\'s or a builder\'s credit', () => {
  it.each(['赊账金额', '赊账', '赊欠', '赊欠金额', '欠款', '挂账', '挂账金额', '未结金额', '赊销额'])('%s is money owed', (header) => {
    expect(isOwed(header)).toBe(true);
  });

  it.each(['赊账额度', '赊账日期', '是否赊账', '挂账天数'])('%s is no amount owed', (header) => {
    expect(isOwed(header)).toBe(false);
  });
});
