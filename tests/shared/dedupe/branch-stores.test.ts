/**
 * Two stores of one chain are two accounts. A 经销商's 客户台账 lists each store a boss owns on a
 * row of its own (好又多超市（东门店） and （西门店）, one boss's mobile, two addresses, two reps), each
 * with its own 欠款 and 进货额; an American distributor's list has Joe's Pizza (Downtown) and
 * (Airport), Kwik Mart #12 and #14. A name differing only in the branch or location it states is at
 * most offered for review, with a reason naming both branches, and is never merged unasked. The same
 * store typed twice (with and without its brackets, with and without its legal form) is still one.
 */
import { findDuplicates } from '../../../shared/dedupe/find-duplicates';
import { DEFAULT_DEDUPE_SETTINGS } from '../../../shared/dedupe/settings';
import { reasonTexts } from '../../../shared/dedupe/reason-text';
import { companyKey, storesApart } from '../../../shared/dedupe/keys/company';
import { records, type RowSpec } from './helpers';

const run = (rows: RowSpec[], defaultRegion = 'CN') => findDuplicates(records(rows), DEFAULT_DEDUPE_SETTINGS, { defaultRegion });

/** Each group as [rows, confidence], and the reasons it gives in both languages. */
function groupsOf(rows: RowSpec[], defaultRegion = 'CN') {
  return run(rows, defaultRegion).groups.map((g) => ({
    rows: g.rows,
    confidence: g.confidence,
    zh: reasonTexts('zh-CN', g.reasons).join('；'),
    en: reasonTexts('en', g.reasons).join('; '),
  }));
}

describe('a 经销商\'s two stores of one boss (same mobile, different addresses)', () => {
  // As a 酒水经销商's 客户台账 holds them: the store is the customer (门店名称), its boss is no field.
  const pairs: [string, RowSpec, RowSpec, string[]][] = [
    ['full-width brackets 东门店 / 西门店',
      { company: '好又多超市（东门店）', phone: '13812340003', address: '长沙市芙蓉区东二环一段88号', owner: '钱明' },
      { company: '好又多超市（西门店）', phone: '138 1234 0003', address: '长沙市岳麓区枫林三路66号', owner: '赵强' },
      ['东门店', '西门店']],
    ['half-width brackets 朝阳店 / 海淀店',
      { company: '海底捞火锅(朝阳店)', phone: '13911112222', address: '北京市朝阳区建国路88号' },
      { company: '海底捞火锅(海淀店)', phone: '13911112222', address: '北京市海淀区中关村大街1号' },
      ['朝阳店', '海淀店']],
    ['no brackets 一分店 / 二分店',
      { company: '家家乐超市一分店', phone: '13874800011', address: '长沙市雨花区劳动路12号' },
      { company: '家家乐超市二分店', phone: '13874800011', address: '长沙市雨花区韶山路99号' },
      ['一分店', '二分店']],
    ['one name in two places in brackets 星辰科技（北京） / （上海）',
      { company: '星辰科技（北京）有限公司', phone: '13800138000', address: '北京市朝阳区建国路88号' },
      { company: '星辰科技（上海）有限公司', phone: '13800138000', address: '上海市浦东新区世纪大道100号' },
      ['北京', '上海']],
    ['no brackets 五一路店 / 八一路店',
      { company: '步步高便利五一路店', phone: '13973110021', address: '长沙市天心区五一大道200号' },
      { company: '步步高便利八一路店', phone: '13973110021', address: '长沙市开福区八一路18号' },
      ['五一路店', '八一路店']],
  ];

  it.each(pairs)('is at most review, never likely or exact: %s', (_why, a, b, branches) => {
    const groups = groupsOf([a, { company: '湘江宴酒楼', phone: '13907315566' }, b]);
    expect(groups.filter((g) => g.confidence !== 'review')).toEqual([]);
    for (const g of groups) {
      expect(g.zh).toContain(`✗ 同一公司的不同分店或分支机构（${branches.join(' / ')}）`);
      expect(g.en).toContain(`✗ one company's different branches or stores (${branches.join(' / ')})`);
    }
  });

  it('is at most review with the boss named on both rows too (老板 read as the contact)', () => {
    const groups = groupsOf([
      { company: '好又多超市（东门店）', name: '刘德胜', mobile: '13812340003', address: '长沙市芙蓉区东二环一段88号' },
      { company: '好又多超市（西门店）', name: '刘德胜', mobile: '13812340003', address: '长沙市岳麓区枫林三路66号' },
    ]);
    expect(groups.map((g) => g.confidence)).toEqual(['review']);
    expect(groups[0].zh).toContain('东门店 / 西门店');
  });

  it('still finds one store typed twice: with and without its brackets, and 老王烟酒店 / 老王烟酒', () => {
    expect(run([
      { company: '好又多超市（东门店）', phone: '13812340003', address: '长沙市芙蓉区东二环一段88号' },
      { company: '好又多超市东门店', phone: '13812340003', address: '芙蓉区东二环一段88号' },
    ]).groups.map((g) => [g.rows, g.confidence === 'review'])).toEqual([[[2, 3], false]]);
    expect(run([
      { company: '老王烟酒店', phone: '13812340001', address: '长沙市岳麓区桐梓坡路128号' },
      { company: '老王烟酒', phone: '13812340001', address: '长沙市岳麓区桐梓坡路128号' },
    ]).groups.map((g) => g.confidence === 'review')).toEqual([false]);
  });

  it('keeps a head office and its branches review as before, now naming the two branches', () => {
    const groups = groupsOf([
      { name: '周建军', company: '湘旺商贸有限公司长沙分公司', mobile: '13907310001' },
      { name: '周建军', company: '湘旺商贸有限公司株洲分公司', mobile: '13907310001' },
    ]);
    expect(groups.map((g) => g.confidence)).toEqual(['review']);
    expect(groups[0].zh).toContain('长沙分公司 / 株洲分公司');
  });
});

