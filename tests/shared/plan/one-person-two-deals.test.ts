/**
 * A CRM export of one row per deal (Pipedrive's Person - … / Deal - … columns, 销售易's 商机): a person
 * with two deals is on two rows, each its own deal, title, value and status. They are one customer's
 * records, shown together and never merged: a merge would fold her open upsell into the won renewal's
 * row as a note (tester h75 #7). One deal exported twice is a copy still, and merged.
 */
import { run, resolveSettings, type Plan } from '../../../shared';
import { reasonTexts } from '../../../shared/dedupe/reason-text';
import { gridOf, TODAY } from './helpers';

const PIPEDRIVE = [
  ['Person - Name', 'Person - Organization', 'Person - Email', 'Person - Phone', 'Person - Owner', 'Deal - Title', 'Deal - Value', 'Deal - Status', 'Deal - Expected close date'],
  ["Jennifer O'Connor", 'Brightwave LLC', 'jen.oconnor+crm@gmail.com', '(628) 555-0199', 'Mike Chen', 'Brightwave renewal', '12,000', 'won', '2026-11-20'],
  ['Rose Webb', 'Webb Group', 'rose.webb@gmail.com', '+1 (415) 555-1039', 'Mike Chen', 'Webb deal', '11250', 'open', '2026-04-24'],
  ['JENNIFER OCONNOR', 'Brightwave', 'Jen.OConnor@gmail.com', '+1 628-555-0199', 'Sara Lopez', 'Brightwave upsell', '4500', 'open', '2027-01-15'],
  ['Rose Webb', 'Webb Group', 'rose.webb@gmail.com', '(415) 555-1039', 'Mike Chen', 'Webb deal', '11250', 'open', '2026-04-24'],
];

const DEALS_ZH = [
  ['客户名称', '联系人', '手机', '商机名称', '商机金额', '负责人'],
  ['深圳市鹏程贸易有限公司', '王建国', '13812345678', '年度框架采购', '120000', '李娜'],
  ['广州华南电子有限公司', '陈志强', '13912345678', '仓储系统', '86000', '张伟'],
  ['鹏程贸易', '王建国', '138-1234-5678', '二期扩容', '45000', '李娜'],
];

function planOf(rows: string[][], input: object, merge: ('exact' | 'likely' | 'review')[] = []): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: settings.settings, today: TODAY, ...(merge.length > 0 ? { merge } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const EN = { language: 'en', phone: { defaultRegion: 'US' } };

describe('one person, two deals', () => {
  it('shows Jennifer\'s two deals as her records, saying the deal titles differ, and never merges them', () => {
    for (const merge of [[], ['exact', 'likely'], ['exact', 'likely', 'review']] as const) {
      const plan = planOf(PIPEDRIVE, EN, [...merge]);
      const jen = plan.duplicates.groups.find((g) => g.rows.includes(2))!;
      expect(jen.rows).toEqual([2, 4]);
      expect(jen.records).toBe(true);
      expect(reasonTexts('en', jen.reasons).join('; ')).toContain('Deal - Title (Brightwave renewal / Brightwave upsell)');
      expect(plan.merge?.removeRows ?? []).not.toContain(4);
      expect(plan.merge?.removeRows ?? []).not.toContain(2);
    }
  });

  it('still merges one deal exported twice', () => {
    const plan = planOf(PIPEDRIVE, EN, ['exact', 'likely']);
    expect(plan.merge?.removeRows).toEqual([5]);
  });

  it('keeps 王建国\'s two 商机 apart in a Chinese export', () => {
    const plan = planOf(DEALS_ZH, {}, ['exact', 'likely', 'review']);
    expect(plan.merge?.removeRows ?? []).toEqual([]);
  });
});
