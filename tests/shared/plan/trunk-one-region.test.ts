/**
 * A Houston sheet whose numbers are dialled with North America's trunk 1 (1-713-685-0944) is read
 * as American: its eleven digits beginning with 1 are no Chinese mobiles. A Chinese sheet's
 * 138-1234-5678 and 1381234 5678 stay Chinese, and a Houston customer among them keeps his number.
 */
import type { Plan } from '../../../shared';
import { guessRegion } from '../../../shared/plan/sheet-locale';
import { after, planOf as plan } from './helpers';

const GUESS = { guess: { region: true, currency: true } };
const planOf = (rows: string[][], input: object = {}): Plan => plan(rows, input, GUESS);
const localeNotes = (p: Plan) => p.problems.filter((x) => x.code.startsWith('locale.')).map((x) => [x.code, x.params]);
const phoneIssues = (p: Plan) => p.issues.filter((i) => i.code.startsWith('phone.'));

describe('guessRegion on numbers written with the trunk 1', () => {
  it.each<[string, string[], string | null]>([
    ['Houston numbers with hyphens', ['1-713-685-0944', '1-281-555-0143', '1-832-555-0178', '1-346-555-0122'], 'US'],
    ['with spaces and dots', ['1 713 685 0944', '1.281.555.0143', '1 832 555 0178', '1.346.555.0122'], 'US'],
    ['Chinese mobiles grouped 3-4-4 and 7-4', ['138-1234-5678', '1381234 5678', '139-8765-4321', '1370000 1111'], null],
    ['a Chinese sheet with one Houston customer', ['138-1234-5678', '1381234 5678', '139 8765 4321', '13700001111', '1-713-685-0944'], null],
  ])('%s (%j) → %s', (_, phones, region) => {
    expect(guessRegion(phones)?.region ?? null).toBe(region);
  });
});

describe('a Houston HVAC company\'s customer list, read with no settings', () => {
  const SHEET = [
    ['Customer', 'Phone', 'Email', 'Service', 'Last visit'],
    ['Marcus Thompson', '1-713-685-0944', 'marcus.thompson@gmail.com', 'AC tune-up', '2024-10-02'],
    ['Linda Nguyen', '1-281-555-0143', 'linda.nguyen@yahoo.com', 'Furnace repair', '2024-09-18'],
    ['Robert Garza', '1 832 555 0178', 'rgarza@bayoubuilders.com', 'Duct cleaning', '2024-11-05'],
    ['Karen Patel', '1.346.555.0122', 'karen.patel@outlook.com', 'AC install', '2024-08-21'],
    ['David Okafor', '1-713-555-0187', 'd.okafor@gmail.com', 'AC tune-up', '2024-10-30'],
  ];

  it('is read as American: 1-713-685-0944 is (713) 685-0944, never the Chinese mobile 17136850944', () => {
    const p = planOf(SHEET, { language: 'en' });
    expect(localeNotes(p)).toEqual([['locale.region', { region: 'US', numbers: 5 }]]);
    expect([2, 3, 4, 5, 6].map((r) => after(p, r, 'Phone'))).toEqual(
      ['(713) 685-0944', '(281) 555-0143', '(832) 555-0178', '(346) 555-0122', '(713) 555-0187'].map((value) => ({ kind: 'text', value })),
    );
    expect(phoneIssues(p)).toEqual([]);
  });

  it('and under its Chinese translation too (a Chinese-run branch keeps the same customers)', () => {
    const p = planOf([['客户', '电话', '邮箱', '服务', '上次上门'], ...SHEET.slice(1)]);
    expect(localeNotes(p)).toEqual([['locale.region', { region: 'US', numbers: 5 }]]);
    expect(after(p, 2, '电话')).toEqual({ kind: 'text', value: '(713) 685-0944' });
  });
});

describe('a Shenzhen trading company\'s sheet with one Houston buyer', () => {
  const SHEET = [
    ['姓名', '手机', '公司', '城市'],
    ['张伟', '138-1234-5678', '深圳市华强电子有限公司', '深圳'],
    ['李娜', '1381234 5679', '广州天河贸易有限公司', '广州'],
    ['王芳', '139 8765 4321', '东莞精密五金厂', '东莞'],
    ['刘洋', '13700001111', '佛山陶瓷进出口公司', '佛山'],
    ['Mike Johnson', '1-713-685-0944', 'Gulf Coast Imports LLC', 'Houston'],
  ];

  it('stays Chinese: its mobiles are written 13812345678, and the Houston number with its +1, not as 17136850944', () => {
    const p = planOf(SHEET);
    expect(localeNotes(p)).toEqual([]);
    expect([2, 3, 4].map((r) => after(p, r, '手机'))).toEqual(['13812345678', '13812345679', '13987654321'].map((value) => ({ kind: 'text', value })));
    expect(after(p, 6, '手机')).toEqual({ kind: 'text', value: '+1 713 685 0944' });
    expect(phoneIssues(p)).toEqual([]);
  });
});
