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

describe('an owner cell joining two reps with 和 or 与 (张三和李四, 王芳与陈静)', () => {
  const plan = planOf([
    ['客户姓名', '手机号', '负责人', '合同到期日'],
    ['陈静', '13877770009', '张三和李四', '2024-12-05'],
    ['刘洋', '13877770001', '张三', '2024-12-05'],
    ['周杰', '13877770002', '李四', '2024-12-05'],
    ['赵敏', '13877770003', '王芳与陈静', '2024-12-05'],
    ['孙丽', '13877770004', '李和平', '2024-12-05'],
  ]);

  it('lists the customer under each rep, as 张三/李四 would be; 李和平 is one rep whose name holds 和', () => {
    expect(blocks(plan)).toEqual([
      ['张三', '刘洋 陈静'],
      ['李和平', '孙丽'],
      ['李四', '周杰 陈静'],
      ['王芳', '赵敏'],
      ['陈静', '赵敏'],
    ]);
  });

  it('keeps the cells as typed', () => {
    for (const row of [2, 5, 6]) expect(after(plan, row, '负责人')).toBeNull();
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

describe('one rep written with a note beside him', () => {
  const plan = planOf([
    ['客户姓名', '手机号', '负责人', '合同到期日'],
    ['赵甲客', '13877770000', '张三', '2024-12-05'],
    ['钱甲客', '13877770001', '张三（组长）', '2024-12-05'],
    ['孙甲客', '13877770002', '销售一部-张三', '2024-12-05'],
    ['李甲客', '13877770003', '张三 13800001111', '2024-12-05'],
    ['周甲客', '13877770004', '张三(上海)', '2024-12-05'],
    ['吴甲客', '13877770005', '张三 (销售部)', '2024-12-05'],
    ['郑甲客', '13877770006', '销售部张三', '2024-12-05'],
    ['王甲客', '13877770007', '张三(李四)', '2024-12-05'],
    ['冯甲客', '13877770008', '李四（已离职）', '2024-12-05'],
    ['陈甲客', '13877770009', '李科', '2024-12-05'],
  ]);

  it('gets one block and one report line under his plain name', () => {
    expect(blocks(plan)).toEqual([
      ['张三', '吴甲客 周甲客 孙甲客 李甲客 王甲客 赵甲客 郑甲客 钱甲客'],
      ['李科', '陈甲客'],
      ['', '冯甲客'],
    ]);
    expect(ownerLines(plan)).toEqual([['张三', 8], ['李科', 1], ['未分配', 1]]);
  });

  it('keeps each cell as the user typed it, its full-width brackets too (only the space before a bracket dropped, as in every name)', () => {
    expect(cellText(after(plan, 7, '负责人')!)).toBe('张三(销售部)');
    for (const row of [3, 4, 5, 6, 8, 9]) expect(after(plan, row, '负责人')).toBeNull();
  });
});

describe('an English sheet\'s rep written three ways', () => {
  it('Amy Lee, Amy Lee (Sales) and Lee, Amy are one rep: Amy Lee', () => {
    const plan = planOf([
      ['Name', 'Phone', 'Owner', 'Contract End'],
      ['Grace Hall', '0117 496 0789', 'Amy Lee', '2024-12-05'],
      ['Liam Walker', '0113 496 0456', 'Amy Lee (Sales)', '2024-12-05'],
      ['Sophie Turner', '0161 496 0123', 'Lee, Amy', '2024-12-05'],
      ['James Carter', '020 7946 0321', 'Ben Chan', '2024-12-05'],
    ], { language: 'en', phone: { defaultRegion: 'GB' } });
    expect(blocks(plan)).toEqual([['Amy Lee', 'Grace Hall Liam Walker Sophie Turner'], ['Ben Chan', 'James Carter']]);
    expect(ownerLines(plan)).toEqual([['Amy Lee', 3], ['Ben Chan', 1]]);
    for (const row of [3, 4]) expect(after(plan, row, 'Owner')).toBeNull();
  });
});

describe('an English sheet\'s customer two reps share, written "Amy Lee, Ben Chan" (h47 en_owner_two_fullnames_comma.csv)', () => {
  const plan = planOf([
    ['Name', 'Phone', 'Owner', 'Contract End'],
    ['Grace Hall', '0117 496 0789', 'Amy Lee', '2024-12-05'],
    ['Liam Walker', '0113 496 0456', 'Ben Chan', '2024-12-05'],
    ['Sophie Turner', '0161 496 0123', 'Amy Lee, Ben Chan', '2024-12-05'],
  ], { language: 'en', phone: { defaultRegion: 'GB' } });

  it('is in each rep\'s block, and no rep "Ben Chan Amy Lee" is made up', () => {
    expect(blocks(plan)).toEqual([['Amy Lee', 'Grace Hall Sophie Turner'], ['Ben Chan', 'Liam Walker Sophie Turner']]);
  });

  it('keeps the cell as typed', () => {
    expect(after(plan, 4, 'Owner')).toBeNull();
  });
});

describe('飞书多维表格\'s person field, 王磊(wanglei@xingchen.com), beside the same rep typed 王磊', () => {
  const plan = planOf([
    ['客户名称', '联系电话', '负责人', '合同到期日'],
    ['星辰科技', '13812345678', '王磊(wanglei@xingchen.com)', '2024-12-05'],
    ['星辰科技', '138 1234 5678', '王磊', '2024-12-05'],
    ['云帆贸易', '13912345678', '李娜(lina@xingchen.com)', '2025-06-30'],
  ]);

  it('is no 撞单: one customer of one rep', () => {
    expect(plan.duplicates.groups).toHaveLength(1);
    expect(plan.duplicates.groups[0].ownerConflict).toBeUndefined();
  });

  it('gives 王磊 one block, titled without his address', () => {
    expect(plan.reminders.groups.map((g) => g.owner)).toEqual(['王磊']);
    expect(ownerLines(plan)).toEqual([['李娜', 1], ['王磊', 1]]);
  });
});
