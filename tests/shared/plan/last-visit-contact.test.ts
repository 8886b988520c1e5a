/**
 * A 家政 agency's employers (tester h70's 家政 CSV): each 保姆 / 月嫂 contract's 合同开始 and 到期, and the
 * agent's 最近回访, the last call or visit to the family. That visit is the employer's last contact: his
 * activity counts from it, not from the day the contract was signed (33 of 42 employers were 休眠, one
 * 流失客户 nine days after his contract ended, though visited in October), and a family not visited for
 * half a year, its contract long ended, is one to call (长期未联系).
 */
import { reminderText } from '../../../shared/remind/reminder-text';
import { planOf } from './helpers';

// TODAY is 2024-12-01.
const JIAZHENG = [
  ['编号', '雇主姓名', '联系方式', '服务地址', '服务类型', '阿姨姓名', '阿姨电话', '合同开始', '服务合同到期', '服务费(元/月)', '负责经纪人', '最近回访', '备注'],
  ['0004', '朱建华', '13700005555', '北京市东城区东四十条88号', '住家保姆', '王秀英', '15900007777', '2023-11-22', '2024-11-22', '6500', '吴刚', '2024-10-05', '续签待定'],
  ['0005', '秦海', '13700006666', '北京市西城区金融街8号院2-1101', '钟点工', '赵春梅', '15900006666', '2023-01-01', '2023-12-31', '2800', '周敏', '2024-04-28', ''],
  ['0006', '许晴', '13700007777', '北京市朝阳区三里屯SOHO B座', '育儿嫂', '刘桂芳', '15900005555', '2024-03-01', '2025-02-28', '8200', '吴刚', '2024-04-10', ''],
  ['0007', '韩先生', '15008711159', '北京市朝阳区望京25号院9-1301', '钟点工', '姜磊', '15876995813', '2023-09-03', '2025-09-03', '9800', '周敏', '2024-09-29', ''],
];

describe('a 家政 agency\'s 最近回访 is the employer\'s last contact', () => {
  const plan = planOf(JIAZHENG);
  const labels = (row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!.labels;

  it('reads 最近回访 as the last contact', () => {
    expect(plan.columns.find((c) => c.header === '最近回访')?.field).toBe('lastContact');
  });

  it.each([
    [2, 'existing', 'active', '朱建华: contract ended 9 days ago, visited 57 days ago (续签待定): no 流失客户'],
    [5, 'existing', 'active', '韩先生: a contract signed 15 months ago, visited in September'],
  ])('row %i → %s / %s (%s)', (row, lifecycle, activity) => {
    expect(labels(row)).toMatchObject({ lifecycle, activity });
  });

  it('tells 周敏 of 秦海, not visited for 217 days and his contract long ended, naming his 阿姨; not 许晴, whose contract runs', () => {
    const stale = plan.reminders.reminders.filter((r) => r.kind === 'stale');
    expect(stale.map((r) => [r.customer, r.owner])).toEqual([['秦海（阿姨姓名 赵春梅）', '周敏']]);
    expect(reminderText('zh-CN', stale[0])).toContain('最近回访 2024-04-28');
  });
});
