import { validateTable } from '../../../shared/validate/validate';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import type { Settings } from '../../../shared/settings/types';
import type { Cell } from '../../../shared/table/cell';
import type { Table } from '../../../shared/table/table';
import type { FieldId } from '../../../shared/schema/fields';
import { t } from '../../../shared/i18n';

const today = { y: 2026, m: 11, d: 23 };
const cols: FieldId[] = ['name', 'birthday', 'contractStart', 'contractEnd', 'amount', 'orders', 'lastPurchase'];
const fieldCols = Object.fromEntries(cols.map((f, i) => [f, i])) as Partial<Record<FieldId, number>>;

const d = (value: string): Cell => ({ kind: 'date', value });
const n = (value: number): Cell => ({ kind: 'number', value });
const s = (value: string): Cell => ({ kind: 'text', value });
const E: Cell = { kind: 'empty' };

function table(...rows: Cell[][]): Table {
  return { sheetName: '客户', headerRow: 1, firstCol: 1, headers: ['姓名', '生日', '合同开始日', '合同到期日', '累计金额', '购买次数', '最近购买'], rows: rows.map((cells, i) => ({ sheetRow: i + 2, cells })) };
}

function codes(tbl: Table, settings: Settings = DEFAULT_SETTINGS) {
  return validateTable(tbl, fieldCols, settings, today).issues.map((i) => `${i.sheetRow}:${i.field}:${i.code}`);
}

describe('validation rules', () => {
  it('a clean row raises nothing', () => {
    expect(codes(table([s('张伟'), d('1985-06-01'), d('2025-01-01'), d('2026-12-31'), n(12000), n(3), d('2026-10-01')]))).toEqual([]);
  });

  it.each<[string, Cell[], string[]]>([
    ['empty name (required by default)', [E, E, E, E, E, E, E], ['2:name:required.missing']],
    ['a name cell that says 无 (the name is still missing)', [s('无'), E, E, E, E, E, E], ['2:name:required.missing']],
    ['a name cell that says N/A', [s(' N/A '), E, E, E, E, E, E], ['2:name:required.missing']],
    ['birthday in the future', [s('李娜'), d('2030-01-01'), E, E, E, E, E], ['2:birthday:rule.dateInFuture']],
    ['a 130-year-old customer', [s('王芳'), d('1890-01-01'), E, E, E, E, E], ['2:birthday:rule.ageImplausible']],
    ['contract ends before it starts', [s('刘洋'), E, d('2025-06-01'), d('2025-01-01'), E, E, E], ['2:contractEnd:rule.dateOrder']],
    ['negative amount', [s('陈静'), E, E, E, n(-500), E, E], ['2:amount:rule.negative']],
    ['orders but zero amount', [s('杨帆'), E, E, E, n(0), n(2), E], ['2:amount:rule.ordersWithoutAmount']],
    ['last purchase in the future', [s('赵磊'), E, E, E, E, E, d('2027-01-01')], ['2:lastPurchase:rule.dateInFuture']],
  ])('%s', (_why, row, expected) => {
    expect(codes(table(row))).toEqual(expected);
  });

  it('a negative amount with 1 order is said to be negative, not "zero" (a refund larger than the sale)', () => {
    expect(codes(table([s('陈静'), E, E, E, n(-500), n(1), E]))).toEqual(['2:amount:rule.negative']);
  });

  it.each<['zh-CN' | 'en', number, string]>([
    ['zh-CN', 1, '有 1 次购买，但金额为 0。'],
    ['en', 1, '1 order but an amount of 0.'],
    ['en', 3, '3 orders but an amount of 0.'],
  ])('orders with a zero amount, in %s (%i)', (lang, orders, text) => {
    const issue = validateTable(table([s('杨帆'), E, E, E, n(0), n(orders), E]), fieldCols, DEFAULT_SETTINGS, today).issues[0];
    expect(t(lang, issue.code, issue.params)).toBe(text);
  });

  it('a date the cleaner could not read (still text) is not judged again', () => {
    expect(codes(table([s('张伟'), s('不详'), s('2025-13-01'), d('2025-01-01'), s('面议'), E, E]))).toEqual([]);
  });

  it('rules can be switched off by id, required fields added', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, validation: { disabledRules: ['birthday.future', 'birthday.age'], requiredFields: ['name', 'amount'] } };
    expect(codes(table([s('李娜'), d('2030-01-01'), E, E, E, E, E]), settings)).toEqual(['2:amount:required.missing']);
  });

  it('a rule goes off by the code its issues show too (rule.dateInFuture: each date-in-the-future rule)', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, validation: { disabledRules: ['rule.dateInFuture'], requiredFields: ['name'] } };
    expect(codes(table([s('李娜'), d('2030-01-01'), E, E, E, E, E]), settings)).toEqual([]);
  });

  it('a required field with no column is said once for the sheet', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, validation: { disabledRules: [], requiredFields: ['name', 'mobile'] } };
    const out = validateTable(table([s('张伟'), E, E, E, E, E, E]), fieldCols, settings, today);
    expect(out.problems).toEqual([{ code: 'required.noColumn', severity: 'warning', params: { field: 'mobile' } }]);
    expect(t('zh-CN', out.problems[0].code, out.problems[0].params)).toContain('表中没有“手机”列');
  });

  it('a name split into first and last name meets the required name (Outlook, HubSpot exports)', () => {
    const split = { firstName: 0, lastName: 1 } as Partial<Record<FieldId, number>>;
    const rows = (...r: Cell[][]): Table => ({ sheetName: 'Contacts', headerRow: 1, firstCol: 1, headers: ['First Name', 'Last Name'], rows: r.map((cells, i) => ({ sheetRow: i + 2, cells })) });
    const out = validateTable(rows([s('Maria'), s('Garcia')], [E, s('Rossi')], [s('Ann'), E], [E, E]), split, DEFAULT_SETTINGS, today);
    expect(out.problems).toEqual([]);
    // Only the row with neither part lacks a name; it is flagged on the leftmost part's cell.
    expect(out.issues.map((i) => [i.sheetRow, i.col, i.field, i.code, i.params])).toEqual([[5, 0, 'firstName', 'required.missing', { field: 'name' }]]);
  });

  it('in a sheet of companies, the company is the name', () => {
    const out = validateTable(
      { sheetName: '客户', headerRow: 1, firstCol: 1, headers: ['客户名称', '电话'], rows: [[s('北京星辰科技有限公司'), s('010-88886666')], [E, s('021-65432109')]].map((cells, i) => ({ sheetRow: i + 2, cells })) },
      { company: 0, phone: 1 },
      DEFAULT_SETTINGS,
      today,
    );
    expect(out.problems).toEqual([]);
    // The row's phone still reaches the firm: a warning, not an error.
    expect(out.issues.map((i) => [i.sheetRow, i.field, i.code])).toEqual([[3, 'company', 'required.nameless']]);
  });

  it('error cells in mapped columns are reported', () => {
    expect(codes(table([s('张伟'), { kind: 'error', value: '#N/A' }, E, E, E, E, E]))).toEqual(['2:birthday:cell.error']);
  });

  it('messages name the fields in the user’s language', () => {
    const [issue] = validateTable(table([s('刘洋'), E, d('2025-06-01'), d('2025-01-01'), E, E, E]), fieldCols, DEFAULT_SETTINGS, today).issues;
    expect(t('zh-CN', issue.code, issue.params)).toBe('合同到期日 2025-01-01 早于合同开始日 2025-06-01。');
    expect(t('en', issue.code, issue.params)).toBe('Contract end 2025-01-01 is before Contract start 2025-06-01.');
  });
});

