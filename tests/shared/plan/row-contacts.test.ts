/**
 * Every person of a row is a contact of it (h62 findings 6 and 7, second part): a B2B sheet's
 * 联系人2 | 职务2 | 电话2 and Contact 2 | Phone 2, a wedding studio's bride. Each is cleaned and checked
 * like the first contact (the issue names his column), compared for duplicates (one company typed
 * twice is found by 联系人2's phone, and the reason says so), kept whole by a merge, never mixed
 * with another person's, and meets the required name.
 */
import { t } from '../../../shared/i18n';
import { run, resolveSettings, type Plan } from '../../../shared';
import { after, gridOf, planOf, TODAY } from './helpers';

const reasonsOf = (p: Plan, lang: 'zh-CN' | 'en' = 'zh-CN') => p.duplicates.groups.map((g) => g.reasons.filter((r) => r.evidence === 'for').map((r) => t(lang, r.code, r.params)));
const text = (p: Plan, row: number, header: string) => {
  const c = after(p, row, header);
  return c === null ? null : c.kind === 'text' ? c.value : String((c as { value: unknown }).value);
};
const issuesAt = (p: Plan, header: string) => {
  const col = p.columns.find((c) => c.header === header)!.col;
  return p.issues.filter((i) => i.col === col).map((i) => [i.sheetRow, i.code]);
};

describe('a B2B sheet (公司名称 | 联系人1 | 职务1 | 电话1 | 联系人2 | 职务2 | 电话2 | 联系人3 | 电话3 | 座机)', () => {
  const rows = [
    ['公司名称', '联系人1', '职务1', '电话1', '联系人2', '职务2', '电话2', '联系人3', '电话3', '座机', '合同到期', '业务员'],
    // 华强 typed twice by two reps: 王磊 put 赵强 first, 李娜 put 钱敏 first and 赵强 second.
    ['深圳华强电子', '赵强', '采购经理', '13800001111', '', '', '', '', '', '', '2025-01-01', '王磊'],
    ['深圳市华强电子有限公司', '钱敏', '财务', '13900002222', '赵强', '采购经理', '138 0000 1111', '', '', '0755-86001234', '2025-01-01', '李娜'],
    // The second and third contacts' numbers typed as people type them: full-width, in Excel's E-notation, spaced, one digit short.
    ['东莞市长安五金厂', '孙丽', '老板娘', '13711112222', '周杰', '采购', '１３６２２２２３３３３', '吴刚', '1.38E+10', '0769-85123456', '2025-03-01', '陈静'],
    ['佛山市顺德家电有限公司', '黄磊', '总经理', '13512345678', '郑爽', '', '135 2345 6789', '冯军', '1351234567', '', '2025-04-01', '陈静'],
  ];

  it('reads every contact\'s columns as that contact\'s, none as an unread column nor as 联系人1\'s', () => {
    const p = planOf(rows);
    expect(p.columns.filter((c) => c.person).map((c) => [c.header, c.person!.n, c.person!.field])).toEqual([
      ['联系人2', 2, 'name'], ['职务2', 2, 'title'], ['电话2', 2, 'phone'], ['联系人3', 3, 'name'], ['电话3', 3, 'phone'],
    ]);
    expect(p.unreadColumns ?? []).toEqual([]);
  });

  it('cleans 联系人2\'s and 联系人3\'s numbers as 联系人1\'s are, and flags a bad one in its own column', () => {
    const p = planOf(rows);
    expect(text(p, 4, '电话2')).toBe('13622223333');
    expect(text(p, 5, '电话2')).toBe('13523456789');
    expect(issuesAt(p, '电话3').map(([row]) => row)).toEqual([4, 5]);
    // 联系人1's column gets none of them.
    expect(issuesAt(p, '电话1')).toEqual([]);
  });

  it('finds the company typed twice by 联系人2\'s phone, and says so, without holding 赵强 and 钱敏\'s names against it', () => {
    const p = planOf(rows);
    expect(p.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'likely']]);
    expect(reasonsOf(p)[0]).toContain('联系人2 电话相同');
    expect(p.duplicates.groups[0].reasons.filter((r) => r.evidence === 'against')).toEqual([]);
  });

  it('says it in English too', () => {
    expect(reasonsOf(planOf(rows), 'en')[0]).toContain('联系人2: same phone');
  });

  it('merges the two rows keeping both people: 钱敏 goes whole into the kept row\'s empty 联系人2 group, 赵强 is not added twice', () => {
    const plan = mergeOf(rows);
    const survivor = plan.duplicates.groups[0].survivor;
    const fills = plan.merge!.edits.filter((e) => e.sheetRow === survivor).map((e) => [plan.columns[e.col].header, e.after.kind === 'text' ? e.after.value : '']);
    expect(survivor).toBe(2);
    expect(fills).toEqual(expect.arrayContaining([['联系人2', '钱敏'], ['职务2', '财务'], ['电话2', '13900002222']]));
    // 钱敏's title never becomes 赵强's, nor her number his.
    expect(fills.map(([h]) => h)).not.toContain('职务1');
    expect(fills.map(([h]) => h)).not.toContain('电话1');
    expect(plan.merge!.removeRows).toEqual([3]);
    // The merged values name what the kept row lacks (the other company name, the other rep), not 赵强 and his number again.
    const note = String((plan.merge!.mergedColumn!.values[0] as { value: unknown }).value);
    expect(note).toContain('深圳市华强电子有限公司');
    expect(note).not.toContain('赵强');
    expect(note).not.toContain('13800001111');
  });
});

