/**
 * A 省 column is written one way by the team that keeps it: a dealer list of short names (浙江, 江苏)
 * stays short, a CRM export of full names (浙江省) stays full. Rewriting every cell (2,201 cells of
 * 浙江 → 浙江省, each filled green) buries the real fixes in the summary; only the odd ones out are
 * brought to the column's own majority form. Grouping (report, rules, duplicates) still reads one
 * province however it is written.
 */
import { planOf, after } from './helpers';

const HEADER = ['客户编码', '客户名称', '联系人', '手机', '省', '市', '业务员'];
const dealer = (n: number, province: string, city: string): string[] =>
  [`JX${String(n).padStart(5, '0')}`, `${city}经销商${n}`, '王建国', `1381234${String(5600 + n).padStart(4, '0')}`, province, city, '李娜'];

describe('a dealer list that writes its provinces short (浙江, 江苏)', () => {
  const plan = planOf([
    HEADER,
    dealer(1, '浙江', '杭州'),
    dealer(2, '浙江', '宁波'),
    dealer(3, '江苏', '苏州'),
    dealer(4, '浙江', '温州'),
    dealer(5, '浙江省', '嘉兴'),
    dealer(6, '粤', '广州'),
    dealer(7, '上海', '上海'),
  ]);

  it('keeps the short names as typed: no cell of them is rewritten or counted as fixed', () => {
    for (const row of [2, 3, 4, 5, 8]) expect(after(plan, row, '省')).toBeNull();
  });

  it('writes only the odd ones out the column\'s way: 浙江省 → 浙江, 粤 → 广东', () => {
    expect(after(plan, 6, '省')).toEqual({ kind: 'text', value: '浙江' });
    expect(after(plan, 7, '省')).toEqual({ kind: 'text', value: '广东' });
    const col = plan.columns.find((c) => c.header === '省')!.col;
    expect(plan.edits.filter((e) => e.col === col).length).toBe(2);
  });

  it('counts each province once in the report, by its official name, shown as the column writes it', () => {
    const region = plan.report.sections.find((s) => s.id === 'region')!;
    expect(region.series.map((x) => [x.id, x.label, x.count])).toEqual([['浙江省', '浙江', 4], ['上海市', '上海', 1], ['广东省', '广东', 1], ['江苏省', '江苏', 1]]);
  });
});

describe('a CRM export that writes its provinces full (浙江省, 北京市)', () => {
  const plan = planOf([
    HEADER,
    dealer(1, '浙江省', '杭州'),
    dealer(2, '江苏省', '南京'),
    dealer(3, '北京市', '北京'),
    dealer(4, '浙江', '宁波'),
    dealer(5, 'Guangdong', '深圳'),
  ]);

  it('keeps the full names and writes the odd ones out full: 浙江 → 浙江省, Guangdong → 广东省', () => {
    for (const row of [2, 3, 4]) expect(after(plan, row, '省')).toBeNull();
    expect(after(plan, 5, '省')).toEqual({ kind: 'text', value: '浙江省' });
    expect(after(plan, 6, '省')).toEqual({ kind: 'text', value: '广东省' });
  });
});

describe('a column as short as it is full', () => {
  it('is written full, the official name the report counts by', () => {
    const plan = planOf([HEADER, dealer(1, '浙江', '杭州'), dealer(2, '江苏省', '南京')]);
    expect(after(plan, 2, '省')).toEqual({ kind: 'text', value: '浙江省' });
    expect(after(plan, 3, '省')).toBeNull();
  });
});
