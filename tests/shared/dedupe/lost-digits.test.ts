/**
 * A number whose last digits the spreadsheet already threw away (a mobile kept as 1.38E+10, an ID
 * number as 4.40306E+17) is flagged by the run as unrecoverable. When rows are compared it is no
 * value at all: no evidence that two rows are one customer, none that they are two, whether the sheet
 * holds it as a number cell or as the exponent text a CSV export wrote. It stays in its cell, flagged.
 * Tester h65, finding 1 (hard4.xlsx and hard3.csv).
 */
import { run, reasonTexts, type Cell, type Grid, type Plan } from '../../../shared';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { t } from '../../../shared/i18n';

const TODAY = '2024-12-01';

/** A sheet's rows: a string is a text cell ('' empty), a Cell is taken as it is (a number cell and its format). */
function gridOf(rows: (string | Cell)[][]): Grid {
  return {
    sheetName: '客户',
    firstRow: 1,
    firstCol: 1,
    cells: rows.map((r) => r.map((v): Cell => (typeof v !== 'string' ? v : v === '' ? { kind: 'empty' } : { kind: 'text', value: v }))),
  };
}

function planOf(rows: (string | Cell)[][]): Plan {
  const out = run(gridOf(rows), { settings: DEFAULT_SETTINGS, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

/** 13800000000 is what 13812345678 became once Excel kept 3 significant digits, shown as 1.38E+10. */
const CUT_MOBILE_CELL: Cell = { kind: 'number', value: 13800000000, format: '0.00E+00' };

const HEADER = ['客户名称', '联系人', '手机', '座机', '跟进人'];

/** The tester's 撞单: 陳建國 typed by 阿杰 in traditional characters, 陈建国 by 小美, one company, one landline. */
function pengCheng(cutMobile: string | Cell, otherMobile = '13800138000'): (string | Cell)[][] {
  return [
    HEADER,
    ['深圳市鵬程電子有限公司', '陳建國', cutMobile, '+86 755 2650 1234', '阿杰'],
    ['深圳市鹏程电子有限公司', '陈建国', otherMobile, '0755-26501234', '小美'],
  ];
}

const group = (plan: Plan) => {
  expect(plan.duplicates.groups).toHaveLength(1);
  return plan.duplicates.groups[0];
};

describe('陳建國 / 陈建国 at 鵬程電子, one row\'s mobile cut to 1.38E+10 (h65 hard4.xlsx, hard3.csv)', () => {
  it.each<[string, string | Cell]>([
    ['a number cell under a scientific format (the xlsx)', CUT_MOBILE_CELL],
    ['a number cell under General', { kind: 'number', value: 13800000000 }],
    ['the exponent text a CSV export wrote (hard3.csv)', '1.38E+10'],
  ])('is a likely duplicate, nothing said of the mobiles: %s', (_how, cut) => {
    const g = group(planOf(pengCheng(cut)));
    expect(g.rows).toEqual([2, 3]);
    expect(g.confidence).toBe('likely');
    expect(reasonTexts('zh-CN', g.reasons)).toEqual(['姓名相同', '公司相同', '座机相同（同事或家人可能共用）']);
    expect(reasonTexts('en', g.reasons).join('；')).not.toContain('mobile');
  });

  it('reads the number cell and the CSV text alike: one score, one confidence, one list of reasons', () => {
    const [cell, csv] = [group(planOf(pengCheng(CUT_MOBILE_CELL))), group(planOf(pengCheng('1.38E+10')))];
    expect([cell.score, cell.confidence, cell.reasons]).toEqual([csv.score, csv.confidence, csv.reasons]);
  });

  it('leaves the cut number in its cell, flagged as lost, and lists it among the group\'s differing values', () => {
    const plan = planOf(pengCheng(CUT_MOBILE_CELL));
    expect(plan.issues.filter((i) => i.sheetRow === 2).map((i) => i.code)).toEqual(['phone.precisionLost']);
    expect(plan.edits.filter((e) => e.sheetRow === 2 && e.field === 'mobile')).toEqual([]);
    const mobiles = group(plan).conflicts.find((c) => c.field === 'mobile')!;
    expect(mobiles.values.map((v) => v.value).sort()).toEqual(['13800000000', '13800138000']);
  });

  it('still says the mobiles differ when both are whole numbers (13912345678 / 13800138000): review, ✗ 手机号不同', () => {
    const g = group(planOf(pengCheng('13912345678')));
    expect(g.confidence).toBe('review');
    expect(reasonTexts('zh-CN', g.reasons)).toContain('✗ 手机号不同');
    expect(reasonTexts('en', g.reasons)).toContain('✗ different mobiles');
  });
});

describe('two numbers cut alike are no shared number', () => {
  // Two 王芳 of a 3,000-member list, each mobile cut to 1.38E+10 by the same export: 13812345678 and
  // 13866667777 both became 13800000000. Equal as they now read, they say nothing of who is who.
  it.each<[string, string | Cell, string | Cell]>([
    ['two number cells', CUT_MOBILE_CELL, CUT_MOBILE_CELL],
    ['two exponent texts', '1.38E+10', '1.38E+10'],
    ['a number cell and an exponent text', CUT_MOBILE_CELL, '1.38E+10'],
  ])('finds no duplicate in two 王芳 of other cities: %s', (_how, a, b) => {
    const plan = planOf([
      ['姓名', '手机', '城市'],
      ['王芳', a, '杭州'],
      ['王芳', b, '成都'],
    ]);
    expect(plan.duplicates.groups).toEqual([]);
  });
});

describe('an ID number cut to 15 digits (4.40306E+17 and the number cell 440306198001011000)', () => {
  const ID_HEADER = ['客户姓名', '身份证号', '公司', '座机'];
  const cutId: Cell = { kind: 'number', value: 440306198001011231 };

  it.each<[string, string | Cell]>([
    ['a number cell', cutId],
    ['exponent text', '4.40306E+17'],
  ])('counts as no ID against the whole one, so one customer stays likely: %s', (_how, cut) => {
    const plan = planOf([
      ID_HEADER,
      ['陈建国', cut, '深圳市鹏程电子有限公司', '0755-26501234'],
      ['陈建国', '440306198001011231', '鹏程电子', '0755-26501234'],
    ]);
    expect(plan.issues.filter((i) => i.sheetRow === 2).map((i) => i.code)).toEqual(['id.precisionLost']);
    const g = group(plan);
    expect(g.confidence).toBe('likely');
    expect(reasonTexts('zh-CN', g.reasons).filter((r) => r.includes('证件号'))).toEqual([]);
  });

  it.each<[string, string | Cell, string | Cell]>([
    // 440306198001011231 and 440306198001011495, both kept by Excel as 440306198001011000.
    ['two number cells', { kind: 'number', value: 440306198001011231 }, { kind: 'number', value: 440306198001011495 }],
    ['two exponent texts', '4.40306E+17', '4.40306E+17'],
  ])('is no shared ID between two 李娜 of other companies: %s', (_how, a, b) => {
    const plan = planOf([
      ID_HEADER,
      ['李娜', a, '深圳市鹏程电子有限公司', ''],
      ['李娜', b, '广州白云物流有限公司', ''],
    ]);
    expect(plan.duplicates.groups).toEqual([]);
  });
});

/**
 * A 微信 column holding the number the account is found by, typed as a number and cut by Excel like a
 * mobile: flagged, and as blank to the finder as a cut mobile. 13912345678 and 13955556666 both became
 * 13900000000; equal as they now read, they name no one.
 */
describe('a WeChat number cut to 1.39E+10', () => {
  const CUT_WECHAT: Cell = { kind: 'number', value: 13900000000, format: '0.00E+00' };
  const WHOLE_WECHAT: Cell = { kind: 'number', value: 13912345678 };

  it.each<[string, string | Cell, string | Cell]>([
    ['two number cells', CUT_WECHAT, CUT_WECHAT],
    ['a number cell and the exponent text a CSV export wrote', CUT_WECHAT, '1.39E+10'],
  ])('ties no two 陈静 of other cities and flags each cell: %s', (_how, a, b) => {
    const plan = planOf([
      ['姓名', '微信', '城市'],
      ['陈静', a, '杭州'],
      ['陈静', b, '成都'],
    ]);
    expect(plan.duplicates.groups).toEqual([]);
    expect(plan.issues.filter((i) => i.code === 'wechat.precisionLost').map((i) => i.sheetRow)).toEqual([2, 3]);
  });

  it('still ties two 陈静 whose WeChat is one whole number typed as a number (13912345678), unflagged', () => {
    const plan = planOf([
      ['姓名', '微信', '城市'],
      ['陈静', WHOLE_WECHAT, '杭州'],
      ['陈静', WHOLE_WECHAT, '成都'],
    ]);
    expect(group(plan).rows).toEqual([2, 3]);
    expect(plan.issues.filter((i) => i.code === 'wechat.precisionLost')).toEqual([]);
  });

  it('an English sheet\'s WeChat ID column: two Emily Zhang of Toronto and Vancouver, each ID cut to 1.39E+10, are not one customer', () => {
    const plan = planOf([
      ['First Name', 'Last Name', 'WeChat ID', 'City'],
      ['Emily', 'Zhang', CUT_WECHAT, 'Toronto'],
      ['Emily', 'Zhang', '1.39E+10', 'Vancouver'],
    ]);
    expect(plan.duplicates.groups).toEqual([]);
    const flags = plan.issues.filter((i) => i.code === 'wechat.precisionLost');
    expect(flags.map((i) => [i.sheetRow, t('en', i.code, i.params)])).toEqual([
      // Both quoted as the user sees them: the number cell as Excel shows it, the text as typed.
      [2, '"1.39E+10" lost its last digits when the sheet stored it as a number: type the WeChat ID again from the source, as text.'],
      [3, '"1.39E+10" lost its last digits when the sheet stored it as a number: type the WeChat ID again from the source, as text.'],
    ]);
  });
});