describe('an American chain\'s stores on the owner\'s one phone', () => {
  it.each<[string, RowSpec, RowSpec, string]>([
    ['Joe\'s Pizza (Downtown) / (Airport)',
      { company: 'Joe\'s Pizza (Downtown)', name: 'Joe Russo', phone: '(212) 555-0147', address: '120 Main St' },
      { company: 'Joe\'s Pizza (Airport)', name: 'Joe Russo', phone: '212-555-0147', address: 'Terminal B, JFK Airport' },
      'Downtown / Airport'],
    ['Kwik Mart #12 / #14',
      { company: 'Kwik Mart #12', phone: '(713) 555-0188', address: '4410 Westheimer Rd' },
      { company: 'Kwik Mart #14', phone: '713.555.0188', address: '9020 Bellaire Blvd' },
      '#12 / #14'],
    ['Sunny Cleaners - Store 3 / Store 5',
      { company: 'Sunny Cleaners - Store 3', phone: '(312) 555-0161', address: '18 W Lake St' },
      { company: 'Sunny Cleaners - Store 5', phone: '(312) 555-0161', address: '2250 N Clark St' },
      'Store 3 / Store 5'],
  ])('is at most review, naming both: %s', (_why, a, b, branches) => {
    const groups = groupsOf([a, { company: 'Harbor Bakery', phone: '(212) 555-0199' }, b], 'US');
    expect(groups.filter((g) => g.confidence !== 'review')).toEqual([]);
    for (const g of groups) expect(g.en).toContain(`(${branches})`);
  });

  it('still finds one restaurant listed with and without its place (Spago / Spago (Los Angeles))', () => {
    expect(run([
      { company: 'Spago', phone: '310-652-4025', address: '8795 Sunset Blvd.' },
      { company: 'Spago (Los Angeles)', phone: '310-652-4025', address: '8795 Sunset Blvd' },
    ], 'US').groups.map((g) => g.confidence)).not.toContain('review');
  });

  it('reads a former name in brackets as no location: Acme Supply (formerly Ace Supply) is Acme Supply', () => {
    expect(run([
      { company: 'Acme Supply (formerly Ace Supply)', name: 'Dana Price', phone: '(404) 555-0123' },
      { company: 'Acme Supply (fka Ace Supply Co.)', name: 'Dana Price', phone: '404-555-0123' },
    ], 'US').groups.map((g) => g.confidence === 'review')).toEqual([false]);
  });
});

describe('storesApart: the two stores a pair of names states, as typed', () => {
  it.each<[string, string, [string, string] | null]>([
    ['好又多超市（东门店）', '好又多超市（西门店）', ['东门店', '西门店']],
    ['海底捞火锅(朝阳店)', '海底捞火锅(海淀店)', ['朝阳店', '海淀店']],
    ['家家乐超市一分店', '家家乐超市二分店', ['一分店', '二分店']],
    ['步步高便利五一路店', '步步高便利八一路店', ['五一路店', '八一路店']],
    ['湘旺商贸有限公司长沙分公司', '湘旺商贸有限公司株洲分公司', ['长沙分公司', '株洲分公司']],
    ["Joe's Pizza (Downtown)", "Joe's Pizza (Airport)", ['Downtown', 'Airport']],
    ['Kwik Mart #12', 'Kwik Mart #14', ['#12', '#14']],
    ['Sunny Cleaners - Store 3', 'Sunny Cleaners - Store 5', ['Store 3', 'Store 5']],
    // One store typed twice, a slip of one character, a name with and without its place: no two stores.
    ['好又多超市（东门店）', '好又多超市东门店', null],
    ['老王烟酒店', '老王烟草店', null],
    ['湘旺商贸长沙分公司', '湘旺商贸长莎分公司', null],
    ['星辰科技分公司', '星晨科技分公司', null],
    ['Spago', 'Spago (Los Angeles)', null],
    ['Acme Supply (formerly Ace Supply)', 'Acme Supply (fka Ace Supply Co.)', null],
    ['Studio 54', 'Studio 55', null],
    // A bracket holding the rep's note on the account, not a place: one company (review found it splitting Mary Lee).
    ['Acme Inc (VIP)', 'Acme Inc (old account)', null],
    ['Acme Inc (key client)', 'Acme Inc (inactive)', null],
    ['Acme Inc (do not use)', 'Acme Inc (Main)', null],
    // Places that begin like a note (New, Old, Main) stay places.
    ["Joe's Pizza (New York)", "Joe's Pizza (Old Town)", ['New York', 'Old Town']],
  ])('%s / %s → %j', (a, b, expected) => {
    expect(storesApart(companyKey(a)!, companyKey(b)!)).toEqual(expected);
  });
});
