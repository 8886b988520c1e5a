/**
 * "Newer wins" beyond the main phone column (dedupe/newer-contact.ts): a customer typed again with a new
 * second mobile (手机2, 备用电话, Mobile 2), a new e-mail or a new WeChat is reached on it, by the rows'
 * dates, as Zoho's and HubSpot's merges do for contact fields. The old value is never lost (合并记录 and
 * the archive), the run says what it kept, and the group's field choices (groups[].fields) name it: a
 * further column's choice names its column. A number the kept row already holds in another of its
 * phone columns is no new one.
 */
import { DEFAULT_SETTINGS, run, cellText, type Plan } from '../../../shared';
import { t } from '../../../shared/i18n';
import { gridOf } from './helpers';

function planOf(rows: string[][], language: 'zh-CN' | 'en', merge: ('exact' | 'likely')[] = ['exact', 'likely']): Plan {
  const out = run(gridOf(rows), { settings: { ...DEFAULT_SETTINGS, language }, today: '2026-12-08', merge });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const colOf = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)!.col;
const newerEdits = (plan: Plan) => (plan.merge?.edits ?? []).filter((e) => e.reason.startsWith('dedupe.fix.newer')).map((e) => [plan.columns.find((c) => c.col === e.col)!.header, cellText(e.before), cellText(e.after), e.reason]);
const mergedValues = (plan: Plan, sheetRow: number) => cellText(plan.merge!.mergedColumn!.values[plan.rows.indexOf(sheetRow)]);
const said = (plan: Plan, lang: 'zh-CN' | 'en') => plan.problems.filter((p) => p.code.startsWith('dedupe.newer')).map((p) => t(lang, p.code, p.params));

// 销售部's ledger: 张建国 typed again in December (KH0019) with the 163 mailbox, WeChat and spare mobile
// he gave the rep; his 手机 is the same, which makes the rows one man.
const ZH_HEADER = ['客户编号', '客户姓名', '公司名称', '手机', '手机2', '电话', '邮箱', '微信', '合同额（元）', '最近联系', '备注'];
const ZH = [
  ['KH0001', '张建国', '上海申达精工机械有限公司', '13812345678', '13700001111', '021-58881234', 'zhangjg@shenda.com', 'zjg1958', '280000', '2026-10-02', '年底续约'],
  ['KH0002', '李娜', '杭州云启科技有限公司', '13988887777', '', '', 'lina@yunqi.cn', '', '86000', '2026-10-02', ''],
  ['KH0019', '张建国', '上海申达精工', '13812345678', '13605718899', '', 'jianguo.zhang@163.com', 'zjg_2026', '', '2026-12-04', '换了邮箱'],
];

describe('张建国 typed again with a new 手机2, 邮箱 and 微信', () => {
  const plan = planOf([ZH_HEADER, ...ZH], 'zh-CN');

  it('gives his kept row (KH0001) the newer row\'s second mobile, e-mail and WeChat, his 手机 and 电话 unchanged', () => {
    expect(plan.merge!.archive.map((a) => [a.sheetRow, a.survivorRow])).toEqual([[4, 2]]);
    expect(newerEdits(plan)).toEqual([
      ['手机2', '13700001111', '13605718899', 'dedupe.fix.newerPhone'],
      ['邮箱', 'zhangjg@shenda.com', 'jianguo.zhang@163.com', 'dedupe.fix.newerContact'],
      ['微信', 'zjg1958', 'zjg_2026', 'dedupe.fix.newerContact'],
    ]);
  });

  it('keeps each old value in 合并记录', () => {
    for (const item of ['手机2: 13700001111（2026-12-08 原第2行）', '邮箱: zhangjg@shenda.com（2026-12-08 原第2行）', '微信: zjg1958（2026-12-08 原第2行）']) {
      expect(mergedValues(plan, 2)).toContain(item);
    }
  });

  it('says what it kept, in Chinese and English', () => {
    expect(said(plan, 'zh-CN')).toEqual([
      '第 2 行和第 4 行（合并到第 2 行）的“手机2”不同：保留行改用较新的第 4 行的 13605718899（最近日期 2026-12-04），原来的 13700001111 记在合并记录中。',
      '第 2 行和第 4 行（合并到第 2 行）的“邮箱”不同：保留行改用较新的第 4 行的 jianguo.zhang@163.com（最近日期 2026-12-04），原来的 zhangjg@shenda.com 记在合并记录中。',
      '第 2 行和第 4 行（合并到第 2 行）的“微信”不同：保留行改用较新的第 4 行的 zjg_2026（最近日期 2026-12-04），原来的 zjg1958 记在合并记录中。',
    ]);
    expect(said(planOf([ZH_HEADER, ...ZH], 'en'), 'en')[1]).toBe(
      'Rows 2 and 4, merged into row 2, hold different "邮箱": the kept row now holds row 4\'s newer jianguo.zhang@163.com (latest date 2026-12-04); the old zhangjg@shenda.com is in the merged values.',
    );
  });

  it('names in the group\'s field choices, before a merge and with it, what the merge keeps: the e-mail and WeChat, and 手机2 by its column', () => {
    for (const p of [planOf([ZH_HEADER, ...ZH], 'zh-CN', []), plan]) {
      const fields = p.duplicates.groups[0].fields;
      expect(fields.find((f) => f.field === 'email')).toEqual({ field: 'email', sheetRow: 4, value: 'jianguo.zhang@163.com', action: 'fill' });
      expect(fields.find((f) => f.field === 'wechat')).toEqual({ field: 'wechat', sheetRow: 4, value: 'zjg_2026', action: 'fill' });
      expect(fields.find((f) => f.field === 'mobile' && f.col === undefined)).toEqual({ field: 'mobile', sheetRow: 2, value: '13812345678', action: 'keep' });
      expect(fields.find((f) => f.col === colOf(p, '手机2'))).toEqual({ field: 'mobile', col: colOf(p, '手机2'), sheetRow: 4, value: '13605718899', action: 'fill' });
    }
  });

  it('keeps his old e-mail when the re-typed row is the older one', () => {
    const older = ZH.map((r) => (r[0] === 'KH0019' ? [...r.slice(0, 9), '2025-01-04', ''] : r));
    expect(newerEdits(planOf([ZH_HEADER, ...older], 'zh-CN'))).toEqual([]);
  });

  it('keeps a kept 邮箱 cell that already holds the newer row\'s address among its two', () => {
    const both = ZH.map((r) => (r[0] === 'KH0001' ? [...r.slice(0, 6), 'zhangjg@shenda.com; jianguo.zhang@163.com', ...r.slice(7)] : r));
    const p = planOf([ZH_HEADER, ...both], 'zh-CN');
    expect(newerEdits(p).map((e) => e[0])).toEqual(['手机2', '微信']);
  });

  it.each([
    ['a domain typed with a slip', 'zhangjg@shenda.con'],
    ['two letters swapped', 'zhangjg@sehnda.com'],
  ])('keeps his e-mail when the newer row\'s is it with %s, listed in 合并记录', (_why, slip) => {
    const typo = ZH.map((r) => (r[0] === 'KH0019' ? [...r.slice(0, 6), slip, ...r.slice(7)] : r));
    const p = planOf([ZH_HEADER, ...typo], 'zh-CN');
    expect(newerEdits(p).map((e) => e[0])).toEqual(['手机2', '微信']);
    expect(mergedValues(p, 2)).toContain(`邮箱: ${slip}（2026-12-08 原第4行）`);
  });

  it('keeps both numbers when the newer row\'s 手机 is the one the kept row holds in 手机2', () => {
    const moved = [
      ['KH0001', '张建国', '上海申达精工机械有限公司', '13812345678', '13605718899', '', 'zhangjg@shenda.com', '', '280000', '2026-10-02', ''],
      ZH[1],
      ['KH0019', '张建国', '上海申达精工', '13605718899', '', '', 'zhangjg@shenda.com', '', '', '2026-12-04', ''],
    ];
    const p = planOf([ZH_HEADER, ...moved], 'zh-CN');
    expect(p.merge!.archive.map((a) => a.sheetRow)).toEqual([4]);
    expect(newerEdits(p)).toEqual([]);
  });
});

