/**
 * One person, several accounts (tester h63, 2/4/6/8): rows sharing a name and phone that stand for
 * different things the business sells or serves (a 家装 owner's second house, a mother's second
 * child's card, a landlord's second let) or for two roles of one person (a seller who also buys).
 * Shown as the same customer's records, never merged, each amount counted.
 */
import { DEFAULT_SETTINGS, run, t, type Plan } from '../../../shared';
import { gridOf, planOf, TODAY } from './helpers';

const merged = (rows: string[][], settings = DEFAULT_SETTINGS): Plan => {
  const out = run(gridOf(rows), { settings, today: TODAY, merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
};
const spendTotal = (plan: Plan) => plan.report.sections.find((s) => s.id === 'customers')?.spendTotal;
const codes = (plan: Plan) => plan.duplicates.groups.map((g) => [g.rows, g.confidence, g.records ?? false, g.reasons.filter((r) => r.evidence === 'against').map((r) => r.code)]);

// A 家装 company's signed owners: 林建国 renovates a second flat in 保利花园 (another 工地地址, another contract).
const JIAZHUANG = [
  ['序号', '业主姓名', '联系电话', '小区', '工地地址', '签约日期', '合同金额', '设计师', '状态'],
  ['1', '林建国', '15047995228', '保利花园', '6栋2单元2104', '2024-07-10', '180000', '设计师Amy', '施工中'],
  ['2', '周晓梅', '13912345678', '万科城', '3栋1单元801', '2024-08-02', '96000', '设计师Leo', '待开工'],
  ['3', '林建国', '15047995228', '保利花园', '8栋2单元1201', '2024-07-10', '150000', '设计师Amy', '施工中'],
];

describe('a 家装 owner\'s second house', () => {
  const plan = planOf(JIAZHUANG);

  it('is the same customer\'s other account (工地地址 differs), said in both languages with both sites, not a likely duplicate', () => {
    expect(codes(plan)).toEqual([[[2, 4], 'review', true, ['dedupe.reason.otherAccount']]]);
    const reason = plan.duplicates.groups[0].reasons.find((r) => r.code === 'dedupe.reason.otherAccount')!;
    expect(t('zh-CN', reason.code, reason.params)).toBe('工地地址不同（6栋2单元2104 / 8栋2单元1201）：同一客户的另一个账户（另一处房子、另一张卡、另一个孩子、另一套出租房、另一份合同、另一宗案件、另一笔商机或另一个账户），各自保留，不合并');
    expect(t('en', reason.code, reason.params)).toContain('different 工地地址 (6栋2单元2104 / 8栋2单元1201): the same customer\'s other account');
  });

  it('counts both contracts in the report\'s spending, as the 合同金额 column sums, with or without --merge', () => {
    expect(spendTotal(plan)).toBe(180000 + 96000 + 150000);
    const m = merged(JIAZHUANG);
    expect(m.merge?.removeRows ?? []).toEqual([]);
    expect(spendTotal(m)).toBe(180000 + 96000 + 150000);
  });

  it('one house typed twice (6栋2单元2104 and 6-2-2104) is still one customer\'s copy', () => {
    const p = planOf([JIAZHUANG[0], JIAZHUANG[1], ['4', '林建国', '15047995228', '保利花园', '6-2-2104', '2024-07-10', '180000', '设计师Amy', '施工中']]);
    expect(p.duplicates.groups.map((g) => g.records ?? false)).toEqual([false]);
  });
});

// A 母婴店's members: 张敏 holds a second card for her second child.
const MUYING = [
  ['会员卡号', '妈妈姓名', '手机', '妈妈生日', '宝宝姓名', '累计消费', '导购'],
  ['VIP20000', '张敏', '13800138001', '1992-03-04', '张乐乐', '5200', '小周'],
  ['VIP20017', '王芳', '13800138002', '1990-06-11', '李果果', '3100', '阿梅'],
  ['VIP20042', '陈静', '13800138003', '1994-01-20', '刘多多', '800', '小陈'],
  ['VIP30000', '张敏', '13800138001', '1992-03-04', '张团团', '1500', '小周'],
  ['VIP20017', '王芳', '13800138002', '1990-06-11', '李果果', '3100', '阿梅'],
];

describe('a mother\'s second child\'s member card', () => {
  it('is her other account: kept by --merge, while a card typed twice is merged', () => {
    const plan = planOf(MUYING);
    expect(codes(plan)).toEqual([
      [[2, 5], 'review', true, ['dedupe.reason.otherAccount']],
      [[3, 6], 'exact', false, []],
    ]);
    expect(merged(MUYING).merge?.removeRows).toEqual([6]);
  });

  it('a register\'s numbers (客户编号 KH0001 …), which give a customer typed twice a second one, tell no account', () => {
    const rows = [
      ['客户编号', '姓名', '手机', '累计消费'],
      ...Array.from({ length: 12 }, (_, i) => [`KH${String(i + 1).padStart(4, '0')}`, `客户${'甲乙丙丁戊己庚辛壬癸子丑'[i]}`, `1390000${String(1000 + i)}`, '100']),
      ['KH0013', '客户甲', '13900001000', '100'],
    ];
    const plan = planOf(rows);
    expect(plan.duplicates.groups.map((g) => [g.rows, g.records ?? false])).toEqual([[[2, 14], false]]);
  });
});

// A 二手房 agent's 客源房源: 林桂芳 sells her flat in 中海国际 and rents another.
const ERSHOUFANG = [
  ['类型', '姓名', '电话', '房源/需求', '楼盘', '门牌', '意向区域', '预算(万)', '下次回访', '经纪人'],
  ['客户', '林桂芳', '15032056154', '求租', '', '', '老城区', '437', '2024-12-04', '小钱'],
  ['业主', '赵大海', '13512345678', '出售', '碧桂园', '5-301', '', '', '2024-12-10', '小赵'],
  ['业主', '林桂芳', '15032056154', '出售', '中海国际', '3-1201', '', '', '2024-12-04', '小钱'],
];

// A 母婴店's 金数据 sign-ups: 胡思雨's 朵朵 typed by 小周 with her family name and again by 小吴 without it;
// her brother 王小虎 has his own birthday (h70 8).
const SIBLINGS = [
  ['妈妈姓名', '手机号', '宝宝姓名', '宝宝性别', '宝宝生日', '累计消费', '所属导购'],
  ['胡思雨', '13900001234', '王朵朵', '女', '2024-12-08', '8650.5', '小周'],
  ['胡思雨', '13900001234', '王小虎', '男', '2022-06-15', '2300', '小周'],
  ['林晓', '13700005678', '陈果果', '女', '2023-03-02', '1200', '阿梅'],
  ['胡思雨', '１３９００００１２３４', '朵朵', '女', '2024/12/8', '399', '小吴'],
];

describe('one child written with and without the family name', () => {
  it('王朵朵 and 朵朵 born the same day are one child typed twice: likely, merged; 王小虎 stays her brother', () => {
    const plan = planOf(SIBLINGS);
    expect(codes(plan)).toEqual([
      [[2, 5], 'likely', false, []],
      [[2, 3], 'review', true, ['dedupe.reason.otherAccount']],
    ]);
    expect(merged(SIBLINGS).merge?.removeRows).toEqual([5]);
    // The child is greeted once, not once per 导购.
    expect(plan.reminders.reminders.filter((r) => r.kind === 'childBirthday').length).toBeLessThanOrEqual(1);
  });

  it('the name without the family name on another birthday is another child', () => {
    const twins = SIBLINGS.map((r, i) => (i === 4 ? [...r.slice(0, 4), '2025/3/1', ...r.slice(5)] : r));
    expect(codes(planOf(twins)).find((g) => (g[0] as number[]).includes(5))?.[3]).toEqual(['dedupe.reason.otherAccount']);
  });
});

describe('a seller who is also a buyer', () => {
  it('is one person in two roles (业主 beside 客户): --merge fills no need into the listing row', () => {
    const plan = planOf(ERSHOUFANG);
    expect(codes(plan)).toEqual([[[2, 4], 'review', true, ['dedupe.reason.twoRoles']]]);
    const m = merged(ERSHOUFANG);
    expect(m.merge?.removeRows ?? []).toEqual([]);
    expect(m.edits.filter((e) => e.sheetRow === 4 && e.reason.startsWith('dedupe.'))).toEqual([]);
  });
});

// A UK letting agent's landlords: Sophie Hughes lets two flats.
const LANDLORDS = [
  ['Landlord', 'Mobile', 'Email', 'Property', 'Postcode', 'Tenancy Start', 'Tenancy End', 'Rent pcm', 'Status'],
  ['Sophie Hughes', '07700 900123', 'sophie19@btinternet.com', 'Flat 2, 14 Elm Road', 'M14 5RT', '2024-03-01', '2025-02-28', '950', 'Managed'],
  ['Tom Baker', '07700 900456', 'tbaker@gmail.com', '3 Park Lane', 'M20 2PL', '2024-05-01', '2025-04-30', '1200', 'Let only'],
  ['Sophie Hughes', '07700 900123', 'sophie19@btinternet.com', '22 Oak Street', 'M14 6AB', '2024-03-01', '2025-02-28', '875', 'Managed'],
];

describe('a landlord\'s second let', () => {
  // A bare Property column is read as the listing (schema/fields.ts), so the two lets are told apart as
  // one owner's two listings are: the same review, never merged, each let kept.
  it('is her other listing (Property differs): --merge archives neither let', () => {
    const settings = { phone: { defaultRegion: 'GB' }, language: 'en' };
    const plan = planOf(LANDLORDS, settings);
    expect(codes(plan)).toEqual([[[2, 4], 'review', true, ['dedupe.reason.twoListings']]]);
    const p = planOf(LANDLORDS, settings);
    expect(p.duplicates.groups[0].reasons.map((r) => t('en', r.code, r.params))).toContain('different properties: likely one owner\'s two listings, keep apart?');
  });
});
