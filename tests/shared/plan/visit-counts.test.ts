/**
 * How often the customer came, as a service business counts it: a salon's or a clinic's 到店次数
 * (Visits), an estate agency's 带看次数, a gym's 签到次数. A salon's visit is a service paid for (from
 * the card or at the till): where the sheet has no 购买次数 it is the frequency RFM scores. An agency's
 * viewing or a gym member's check-in is activity, no purchase: read, never counted as one.
 */
import { t, type Plan } from '../../../shared';
import { planOf } from './helpers';

const RFM = { classify: { tier: { preset: 'tierByRfm' } } };
const fieldOf = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)?.field ?? null;
const row = (plan: Plan, sheetRow: number) => plan.classification.rows.find((r) => r.sheetRow === sheetRow)!;
const tierSaid = (plan: Plan, sheetRow: number, lang: 'zh-CN' | 'en') =>
  row(plan, sheetRow).reasons.filter((r) => r.dimension === 'tier').map((r) => t(lang, r.code, r.params)).join('；');

// A 美容院's 会员表 (today 2024-12-01): 邓佳怡 comes every week and has spent about what 罗婷 did in a few visits.
const SALON = [
  ['会员卡号', '姓名', '手机', '累计消费', '到店次数', '最近到店', '美容师'],
  ['00012', '何丽娟', '13511112222', '9800', '25', '2024-11-20', '小美'],
  ['00013', '罗婷', '13622223333', '12000', '3', '2024-06-01', '小美'],
  ['00015', '谢雨桐', '13733334444', '2600', '12', '2024-11-01', '阿芳'],
  ['00016', '邓佳怡', '13844445555', '12500', '40', '2024-11-30', '小美'],
  ['00017', '何敏', '13955556666', '800', '1', '2024-03-15', '阿芳'],
];

describe('a salon\'s 到店次数', () => {
  const plan = planOf(SALON, RFM);

  it('is read as the visits, no longer a column left unread', () => {
    expect(fieldOf(plan, '到店次数')).toBe('visits');
    expect((plan.unreadColumns ?? []).map((c) => c.header)).not.toContain('到店次数');
  });

  it('gives RFM its frequency where the sheet has no 购买次数: 邓佳怡 (40 visits) above 罗婷 (3) for about as much', () => {
    expect(plan.classification.rfm!.missing).not.toContain('f');
    expect(row(plan, 5).rfm!.f).toBeGreaterThan(row(plan, 3).rfm!.f!);
    expect(row(plan, 5).labels.tier).toBe('high');
  });

  it('says in both languages that the frequency is the visits', () => {
    expect(tierSaid(plan, 5, 'zh-CN')).toContain('购买频次按到店次数计（40 次）');
    expect(tierSaid(plan, 5, 'en')).toContain('frequency counted as visits (40)');
  });

  it('gives way to a 购买次数 the sheet types beside it', () => {
    const both = planOf(SALON.map((r, i) => [...r, i === 0 ? '消费次数' : String([2, 30, 5, 4, 1][i - 1])]), RFM);
    expect(fieldOf(both, '消费次数')).toBe('orders');
    expect(row(both, 3).rfm!.f).toBeGreaterThan(row(both, 5).rfm!.f!);
    expect(tierSaid(both, 5, 'zh-CN')).not.toContain('到店次数');
  });

  it.each([['来店次数'], ['累计到店次数'], ['Visit Count'], ['Total Visits'], ['Number of Visits']])('%s is the visits too', (header) => {
    const p = planOf([['姓名', '手机', header], ['何丽娟', '13511112222', '25']]);
    expect(fieldOf(p, header)).toBe('visits');
  });

  it('reads a count typed with its unit (25次) as the number, as a 购买次数 is read', () => {
    const typed = planOf([['姓名', '手机', '到店次数'], ['何丽娟', '13511112222', '25次'], ['罗婷', '13622223333', '3']]);
    expect(typed.edits.filter((e) => e.field === 'visits').map((e) => [e.sheetRow, e.after])).toEqual([
      [2, { kind: 'number', value: 25 }],
      [3, { kind: 'number', value: 3 }],
    ]);
  });
});

describe('an estate agency\'s 带看次数 and a gym\'s 签到次数', () => {
  const ESTATE = [
    ['客户', '电话', '意向区域', '带看次数', '最近带看', '状态', '经纪人'],
    ['黄先生', '18612345678', '南山科技园', '3', '2024-11-28', '有意向', '小刘'],
    ['周总', '13600002222', '宝安中心', '6', '2024-10-15', '已成交', '小陈'],
    ['吴小姐', '13700003333', '龙华', '0', '', '有意向', '小刘'],
  ];

  it('reads 带看次数 as viewings, no longer unread, and never as purchases', () => {
    const plan = planOf(ESTATE, RFM);
    expect(fieldOf(plan, '带看次数')).toBe('viewings');
    expect((plan.unreadColumns ?? []).map((c) => c.header)).not.toContain('带看次数');
    expect(plan.classification.rfm?.missing ?? ['f']).toContain('f');
    // Six viewings bought nothing: the prospect still being shown flats stays one.
    expect(row(plan, 2).labels.lifecycle).toBe('potential');
  });

  it.each([['看房次数'], ['签到次数'], ['Number of Viewings'], ['Total Check-ins']])('%s is activity, not a purchase', (header) => {
    const p = planOf([['姓名', '手机', header], ['黄先生', '18612345678', '6']]);
    expect(fieldOf(p, header)).toBe('viewings');
  });
});

describe('a bare Visit or Check-in is a day, no count', () => {
  it.each([['Visit', '2024-11-20'], ['Check-in', '2024-12-05']])('%s (%s) is read as no count', (header, value) => {
    const p = planOf([['Name', 'Phone', header], ['Emma Wilson', '(415) 555-0134', value]], { language: 'en' });
    expect(['visits', 'viewings']).not.toContain(fieldOf(p, header));
  });
});