describe('a resident ID number (身份证号) against the birthday and gender beside it', () => {
  const idCols = { name: 0, gender: 1, idCard: 2, birthday: 3 } as Partial<Record<FieldId, number>>;
  const idTable = (...rows: Cell[][]): Table => ({
    sheetName: '客户', headerRow: 1, firstCol: 1, headers: ['姓名', '性别', '身份证号', '生日'], rows: rows.map((cells, i) => ({ sheetRow: i + 2, cells })),
  });
  const found = (...row: Cell[]) => validateTable(idTable(row), idCols, DEFAULT_SETTINGS, today).issues;

  it.each<[string, Cell[], string[]]>([
    ['birthday and gender as the ID says', [s('张伟'), s('男'), s('110105199012070035'), d('1990-12-07')], []],
    ['a birthday three days off', [s('王芳'), s('男'), s('440305198512061234'), d('1985-12-09')], ['2:birthday:rule.birthdayIdCard']],
    ['a woman written 男 (order digit 2 is even)', [s('李娜'), s('男'), s('110105199004030025'), d('1990-04-03')], ['2:gender:rule.genderIdCard']],
    ['M / F and Male / Female are read too', [s('Li Na'), s('M'), s('110105199004030025'), E], ['2:gender:rule.genderIdCard']],
    ['the lunar form of the date of birth (三月初八 1990 is 1990-04-03)', [s('李娜'), s('女'), s('110105199004030025'), d('1990-03-08')], ['2:birthday:rule.birthdayLunarOfIdCard']],
    ['腊月初一 1998 is 1999-01-17 (冬月 of 1998 has 29 days; ICU gave it 30 and called this a wrong birthday)', [s('陈静'), s('女'), s('110105199901170028'), d('1998-12-01')], ['2:birthday:rule.birthdayLunarOfIdCard']],
    ['an ID number with a wrong check digit says nothing', [s('李娜'), s('男'), s('110105199004030026'), d('1980-01-01')], []],
    ['a masked ID number says nothing', [s('李娜'), s('男'), s('110105********0025'), d('1980-01-01')], []],
    ['a gender that is none (保密) is not judged', [s('李娜'), s('保密'), s('110105199004030025'), E], []],
  ])('%s', (_why, row, expected) => {
    expect(found(...row).map((i) => `${i.sheetRow}:${i.field}:${i.code}`)).toEqual(expected);
  });

  it('says what the ID number states, in both languages', () => {
    const [birthday] = found(s('王芳'), s('男'), s('440305198512061234'), d('1985-12-09'));
    expect(t('zh-CN', birthday.code, birthday.params)).toBe('生日 1985-12-09 与身份证号中的出生日期（1985-12-06）不一致。');
    expect(t('en', birthday.code, birthday.params)).toBe('Birthday 1985-12-09 differs from the date of birth in the ID number (1985-12-06).');
    const [gender] = found(s('李娜'), s('男'), s('110105199004030025'), E);
    expect(t('zh-CN', gender.code, gender.params)).toBe('性别“男”与身份证号不符：身份证号第 17 位是 2（奇数为男，偶数为女）。');
    const [lunar] = found(s('李娜'), s('女'), s('110105199004030025'), d('1990-03-08'));
    expect(lunar.severity).toBe('info');
    expect(t('zh-CN', lunar.code, lunar.params)).toContain('生日 1990-03-08 是身份证出生日期 1990-04-03 的农历写法');
  });
});