/** The plan with the CLI's --merge (exact and likely groups merged). */
function mergeOf(rows: string[][]): Plan {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: settings.settings, today: TODAY, merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

describe('an English account list (Company | Contact 1 | Phone 1 | Contact 2 | Phone 2)', () => {
  const rows = [
    ['Company', 'Contact 1', 'Phone 1', 'Email 1', 'Contact 2', 'Phone 2', 'Email 2', 'Renewal Date'],
    ['Brightwater Ltd', 'Sarah Jones', '+44 7911 123456', 'sarah@brightwater.co.uk', 'Tom Hill', '+44 7700 900123', 'tom@brightwater.co.uk', '2025-02-01'],
    ['Brightwater Limited', 'Tom Hill', '07700 900123', 'tom.hill@brightwater.co.uk', '', '', '', '2025-02-01'],
    ['Harbour Foods', 'Priya Shah', '+44 7700 900456', 'priya@harbourfoods.co.uk', 'Ben Cole', '07700 9001', 'ben@@harbourfoods.co.uk', '2025-06-01'],
  ];

  it('finds Brightwater typed twice by Contact 2\'s phone', () => {
    const p = planOf(rows, { phone: { defaultRegion: 'GB' }, language: 'en' });
    expect(p.duplicates.groups.map((g) => g.rows)).toEqual([[2, 3]]);
    expect(reasonsOf(p, 'en')[0]).toContain('Contact 2: same phone');
  });

  it('checks Contact 2\'s phone and e-mail in their own columns', () => {
    const p = planOf(rows, { phone: { defaultRegion: 'GB' }, language: 'en' });
    expect(issuesAt(p, 'Phone 2').map(([row]) => row)).toEqual([4]);
    expect(issuesAt(p, 'Email 2').map(([row]) => row)).toEqual([4]);
    expect(issuesAt(p, 'Phone 1')).toEqual([]);
  });
});

describe('the required name is met by any person of the row', () => {
  it('a wedding studio\'s bride-only booking (新郎 blank, 新娘 filled) is no row without a name', () => {
    const p = planOf([
      ['新郎', '新郎电话', '新娘', '新娘电话', '婚期', '定金', '尾款', '拍摄日期'],
      ['张伟', '13812340001', '李娜', '13912340002', '2025-05-20', '2000', '8000', '2024-12-01'],
      ['', '', '李娜', '139-1234-0002', '2025-05-20', '1000', '', '2024-12-01'],
      ['', '13700001111', '', '', '2025-06-01', '500', '', ''],
    ]);
    // The groom's phone alone names nobody: flagged, as a warning (the number reaches the couple).
    expect(p.issues.filter((i) => i.rule === 'required').map((i) => [i.sheetRow, i.code])).toEqual([[4, 'required.nameless']]);
  });

  it('a contact list whose 联系人1 is blank where 联系人2 is filled names someone; a row with nobody does not', () => {
    const p = planOf([
      ['联系人1', '手机1', '联系人2', '手机2', '备注'],
      ['赵强', '13800001111', '钱敏', '13900002222', ''],
      ['', '', '孙丽', '13711112222', '只留了老板娘'],
      ['', '13622223333', '', '', ''],
    ]);
    expect(p.issues.filter((i) => i.rule === 'required').map((i) => [i.sheetRow, i.code])).toEqual([[4, 'required.nameless']]);
  });

  it('an English list whose Contact 1 is blank where Contact 2 is filled', () => {
    const p = planOf([
      ['Contact 1', 'Phone 1', 'Contact 2', 'Phone 2'],
      ['', '', 'Tom Hill', '+44 7700 900123'],
      ['', '+44 7911 123456', '', ''],
    ], { phone: { defaultRegion: 'GB' }, language: 'en' });
    expect(p.issues.filter((i) => i.rule === 'required').map((i) => [i.sheetRow, i.code])).toEqual([[3, 'required.nameless']]);
  });
});
