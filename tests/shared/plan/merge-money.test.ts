/**
 * A merge keeps money true. Two accounts' totals in two currencies (a London account's £1,800 beside a
 * New York one's $2,000) are never added: no exchange rate is applied, each stays as typed (tester h73).
 * And the merged values list real differences only: a rent typed 3200元 on one row and 3200 on the other,
 * ¥18,800 beside 18800, a spare number spaced two ways, is one value (tester h72 #17); the archive still
 * keeps each cell as typed.
 */
import { DEFAULT_SETTINGS, run, cellText, type Plan } from '../../../shared';
import { t } from '../../../shared/i18n';
import { gridOf } from './helpers';

const TODAY = '2026-12-04';

function merged(rows: string[][], language: 'zh-CN' | 'en' = 'en'): Plan {
  const out = run(gridOf(rows), { settings: { ...DEFAULT_SETTINGS, language }, today: TODAY, merge: ['exact', 'likely'], guess: { region: true, currency: true } });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const noteOf = (plan: Plan, row: number) => { const column = plan.merge?.mergedColumn; return column ? cellText(column.values[plan.rows.indexOf(row)]) : ''; };
const writeOf = (plan: Plan, row: number, header: string) => {
  const col = plan.columns.find((c) => c.header === header)!.col;
  return plan.merge?.edits.find((e) => e.sheetRow === row && e.col === col);
};

describe('two accounts of one customer in two currencies', () => {
  // An agency's clients on both sides of the Atlantic: Emma Lewis has a London account in pounds and a
  // New York one in dollars (two Customer IDs, one e-mail and mobile).
  const CLIENTS = [
    ['Customer ID', 'Name', 'Email', 'Phone', 'Country', 'Total Spent'],
    ['C1001', 'Emma Lewis', 'emma.lewis@gmail.com', '+44 7700 900123', 'United Kingdom', '£1,800'],
    ['C2002', 'Emma Lewis', 'emma.lewis@gmail.com', '+44 7700 900123', 'United States', '$2,000'],
    ['C1003', 'John Carter', 'jcarter@yahoo.com', '+1 212 555 0134', 'United States', '$3,400'],
    ['C1004', 'Mary Smith', 'mary.smith@outlook.com', '+1 415 555 0199', 'United States', '$12,400'],
    ['C1005', 'Tom Brown', 'tbrown@gmail.com', '+1 646 555 0111', 'United States', '$900'],
    ['C1006', 'Olivia Green', 'ogreen@gmail.com', '+44 7700 900456', 'United Kingdom', '£700'],
  ];

  it('are not added: the kept row keeps its own £1,800, and the $2,000 is listed with its currency', () => {
    const plan = merged(CLIENTS);
    expect(plan.merge!.removeRows).toEqual([3]);
    expect(writeOf(plan, 2, 'Total Spent')).toBeUndefined();
    expect(plan.problems.some((p) => p.code.startsWith('dedupe.totals.sum'))).toBe(false);
    const note = noteOf(plan, 2);
    expect(note).toContain('$2,000');
    expect(note).toContain('not added');
    expect(note).not.toContain('3800');
  });

  it('says so in Chinese too', () => {
    const note = noteOf(merged(CLIENTS, 'zh-CN'), 2);
    expect(note).toContain('币种不同');
    expect(note).not.toContain('3800');
  });

  it('two accounts in one currency are still added ($2,000 + $900)', () => {
    const rows = CLIENTS.map((r, i) => (i === 1 ? ['C1001', 'Emma Lewis', 'emma.lewis@gmail.com', '+44 7700 900123', 'United States', '$900'] : r));
    const plan = merged(rows);
    expect(cellText(writeOf(plan, 2, 'Total Spent')!.after)).toBe('2900');
  });

  it('the message exists in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) expect(t(lang, 'dedupe.note.totalCurrencies', { field: 'F', values: '£1,800 / $2,000', value: '£1,800' })).toContain('£1,800 / $2,000');
  });
});

describe('values that differ only in how they are written are no merged values', () => {
  // A 二房东's ledger: 吴敏's lease typed twice, once with 元 after the rent, once with the 押金 as ¥3,200,
  // her spare number spaced one way and the other.
  const HEADER = ['房号', '租客姓名', '手机', '备用电话', '入住日期', '租约到期', '月租金', '押金', '管家'];
  const ROOM = ['3-801', '吴敏', '13922221111'];

  it('lists neither 月租金 3200 beside 3200元, nor 押金 3200 beside ¥3,200, nor 139 2222 3333 beside 13922223333', () => {
    const plan = merged([
      HEADER,
      [...ROOM, '139 2222 3333', '2026/3/1', '2027/2/28', '3200元', '¥3,200', '王姐'],
      [...ROOM, '13922223333', '2026-03-01', '2027-02-28', '3200', '3200', '王姐'],
    ], 'zh-CN');
    expect(plan.merge!.removeRows).toEqual([3]);
    const note = noteOf(plan, 2);
    expect(note).not.toContain('月租金');
    expect(note).not.toContain('押金');
    expect(note).not.toContain('备用电话');
    // Nothing is lost: the archive holds the folded row as typed.
    expect(plan.merge!.archive[0].cells.map((c) => cellText(c))).toEqual(expect.arrayContaining(['3200', '13922223333']));
  });

  it('still lists a rent that differs (3500 beside 3200元), and one in another currency (HK$3,200)', () => {
    const other = (rent: string) => merged([
      HEADER,
      [...ROOM, '', '2026/3/1', '2027/2/28', '3200元', '3200', '王姐'],
      [...ROOM, '', '2026-03-01', '2027-02-28', rent, '3200', '王姐'],
    ], 'zh-CN');
    expect(noteOf(other('3500'), 2)).toContain('月租金: 3500');
    expect(noteOf(other('HK$3,200'), 2)).toContain('月租金: HK$3,200');
  });

  it('still lists a code whose leading zero differs (门禁卡 00123 beside 123): no amount', () => {
    const plan = merged([
      ['租客姓名', '手机', '门禁卡', '管家'],
      ['吴敏', '13922221111', '123', '王姐'],
      ['吴敏', '13922221111', '00123', '王姐'],
    ], 'zh-CN');
    expect(noteOf(plan, 2)).toContain('门禁卡: 00123');
  });
});
