/** A customer typed once with his name and his company the right way round and once swapped (Company / Contact, 客户名称 / 联系人). */
import { DEFAULT_SETTINGS, run, t, type Plan } from '../../../shared';
import { issueTitle } from '../../../shared/i18n';
import { gridOf, planOf, TODAY } from './helpers';

// A British firm's contact list: Sarah Jones of Brightwater Ltd typed twice, the second time with
// Company and Contact swapped, under one phone; Tom Baker of Acme is someone else.
const EN = [
  ['Company', 'Contact', 'Phone', 'Email'],
  ['Brightwater Ltd', 'Sarah Jones', '07911 123456', 'sarah@brightwater.co.uk'],
  ['Sarah Jones', 'Brightwater Ltd', '07911 123456', ''],
  ['Acme Supply Co.', 'Tom Baker', '07911 654321', 'tom@acme.co.uk'],
];

// A Chinese B2B sheet: 星辰科技's 张伟, typed a second time with 客户名称 and 联系人 swapped, found by one
// e-mail address; 华为's 李娜 is someone else.
const ZH = [
  ['客户名称', '联系人', '手机', '邮箱'],
  ['星辰科技', '张伟', '', 'zhangwei@xingchen.cn'],
  ['华为', '李娜', '13912345678', 'lina@huawei.com'],
  ['张伟', '星辰科技', '', 'zhangwei@xingchen.cn'],
];

const merged = (rows: string[][], region = 'CN'): Plan => {
  const out = run(gridOf(rows), { settings: { ...DEFAULT_SETTINGS, phone: { ...DEFAULT_SETTINGS.phone, defaultRegion: region } }, today: TODAY, merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
};

describe('a customer whose name and company are swapped on one row', () => {
  it.each([
    ['an English sheet, one phone', EN, { phone: { defaultRegion: 'GB' } }, [2, 3], 3],
    ['a Chinese sheet, one e-mail', ZH, {}, [2, 4], 4],
  ])('%s: found as one customer, offered for review with the reason in both languages', (_what, rows, settings, group, swapped) => {
    const plan = planOf(rows, settings);
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[group, 'review']]);
    const reasons = plan.duplicates.groups[0].reasons;
    expect(reasons.map((r) => t('en', r.code, r.params))).toContain('name and company swapped');
    expect(reasons.map((r) => t('zh-CN', r.code, r.params))).toContain('姓名与公司互换');
    // The row whose name cell holds the company is said to be the swapped one, in its name cell.
    const issue = plan.issues.filter((i) => i.code === 'name.companySwapped');
    expect(issue.map((i) => [i.sheetRow, i.field])).toEqual([[swapped, 'name']]);
    expect(t('zh-CN', issue[0].code, issue[0].params)).toMatch(/互换/);
    expect(t('en', issue[0].code, issue[0].params)).toMatch(/swapped/);
    // The summary's issue kinds name it in words, not by its code.
    expect([issueTitle('zh-CN', issue[0].code), issueTitle('en', issue[0].code)]).toEqual(['姓名与公司互换', 'name and company swapped']);
  });

  it('is never merged by --merge on that alone', () => {
    expect(merged(EN, 'GB').merge?.removeRows ?? []).toEqual([]);
    expect(merged(ZH).merge?.removeRows ?? []).toEqual([]);
  });

  it('two different people of one company are not made one by a name that is also a company (no crossing)', () => {
    const plan = planOf([
      ['客户名称', '联系人', '手机'],
      ['星辰科技', '张伟', '13812345678'],
      ['星辰科技', '李娜', '13812345678'],
    ]);
    expect(plan.duplicates.groups.flatMap((g) => g.reasons.map((r) => r.code))).not.toContain('dedupe.reason.nameCompanySwapped');
    expect(plan.issues.filter((i) => i.code === 'name.companySwapped')).toEqual([]);
  });

  it('without a shared phone or e-mail the crossing alone makes no group', () => {
    const plan = planOf([
      ['客户名称', '联系人', '手机'],
      ['星辰科技', '张伟', '13812345678'],
      ['张伟', '星辰科技', '13987654321'],
    ]);
    expect(plan.duplicates.groups).toEqual([]);
  });
});
