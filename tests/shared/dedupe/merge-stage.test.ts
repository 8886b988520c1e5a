/**
 * A customer typed twice whose copies state different stages (客户阶段 意向客户 on 刘洋's row, 已成交 on
 * 王磊's; Stage Lead and Customer) is merged at the furthest stage a copy reached, whichever row is
 * kept, the other stage listed in 合并记录 / Merged values. 流失 / Churned is the last stage: an older
 * copy's 已成交 does not undo it, and only a sale stated on a later row (by the rows' 最近联系, 更新日期
 * or 录入日期) does, when every churned row is dated.
 */
import { planMerge } from '../../../shared/dedupe/merge';
import { cellText, type Cell } from '../../../shared/table/cell';
import type { Table } from '../../../shared/table/table';
import type { DuplicateGroup } from '../../../shared/dedupe/types';
import type { FieldId } from '../../../shared/schema/fields';

function group(rows: number[], survivor: number): DuplicateGroup {
  return { id: 'G1', rows, fingerprints: rows.map(String), score: 1, reasons: [], confidence: 'likely', survivor, fields: [], conflicts: [] };
}

/** Text cells, a YYYY-MM-DD as the date the cleaner reads it as; the header row is sheet row 1. */
function tableOf(headers: string[], rows: string[][]): Table {
  return {
    sheetName: '客户', headerRow: 1, firstCol: 1, headers,
    rows: rows.map((cells, i) => ({
      sheetRow: i + 2,
      cells: cells.map((value): Cell => (value === '' ? { kind: 'empty' } : /^\d{4}-\d\d-\d\d$/.test(value) ? { kind: 'date', value } : { kind: 'text', value })),
    })),
  };
}

// A sales team's 客户跟进表: 客户阶段 (read as the status), 客户标签, 负责人, 最近联系.
const ZH = ['客户名称', '联系人', '手机', '客户阶段', '客户标签', '负责人', '最近联系'];
const ZH_COLS: Partial<Record<FieldId, number>> = { company: 0, name: 1, mobile: 2, status: 3, tags: 4, owner: 5, lastContact: 6 };

function mergeZh(rows: string[][], survivor = 2) {
  const plan = planMerge(tableOf(ZH, rows), ZH_COLS, [group(rows.map((_, i) => i + 2), survivor)], { language: 'zh-CN', today: '2024-12-01' });
  const at = (col: number) => plan.edits.filter((e) => e.sheetRow === survivor && e.col === col).map((e) => [cellText(e.after), e.reason]);
  const note = cellText(plan.mergedColumn!.values[survivor - 2]);
  return { plan, stage: at(3), tags: at(4), note };
}

