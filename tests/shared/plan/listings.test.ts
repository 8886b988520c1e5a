/** A real-estate agent's sheet of owners (业主客源): one row per listing, an owner with two flats on two rows. */
import { DEFAULT_SETTINGS, run, t } from '../../../shared';
import { gridOf, planOf, TODAY } from './helpers';

// The tester's agency (h57, 06): 许志强 sells one flat in 浦东 and lets another in 闵行, both under one
// phone, each with its own 回访; 蒋雯 is a buyer with no listing; 卫红's row was pasted twice.
const SHEET = [
  ['业主', '电话', '房源地址', '面积(㎡)', '意向', '意向价格(万)', '下次回访', '经纪人', '备注'],
  ['许志强', '13621210001', '浦东新区锦绣路1001弄5号1202', '89', '出售', '620', '2024-12-01', '王磊', '业主急售'],
  ['许志强', '13621210001', '闵行区莘松路58弄3号501', '72', '出租', '0.68', '2024-11-28', '王磊', '月租6800'],
  ['蒋雯', '13621210002', '', '', '求购', '400', '2024-12-20', '刘洋', '预算400万，学区'],
  ['卫红', '13621210004', '长宁区仙霞路99号', '', '观望', '', '', '刘洋', ''],
  ['卫红', '136 2121 0004', '长宁区仙霞路99号', '', '观望', '', '', '刘洋', ''],
];

const merged = (rows: string[][]) => {
  const out = run(gridOf(rows), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
};

describe('a sheet of one row per property listing', () => {
  const plan = planOf(SHEET);

  it('reads 房源地址 as the listing, not as the owner\'s own address', () => {
    expect(plan.columns.map((c) => c.field)).toEqual(['name', 'phone', 'listing', null, null, null, 'nextFollowUp', 'owner', 'notes']);
  });

  it('offers one owner\'s two flats for review only, as his records, saying why in both languages', () => {
    const flats = plan.duplicates.groups.find((g) => g.rows.includes(2))!;
    expect([flats.rows, flats.confidence, flats.records]).toEqual([[2, 3], 'review', true]);
    expect(flats.reasons.map((r) => t('zh-CN', r.code, r.params))).toContain('房源不同：可能是同一业主的两套房源，不宜合并');
    expect(flats.reasons.map((r) => t('en', r.code, r.params))).toContain('different properties: likely one owner\'s two listings, keep apart?');
  });

  it('--merge keeps both flats in the sheet and folds only the row pasted twice', () => {
    expect(merged(SHEET).merge?.removeRows).toEqual([6]);
  });

  it('reminds of each flat\'s own 回访 (the sale today, the let overdue)', () => {
    const xu = plan.reminders.reminders.filter((r) => r.kind === 'followUp' && (r.sheetRow === 2 || r.sheetRow === 3));
    expect(xu.map((r) => r.sheetRow).sort()).toEqual([2, 3]);
  });

  it('one flat typed twice (spaces, full-width digits) is one listing; a row without one is no evidence against', () => {
    const same = planOf([SHEET[0], SHEET[1], ['许志强', '13621210001', '浦东新区 锦绣路１００１弄5号1202', '89', '出售', '620', '2024-12-01', '王磊', '业主急售']]);
    expect(same.duplicates.groups.map((g) => g.reasons.map((r) => r.code))).not.toContainEqual(expect.arrayContaining(['dedupe.reason.twoListings']));
    expect(merged([SHEET[0], SHEET[1], ['许志强', '13621210001', '', '89', '出售', '620', '2024-12-01', '王磊', '业主急售']]).merge?.removeRows).toEqual([3]);
  });

  it.each([
    ['楼盘 and 门牌: two flats of one estate', {}, [
      ['业主', '手机', '楼盘', '门牌', '意向'],
      ['许志强', '13621210001', '绿地海珀', '3号1202', '出售'],
      ['许志强', '13621210001', '绿地海珀', '5号801', '出租'],
    ]],
    ['房源 alone', {}, [
      ['业主', '手机', '房源', '意向'],
      ['许志强', '13621210001', '锦绣路1001弄5号1202', '出售'],
      ['许志强', '13621210001', '莘松路58弄3号501', '出租'],
    ]],
    ['an English sheet\'s Property Address', { phone: { defaultRegion: 'AU' } }, [
      ['Owner', 'Mobile', 'Property Address', 'Intent'],
      ['Tom Baker', '0412 345 678', '12 Elm St', 'sell'],
      ['Tom Baker', '0412 345 678', '3/40 Park Rd', 'let'],
    ]],
  ])('%s', (_what, settings, rows) => {
    const p = planOf(rows, settings);
    expect(p.duplicates.groups.map((g) => [g.confidence, g.records])).toEqual([['review', true]]);
    expect(p.duplicates.groups[0].reasons).toContainEqual({ code: 'dedupe.reason.twoListings', evidence: 'against' });
  });
});
