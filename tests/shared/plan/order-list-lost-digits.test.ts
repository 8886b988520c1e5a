/**
 * An order list groups its rows into buyers by what names them: a customer number, a mobile, an
 * e-mail, a WeChat or QQ, a name. A mobile whose digits the sheet threw away (13812345678 and
 * 13987654321 both kept by Excel as 13800000000, shown 1.38E+10) names no one: two buyers whose cells
 * both read so are two buyers, told apart as if the cell were empty, by their names and the rest.
 */
import { cellText, DEFAULT_SETTINGS, run, type Cell, type Grid, type Plan } from '../../../shared';

const TODAY = '2024-12-01';

/** A string is a text cell ('' empty), a Cell is taken as it is (a number cell and its format). */
function planOf(rows: (string | Cell)[][]): Plan {
  const grid: Grid = {
    sheetName: '订单',
    firstRow: 1,
    firstCol: 1,
    cells: rows.map((r) => r.map((v): Cell => (typeof v !== 'string' ? v : v === '' ? { kind: 'empty' } : { kind: 'text', value: v }))),
  };
  const out = run(grid, { settings: DEFAULT_SETTINGS, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

/** What an xlsx holds of a mobile Excel showed as 1.38E+10. */
const CUT: Cell = { kind: 'number', value: 13800000000, format: '0.00E+00' };

const HEADER = ['订单号', '下单时间', '收货人', '手机', '商品', '金额'];

const spent = (plan: Plan) => plan.addedColumns.find((c) => c.id === 'class.reasons')!.values.map((v) => /累计金额 (\d+)/.exec(cellText(v))?.[1]);

describe('a 家电 shop\'s order list whose 手机 column Excel cut to 1.38E+10', () => {
  it.each<[string, string | Cell]>([
    ['number cells (the xlsx)', CUT],
    ['the exponent text a CSV export wrote', '1.38E+10'],
  ])('keeps 王磊 and 李娜 two buyers: %s', (_how, cut) => {
    const plan = planOf([
      HEADER,
      ['DD20241101001', '2024-11-01 10:12', '王磊', cut, '扫地机器人', '2999'],
      ['DD20241103002', '2024-11-03 21:40', '李娜', cut, '空气净化器', '1899'],
    ]);
    expect(plan.orderList).toEqual({ rows: 2, orders: 2, customers: 2 });
    expect(spent(plan)).toEqual(['2999', '1899']);
    expect(plan.issues.filter((i) => i.code === 'phone.precisionLost').map((i) => i.sheetRow)).toEqual([2, 3]);
  });

  it('joins 王磊\'s order of a cut mobile to his order of a whole one by his name, as if the cell were empty', () => {
    const plan = planOf([
      HEADER,
      ['DD20241101001', '2024-11-01 10:12', '王磊', CUT, '扫地机器人', '2999'],
      ['DD20241103002', '2024-11-03 21:40', '李娜', CUT, '空气净化器', '1899'],
      ['DD20241120003', '2024-11-20 08:05', '王磊', '13812345678', '滤网', '199'],
    ]);
    expect(plan.orderList).toEqual({ rows: 3, orders: 3, customers: 2 });
    expect(spent(plan)).toEqual(['3198', '1899', '3198']);
  });

  it('still joins two orders under one whole mobile typed as a number (13812345678), whatever the names', () => {
    const whole: Cell = { kind: 'number', value: 13812345678 };
    const plan = planOf([
      HEADER,
      ['DD20241101001', '2024-11-01 10:12', '王磊', whole, '扫地机器人', '2999'],
      ['DD20241103002', '2024-11-03 21:40', '王先生', whole, '滤网', '199'],
    ]);
    expect(plan.orderList).toEqual({ rows: 2, orders: 2, customers: 1 });
  });
});

describe('an order list\'s 微信 column cut to 1.39E+10', () => {
  it('keeps 王磊 and 李娜 two buyers', () => {
    const plan = planOf([
      ['订单号', '下单时间', '收货人', '微信', '商品', '金额'],
      ['DD20241101001', '2024-11-01 10:12', '王磊', { kind: 'number', value: 13900000000 }, '扫地机器人', '2999'],
      ['DD20241103002', '2024-11-03 21:40', '李娜', { kind: 'number', value: 13900000000 }, '空气净化器', '1899'],
    ]);
    expect(plan.orderList).toEqual({ rows: 2, orders: 2, customers: 2 });
  });
});

describe('an order list\'s order numbers kept by Excel to 15 digits', () => {
  // 淘宝's 19-digit order numbers typed as numbers: 3920184756102938475 and 3920184756102938611 both
  // became 3920184756102930000 (3.92018E+18). One number over two lines is one order, one buyer; these are not.
  it('keeps the two buyers apart', () => {
    const plan = planOf([
      ['订单编号', '下单时间', '买家会员名', '商品', '实付金额'],
      [{ kind: 'number', value: 3920184756102930000 }, '2024-11-01 10:12', 'tb_wanglei88', '扫地机器人', '2999'],
      [{ kind: 'number', value: 3920184756102930000 }, '2024-11-01 10:13', 'lina_2019', '空气净化器', '1899'],
    ]);
    expect(plan.orderList).toEqual({ rows: 2, orders: 2, customers: 2 });
  });
});