describe('客户阶段: the furthest stage a copy reached', () => {
  it("刘洋's kept 意向客户 gives way to 王磊's 已成交; 意向客户 stays in 合并记录", () => {
    const { stage, note } = mergeZh([
      ['杭州明远纺织有限公司', '周明', '13857100001', '意向客户', '', '刘洋', '2024-10-08'],
      ['杭州明远纺织有限公司', '周明', '13857100001', '已成交', '', '王磊', '2024-11-20'],
    ]);
    expect(stage).toEqual([['已成交', 'dedupe.fix.stage']]);
    expect(note).toContain('客户阶段: 意向客户（2024-12-01 原第2行）');
    expect(note).not.toContain('已成交');
  });

  it('the sale wins whichever row is older: a 已成交 typed first over a later 意向客户 stays', () => {
    const { stage, note } = mergeZh([
      ['杭州明远纺织有限公司', '周明', '13857100001', '已成交', '', '王磊', '2024-06-01'],
      ['杭州明远纺织有限公司', '周明', '13857100001', '意向客户', '', '刘洋', '2024-11-20'],
    ]);
    expect(stage).toEqual([]);
    expect(note).toContain('客户阶段: 意向客户（2024-12-01 原第3行）');
  });

  it('a blank kept 客户阶段 is filled from the furthest copy, not the first', () => {
    const { stage, note } = mergeZh([
      ['温州启明鞋业有限公司', '陈静', '13605714444', '', '', '刘洋', '2024-11-15'],
      ['温州启明鞋业有限公司', '陈静', '13605714444', '潜在客户', '', '刘洋', '2024-09-01'],
      ['温州启明鞋业有限公司', '陈静', '13605714444', '已成交', '', '王磊', '2024-10-01'],
    ]);
    expect(stage).toEqual([['已成交', 'dedupe.fix.fill']]);
    expect(note).toContain('客户阶段: 潜在客户（2024-12-01 原第3行）');
  });

  it("a later 流失 is not undone by the kept row's older 老客户: 孙丽 is 流失, 老客户 in 合并记录", () => {
    const { stage, note } = mergeZh([
      ['宁波海丰贸易有限公司', '孙丽', '13968002222', '老客户', '', '王磊', '2023-05-10'],
      ['宁波海丰贸易有限公司', '孙丽', '13968002222', '流失', '', '王磊', '2024-09-01'],
    ]);
    expect(stage).toEqual([['流失', 'dedupe.fix.stage']]);
    expect(note).toContain('客户阶段: 老客户（2024-12-01 原第2行）');
  });

  it("a later 已成交 (he signed again) undoes an older 流失: 何平's kept 流失 of 2023 gives way, listed in 合并记录", () => {
    const { stage, note } = mergeZh([
      ['绍兴平安印染有限公司', '何平', '13705713333', '流失', '', '刘洋', '2023-03-01'],
      ['绍兴平安印染有限公司', '何平', '13705713333', '已成交', '', '王磊', '2024-11-02'],
    ]);
    expect(stage).toEqual([['已成交', 'dedupe.fix.stage']]);
    expect(note).toContain('客户阶段: 流失（2024-12-01 原第2行）');
  });

  it('an older 已成交 leaves a later 流失 as it is', () => {
    const { stage, note } = mergeZh([
      ['绍兴平安印染有限公司', '何平', '13705713333', '流失', '', '刘洋', '2024-10-01'],
      ['绍兴平安印染有限公司', '何平', '13705713333', '已成交', '', '王磊', '2023-03-01'],
    ]);
    expect(stage).toEqual([]);
    expect(note).toContain('客户阶段: 已成交（2024-12-01 原第3行）');
  });

  it('without a day on the churned row nothing shows the sale came after: 流失 stands, 已成交 in 合并记录', () => {
    const { stage, note } = mergeZh([
      ['绍兴平安印染有限公司', '何平', '13705713333', '已成交', '', '王磊', '2024-11-02'],
      ['绍兴平安印染有限公司', '何平', '13705713333', '流失', '', '刘洋', ''],
    ]);
    expect(stage).toEqual([['流失', 'dedupe.fix.stage']]);
    expect(note).toContain('客户阶段: 已成交（2024-12-01 原第2行）');
  });

  it('a kept value that names no stage (正常) stays, the copy\'s 已成交 listed; a copy\'s 黑名单 still marks him', () => {
    expect(mergeZh([
      ['杭州明远纺织有限公司', '周明', '13857100001', '正常', '', '王磊', '2024-11-20'],
      ['杭州明远纺织有限公司', '周明', '13857100001', '已成交', '', '王磊', '2024-10-01'],
    ])).toMatchObject({ stage: [], note: expect.stringContaining('客户阶段: 已成交（2024-12-01 原第3行）') });
    expect(mergeZh([
      ['杭州明远纺织有限公司', '周明', '13857100001', '已成交', '', '王磊', '2024-11-20'],
      ['杭州明远纺织有限公司', '周明', '13857100001', '黑名单', '', '王磊', '2024-10-01'],
    ]).stage).toEqual([['黑名单', 'dedupe.fix.doNotContact']]);
  });
});

describe('客户标签: the merged tags name the furthest stage only', () => {
  it('"意向客户,VIP" kept beside a copy\'s "已成交" becomes "VIP,已成交", the kept row\'s list in 合并记录', () => {
    const { tags, note } = mergeZh([
      ['杭州明远纺织有限公司', '周明', '13857100001', '', '意向客户,VIP', '刘洋', '2024-10-08'],
      ['杭州明远纺织有限公司', '周明', '13857100001', '', '已成交', '王磊', '2024-11-20'],
    ]);
    expect(tags).toEqual([['VIP,已成交', 'dedupe.fix.tags']]);
    expect(note).toContain('客户标签: 意向客户,VIP（2024-12-01 原第2行）');
  });

  it('of two copies, the 已成交 is carried, not the first one\'s 意向客户', () => {
    const { tags, note } = mergeZh([
      ['杭州明远纺织有限公司', '周明', '13857100001', '', 'VIP', '王磊', '2024-11-20'],
      ['杭州明远纺织有限公司', '周明', '13857100001', '', '意向客户', '刘洋', '2024-10-08'],
      ['杭州明远纺织有限公司', '周明', '13857100001', '', '已成交', '王磊', '2024-11-01'],
    ]);
    expect(tags).toEqual([['VIP、已成交', 'dedupe.fix.tags']]);
    expect(note).toContain('客户标签: 意向客户（2024-12-01 原第3行）');
  });

  it('a later 流失 tag replaces the kept 老客户; a 已成交 signed after an older 流失 tag drops it', () => {
    expect(mergeZh([
      ['宁波海丰贸易有限公司', '孙丽', '13968002222', '', '老客户', '王磊', '2023-05-10'],
      ['宁波海丰贸易有限公司', '孙丽', '13968002222', '', '流失', '王磊', '2024-09-01'],
    ]).tags).toEqual([['流失', 'dedupe.fix.tags']]);
    const winBack = mergeZh([
      ['绍兴平安印染有限公司', '何平', '13705713333', '', '已成交', '王磊', '2024-11-02'],
      ['绍兴平安印染有限公司', '何平', '13705713333', '', '流失', '刘洋', '2023-03-01'],
    ]);
    expect(winBack.tags).toEqual([]);
    expect(winBack.note).toContain('客户标签: 流失（2024-12-01 原第3行）');
  });
});

