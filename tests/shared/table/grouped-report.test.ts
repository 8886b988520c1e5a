/**
 * A report grouped by owner (Salesforce's formatted Contacts by Owner; a ledger with a 小计 under each
 * rep's rows) writes the owner on each group's first row only. The rows under it are his: reminders,
 * duplicates and the report read them so, while their cells stay blank in the sheet. In an ordinary
 * list a blank owner is a customer nobody holds, and stays so.
 */
import { t } from '../../../shared/i18n';
import { planOf } from '../plan/helpers';

const ownersOf = (plan: ReturnType<typeof planOf>) => Object.fromEntries(plan.reminders.reminders.map((r) => [r.sheetRow, r.owner]));

describe('a Salesforce report grouped by Contact Owner (h40 Contacts_by_Owner-2026-12-02-grouped.xlsx)', () => {
  // Today is 2024-12-01: every contact's last activity is older than the stale days (180), none a year old.
  const REPORT = [
    ['Contacts by Owner', '', '', '', '', '', ''],
    ['Acme Holdings, Inc.', '', '', '', '', '', ''],
    ['', '', '', '', '', '', ''],
    ['Contact Owner', 'First Name', 'Last Name', 'Account Name', 'Phone', 'Email', 'Last Activity'],
    ['Jane Cooper', 'Sarah', 'Mitchell', 'Acme Corp', '(617) 555-0142', 'sarah.mitchell@acmecorp.com', '2024-02-20'],
    ['', 'David', 'Kim', 'BrightPath', '(617) 555-0199', 'dkim@brightpath.io', '2024-02-12'],
    ['', 'Ahmed', 'Hassan', 'Contoso Ltd', '+44 20 7946 0958', 'ahmed.hassan@contoso.co.uk', '2024-02-14'],
    ['Subtotal', 'Record Count: 3', '', '', '', '', ''],
    ['Tom Baker', 'Laura', 'Chen', 'Northwind Traders', '(415) 555-0123', 'laura.chen@northwind.com', '2024-01-10'],
    ['', 'Chris', 'Taylor', 'Globex', '(212) 555-0101', 'chris.taylor@globex.com', '2024-03-30'],
    ['Subtotal', 'Record Count: 2', '', '', '', '', ''],
    ['Total', 'Record Count: 5', '', '', '', '', ''],
  ];
  const plan = planOf(REPORT);

  it('reminds each contact to the owner at the top of his group, none to Unassigned', () => {
    expect(ownersOf(plan)).toEqual({ 5: 'Jane Cooper', 6: 'Jane Cooper', 7: 'Jane Cooper', 9: 'Tom Baker', 10: 'Tom Baker' });
  });

  it('writes no owner into the blank cells', () => {
    const ownerCol = plan.columns.find((c) => c.header === 'Contact Owner')!.col;
    expect(plan.edits.filter((e) => e.col === ownerCol)).toEqual([]);
  });

  it('says so, in both languages', () => {
    const note = plan.problems.find((p) => p.code === 'sheet.groupOwners')!;
    expect(t('en', note.code, note.params)).toBe(
      '"客户" is a report grouped by Contact Owner (its Subtotal lines): 3 row(s) (6, 7, 10) leave Contact Owner blank under the first row of their group, so each is read as that row\'s Contact Owner for reminders, duplicates and the report. Their cells stay blank in the sheet.');
    expect(t('zh-CN', note.code, note.params)).toBe(
      '“客户”是按“Contact Owner”分组的报表（有Subtotal行）：3 行（第 6, 7, 10 行）的“Contact Owner”留空，位于所在分组第一行之下，提醒、查重和报告都按该组第一行的“Contact Owner”读取。这些单元格在表中仍保持空白。');
  });
});

describe('a ledger whose groups end with a 平均 statistics row above their 小计', () => {
  // 平均 is a statistic, not the line the groups are cut by: the note names the 小计 lines.
  const plan = planOf([
    ['负责人', '客户名称', '联系人', '手机', '消费金额', '最近联系'],
    ['王芳', '杭州星辰科技有限公司', '王建国', '13812345678', '12800', '2024-01-05'],
    ['', '上海宏达建材有限公司', '李强', '13911112222', '5600', '2024-01-06'],
    ['平均', '', '', '', '9200', ''],
    ['小计', '2 家', '', '', '18400', ''],
    ['李明', '深圳明远教育科技有限公司', '赵敏', '13700001111', '3000', '2024-01-07'],
    ['', '北京国平茶业有限公司', '陈国平', '15900002222', '8800', '2024-01-08'],
    ['平均', '', '', '', '5900', ''],
    ['小计', '2 家', '', '', '11800', ''],
  ]);

  it('reads the rows under each rep as his, and names the 小计 lines, not the 平均 ones', () => {
    expect(ownersOf(plan)).toEqual({ 2: '王芳', 3: '王芳', 6: '李明', 7: '李明' });
    const note = plan.problems.find((p) => p.code === 'sheet.groupOwners')!;
    expect(t('zh-CN', note.code, note.params)).toContain('是按“负责人”分组的报表（有小计行）');
    expect(t('en', note.code, note.params)).toContain('is a report grouped by 负责人 (its 小计 lines)');
  });
});

