/**
 * A price and the deposit that secures it: the deposit (定金, 已付定金) is part of the price, paid before
 * the rest (尾款 = 团费 − 定金), never extra spend. What the customer spent is the price (a travel agent's
 * 团费, a contract's 合同价, a package's 套餐价) wherever its column stands; the deposit is read as the
 * amount only where no column names a price (a wedding studio's 定金 beside its 尾款). Tester h72 #2: a
 * travel agent's 团费 18,800 went unread and its 已付定金 5,000 made 刘美华 低价值.
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import type { FieldId } from '../../../shared/schema/fields';
import { planOf } from '../plan/helpers';

const fieldsOf = (headers: string[]): (FieldId | null)[] => mapHeaders(headers, DEFAULT_SETTINGS).map((m) => m.field);

const SHEETS: [string, string[], (FieldId | null)[]][] = [
  [
    'a travel agent\'s tour list: the 团费 is what the traveller pays, the 已付定金 part of it, the 尾款 what is owed',
    ['客户姓名', '手机', '线路', '团费', '已付定金', '尾款', '销售顾问'],
    ['name', 'mobile', 'product', 'amount', null, null, 'owner'],
  ],
  [
    'the deposit written left of the price: the price still wins',
    ['客户姓名', '手机', '定金', '合同价', '业务员'],
    ['name', 'mobile', null, 'amount', 'owner'],
  ],
  [
    'a 月子中心\'s package price beside the deposit paid',
    ['客户姓名', '手机', '套餐', '已交定金', '套餐价', '月子顾问'],
    ['name', 'mobile', null, null, 'amount', 'owner'],
  ],
  [
    'a wedding studio without a price column: the deposit is what the couple paid so far',
    ['新郎', '新郎电话', '婚期', '定金', '尾款', '顾问'],
    ['name', 'phone', 'appointment', 'amount', null, 'owner'],
  ],
  [
    'an English tour operator: the Tour Price is what the customer pays',
    ['Customer', 'Mobile', 'Tour Price', 'Balance Due', 'Sales Rep'],
    ['name', 'mobile', 'amount', null, 'owner'],
  ],
];

describe.each(SHEETS)('%s', (_, headers, expected) => {
  it('reads each column so', () => expect(fieldsOf(headers)).toEqual(expected));
});

describe('a traveller\'s value is the tour\'s price, not the deposit', () => {
  const TOURS = [
    ['客户姓名', '手机', '线路', '团费', '已付定金', '尾款', '销售顾问'],
    ['刘美华', '13612349876', '欧洲法意瑞12天', '¥18,800', '5000', '13800', '张婷'],
    ['梁芳', '13812867989', '澳新12天', '5999', '1000', '4999', '张婷'],
    ['王建国', '13922457788', '日本本州6晚7天', '8999', '8999', '0', '李强'],
  ];

  it('classes 刘美华 by her 团费 18,800 (中价值), and the report counts the tours\' prices once, deposits not added', () => {
    const plan = planOf(TOURS);
    const liu = plan.classification.rows.find((r) => r.sheetRow === 2)!;
    expect(liu.labels.tier).toBe('medium');
    const spend = plan.report.sections.find((s) => s.id === 'customers')!.spendTotal;
    expect(spend).toBe(18_800 + 5_999 + 8_999);
  });
});
