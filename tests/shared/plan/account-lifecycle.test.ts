/**
 * A customer company's contacts are of one account: where a 代账 firm's client 东莞市鑫隆 pays on its
 * boss's row and its 财务 has a row of her own (one 统一社会信用代码, no fee typed on hers), she is a
 * contact of an existing customer, not a 潜在客户 (tester h72 #7). The account carries its lifecycle to
 * its contacts, and her reason says which row holds it. Two people who merely work at one employer
 * (a sheet of people with a 工作单位 column) stay each his own.
 */
import { messageText } from '../../../shared/classify/reason';
import { planOf } from './helpers';

const lifecycleOf = (plan: ReturnType<typeof planOf>, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)?.labels.lifecycle;
const reasonOf = (plan: ReturnType<typeof planOf>, row: number, lang: 'zh-CN' | 'en') =>
  plan.classification.rows.find((r) => r.sheetRow === row)!.reasons.filter((r) => r.dimension === 'lifecycle').map((r) => messageText(lang, r.code, r.params));

describe('an account carries its lifecycle to its contacts', () => {
  const BOOKKEEPING = [
    ['客户编号', '公司名称', '统一社会信用代码', '联系人', '手机', '服务费(元/月)', '最近付款'],
    ['KH0020', '东莞市鑫隆五金制品有限公司', '91441900MA4KKKK45D', '钟伟明', '13711112345', '800', '2024-11-15'],
    ['KH0021', '东莞市鑫隆五金制品有限公司', '91441900MA4KKKK45D', '钟太（财务）', '13711119876', '', ''],
    ['KH0022', '东莞市鼎盛供应链管理有限公司', '91440300Q1W9DLTMLT', '闫敏', '18715720355', '', ''],
  ];

  it('the 财务 of a paying client is an existing customer, said why', () => {
    const plan = planOf(BOOKKEEPING);
    expect(lifecycleOf(plan, 2)).toBe('existing');
    expect(lifecycleOf(plan, 3)).toBe('existing');
    expect(reasonOf(plan, 3, 'zh-CN')).toEqual(['与第 2 行同属“东莞市鑫隆五金制品有限公司”，该单位是现有客户：联系人随单位归类']);
    expect(reasonOf(plan, 3, 'en')).toEqual(['one account with row 2 ("东莞市鑫隆五金制品有限公司"), which is an existing customer: a contact takes the class of the company']);
    // A company of its own that bought nothing stays a prospect.
    expect(lifecycleOf(plan, 4)).toBe('potential');
  });

  it('an English account list: Account Name beside Contact, one company\'s two contacts', () => {
    const plan = planOf([
      ['Account Name', 'Contact', 'Email', 'Last Order', 'Total Spend'],
      ['Harbour Freight Ltd', 'Dan Okoro', 'dan@harbourfreight.co.uk', '2024-10-02', '£12,400'],
      ['Harbour Freight Ltd', 'Priya Nair', 'accounts@harbourfreight.co.uk', '', ''],
    ]);
    expect(lifecycleOf(plan, 3)).toBe('existing');
  });

  it('two people who work at one employer are each his own customer', () => {
    const plan = planOf([
      ['姓名', '手机', '工作单位', '消费金额', '最近消费'],
      ['王磊', '13812345678', '腾讯科技（深圳）有限公司', '3000', '2024-11-02'],
      ['李娜', '13987654321', '腾讯科技（深圳）有限公司', '', ''],
    ]);
    expect(lifecycleOf(plan, 3)).toBe('potential');
  });

});
