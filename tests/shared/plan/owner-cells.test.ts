/**
 * What an owner cell (负责人, 销售, Owner) names, however it is typed: two reps side by side (张三 李四),
 * one rep's e-mail address, one rep with a note beside him (张三（组长）, 销售一部-张三, Amy Lee (Sales),
 * 飞书's 王磊(wanglei@xingchen.com)). Each rep gets one block of reminders and one report line under his
 * plain name; the cell keeps what the user typed.
 */
import { cellText, type Plan } from '../../../shared';
import { after, planOf } from './helpers';

/** The reminders' blocks: each owner's title and the customers under it. */
const blocks = (plan: Plan) => plan.reminders.groups.map((g) => [g.owner, g.reminders.map((r) => r.customer).sort().join(' ')]);
const ownerLines = (plan: Plan) => plan.report.sections.find((s) => s.id === 'owner')!.series.map((s) => [s.label, s.count]);

describe('an owner cell naming two reps with a space (张三 李四)', () => {
  // Contracts end on 2024-12-05, four days after the run: every customer is reminded.
  const plan = planOf([
    ['客户姓名', '手机号', '负责人', '合同到期日'],
    ['陈静', '13877770009', '张三 李四', '2024-12-05'],
    ['刘洋', '13877770001', '张三', '2024-12-05'],
    ['周杰', '13877770002', '李四', '2024-12-05'],
    ['赵敏', '13877770003', '王 小明', '2024-12-05'],
    ['孙丽', '13877770004', '欧阳 娜娜', '2024-12-05'],
  ]);

  it('keeps the two names apart in the cell: 张三李四 would be a rep nobody is', () => {
    expect(after(plan, 2, '负责人')).toBeNull();
  });

  it('lists the customer under each of the two reps, as 张三/李四 would be', () => {
    expect(blocks(plan)).toEqual([
      ['张三', '刘洋 陈静'],
      ['李四', '周杰 陈静'],
      ['欧阳娜娜', '孙丽'],
      ['王小明', '赵敏'],
    ]);
    expect(ownerLines(plan)).toEqual(expect.arrayContaining([['张三', 2], ['李四', 2]]));
  });

  it('still joins one name typed with a space after its surname (王 小明, 欧阳 娜娜)', () => {
    expect(cellText(after(plan, 5, '负责人')!)).toBe('王小明');
    expect(cellText(after(plan, 6, '负责人')!)).toBe('欧阳娜娜');
  });
});

describe('an owner written as his e-mail address', () => {
  it('is kept exactly as typed in the cell, his block and the report (zh-CN)', () => {
    const plan = planOf([
      ['客户姓名', '手机号', '负责人', '合同到期日'],
      ['李乙客', '13877770013', 'zhangsan@corp.com', '2024-12-05'],
      ['陈静', '13877770014', '李四', '2024-12-05'],
    ]);
    expect(after(plan, 2, '负责人')).toBeNull();
    expect(blocks(plan)).toEqual([['zhangsan@corp.com', '李乙客'], ['李四', '陈静']]);
    expect(ownerLines(plan)).toContainEqual(['zhangsan@corp.com', 1]);
  });

  it('is not put in proper case like a name typed in lower case (en)', () => {
    const plan = planOf([
      ['Name', 'Phone', 'Owner', 'Contract End'],
      ['Grace Hall', '0117 496 0789', 'amy.lee@corp.com', '2024-12-05'],
      ['Liam Walker', '0113 496 0456', 'ben chan', '2024-12-05'],
    ], { language: 'en', phone: { defaultRegion: 'GB' } });
    expect(after(plan, 2, 'Owner')).toBeNull();
    expect(cellText(after(plan, 3, 'Owner')!)).toBe('Ben Chan');
    expect(blocks(plan)).toEqual([['Ben Chan', 'Liam Walker'], ['amy.lee@corp.com', 'Grace Hall']]);
  });
});
