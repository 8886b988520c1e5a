/**
 * A column headed like money owed whose cells are dates is a due day, never an amount (testers h72 #20,
 * h73 #4, #5): a garage's MOT Due, an accountant's Accounts Due and Tax Return Due, a travel agent's
 * 尾款截止日. It is read as a due day (contractEnd, an extra one beside a contract's own end), and the
 * amount beside it (Balance Due, 尾款) stays money owed.
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { text, type Cell } from '../../../shared/table/cell';
import { isDatedDue } from '../../../shared/schema/dated-dues';

const column = (...values: string[]): Cell[] => values.map((v) => text(v));
const mapped = (headers: string[], sample: Cell[][]) =>
  Object.fromEntries(mapHeaders(headers, DEFAULT_SETTINGS, sample).map((m) => [m.header, m.field === null ? null : `${m.field}${m.extra ? '+' : ''}`]));

describe('a due header over dates is a due day', () => {
  it('a UK accountant\'s Accounts Due and Tax Return Due (31/12/2026 …) are due days, the first the main one', () => {
    const headers = ['Client Name', 'Email', 'Year End', 'Accounts Due', 'Tax Return Due', 'Annual Fee (£)', 'Manager'];
    const sample = [
      column('Brightwater Dental Lab Ltd', 'Jay Patel', 'Castlefield Logistics Ltd'),
      column('accounts@brightwater.co.uk', 'jay.patel@gmail.com', 'finance@castlefield.co.uk'),
      column('31-Mar', '5-Apr', '31-Mar'),
      column('31/12/2026', '31/01/2027', '31/12/2026'),
      column('31/01/2027', '31/01/2027', '31/01/2027'),
      column('£2,400', '£650', '£24,000'),
      column('Raj', 'Helen', 'Raj'),
    ];
    const m = mapped(headers, sample);
    expect([m['Accounts Due'], m['Tax Return Due']]).toEqual(['contractEnd', 'contractEnd+']);
  });

  it('a garage\'s MOT Due beside its Warranty Expiry is a further due day; the warranty keeps the contract end', () => {
    const headers = ['Customer', 'Mobile', 'Reg', 'Warranty Expiry', 'MOT Due'];
    const sample = [column('Barry Clough', 'Helen Moorhouse', 'Sandra Pickles'), column('07700 900123', '07700 900456', '07700 900789'),
      column('LS68 WER', 'YJ21 PLO', 'AB12 CDE'), column('2027-05-01', '2026-08-01', '2028-01-01'), column('08/12/2026', '2026-11-28', '14/12/2026')];
    const m = mapped(headers, sample);
    expect([m['Warranty Expiry'], m['MOT Due']]).toEqual(['contractEnd', 'contractEnd+']);
  });

  it('a travel agent\'s 尾款截止日 is the balance\'s due day, its 尾款 still money owed (read by no field)', () => {
    const headers = ['客户姓名', '手机', '线路', '团费', '尾款', '尾款截止日'];
    const sample = [column('刘美华', '赵德明', '周慧敏'), column('13812345678', '13912345678', '13712345678'), column('欧洲十日', '日本七日', '泰国五日'),
      column('18800', '9800', '5600'), column('13800', '4800', '0'), column('2026-12-08', '2026-12-08', '2026-11-20')];
    const m = mapped(headers, sample);
    expect([m['尾款'], m['尾款截止日']]).toEqual([null, 'contractEnd']);
  });

  it.each([
    ['Balance Due', column('$1,200.00', '$0.00', '$350.00')],
    ['Amount Due', column('1200', '0', '350')],
    ['欠费', column('1200', '0', '350')],
  ])('%s holding amounts stays money owed', (header, cells) => {
    expect(isDatedDue(header, cells)).toBe(false);
  });

  it('a due column with fewer than three filled cells says nothing of what it holds', () => {
    expect(isDatedDue('Accounts Due', column('31/12/2026', '', ''))).toBe(false);
    expect(isDatedDue('Accounts Due', column('31/12/2026', '31/01/2027', '2026-10-31'))).toBe(true);
  });
});
