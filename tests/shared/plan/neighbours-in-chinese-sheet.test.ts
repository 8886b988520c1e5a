/**
 * A Shenzhen company's customer sheet: mainland mobiles, and customers from Hong Kong, Macau, Taiwan
 * and Singapore whose numbers are typed as they write them at home (9123 4567, 6612 3456,
 * 0912-345-678) or with their code (+65, +853, 852-…). The sheet stays Chinese; a number no Chinese
 * rule reads is read by the country its row's 国家/地区 names, and written whole (+852 9123 4567), so
 * that it is not flagged as invalid; a Chinese mobile beside a foreign country stays Chinese.
 */
import type { Plan } from '../../../shared';
import { after, planOf as plan } from './helpers';

const GUESS = { guess: { region: true, currency: true } };
const planOf = (rows: string[][]): Plan => plan(rows, {}, GUESS);
const text = (value: string) => ({ kind: 'text', value });

const SHEET = [
  ['客户名称', '联系人', '手机', '国家/地区'],
  ['深圳华强电子有限公司', '张伟', '138-1234-5678', '中国'],
  ['广州天河贸易有限公司', '李娜', '1381234 5679', '中国'],
  ['东莞精密五金厂', '王芳', '139 8765 4321', '中国'],
  ['佛山陶瓷进出口公司', '刘洋', '13700001111', '中国'],
  ['厦门海运代理有限公司', '陈静', '13600002222', '中国'],
  ['港联贸易有限公司', '陈大文', '9123 4567', '香港'],
  ['澳門金龍百貨', '梁志強', '6612 3456', '澳门'],
  ['台灣精密工業股份有限公司', '林志明', '0912-345-678', '台湾'],
  ['Lion City Trading Pte Ltd', 'Tan Ah Kow', '+65 9123 4567', '新加坡'],
  ['九龍電子行', '何家豪', '852-6123 4567', '中国香港'],
  ['成都旅行社', '赵磊', '13512345678', '日本'],
];

describe('a Chinese sheet with customers from Hong Kong, Macau, Taiwan and Singapore', () => {
  const p = planOf(SHEET);
  const phoneIssues = p.issues.filter((i) => i.code.startsWith('phone.'));

  it('stays Chinese: its mobiles are written the house way', () => {
    expect(p.problems.filter((x) => x.code === 'locale.region')).toEqual([]);
    expect([2, 3, 4].map((r) => after(p, r, '手机'))).toEqual(['13812345678', '13812345679', '13987654321'].map(text));
  });

  it.each<[number, string, string]>([
    [7, '+852 9123 4567', 'a Hong Kong mobile typed as Hong Kong writes it, beside 香港'],
    [8, '+853 6612 3456', 'a Macau mobile beside 澳门'],
    [9, '+886 912 345 678', 'a Taiwanese mobile, 0912-345-678, beside 台湾 (not a Yulin landline 0912-345678 short of a digit)'],
    [11, '+852 6123 4567', 'a Hong Kong number with its code but no +'],
  ])('row %i is written %s (%s)', (row, expected) => {
    expect(after(p, row, '手机')).toEqual(text(expected));
    expect(phoneIssues.filter((i) => i.sheetRow === row)).toEqual([]);
  });

  it('a Singapore number typed with +65 keeps it', () => {
    expect(after(p, 10, '手机')).toBeNull();
    expect(phoneIssues.filter((i) => i.sheetRow === 10)).toEqual([]);
  });

  it('a Chinese mobile beside 日本 (a travel agency\'s destination) stays a Chinese mobile', () => {
    expect(after(p, 12, '手机')).toBeNull();
    expect(phoneIssues.filter((i) => i.sheetRow === 12)).toEqual([]);
  });

  it('a second run over what the first wrote changes no number', () => {
    const col = SHEET[0].indexOf('手机');
    const written = SHEET.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === col ? (after(p, i + 1, '手机') as { value: string } | null)?.value ?? v : v))));
    const again = planOf(written);
    expect(again.edits.filter((e) => e.col === col)).toEqual([]);
    expect(again.issues.filter((i) => i.code.startsWith('phone.'))).toEqual([]);
  });

  it('without the country column the same numbers are kept as typed and flagged, as no rule places them', () => {
    const bare = planOf(SHEET.map((r) => r.slice(0, 3)));
    expect([7, 8, 9].map((r) => after(bare, r, '手机'))).toEqual([null, null, null]);
    expect(bare.issues.filter((i) => i.code === 'phone.invalid').map((i) => i.sheetRow)).toEqual([7, 8, 9]);
  });
});
