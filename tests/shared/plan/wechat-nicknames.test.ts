/**
 * A WeChat nickname is what a customer calls himself (Lily🌸, 🌸花开富贵🌸), or what a rep typed to sort
 * him to the top of his list (A阳光明媚, A-李总-星辰科技): anybody's, never his name. Two rows with one
 * nickname are weak evidence: offered for review at most, the reason saying a nickname agrees, never
 * 姓名相同; with the same mobile they are still one customer. A real name written twice keeps its weight.
 */
import { cellText } from '../../../shared';
import { planOf } from './helpers';

const reasonsOf = (plan: ReturnType<typeof planOf>) => plan.addedColumns.find((c) => c.id === 'duplicateReasons')!.values.map(cellText);
const groupOf = (plan: ReturnType<typeof planOf>, row: number) => plan.duplicates.groups.find((g) => g.rows.includes(row));

describe('a 档口 list that knows its buyers by their WeChat nicknames (微信昵称)', () => {
  const plan = planOf([
    ['微信昵称', '手机', '公司', '城市', '生日', '负责人'],
    ['A阳光明媚', '13988887777', '阳光贸易', '', '', '黄婷'],
    ['A阳光明媚', '', '阳光贸易', '', '', '孙浩'],
    ['A-李总-星辰科技', '13800138001', '星辰科技', '', '', '黄婷'],
    ['A-李总-星辰科技', '', '星辰科技', '', '', '孙浩'],
    ['🌸花开富贵🌸', '13700001111', '', '广州', '1965-03-03', '黄婷'],
    ['🌸花开富贵🌸', '13622223333', '', '广州', '1965-03-03', '孙浩'],
    ['Lily🌸', '13760001234', '', '', '', '黄婷'],
    ['Lily🌸', '137-6000-1234', '', '', '', '孙浩'],
    ['平安是福', '13511112222', '平安茶庄', '', '', '黄婷'],
    ['平安是福', '', '平安茶庄', '', '', '孙浩'],
  ]);
  const reasons = reasonsOf(plan);

  it('one sorting nickname at one company is only offered for review, as a nickname, not a name', () => {
    for (const row of [2, 4]) {
      const g = groupOf(plan, row);
      expect(g?.confidence).toBe('review');
      expect(reasons[row - 2]).toContain('微信昵称相同');
      expect(reasons[row - 2]).not.toContain('姓名');
    }
  });

  it('a name-like nickname in the 微信昵称 column is a nickname too', () => {
    expect(groupOf(plan, 10)?.confidence).toBe('review');
    expect(reasons[8]).toContain('微信昵称相同');
  });

  it('one nickname with two mobiles is two customers, whatever else they share', () => {
    expect(groupOf(plan, 6)).toBeUndefined();
  });

  it('one nickname on one mobile is one customer', () => {
    expect(groupOf(plan, 8)).toMatchObject({ rows: [8, 9], confidence: 'likely' });
  });

  it('in English the reason says a nickname, weak evidence', () => {
    const en = planOf([
      ['微信昵称', '手机', '公司'],
      ['A阳光明媚', '13988887777', '阳光贸易'],
      ['A阳光明媚', '', '阳光贸易'],
    ], { language: 'en' });
    expect(reasonsOf(en)[0]).toContain('same WeChat-style nickname');
  });
});

describe('a nickname in a name column (企业微信 客户名称 without 备注名)', () => {
  it('emoji and an A- sorting prefix make it a nickname, weak evidence', () => {
    const plan = planOf([
      ['客户名称', '手机', '公司', '负责人'],
      ['Lily🌸', '13760001234', '莉莉美容工作室', '黄婷'],
      ['Lily🌸', '', '莉莉美容工作室', '孙浩'],
      ['A-王总-蓝海贸易', '13900001111', '蓝海贸易', '黄婷'],
      ['A-王总-蓝海贸易', '', '蓝海贸易', '孙浩'],
    ]);
    for (const row of [2, 4]) {
      const g = groupOf(plan, row);
      expect(g === undefined || g.confidence === 'review').toBe(true);
      expect(reasonsOf(plan)[row - 2]).not.toContain('姓名');
    }
  });

  it('a real name written twice at one company is still likely one customer', () => {
    const plan = planOf([
      ['姓名', '手机', '公司', '负责人'],
      ['周杰', '13500001111', '天府物流', '黄婷'],
      ['周杰', '', '天府物流', '孙浩'],
    ]);
    expect(plan.duplicates.groups).toMatchObject([{ rows: [2, 3], confidence: 'likely' }]);
  });

  it('two customers of one nickname with their real names (备注名) and phones are no duplicates', () => {
    const plan = planOf([
      ['客户名称', '备注名', '添加人', '添加时间', '备注手机号', '备注企业名称'],
      ['Lily🌸', '林莉', '黄婷', '2024-09-01 10:22:31', '13760001234', '莉莉美容工作室'],
      ['Lily🌸', '王丽丽', '孙浩', '2024-10-01 10:22:31', '13911112222', '丽人美容会所'],
      ['A-李总-星辰科技', '李建国', '黄婷', '2024-09-03 10:00:00', '13800138001', '星辰科技'],
      ['A-李总-星辰科技', '李明', '孙浩', '2024-10-03 10:00:00', '13900139002', '星辰科技'],
    ]);
    expect(plan.duplicates.groups).toEqual([]);
  });
});
