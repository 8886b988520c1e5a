/**
 * A 外贸 (export sales) lead sheet's phone column is headed WhatsApp, alone: the buyer's mobile, the
 * number a rep messages him on. It was left unread (tester h64's waimao_leads.xlsx: `未识别的列：
 * “WhatsApp”`), so no number was cleaned, no lost + put back, and two leads of one number were never
 * found. A bare WA, or a 微信/WhatsApp column, is that mobile when it holds phone numbers, and stays
 * what it was when it holds WeChat IDs or marks.
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { matchHeader } from '../../../shared/schema/header-match';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { text, type Cell } from '../../../shared/table/cell';
import { after, planOf } from './helpers';

const LEADS = [
  ['Company', 'Contact', 'Country', 'WhatsApp', 'Email', 'Product Interest'],
  ['Al Noor Trading LLC', 'Ahmed Hassan', 'UAE', '971501234567', 'ahmed@alnoor.ae', 'LED panels'],
  ['Lagos Home Depot', 'Chidi Okafor', 'Nigeria', '2348031234567', 'chidi@lagoshome.ng', 'Solar lights'],
  ['Moskva Svet', 'Ivan Petrov', 'Russia', '79161234567', 'ivan@msvet.ru', 'LED strips'],
  ['Al Noor Trading', 'Ahmed', 'UAE', '+971 50 123 4567', 'sales@alnoor.ae', 'LED panels'],
];

describe('a 外贸 lead sheet whose phone column is a bare WhatsApp', () => {
  const plan = planOf(LEADS);

  it('reads the column as the mobile, and leaves only the product unread', () => {
    expect(plan.columns.find((c) => c.header === 'WhatsApp')?.field).toBe('mobile');
    expect(plan.unreadColumns?.map((c) => c.header)).toEqual(['Product Interest']);
  });

  it.each([
    [2, '+971 50 123 4567', 'the UAE number whose + was lost, put back from the row\'s country'],
    [3, '+234 803 123 4567', 'Nigeria\'s'],
    [4, '+7 916 123 45 67', 'Russia\'s'],
  ])('row %i becomes %j (%s)', (row, written) => {
    expect(after(plan, row, 'WhatsApp')).toEqual({ kind: 'text', value: written });
  });

  it('finds the lead typed twice under one number with two e-mails', () => {
    expect(plan.duplicates.groups.some((g) => g.rows.includes(2) && g.rows.includes(5))).toBe(true);
  });
});

describe('the headers WhatsApp is written under', () => {
  it.each(['WhatsApp', 'Whatsapp', 'WHATSAPP', 'WhatsApp号码', 'WhatsApp No.', 'WA No.', 'WA Number'])('%j is the mobile', (header) => {
    expect(matchHeader(header)).toMatchObject({ field: 'mobile' });
  });

  const col = (...values: string[]): Cell[] => values.map((v) => text(v));
  const fieldsOf = (headers: string[], sample: Cell[][]) => mapHeaders(headers, DEFAULT_SETTINGS, sample).map((m) => m.field);
  const numbers = col('971501234567', '+234 803 123 4567', '919876543210', '13812345678');

  it.each([
    ['WA', 'an Indian or 外贸 sheet\'s WhatsApp'],
    ['微信/WhatsApp', 'a number both apps reach'],
    ['WeChat/WhatsApp', ''],
  ])('%j over phone numbers is the mobile (%s)', (header) => {
    expect(fieldsOf(['Name', header], [col('Ahmed', 'Chidi', 'Raj', '王芳'), numbers])).toEqual(['name', 'mobile']);
  });

  it('a 微信/WhatsApp column of WeChat IDs stays the WeChat ID it was', () => {
    expect(fieldsOf(['客户', '微信/WhatsApp'], [col('王芳', '李娜', '张伟'), col('wangfang88', 'lina_2020', 'zw-1990')])).toEqual(['name', 'wechat']);
  });

  it('a bare WA of yes / no marks, or of states (Western Australia), is no phone', () => {
    expect(fieldsOf(['Name', 'WA'], [col('Emma', 'Jack', 'Mia'), col('Y', 'N', 'Y')])).toEqual(['name', null]);
    expect(fieldsOf(['Name', 'WA'], [col('Emma', 'Jack', 'Mia'), col('Perth', 'Perth', 'Bunbury')])).toEqual(['name', null]);
  });
});

describe('a WA column the settings name', () => {
  it('is read as the settings say, whatever its values (and so is a bare RM of names)', () => {
    const settings = { ...DEFAULT_SETTINGS, headers: { ...DEFAULT_SETTINGS.headers, overrides: { WA: 'ignore', RM: 'notes' } } } as typeof DEFAULT_SETTINGS;
    const sample = [[text('Ahmed'), text('Raj'), text('Priya')], [text('971501234567'), text('919876543210'), text('919812345678')], [text('Kelvin Ong'), text('Amy Tan'), text('Raj Kumar')]];
    expect(mapHeaders(['Name', 'WA', 'RM'], settings, sample).map((m) => [m.field, m.source])).toEqual([['name', 'auto'], [null, 'override'], ['notes', 'override']]);
  });
});
