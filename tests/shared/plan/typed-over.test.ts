/**
 * The run's own words in its columns (labels, issue messages, reasons, the group's `G3 · `, the `✗ ` of
 * evidence against), in either language, are told from what a user typed there (shared/plan/typed-over.ts).
 */
import { runWrote } from '../../../shared';

const LABELS = new Set(['高价值', '中价值', 'High value', '现有客户']);

describe('runWrote', () => {
  it.each([
    ['高价值'],
    ['High value'],
    ['G3 · 很可能重复'],
    ['手机号相同；邮箱相同；✗ 手机号不同；合并时保留此行'],
    ['same e-mail; same phone number; ✗ different mobiles; kept by a merge'],
    ['same e-mail; same phone number; would be kept by a merge'],
    ['手机号相同；邮箱相同；合并后保留此行'],
    ['“1355555666”不是有效的电话号码：请核对位数以及区号或国家代码。'],
    // A tier's comparison has no words but its symbol, and is the run's all the same (h62).
    ['有购买次数或金额，但没有最近购买日期；最近互动 30 天前 ≤ 90 天；累计金额 6600 < 10000；未达到 VIP 条件'],
    ['Last activity 12 days ago ≤ 90 days; Amount 2000 < 3000; Amount 2000 ≥ 1000'],
    // Last week's 分类依据, whose days this week's run counts anew: its amount compared is the run's too.
    ['第 5、6 行是同一位客户（重复录入，尚未合并）：按合并后保留的第 5 行分类；有购买次数或金额，但没有最近购买日期；最近互动 19 天前 ≤ 90 天；累计金额 75000 ≥ 10000；未达到 VIP 条件'],
    ['最近购买 40 天前 ≤ 90 天；累计金额 8800.5 < 10000'],
    ['Total spend 42,000 ≥ 30,000; Last activity 15 days ago ≤ 90 days'],
  ])('reads %s as the run\'s', (text) => {
    expect(runWrote(text, LABELS)).toBe(true);
  });

  it.each([
    ['已核实：客户暂停采购到明年3月'],
    ['高价值（老板指定重点）'],
    ['现有客户（已恢复合作）'],
    ['Checked with Dana: paused until March'],
    ['手机号相同；已电话核实'],
    ['累计金额 6600 < 10000；已电话核实'],
    ['备注：已核实'],
    // Words around a comparison: the run compares numbers only.
    ['金额 20万 ≥ 目标，老板说重点跟进'],
    ['累计金额 75000 ≥ 10000，但客户说明年不续约'],
  ])('reads %s as typed', (text) => {
    expect(runWrote(text, LABELS)).toBe(false);
  });
});
