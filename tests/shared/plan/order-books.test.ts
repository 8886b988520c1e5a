/** A florist's or a bakery's order book: who orders is the customer; who receives the flowers is someone else. */
import { planOf } from './helpers';

// The tester's 订花登记: 刘先生 sends roses to 陈小姐 twice and carnations to his mother; 孙女士 sends
// lilies to the same mother (a neighbour's gift). Each row names the buyer and the recipient.
const BOOK = [
  ['日期', '订购人', '订购人电话', '收花人', '收花人电话', '配送地址', '配送日期', '花束', '金额', '纪念日', '贺卡内容', '接单'],
  ['2024/2/14', '刘先生', '13811112222', '陈小姐', '13922223333', '南山区海岸城写字楼A座1201', '2024/2/14', '33朵红玫瑰', '520', '恋爱纪念日 5月20日', '宝贝情人节快乐', '小花'],
  ['2024/5/19', '刘先生', '13811112222', '陈小姐', '13922223333', '南山区海岸城写字楼A座1201', '2024/5/20', '52朵红玫瑰', '888', '恋爱纪念日 5月20日', '520快乐', '小花'],
  ['2024/5/11', '刘先生', '13811112222', '刘妈妈', '13600001111', '福田区景田北一街', '2024/5/12', '康乃馨花束', '298', '母亲节', '妈妈节日快乐', '小草'],
  ['2024/5/11', '孙女士', '13733334444', '刘妈妈', '13600001111', '福田区景田北一街', '2024/5/12', '百合花篮', '398', '', '阿姨节日快乐', '小草'],
  ['2024/6/5', '赵女士', '13500006666', '赵女士', '13500006666', '宝安区西乡', '2024/6/15', '向日葵', '199', '结婚纪念日 6-15', '', '小草'],
];

describe('a florist\'s order book', () => {
  const plan = planOf(BOOK);

  it('reads who orders as the customer, and neither the recipient\'s name nor his phone as the customer\'s', () => {
    expect(plan.columns.map((c) => [c.header, c.field, c.extra ?? false]).filter(([, f]) => f !== null)).toEqual([
      ['订购人', 'name', false], ['订购人电话', 'phone', false], ['配送地址', 'address', false], ['金额', 'amount', false],
    ]);
  });

  it('never makes two buyers one customer because they sent flowers to one mother', () => {
    const sun = plan.duplicates.groups.find((g) => g.rows.includes(5));
    expect(sun).toBeUndefined();
    expect(plan.duplicates.groups.map((g) => g.rows)).toEqual([[2, 3, 4]]);
  });
});
