/** A bank's or a wealth manager's client list: the client's worth is what he keeps with the bank, not how much risk he may take. */
import { planOf } from './helpers';

// The tester's 客户名单.csv: 黄志明 keeps 860.5 万 with the bank, 杨帆 (here) 0.5 万; their risk ratings
// (C4-进取型, R2稳健) were read as the sheet's own tiers.
const CLIENTS = [
  ['客户姓名', '手机号码', '风险等级', 'AUM(万元)', '持有产品', '理财到期日', '客户经理', '最近联系日期'],
  ['黄志明', '13800138000', 'C4-进取型', '860.5', '稳盈180天', '2024-12-12', '林静', '2024-11-20'],
  ['许丽华', '13900139000', 'C3', '120', '季季红3号', '2024-12-14', '林静', '2024-10-01'],
  ['杨帆', '13712345678', 'R2稳健', '0.5', '现金宝', '2024-12-30', '陈刚', '2024-04-10'],
];

describe('a bank\'s client list', () => {
  const plan = planOf(CLIENTS);

  it('tiers the clients by the assets they keep, not by their risk ratings', () => {
    const tiers = plan.addedColumns.find((c) => c.id === 'class.tier')!.values.map((v) => (v.kind === 'text' ? v.value : ''));
    expect(tiers).toEqual(['高价值', '高价值', '低价值']);
  });
});
