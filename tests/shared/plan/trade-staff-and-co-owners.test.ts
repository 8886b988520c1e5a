/**
 * Who holds a customer, as three kinds of sheet say it:
 * - a photo studio's Photographer (a groomer's Groomer, a clinic's Therapist) serves his own clients: where
 *   no rep's column says who holds them, their reminders go to him, not all to Unassigned (tester h75 #11);
 *   one session typed twice under two photographers is one booking, merged, seen by both, no sales conflict;
 * - a 眼镜店's or a 服装店's 店员 who served the customer keeps his reminders, and two of them who each
 *   registered him once are two clerks who served him, 同一客户由两位店员接待, never a 撞单 (tester h72);
 * - a 钉钉 / 纷享销客 / 企业微信 export's 协同人 (协作人, 团队成员, Collaborators) is a co-owner the CRM declares:
 *   a row's owner and its own 协同人 holding the customer's other row are no 撞单 (tester h74 #9). Another rep
 *   still is one.
 */
import { ownerConflictTexts, resolveSettings, run, type Cell, type Grid, type Plan } from '../../../shared';

const TODAY = '2026-12-04';

function planOf(rows: string[][], language: 'en' | 'zh-CN', merge = false): Plan {
  const settings = resolveSettings({ language });
  if (!settings.ok) throw new Error('settings');
  const grid: Grid = { sheetName: 'Sheet1', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map((v): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v }))) };
  const out = run(grid, { settings: settings.settings, today: TODAY, ...(merge ? { merge: ['exact', 'likely'] as const } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const groupOf = (plan: Plan, row: number) => plan.duplicates.groups.find((g) => g.rows.includes(row));
const said = (plan: Plan, row: number, lang: 'en' | 'zh-CN') => {
  const g = groupOf(plan, row)!;
  return ownerConflictTexts(lang, g.ownerConflict?.owners, g.ownerConflict?.claim, g.ownerConflict?.future, g.ownerConflict?.carers).join('; ');
};
const ownersOf = (plan: Plan) => plan.reminders.groups.map((o) => o.owner);
const duplicateSeries = (plan: Plan) => plan.report.sections.find((s) => s.id === 'duplicates')!.series.map((s) => `${s.id}:${s.count}`);

describe('a photo studio\'s Photographer holds the clients he shoots', () => {
  const studio = [
    ['Client Name', 'Mobile', 'Email', 'Session Type', 'Session Date', 'Package Price', 'Photographer', 'Birthday'],
    ['Ava Lane', '07700 900000', 'aval@gmail.com', 'Wedding', '2026-03-01', '1850', 'Kate', '1980-01-01'],
    ['Ethan Nguyen', '+44 7700 900037', 'ethann@hotmail.co.uk', 'Newborn', '2026-02-04', '350', 'Dom', ''],
    ['Sarah McKenzie', '07700 900123', 'sarah.mckenzie@gmail.com', 'Wedding', '2026-11-14', '2400', 'Kate', '1990-12-10'],
    ['SARAH MCKENZIE', '+44 7700 900123', 'Sarah.McKenzie@Gmail.com', 'Wedding', '2026-11-14', '', 'Dom', ''],
    ['Emily Clark', '07911 123456', 'emily.clark@outlook.com', 'Newborn', '2026-12-02', '350', 'Dom', '1995-12-06'],
    ['Ciara O\'Neill', '07700 900456', 'ciara.oneill@icloud.com', 'Family', '2026-12-06', '275', 'Kate', ''],
  ];

  it('reminds Kate and Dom of their own clients, none Unassigned', () => {
    const plan = planOf(studio, 'en');
    expect(plan.columns.find((c) => c.header === 'Photographer')?.field).toBe('owner');
    expect(ownersOf(plan).sort()).toEqual(['Dom', 'Kate']);
    expect(plan.reminders.reminders.find((r) => r.customer === 'Emily Clark')?.owner).toBe('Dom');
  });

  it('merges one wedding session typed twice under two photographers, seen by both, no sales conflict', () => {
    const plan = planOf(studio, 'en');
    expect(groupOf(plan, 4)?.confidence).toBe('likely');
    expect(said(plan, 4, 'en')).toBe('seen by two photographers (Kate / Dom): the same client typed in by each, not a sales conflict');
    expect(planOf(studio, 'en', true).merge?.removeRows).toEqual([5]);
  });

  it('keeps a client\'s two sessions with two photographers as their own records', () => {
    const two = studio.map((r, i) => (i === 4 ? [...r.slice(0, 4), '2026-06-20', ...r.slice(5)] : r));
    expect(groupOf(planOf(two, 'en', true), 4)?.confidence).not.toBe('likely');
  });
});

describe('a shop\'s 店员 who served the customer', () => {
  const optical = [
    ['会员卡号', '姓名', '电话', '生日', '验光日期', '消费金额', '复查日期', '验光师', '店员', '备注'],
    ['VIP0012', '陈小雨', '13811112222', '2016-12-10', '2026-06-12', '¥2,680', '2026-12-05', '刘医生', '小美', '角膜塑形镜，每半年复查'],
    ['VIP1001', '张伟', '13700001111', '1985-04-02', '2025-10-01', '1280', '', '刘医生', '阿杰', ''],
    ['VIP1002', '李秀英', '13533334444', '1978-09-09', '2026-03-15', '1280元', '2026-11-20', '钱验光师', '丽丽', '复查过期未来'],
    ['VIP0012', '陈小雨', '138 1111 2222', '2016-12-10', '2026-06-12', '', '2026-12-05', '刘医生', '阿杰', '妈妈陈女士代填'],
  ];

  it('keeps the customer\'s reminders with the clerk', () => {
    const plan = planOf(optical, 'zh-CN');
    expect(plan.columns.find((c) => c.header === '店员')?.field).toBe('owner');
    expect(plan.reminders.reminders.find((r) => r.customer.startsWith('李秀英'))?.owner).toBe('丽丽');
  });

  it('says two clerks who each registered him served him, no 撞单, and still merges the copy', () => {
    const plan = planOf(optical, 'zh-CN');
    expect(groupOf(plan, 2)?.ownerConflict?.carers).toBe('店员');
    expect(said(plan, 2, 'zh-CN')).toBe('同一客户由两位店员接待（小美 / 阿杰）：各自登记了一次，是服务人员，不是撞单');
    expect(duplicateSeries(plan)).toEqual(expect.arrayContaining(['ownerConflicts:0', 'seenByCarers:1']));
    expect(planOf(optical, 'zh-CN', true).merge?.removeRows).toHaveLength(1);
  });

  it('still calls two 专属导购 of one member a 撞单: each holds members of her own', () => {
    const shop = optical.map((r, i) => (i === 0 ? r.map((h) => (h === '店员' ? '专属导购' : h)) : r));
    expect(said(planOf(shop, 'zh-CN'), 2, 'zh-CN')).toMatch(/^撞单/);
  });
});

describe('a CRM export\'s 协同人 is a co-owner of the row, not a rival', () => {
  const dingtalk = (coOwnerHeader: string, coOwner: string) => [
    ['客户名称', '联系人', '联系人手机', '纳税人识别号', '负责人', coOwnerHeader, '创建时间', '下次跟进时间', '成交金额'],
    ['上海锦绣餐饮管理有限公司', '何静', '13588889999', '91310115MA1H8XYZ2K', '钉-吴敏', coOwner, '2024-03-04 09:12', '2026-12-04 09:00', '260000'],
    ['杭州宏图教育科技有限公司', '蔡晓', '13711112222', '91330106MA2B3C4D5E', '钉-邓超', '', '2022-01-01 08:00', '', '180000'],
    ['苏州新元房地产开发有限公司', '袁立', '13822223333', '91320500MA1X2Y3Z4W', '钉-邓超', '', '2026-11-01 10:00', '2026-11-20 10:00', ''],
    ['锦绣餐饮', '何静', '135-8888-9999', '91310115MA1H8XYZ2K', '钉-曾凡', '', '2025-06-01 11:00', '2026-12-15 09:00', ''],
  ];

  it.each([
    ['钉钉\'s 协同人', '协同人'],
    ['企业微信\'s 协作人', '协作人'],
    ['纷享销客\'s 相关团队成员', '相关团队成员'],
    ['a 团队成员 column', '团队成员'],
  ])('%s: the owner and his own co-owner holding the other row are no 撞单', (_what, header) => {
    const plan = planOf(dingtalk(header, '钉-曾凡'), 'zh-CN');
    expect(groupOf(plan, 2)).toBeDefined();
    expect(groupOf(plan, 2)?.ownerConflict).toBeUndefined();
    expect(duplicateSeries(plan)).toEqual(expect.arrayContaining(['ownerConflicts:0']));
    // The group lists the owner cells as typed, not the co-owners the check read with them.
    expect(groupOf(plan, 2)?.conflicts.find((c) => c.field === 'owner')?.values.map((v) => v.value)).toEqual(['钉-吴敏', '钉-曾凡']);
  });

  it('reads an English CRM\'s Collaborators the same way', () => {
    const en = [
      ['Account Name', 'Contact', 'Mobile', 'Owner', 'Collaborators', 'Created'],
      ['Harbor Print Co', 'Jane Holt', '(415) 555-0132', 'Amy Lee', 'Ben Chan', '2024-03-04'],
      ['Bay Area Signs', 'Tom Reyes', '(415) 555-0177', 'Ben Chan', '', '2024-05-01'],
      ['Harbor Print Co.', 'Jane Holt', '415-555-0132', 'Ben Chan', '', '2025-06-01'],
    ];
    const plan = planOf(en, 'en');
    expect(plan.columns.find((c) => c.header === 'Collaborators')?.field).toBe('coOwner');
    expect(groupOf(plan, 2)?.ownerConflict).toBeUndefined();
  });

  it('still calls it a 撞单 when no 协同人 is declared, or another rep is', () => {
    expect(said(planOf(dingtalk('协同人', ''), 'zh-CN'), 2, 'zh-CN')).toMatch(/^撞单：同一客户分属 钉-吴敏 \/ 钉-曾凡/);
    expect(said(planOf(dingtalk('协同人', '钉-邓超'), 'zh-CN'), 2, 'zh-CN')).toMatch(/^撞单/);
  });

  it('keeps the owner the 负责人 alone: the reminder of his follow-up goes to 钉-吴敏, the 协同人 column kept as typed', () => {
    const plan = planOf(dingtalk('协同人', '钉-曾凡'), 'zh-CN');
    const due = plan.reminders.reminders.filter((r) => r.sheetRow === 2);
    expect(due.length).toBeGreaterThan(0);
    expect(due.every((r) => r.owner === '钉-吴敏')).toBe(true);
    const col = plan.columns.find((c) => c.header === '协同人')!.col;
    expect(plan.edits.some((e) => e.col === col)).toBe(false);
  });
});