describe('an English CRM export: Stage and 是否成交-like yes/no', () => {
  const EN = ['Company', 'First Name', 'Last Name', 'Email', 'Stage', 'Closed Won?', 'Last Contacted'];
  const cols: Partial<Record<FieldId, number>> = { company: 0, firstName: 1, lastName: 2, email: 3, status: 4, dealStatus: 5, lastContact: 6 };
  const plan = planMerge(tableOf(EN, [
    ['Carter Plumbing', 'John', 'Carter', 'john@carterplumbing.com', 'Lead', 'No', '2024-10-01'],
    ['Carter Plumbing', 'John', 'Carter', 'john@carterplumbing.com', 'Customer', 'Yes', '2024-11-12'],
    ['Kim Auto Repair', 'Robert', 'Kim', 'rkim@kimauto.com', 'Customer', '', '2023-06-15'],
    ['Kim Auto Repair', 'Robert', 'Kim', 'rkim@kimauto.com', 'Churned', '', '2024-10-30'],
  ]), cols, [group([2, 3], 2), { ...group([4, 5], 4), id: 'G2' }], { language: 'en', today: '2024-12-01' });
  const edits = (row: number) => plan.edits.filter((e) => e.sheetRow === row).map((e) => [EN[e.col], cellText(e.after), e.reason]);
  const note = (row: number) => cellText(plan.mergedColumn!.values[row - 2]);

  it("John Carter's kept Lead and No become Customer and Yes; Lead and No are in Merged values", () => {
    expect(edits(2)).toEqual([
      ['Stage', 'Customer', 'dedupe.fix.stage'],
      ['Closed Won?', 'Yes', 'dedupe.fix.stage'],
      ['Last Contacted', '2024-11-12', 'dedupe.fix.latest'],
    ]);
    expect(note(2)).toContain('Stage: Lead (row 2 as of 2024-12-01)');
    expect(note(2)).toContain('Closed Won?: No (row 2 as of 2024-12-01)');
  });

  it("Robert Kim's later Churned wins over his older Customer, which is in Merged values", () => {
    expect(edits(4)).toEqual([
      ['Stage', 'Churned', 'dedupe.fix.stage'],
      ['Last Contacted', '2024-10-30', 'dedupe.fix.latest'],
    ]);
    expect(note(4)).toContain('Stage: Customer (row 4 as of 2024-12-01)');
  });
});

describe('客户阶段 before the sale: the furthest step of the funnel (funnel-step.ts)', () => {
  it.each<[string, string, string, string]>([
    ['潜在客户', '意向客户', '意向客户', 'interest shown is past a name on a list'],
    ['潜在客户', '商务谈判', '商务谈判', 'a negotiation is past a lead'],
    ['意向客户', '方案报价', '方案报价', 'an offer made is past interest'],
    ['线索', '需求确认', '需求确认', 'a need confirmed is past a lead'],
    ['Lead', 'Qualified', 'Qualified', 'HubSpot and Salesforce wording'],
    ['Qualified', 'Proposal', 'Proposal', 'an offer made is past qualifying'],
    ['Lead', 'Negotiation', 'Negotiation', 'negotiating is the last step before the sale'],
  ])('kept %s, copy %s → %s (%s)', (kept, copy, expected) => {
    const { stage, note } = mergeZh([
      ['深圳华强科技有限公司', '张伟', '13812345678', kept, '', '李娜', '2024-11-20'],
      ['深圳华强科技有限公司', '张伟', '13812345678', copy, '', '李娜', '2024-10-02'],
    ]);
    expect(stage).toEqual([[expected, 'dedupe.fix.stage']]);
    expect(note).toContain(kept);
  });

  it.each<[string, string]>([
    ['意向客户', '潜在客户'],
    ['Negotiation', 'Lead'],
    ['意向客户', '意向'],
  ])('kept %s stays beside a copy at %s, no further along', (kept, copy) => {
    const { stage } = mergeZh([
      ['深圳华强科技有限公司', '张伟', '13812345678', kept, '', '李娜', '2024-11-20'],
      ['深圳华强科技有限公司', '张伟', '13812345678', copy, '', '李娜', '2024-10-02'],
    ]);
    expect(stage).toEqual([]);
  });

  it('a sale still wins over any step of the funnel', () => {
    const { stage } = mergeZh([
      ['深圳华强科技有限公司', '张伟', '13812345678', '商务谈判', '', '李娜', '2024-11-20'],
      ['深圳华强科技有限公司', '张伟', '13812345678', '已成交', '', '李娜', '2024-10-02'],
    ]);
    expect(stage).toEqual([['已成交', 'dedupe.fix.stage']]);
  });
});
