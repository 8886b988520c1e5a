/**
 * A customer typed twice whose copies carry different tags is classed before --merge as the merge
 * will leave him: on the kept row with the tags the merge gives it (dedupe/merge.ts unitedTags, one
 * rule for both), so the class a rep reads in the preview is the class of the merged row. A copy's
 * tag the merge carries (已成交 onto a row tagged only VIP) classes him in the preview already; a
 * copy's tag of another stage than the kept row's (a rep's older 意向客户 beside the 已成交 of the
 * sale, Outlook's Prospects beside Customers) stays in the merged values, and classes nobody.
 */
import { run, type Plan } from '../../../shared';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { cellText } from '../../../shared/table/cell';
import { gridOf, planOf, TODAY } from './helpers';

// 企业微信 客户联系 export: no purchases, so each customer's lifecycle is the stage his tags state.
// 周明 was added by 刘洋 as 意向客户 and again by 王磊 after the sale; 孙丽 is tagged VIP on her fuller
// row and 已成交 on the other; 何平 is 已成交 on his fuller row and 意向客户 on an older one.
const WECOM = [
  ['备注名', '备注手机号', '客户标签', '添加人', '备注企业', '描述'],
  ['周明', '13857100001', '意向客户', '刘洋', '', ''],
  ['周明', '13857100001', '已成交', '王磊', '杭州明远纺织', '年底续签'],
  ['孙丽', '13968002222', 'VIP', '王磊', '宁波海丰贸易', '老板娘'],
  ['孙丽', '13968002222', '已成交', '王磊', '', ''],
  ['何平', '13705713333', '已成交', '王磊', '绍兴平安印染', '2024 签约'],
  ['何平', '13705713333', '意向客户', '刘洋', '', ''],
  ['陈静', '13605714444', '意向客户', '刘洋', '温州启明鞋业', ''],
];

// Outlook Contacts: Robert Kim filed under Prospects on his fuller card and Customers on Bob's.
const OUTLOOK = [
  ['First Name', 'Last Name', 'Company', 'E-mail Address', 'Mobile Phone', 'Categories'],
  ['John', 'Carter', 'Carter Plumbing', 'john@carterplumbing.com', '(415) 555-0101', 'Customers;VIP'],
  ['Robert', 'Kim', 'Kim Auto Repair', 'rkim@kimauto.com', '(415) 555-0132', 'Prospects'],
  ['Bob', 'Kim', '', 'rkim@kimauto.com', '', 'Customers'],
];

function merged(rows: string[][]): Plan {
  const out = run(gridOf(rows), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const labelsOf = (plan: Plan, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!.labels;
const tagsAfter = (plan: Plan, row: number, header: string) => {
  const col = plan.columns.find((c) => c.header === header)!.col;
  return plan.merge!.edits.filter((e) => e.sheetRow === row && e.col === col).map((e) => cellText(e.after));
};

describe.each([
  ['企业微信 客户标签', WECOM, '客户标签'],
  ["Outlook's Categories", OUTLOOK, 'Categories'],
])('%s: the preview classes a customer typed twice as --merge leaves him', (_, sheet, tagsHeader) => {
  const preview = planOf(sheet as string[][]);
  const after = merged(sheet as string[][]);

  it('merges every group it previews', () => {
    expect(after.merge!.removeRows.length).toBeGreaterThan(0);
    expect(after.merge!.removeRows.length).toBe(preview.duplicates.groups.reduce((n, g) => n + g.rows.length - 1, 0));
  });

  it("each row of a group shows, before the merge, the merged row's labels", () => {
    for (const g of preview.duplicates.groups) {
      for (const row of g.rows) expect([g.id, row, labelsOf(preview, row)]).toEqual([g.id, row, labelsOf(after, g.survivor)]);
    }
  });

  it('the report counts the same customers in each class before and after --merge', () => {
    const counts = (plan: Plan) => plan.report.sections.find((s) => s.id === 'lifecycle')!.series.map((s) => [s.label, s.count]);
    expect(counts(preview)).toEqual(counts(after));
  });

  it("the merged row holds no tag of another stage than its own (it stays in the merged values)", () => {
    for (const g of preview.duplicates.groups) {
      for (const tags of tagsAfter(after, g.survivor, tagsHeader as string)) expect(tags).not.toMatch(/意向客户|Prospects/);
    }
  });
});

describe('企业微信: which stage each merged customer is classed in, before and after --merge', () => {
  const preview = planOf(WECOM);
  const after = merged(WECOM);
  const survivorOf = (name: string) => preview.duplicates.groups.find((g) => g.rows.some((r) => WECOM[r - 1][0] === name))!.survivor;

  it.each([
    // name, the tags the merge writes on the kept row (none: it keeps its own), his lifecycle, why
    ['周明', [], 'existing', "王磊's fuller row is kept; 刘洋's older 意向客户 stays in 合并记录"],
    ['孙丽', ['VIP、已成交'], 'existing', 'her fuller row, tagged VIP only, takes the 已成交 of the other'],
    ['何平', [], 'existing', "his 已成交 row is kept; 刘洋's 意向客户 stays in 合并记录"],
  ])('%s: tags %j, %s (%s)', (name, tags, lifecycle) => {
    const kept = survivorOf(name);
    expect(tagsAfter(after, kept, '客户标签')).toEqual(tags);
    expect(labelsOf(after, kept).lifecycle).toBe(lifecycle);
    expect(labelsOf(preview, kept).lifecycle).toBe(lifecycle);
  });
});