describe('John Smith\'s HubSpot contact exported again after he left Acme (Mobile 2, Email)', () => {
  const header = ['Contact ID', 'First Name', 'Last Name', 'Company', 'Mobile Phone', 'Mobile 2', 'Email', 'Street Address', 'City', 'Last Activity Date', 'Notes'];
  // The same contact (1001) in an older and a newer export pasted together.
  const rows = [
    ['1001', 'John', 'Smith', 'Acme Tools Inc.', '+1 415-555-0134', '+1 415-555-0100', 'john@acmetools.com', '500 Market St', 'San Francisco', '2026-10-02', 'renewal in Q1'],
    ['1002', 'Mary', 'Jones', 'Blue Harbor LLC', '+1 212-555-0187', '', 'mary@blueharbor.com', '40 Pier Rd', 'Boston', '2026-10-02', ''],
    ['1001', 'John', 'Smith', 'Acme Tools', '+1 415-555-0134', '+1 415-555-0111', 'john.smith@gmail.com', '', '', '2026-12-04', 'personal email now'],
  ];

  it('keeps the kept record\'s own Mobile 2 and Email when the newer row is another contact record (1077): a record\'s identity is never assembled from another\'s', () => {
    const other = planOf([header, ...rows.map((r, i) => (i === 2 ? ['1077', ...r.slice(1)] : r))], 'en');
    expect(newerEdits(other)).toEqual([]);
    expect(mergedValues(other, 2)).toContain('Email: john.smith@gmail.com (row 4 as of 2026-12-08)');
    expect(other.problems.filter((p) => p.code.startsWith('dedupe.newer')).map((p) => p.code)).toEqual(['dedupe.newerPhone.recordKeptMerged', 'dedupe.newerPhone.recordKeptMerged']);
  });
  const plan = planOf([header, ...rows], 'en');

  it('gives the kept row the newer Mobile 2 and Email, the old ones in Merged values', () => {
    expect(plan.merge!.archive.map((a) => [a.sheetRow, a.survivorRow])).toEqual([[4, 2]]);
    expect(newerEdits(plan)).toEqual([
      ['Mobile 2', '+1 415 555 0100', '+1 415 555 0111', 'dedupe.fix.newerPhone'],
      ['Email', 'john@acmetools.com', 'john.smith@gmail.com', 'dedupe.fix.newerContact'],
    ]);
    expect(mergedValues(plan, 2)).toContain('Mobile 2: +1 415 555 0100 (row 2 as of 2026-12-08)');
    expect(mergedValues(plan, 2)).toContain('Email: john@acmetools.com (row 2 as of 2026-12-08)');
    expect(said(plan, 'en')[1]).toBe(
      'Rows 2 and 4, merged into row 2, hold different "Email": the kept row now holds row 4\'s newer john.smith@gmail.com (latest date 2026-12-04); the old john@acmetools.com is in the merged values.',
    );
  });
});