describe('a Chinese ledger with a 小计 under each rep\'s customers', () => {
  it('reads the rows under 王芳 as hers', () => {
    const plan = planOf([
      ['负责人', '客户名称', '联系人', '手机', '最近联系'],
      ['王芳', '杭州星辰科技有限公司', '王建国', '13812345678', '2024-01-05'],
      ['', '上海宏达建材有限公司', '李强', '13911112222', '2024-01-06'],
      ['小计', '2 家', '', '', ''],
      ['李明', '深圳明远教育科技有限公司', '赵敏', '13700001111', '2024-01-07'],
      ['', '北京国平茶业有限公司', '陈国平', '15900002222', '2024-01-08'],
      ['小计', '2 家', '', '', ''],
    ]);
    expect(ownersOf(plan)).toEqual({ 2: '王芳', 3: '王芳', 5: '李明', 6: '李明' });
  });
});

describe('a blank owner that is nobody\'s', () => {
  it('stays unassigned in an ordinary list, with a 合计 at its foot only', () => {
    const plan = planOf([
      ['负责人', '客户名称', '联系人', '手机', '最近联系'],
      ['王芳', '杭州星辰科技有限公司', '王建国', '13812345678', '2024-01-05'],
      ['', '上海宏达建材有限公司', '李强', '13911112222', '2024-01-06'],
      ['李明', '深圳明远教育科技有限公司', '赵敏', '13700001111', '2024-01-07'],
      ['合计', '3 家', '', '', ''],
    ]);
    expect(ownersOf(plan)).toEqual({ 2: '王芳', 3: '', 4: '李明' });
    expect(plan.problems.some((p) => p.code === 'sheet.groupOwners')).toBe(false);
  });

  it('stays unassigned in a group whose rows name another owner too: no grouping by owner there', () => {
    const plan = planOf([
      ['负责人', '客户名称', '联系人', '手机', '最近联系'],
      ['王芳', '杭州星辰科技有限公司', '王建国', '13812345678', '2024-01-05'],
      ['', '上海宏达建材有限公司', '李强', '13911112222', '2024-01-06'],
      ['李明', '深圳明远教育科技有限公司', '赵敏', '13700001111', '2024-01-07'],
      ['华东区小计', '3 家', '', '', ''],
      ['赵强', '北京国平茶业有限公司', '陈国平', '15900002222', '2024-01-08'],
      ['华北区小计', '1 家', '', '', ''],
    ]);
    expect(ownersOf(plan)[3]).toBe('');
  });
});

describe('a list grouped by 区域 with a 小计 per region, where a blank 负责人 is 公海 (h47)', () => {
  it('leaves the blanks unassigned when each region\'s rep holds some rows only (zh_region_subtotals_sparse_owner.csv)', () => {
    const plan = planOf([
      ['区域', '客户名称', '联系人', '手机', '负责人', '最近联系'],
      ['华东', '华东客户1有限公司', '罗先生', '13900007919', '张伟', '2024-01-05'],
      ['华东', '华东客户2有限公司', '杨先生', '13900015838', '', '2024-01-06'],
      ['华东', '华东客户3有限公司', '徐先生', '13900023757', '张伟', '2024-01-07'],
      ['华东 小计', '', '', '', '', ''],
      ['华南', '华南客户4有限公司', '吴先生', '13900126704', '李娜', '2024-01-05'],
      ['华南', '华南客户5有限公司', '张先生', '13900134623', '', '2024-01-06'],
      ['华南 小计', '', '', '', '', ''],
    ]);
    expect(ownersOf(plan)).toEqual({ 2: '张伟', 3: '', 4: '张伟', 6: '李娜', 7: '' });
    expect(plan.problems.some((p) => p.code === 'sheet.groupOwners')).toBe(false);
  });

  it('leaves them unassigned when the region, not the rep, is written on each group\'s first row only (zh_region_subtotals_unassigned.csv)', () => {
    const plan = planOf([
      ['区域', '客户名称', '联系人', '手机', '负责人', '最近联系'],
      ['华东', '华东客户1有限公司', '马先生', '13900007919', '李娜', '2024-01-05'],
      ['', '华东客户2有限公司', '黄先生', '13900015838', '', '2024-01-06'],
      ['', '华东客户3有限公司', '李先生', '13900023757', '', '2024-01-07'],
      ['华东 小计', '', '', '', '', ''],
      ['华南', '华南客户4有限公司', '吴先生', '13900126704', '张伟', '2024-01-05'],
      ['', '华南客户5有限公司', '张先生', '13900134623', '', '2024-01-06'],
      ['华南 小计', '', '', '', '', ''],
    ]);
    expect(ownersOf(plan)).toEqual({ 2: '李娜', 3: '', 4: '', 6: '张伟', 7: '' });
    expect(plan.problems.some((p) => p.code === 'sheet.groupOwners')).toBe(false);
  });
});
