/**
 * A phone column comes out in one form (h62 finding 8): the sheet's own numbers either all with their
 * country code or all nationally, the way most of them were typed; foreign numbers always with theirs.
 * Before, each number kept the way it was typed, and one column held +86 138 0013 8000 beside
 * 13800138000, or +1 415 555 0134 beside (212) 555-0147.
 */
import type { Plan } from '../../../shared';
import { after, planOf as plan } from './helpers';

const GUESS = { guess: { region: true, currency: true } };
const text = (value: string) => ({ kind: 'text', value });
const column = (p: Plan, header: string, rows: number[], typed: string[][]) => {
  const col = typed[0].indexOf(header);
  return rows.map((row) => {
    const edit = after(p, row, header);
    return edit === null ? typed[row - 1][col] : (edit as { value: string }).value;
  });
};

describe('a Chinese shop\'s member list with one Hong Kong customer (gbk-zh.csv)', () => {
  const SHOP = [
    ['客户名称', '联系电话', '所在城市', '累计消费(元)', '最近消费', '会员等级', '备注'],
    ['张三丰', '138 0013 8000', '深圳', '12800', '2026/11/3', '金卡', '老顾客'],
    ['李四', '0755-86668888', '广州', '3500', '2026年10月8日', '普通会员', ''],
    ['王五', '+86 139 1234 5678', '东莞', '1,280,000', '2025-12-1', '钻石卡', '大客户 要发票'],
    ['赵六', '13912345678', '佛山', '860', '3/5', '普通会员', ''],
    ['孙八', '00852-6123 4567', '香港', 'HK$5000', '2026-11-30', '金卡', '香港客户'],
    ['周九', '13800138000', '深圳', '12800', '2026/11/3', '金卡', '老顾客'],
    ['郑十一', '+86 138-0013-8000', '深圳', '12800', '2026/11/03', '金卡', '重复？'],
  ];
  const p = plan(SHOP, {}, GUESS);

  it('writes its own numbers nationally, as most were typed: +86 138-0013-8000 → 13800138000, like 138 0013 8000 two rows up', () => {
    expect(after(p, 8, '联系电话')).toEqual(text('13800138000'));
    expect(after(p, 4, '联系电话')).toEqual(text('13912345678'));
    expect(after(p, 2, '联系电话')).toEqual(text('13800138000'));
  });

  it('and the Hong Kong number with its code, the one foreign number of the column', () => {
    expect(after(p, 6, '联系电话')).toEqual(text('+852 6123 4567'));
  });

  it('so the column holds one form for the mainland numbers', () => {
    expect(column(p, '联系电话', [2, 3, 4, 5, 7, 8], SHOP)).toEqual(['13800138000', '0755-86668888', '13912345678', '13912345678', '13800138000', '13800138000']);
  });
});

describe('a HubSpot export of an international list, its US numbers half with +1 (hubspot-en.csv)', () => {
  const HUBSPOT = [
    ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Company Name', 'Country/Region', 'City'],
    ['1001', 'John', 'Smith', 'john.smith@acmetools.com', '+1 415-555-0134', 'Acme Tools', 'United States', 'San Francisco'],
    ['1002', 'Emma', 'Lewis', 'emma@brightonsupplies.co.uk', '+44 20 7946 0018', 'Brighton Supplies', 'United Kingdom', 'Brighton'],
    ['1003', 'Hans', 'Müller', 'h.mueller@globex.de', '+49 30 12345678', 'Globex GmbH', 'Germany', 'Berlin'],
    ['1006', 'John', 'Smith', 'jsmith@gmail.com', '(415) 555-0134', '', 'United States', ''],
    ['1007', '', '', 'info@pacificimports.com', '+1 310-555-0199', 'Pacific Imports LLC', 'United States', 'Los Angeles'],
    ['1008', 'Sarah', 'Jones', 'sarah@hudsonhw.com', '212-555-0147', 'Hudson Hardware', 'United States', 'New York'],
  ];
  const p = plan(HUBSPOT, { language: 'en' }, GUESS);

  it('writes every US number with +1, as HubSpot stores them and half were typed: no (212) 555-0147 beside +1 415 555 0134', () => {
    expect(column(p, 'Phone Number', [2, 5, 6, 7], HUBSPOT)).toEqual(['+1 415 555 0134', '+1 415 555 0134', '+1 310 555 0199', '+1 212 555 0147']);
  });

  it('and the British and German numbers with theirs', () => {
    expect(column(p, 'Phone Number', [3, 4], HUBSPOT)).toEqual(['+44 20 7946 0018', '+49 30 12345678']);
  });
});

describe('a sheet of one country keeps its house form whatever was typed (edu-zh.xlsx, deliberate)', () => {
  it('+86 13552920293 → 13552920293, beside 138 7164 8829 → 13871648829: the bare 11 digits people paste into WeChat', () => {
    const p = plan([
      ['学员姓名', '家长姓名', '家长电话', '课程'],
      ['王子涵', '王建国', '+86 13552920293', '少儿编程'],
      ['李雨桐', '李娟', '138 7164 8829', '钢琴'],
      ['陈思远', '陈刚', '+86 19949915647', '美术'],
    ], {}, GUESS);
    expect([2, 3, 4].map((row) => after(p, row, '家长电话'))).toEqual([text('13552920293'), text('13871648829'), text('19949915647')]);
  });
});
