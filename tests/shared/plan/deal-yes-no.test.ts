/**
 * A yes/no 是否成交 column (是 / 否, Y / N, 已成交 / 未成交; Closed Won? Yes / No) says whether the
 * customer bought, as 成交状态 does: a yes is an existing customer, a no a prospect, where no purchase
 * in the row says otherwise; a purchase the row holds decides, as it does beside 成交状态.
 */
import { messageText } from '../../../shared/classify/reason';
import { planOf } from './helpers';

const lifecycleOf = (plan: ReturnType<typeof planOf>) => Object.fromEntries(plan.classification.rows.map((r) => [r.sheetRow, r.labels.lifecycle]));

describe('a 是否成交 column of a small firm\'s own sheet', () => {
  const SHEET = [
    ['客户名称', '联系人', '手机', '是否成交', '负责人', '最近联系'],
    ['杭州星辰科技有限公司', '王建国', '13812345678', '是', '王芳', '2024-11-20'],
    ['上海宏达建材有限公司', '李强', '13911112222', '否', '李明', '2024-11-18'],
    ['深圳明远教育科技有限公司', '赵敏', '13700001111', 'Y', '王芳', '2024-10-02'],
    ['北京国平茶业有限公司', '陈国平', '15900002222', 'N', '李明', '2024-09-30'],
    ['苏州恒远机械有限公司', '周涛', '13600003333', '已成交', '王芳', '2024-11-01'],
    ['无锡天成电子有限公司', '吴磊', '13500004444', '未成交', '李明', '2024-11-05'],
  ];
  const plan = planOf(SHEET);

  it('reads the column as the deal status, not an unread column', () => {
    expect(plan.columns.find((c) => c.header === '是否成交')?.field).toBe('dealStatus');
  });

  it('calls a yes an existing customer and a no a prospect', () => {
    expect(lifecycleOf(plan)).toEqual({ 2: 'existing', 3: 'potential', 4: 'existing', 5: 'potential', 6: 'existing', 7: 'potential' });
  });

  it('says the class is the sheet\'s own, in both languages', () => {
    const reason = plan.classification.rows.find((r) => r.sheetRow === 3)!.reasons.find((r) => r.dimension === 'lifecycle')!;
    expect(messageText('zh-CN', reason.code, reason.params)).toBe('表中自己的标注：成交状态为“否”（没有可读的最近购买日期、购买次数或金额）');
    expect(messageText('en', reason.code, reason.params)).toBe('the sheet\'s own label: Deal status is "否" (no purchase date, orders or amount the rule can read)');
  });

  it('lets the purchases decide where the row has them, and compares the sheet\'s yes/no with them', () => {
    const bought = planOf([
      ['姓名', '手机', '是否成交', '累计消费', '最近购买'],
      ['王建国', '13812345678', '是', '5200', '2024-10-02'],
      ['李强', '13911112222', '否', '3600', '2024-11-20'],
    ]);
    expect(lifecycleOf(bought)).toEqual({ 2: 'existing', 3: 'existing' });
    const lifecycle = bought.classification.whatIf.dimensions.find((d) => d.dimension === 'lifecycle')!;
    expect(lifecycle.transitions).toEqual([{ from: 'potential', to: 'existing', count: 1 }, { from: 'existing', to: 'existing', count: 1 }]);
  });

  it('reads an English sheet\'s Closed Won? Yes / No the same way', () => {
    const en = planOf([
      ['Account Name', 'Contact', 'Phone', 'Closed Won?', 'Owner'],
      ['Acme Corp', 'Sarah Mitchell', '(617) 555-0142', 'Yes', 'Jane Cooper'],
      ['BrightPath', 'David Kim', '(617) 555-0199', 'No', 'Tom Baker'],
    ]);
    expect(en.columns.find((c) => c.header === 'Closed Won?')?.field).toBe('dealStatus');
    expect(lifecycleOf(en)).toEqual({ 2: 'existing', 3: 'potential' });
  });

  it('reads 是 / 否 as nothing in a column that is no deal column', () => {
    const typed = planOf([
      ['姓名', '手机', '客户类型'],
      ['王建国', '13812345678', '是'],
    ]);
    expect(lifecycleOf(typed)).toEqual({ 2: 'unknown' });
  });
});
