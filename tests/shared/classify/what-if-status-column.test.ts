/**
 * A 状态 column (正常 / 黑名单 / 已流失 / 跟进中) is read for the sheet's own classes, but it is no class
 * column: what it holds that names no class is said once, naming the column and its values, and a mark
 * of standing (黑名单: not to be contacted) is no "unrecognised lifecycle label".
 */
import { computeWhatIf, unrecognizedTexts } from '../../../shared/classify/what-if';
import type { BuiltinDimension } from '../../../shared/classify/labels';
import { rec } from './helpers';

const STATUSES = ['正常', '正常', '黑名单', '已流失', '跟进中', '正常', '跟进中', '已流失', '正常', '黑名单', '正常', '跟进中'];
const records = STATUSES.map((status, i) => rec(i + 2, { name: `客户${i}`, status }));
const computed = records.map(() => ({ lifecycle: 'existing', activity: 'active' }));
const whatIf = computeWhatIf(records, computed, ['lifecycle', 'activity']);
const titles: Record<string, Record<'zh-CN' | 'en', string>> = { lifecycle: { 'zh-CN': '客户类型', en: 'Lifecycle' }, activity: { 'zh-CN': '活跃度', en: 'Activity' } };
const texts = (lang: 'zh-CN' | 'en') => unrecognizedTexts(lang, whatIf, (d: BuiltinDimension) => titles[d][lang], (field) => (field === 'status' ? '状态' : field));

describe('a 状态 column in the what-if', () => {
  it('counts 黑名单 as a standing, not as a lifecycle or activity label it could not read', () => {
    const by = (d: string) => whatIf.dimensions.find((x) => x.dimension === d)!;
    // 正常 ×5 names no customer type; 黑名单 ×2 says not to contact him, which is no customer type either way.
    expect(by('lifecycle').unrecognized).toBe(5);
    // 跟进中 is a stage (a customer type), and 已流失 a stage as much as an activity: the column names no
    // activity of its own (活跃, 休眠), so it is no activity column to compare with (what-if.ts silentColumns).
    expect(by('activity').unrecognized).toBe(0);
  });

  it('says once which column, which values (with counts) and that they were left out of the comparison', () => {
    const zh = texts('zh-CN');
    expect(zh).toHaveLength(1);
    expect(zh[0]).toContain('“状态”');
    expect(zh[0]).toContain('正常（5）');
    expect(zh[0]).not.toContain('黑名单');
    expect(zh[0]).toContain('未参与与表中已有类别的对比');
    const en = texts('en');
    expect(en).toHaveLength(1);
    expect(en[0]).toContain('"状态"');
    expect(en[0]).toContain('正常 (5)');
    expect(en[0]).toContain('left out of the comparison');
  });

  it('names at most a few values, the commonest first, and how many others', () => {
    // One 意向 says the column is of customer types; the rest name none.
    const many = ['意向', '正常', '正常', '正常', '暂缓', '暂缓', '待定', '审核中', '已冻结', '其他'].map((status, i) => rec(i + 2, { status }));
    const w = computeWhatIf(many, many.map(() => ({ lifecycle: 'existing' })), ['lifecycle']);
    const [zh] = unrecognizedTexts('zh-CN', w, () => '客户类型', () => '状态');
    expect(zh).toContain('正常（3）、暂缓（2）');
    expect(zh).toMatch(/另有 3 种/);
  });
});
