/**
 * The tester's sheet (h55 zh-review3): one contact of a firm under two reps, each row with another
 * mobile, the second row marked 黑名单. The user sees the pair for review with what agrees and that the
 * mobiles differ, and the rep about to call the first row learns the other may be him, blacklisted.
 */
import { cellText, reminderText } from '../../../shared';
import { planOf } from './helpers';

// Today 2024-12-01.
const SHEET = [
  ['姓名', '公司名称', '手机', '地址', '累计金额', '最近联系', '负责人', '客户状态', '合同到期'],
  ['周杰', '成都天府物流', '13911110001', '成都市武侯区天府大道100号', '¥50,000', '2024-11-20', '王芳', '正常', '2024-12-25'],
  ['周杰', '成都天府物流有限公司', '15866667777', '成都市武侯区天府大道100号', '¥8,000', '2024-10-01', '赵磊', '黑名单', ''],
  ['何平', '重庆山城火锅', '13500001111', '', '¥9,000', '2024-11-20', '王芳', '正常', '2024-12-26'],
  ['何平', '重庆山城火锅', '13600002222', '', '¥7,000', '2024-11-01', '赵磊', '正常', ''],
];

describe('one contact of a firm written twice with two mobiles (zh-review3)', () => {
  const plan = planOf(SHEET);

  it('offers each pair for review, neither merged unasked', () => {
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'review'], [[4, 5], 'review']]);
  });

  it('says in the sheet what agrees and that the mobiles differ', () => {
    const reasons = plan.addedColumns.find((c) => c.id === 'duplicateReasons')!.values.map(cellText);
    expect(reasons[0]).toContain('姓名相同；公司相同（忽略有限公司等后缀和地名）；地址相同；✗ 手机号不同');
    expect(reasons[2]).toContain('姓名相同；公司相同；✗ 手机号不同');
  });

  it('tells the rep reminded of row 2 that its possible copy, row 3, is blacklisted', () => {
    const contract = plan.reminders.reminders.find((r) => r.sheetRow === 2 && r.kind === 'contract')!;
    expect(reminderText('zh-CN', contract)).toContain('可能重复的另一行（第 3 行）标为黑名单或请勿联系，联系前请核实');
  });
});
