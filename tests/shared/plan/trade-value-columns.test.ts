/**
 * The column that carries what a Chinese trade's customer is worth, in the trade's own word: a car
 * dealer's 成交价, a courier's 本年运费, a contract's 合同总价; how often he bought, as a 微商 counts it
 * (复购次数); and the day the shop delivers and installs (送货安装日期), a day the customer is booked for.
 * Unread, every customer of such a sheet was 价值等级 未知 and the delivery went unreminded (tester h74 #8).
 */
import { planOf } from './helpers';
import type { Plan } from '../../../shared';

const fieldOf = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)?.field ?? null;
const tierOf = (plan: Plan, sheetRow: number) => plan.classification?.rows.find((r) => r.sheetRow === sheetRow)?.labels.tier;

describe('a used-car dealer\'s 成交价 is what the buyer paid', () => {
  const plan = planOf([
    ['客户', '电话', '意向车型', '预算(万)', '到店日期', '成交日期', '成交价', '保险到期', '销售', '客户状态'],
    ['李娜', '13912345678', '2021款 凯美瑞', '20', '2024-10-02', '2024-10-20', '198000', '2025-10-19', '彭经理', '已成交'],
    ['陈建国', '13700001111', '大众 帕萨特', '15', '2024-08-11', '2024-08-30', '56000', '2025-08-29', '小董', '已成交'],
    ['周慧', '13600002222', '本田 雅阁', '18', '2024-11-29', '', '', '', '老韩', '跟进中'],
  ]);

  it('reads 成交价 as the amount, so the buyers get a value tier', () => {
    expect(fieldOf(plan, '成交价')).toBe('amount');
    expect(tierOf(plan, 2)).toBe('high');
    expect(tierOf(plan, 3)).toBe('medium');
  });

  it('leaves the budget (预算) unread: what he means to spend is no spending', () => {
    expect(fieldOf(plan, '预算(万)')).toBeNull();
  });
});

describe('a courier\'s 本年运费 is what the account paid this year', () => {
  const plan = planOf([
    ['客户名称', '联系人', '联系电话', '本月发件量', '本年运费', '合同到期日', '业务员', '最近拜访'],
    ['北京恒通电子科技有限公司', '刘经理', '13811112222', '320', '186000', '2025-06-30', '马超', '2024-11-10'],
    ['天津瑞源食品有限公司', '王主管', '13822223333', '45', '23800', '2025-03-31', '宋佳', '2024-10-01'],
  ]);

  it('reads 本年运费 as the amount and tiers the accounts by it', () => {
    expect(fieldOf(plan, '本年运费')).toBe('amount');
    expect(tierOf(plan, 2)).toBe('high');
    expect(tierOf(plan, 3)).toBe('medium');
  });

  it('but a parcel count (本月发件量) stays unread', () => {
    expect(fieldOf(plan, '本月发件量')).toBeNull();
  });
});

describe('a contract\'s 合同总价, a 签约价', () => {
  it.each([
    ['合同总价', '合同总价'],
    ['签约价', '签约价'],
    ['年度运费', '年度运费'],
    ['累计运费', '累计运费'],
  ])('%s is the amount where no spending column says otherwise', (header) => {
    const plan = planOf([
      ['公司名称', '联系人', '手机', header, '负责人'],
      ['苏州华丰机械有限公司', '张立', '13500135000', '260000', '吴敏'],
    ]);
    expect(fieldOf(plan, header)).toBe('amount');
  });

  it('beside a 累计消费 column, a 成交价 is not read as the amount (the spending column says it)', () => {
    const plan = planOf([
      ['姓名', '手机', '成交价', '累计消费'],
      ['王强', '13600136000', '128000', '156000'],
    ]);
    expect(fieldOf(plan, '累计消费')).toBe('amount');
    expect(fieldOf(plan, '成交价')).not.toBe('amount');
  });
});

describe('a 微商\'s 复购次数 is how often the customer bought', () => {
  it.each(['复购次数', '回购次数', '累计购买次数', '累计下单次数'])('%s is read as the orders', (header) => {
    const plan = planOf([
      ['昵称', '微信号', '手机', '最近下单', header, '累计金额', '跟进人'],
      ['龙井阿姨', 'wxid_lj88', '13500001111', '2024-11-02', '6', '8800', '阿芳'],
    ]);
    expect(fieldOf(plan, header)).toBe('orders');
  });
});

describe('a furniture shop\'s 送货安装日期 is a day the customer is booked for', () => {
  const plan = planOf([
    ['客户姓名', '手机', '销售顾问', '下单日期', '成交金额', '送货安装日期', '下次回访'],
    ['周杰', '13900139000', '刘洋', '2024-11-20', '32000', '2024-12-03', '2024-12-20'],
    ['孙红', '13700137000', '王磊', '2024-10-01', '18800', '2024-10-15', ''],
  ]);

  it('reads it as the appointment and reminds it days ahead, in its own word', () => {
    expect(fieldOf(plan, '送货安装日期')).toBe('appointment');
    const due = plan.reminders.reminders.filter((r) => r.kind === 'appointment');
    expect(due.map((r) => [r.sheetRow, r.owner, r.due])).toEqual([[2, '刘洋', '2024-12-03']]);
    expect(JSON.stringify(due[0].reason.params)).toContain('送货安装');
  });

  it('chases no 尾款 after a delivery: the balance the order left is paid on the day (货到付款)', () => {
    const owing = planOf([
      ['客户姓名', '手机', '销售顾问', '下单日期', '成交金额', '已付定金', '尾款', '送货安装日期'],
      ['罗丽娟', '13900139001', '刘洋', '2023-04-20', '44957', '13487', '31470', '2023-05-06'],
      ['周杰', '13900139000', '刘洋', '2024-11-20', '15800', '5000', '10800', '2024-12-03'],
    ]);
    expect(owing.reminders.reminders.filter((r) => r.kind === 'appointment').map((r) => [r.sheetRow, r.reason.code])).toEqual([[3, 'remind.reason.appointmentSoonWhat']]);
  });

  it.each(['安装日期', '送货日期', '预约安装日期', '上门安装时间', '送装日期'])('%s too', (header) => {
    const p = planOf([
      ['客户姓名', '手机', '销售顾问', header],
      ['周杰', '13900139000', '刘洋', '2024-12-02'],
    ]);
    expect(fieldOf(p, header)).toBe('appointment');
  });
});
