/** A car dealer's (4S) or car insurance agent's sheet: one row per vehicle, a customer with two cars on two rows. */
import { DEFAULT_SETTINGS, run, t } from '../../../shared';
import { after, gridOf, planOf, TODAY } from './helpers';

// An insurance agent's renewal list: 王建国 insures two cars (same mobile, two VINs and plates); 李娜's
// car was typed twice, once with a space in its plate; 赵敏's VIN was typed in lower case with spaces.
const SHEET = [
  ['姓名', '手机', '车架号', '车牌号', '车型', '保险到期'],
  ['王建国', '13812345678', 'LSVAU2180N2183294', '粤B12345', '帕萨特', '2025-03-01'],
  ['王建国', '13812345678', 'LFV2A21K5M4067812', '粤B6F789', '宝来', '2025-03-01'],
  ['李娜', '13912345678', 'LGBH52E05MY123456', '粤B 12346', '轩逸', '2025-05-20'],
  ['李娜', '139 1234 5678', 'LGBH52E05MY123456', '粤B12346', '轩逸', '2025-05-20'],
  ['赵敏', '13712345678', 'lhg cr1650 c2000123', '粤a·88888', '雅阁', '2025-07-09'],
];

const merged = (rows: string[][]) => {
  const out = run(gridOf(rows), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
};

describe('a sheet of one row per vehicle', () => {
  const plan = planOf(SHEET);

  it('reads the VIN and the plate columns', () => {
    expect(plan.columns.map((c) => c.field)).toEqual(['name', 'mobile', 'vin', 'plate', null, 'contractEnd']);
    expect(plan.columns.filter((c) => c.field === 'vin' || c.field === 'plate').map((c) => c.write)).toEqual(['text', 'text']);
  });

  it('offers one customer\'s two cars for review only, saying why', () => {
    const cars = plan.duplicates.groups.find((g) => g.rows.includes(2))!;
    expect(cars.rows).toEqual([2, 3]);
    expect(cars.confidence).toBe('review');
    expect(cars.reasons.map((r) => t('zh-CN', r.code, r.params))).toContain('车架号或车牌不同：可能是同一客户的两辆车，不宜合并');
    expect(cars.reasons.map((r) => t('en', r.code, r.params))).toContain('different VINs or plates: likely one customer\'s two vehicles, keep apart?');
    // The proposal still shows the second car as a conflict, should a person merge anyway.
    expect(cars.conflicts.map((c) => c.field)).toEqual(expect.arrayContaining(['vin', 'plate']));
  });

  it('finds the same car typed twice (粤B 12346 and 粤B12346) as exact', () => {
    expect(plan.duplicates.groups.filter((g) => g.rows.includes(4)).map((g) => [g.rows, g.confidence])).toEqual([[[4, 5], 'exact']]);
  });

  it('cleans a VIN typed in lower case with spaces, and a plate with its dot', () => {
    expect(after(plan, 6, '车架号')).toEqual({ kind: 'text', value: 'LHGCR1650C2000123' });
    expect(after(plan, 6, '车牌号')).toEqual({ kind: 'text', value: '粤A88888' });
    expect(plan.edits.find((e) => e.sheetRow === 6 && e.field === 'vin')?.reason).toBe('fix.vin');
  });

  it('--merge (exact and likely) keeps both of 王建国\'s cars and folds only the car typed twice', () => {
    const p = merged(SHEET);
    expect(p.merge?.removeRows).toEqual([5]);
  });

  it('the cars stay apart when only the plates tell (no VIN column), and a row without a VIN is no evidence against', () => {
    const noVin = SHEET.map((r) => [r[0], r[1], r[3], r[5]]);
    const g = planOf(noVin).duplicates.groups.find((x) => x.rows.includes(2))!;
    expect(g.confidence).toBe('review');
    expect(merged(noVin).merge?.removeRows).toEqual([5]);
    // One row with its VIN and plate, its copy with neither: one car.
    const blank = [SHEET[0], SHEET[1], ['王建国', '138 1234 5678', '', '', '帕萨特', '2025-03-01']];
    expect(planOf(blank).duplicates.groups.map((x) => [x.rows, x.confidence])).toEqual([[[2, 3], 'exact']]);
  });

  it('one car re-plated (same VIN, a new plate) is still one car: the VIN tells', () => {
    const replated = [SHEET[0], SHEET[1], ['王建国', '13812345678', 'LSVAU2180N2183294', '京A12345', '帕萨特', '2025-03-01']];
    const [g] = planOf(replated).duplicates.groups;
    expect(g.reasons.map((r) => r.code)).not.toContain('dedupe.reason.twoVehicles');
    expect(merged(replated).merge?.removeRows).toEqual([3]);
  });

  it('an English sheet with VIN and License Plate columns', () => {
    const en = planOf([
      ['Customer Name', 'Mobile', 'VIN', 'License Plate', 'Model', 'Insurance Expiry'],
      ['John Smith', '(617) 555-0199', '1HGCM82633A004352', '7abc123', 'Accord', '2025-03-01'],
      ['John Smith', '(617) 555-0199', '1FTFW1ET5DFC10312', '8XYZ456', 'F-150', '2025-09-01'],
    ], { phone: { defaultRegion: 'US' } });
    expect(en.columns.map((c) => c.field)).toEqual(['name', 'mobile', 'vin', 'plate', null, 'contractEnd']);
    expect(after(en, 2, 'License Plate')).toEqual({ kind: 'text', value: '7ABC123' });
    expect(en.duplicates.groups.map((g) => g.confidence)).toEqual(['review']);
    expect(en.duplicates.groups[0].reasons).toContainEqual({ code: 'dedupe.reason.twoVehicles', evidence: 'against' });
  });
});
