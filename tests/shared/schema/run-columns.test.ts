import { runColumns } from '../../../shared/schema/run-columns';

/** The headers of the columns runColumns calls the earlier run's. */
const runHeaders = (headers: string[], titles: string[] = []): string[] =>
  [...runColumns(headers, titles)].sort((a, b) => a - b).map((col) => headers[col]);

describe('runColumns: where an earlier run\'s columns begin', () => {
  it('a raw sheet with the user\'s own 合并记录 (his log of hand merges) left of his 客户类型 / 价值等级 / 活跃度 / VIP has none', () => {
    expect(runHeaders(['客户编号', '姓名', '手机', '负责人', '合并记录', '客户类型', '价值等级', '活跃度', 'VIP', '最近联系', '消费金额'])).toEqual([]);
  });

  it('nor one with his own 分类依据, 合并记录 and 重复组 (without a 重复依据 right after it)', () => {
    expect(runHeaders(['客户编号', '姓名', '手机', '公司', '负责人', '分类依据', '客户类型', 'VIP', '价值等级', '合并记录', '重复组', '原因', '最近联系'])).toEqual([]);
    expect(runHeaders(['Customer ID', 'Name', 'Account Owner', 'Why this class', 'Customer type', 'VIP', 'Value tier', 'Activity', 'Merged values', 'Reason'])).toEqual([]);
  });

  it('begins at the run\'s issues column, in either language, and claims 分类依据 and 合并记录 inside the block', () => {
    expect(runHeaders(['姓名', '客户类型', '整理问题', '重复组', '重复依据', '客户类型（计算）', '活跃度', '分类依据', '合并记录', '本周跟进结果'])).toEqual([
      '整理问题', '重复组', '重复依据', '客户类型（计算）', '活跃度', '分类依据', '合并记录',
    ]);
    expect(runHeaders(['Name', 'Sheet Keeper issues', 'Duplicate group', 'Why duplicates', 'VIP', 'Why this class', 'Merged values'])).toEqual([
      'Sheet Keeper issues', 'Duplicate group', 'Why duplicates', 'VIP', 'Why this class', 'Merged values',
    ]);
  });

  it('with 整理问题 deleted, begins at 重复组 right before 重复依据 (the pair a run always writes together)', () => {
    expect(runHeaders(['姓名', '手机', '说明', '重复组', '重复依据', '客户类型', '活跃度', '价值等级', 'VIP', '分类依据'])).toEqual([
      '重复组', '重复依据', '客户类型', '活跃度', '价值等级', 'VIP', '分类依据',
    ]);
  });

  it('the user\'s 合并记录 left of a real run block stays his; the run\'s own right of it is the run\'s', () => {
    expect(runHeaders(['姓名', '合并记录', '客户类型', '整理问题', '重复组', '重复依据', '客户类型（计算）', '分类依据', '合并记录'])).toEqual([
      '整理问题', '重复组', '重复依据', '客户类型（计算）', '分类依据', '合并记录',
    ]);
  });
});
