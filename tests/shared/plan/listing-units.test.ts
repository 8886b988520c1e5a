/** A 门牌号 column beside the address: only two different flats keep one customer's rows apart. */
import { DEFAULT_SETTINGS, run, type Plan } from '../../../shared';
import { gridOf, TODAY } from './helpers';

const HEAD = ['客户名称', '手机', '地址', '门牌号', '备注'];
const row = (unit: string, address = '上海市浦东新区锦绣路1001弄') => ['张伟', '13812345678', address, unit, ''];

const merged = (rows: string[][]): Plan => {
  const out = run(gridOf(rows), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
};

const apart = (plan: Plan) => plan.duplicates.groups.some((g) => g.reasons.some((r) => r.code === 'dedupe.reason.twoListings'));

describe('one customer\'s rows with a 门牌号 written two ways, or left blank', () => {
  it.each([
    ['3号楼502 / 3栋502室', '3号楼502', '3栋502室'],
    ['3号楼502 / 3-502', '3号楼502', '3-502'],
    ['3栋502室 / 3幢502号', '3栋502室', '3幢502号'],
    ['3号楼502 / blank', '3号楼502', ''],
  ])('%s: one flat, one customer, merged by --merge', (_what, a, b) => {
    const plan = merged([HEAD, row(a), row(b)]);
    expect(apart(plan)).toBe(false);
    expect(plan.merge?.removeRows).toHaveLength(1);
  });

  it('the flat written whole in 房源地址 on one row and split into 门牌号 on the other is one flat', () => {
    const plan = merged([
      ['业主', '手机', '房源地址', '门牌号'],
      ['许志强', '13621210001', '浦东新区锦绣路1001弄3号楼502', ''],
      ['许志强', '13621210001', '浦东新区锦绣路1001弄', '3栋502室'],
    ]);
    expect(apart(plan)).toBe(false);
  });

  it.each([
    ['3号楼502 / 5号楼502', '3号楼502', '5号楼502'],
    ['3-502 / 3-602', '3-502', '3-602'],
  ])('%s: two flats, held apart for review', (_what, a, b) => {
    const plan = merged([HEAD, row(a), row(b)]);
    expect(apart(plan)).toBe(true);
    expect(plan.merge?.removeRows ?? []).toEqual([]);
  });

  it('an estate\'s two flats under 楼盘 and 门牌 are still two listings', () => {
    const plan = merged([
      ['业主', '手机', '楼盘', '门牌', '意向'],
      ['许志强', '13621210001', '绿地海珀', '3号1202', '出售'],
      ['许志强', '13621210001', '绿地海珀', '5号801', '出租'],
    ]);
    expect(apart(plan)).toBe(true);
  });
});
