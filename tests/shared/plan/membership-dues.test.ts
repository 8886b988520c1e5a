/**
 * A club's or an association's yearly dues (Annual Dues (€), Membership Dues, Annual Fee, 会费, 年费) are
 * the price of a membership, not what the member spent in all, nor money he owes: a member who
 * re-registered online under a new Member No. pays his €420 once, not €840 (tester h79 #1: the merge
 * added the two rows' dues as two accounts' spending, and the summary called the column money owed).
 * Only a header that says the dues are unpaid (Dues Outstanding, Unpaid Dues) names a debt.
 */
import { cellText, type Plan } from '../../../shared';
import { isOwed } from '../../../shared/dedupe/owed';
import { feePeriod } from '../../../shared/schema/fee-period';
import { planOf as planWith } from './helpers';

const TODAY = '2026-12-04';

const planOf = (rows: string[][], merge = false): Plan => planWith(rows, { language: 'en', phone: { defaultRegion: 'IE' }, amount: { currency: 'EUR' } },
  { today: TODAY, sheet: 'Members 2026', ...(merge ? { merge: ['exact', 'likely'] as const } : {}) });

/** The cell of `header` on `sheetRow` as the merged sheet holds it. */
function shown(plan: Plan, rows: string[][], sheetRow: number, header: string): string {
  const col = plan.columns.find((c) => c.header === header)!.col;
  const write = plan.merge?.edits.find((e) => e.sheetRow === sheetRow && e.col === col) ?? plan.edits.find((e) => e.sheetRow === sheetRow && e.col === col);
  return write ? cellText(write.after) : rows[sheetRow - 1][col];
}

// After tester h79's Irish tennis club: Seán re-registered online (a new Member No.), same mobile, e-mail and date of birth.
const club = (duesHeader: string): string[][] => [
  ['Member No.', 'Name', 'Mobile', 'Email', 'Date of Birth', 'Renewal Date', duesHeader, 'Membership Secretary', 'Notes'],
  ['1102', 'Seán Ó Briain', '087 234 5678', 'sean.obriain@eircom.net', '19/11/1975', '01/12/2026', '€420.00', 'Pat Nolan', ''],
  ['1150', "Sean O'Brien", '+353 87 234 5678', 'Sean.OBriain@eircom.net', '19/11/1975', '01/12/2026', '420', 'Mary Doyle', 're-registered online, dup?'],
  ['1103', 'Siobhán Murphy', '087 555 1234', 'siobhan.murphy@gmail.com', '06/12/1980', '11/12/2026', '€420.00', 'Pat Nolan', ''],
  ['1104', 'Denis McCarthy', '086 777 2211', 'denis.mccarthy@gmail.com', '02/03/1958', '07/12/2026', '€210.00', 'Mary Doyle', ''],
];

describe.each(['Annual Dues (€)', 'Annual Fee (€)', 'Membership Dues'])('a club whose yearly fee is headed %s', (header) => {
  const rows = club(header);

  it('reads it as what the member pays, never as money he owes', () => {
    const plan = planOf(rows);
    expect(plan.columns.find((c) => c.header === header)?.field).toBe('amount');
    expect(isOwed(header)).toBe(false);
  });

  it('keeps €420 on the kept row when the member typed twice is merged (never 420 + 420 = 840)', () => {
    const plan = planOf(rows, true);
    expect(plan.merge?.removeRows).toHaveLength(1);
    const kept = [2, 3].find((r) => !plan.merge!.removeRows.includes(r))!;
    expect(Number(shown(plan, rows, kept, header).replace(/[^\d.]/g, ''))).toBe(420);
    expect(plan.problems.map((p) => p.code).filter((c) => c.startsWith('dedupe.totals.sum'))).toEqual([]);
  });
});

describe('dues a header says are unpaid are money owed still', () => {
  it.each<[string, boolean, string]>([
    ['Annual Dues (€)', false, 'the yearly price of the membership'],
    ['Dues', false, 'a bare Dues column of a club'],
    ['Membership Dues', false, 'the same'],
    ['Dues Outstanding', true, 'what the member has not paid yet'],
    ['Unpaid Dues', true, 'the same'],
    ['Dues Owed (£)', true, 'the same'],
    ['Balance Due', true, 'a ledger\'s balance: no dues word at all'],
    ['Amount Due', true, 'the same'],
  ])('%s → owed %s (%s)', (header, owed) => {
    expect(isOwed(header)).toBe(owed);
  });

  it.each<[string, string]>([
    ['Dues Renewal Date', 'the day the dues fall due'],
    ['Dues Expiry', 'the same'],
    ['Dues Paid?', 'a Yes / No'],
    ['会费到期', 'the day the 会费 runs out'],
    ['会费缴纳日期', 'the day it was paid'],
  ])('%s is no price of the membership (%s)', (header) => {
    expect(feePeriod(header)).toBeNull();
  });

  it('counts dues as a year\'s fee, monthly dues as a month\'s', () => {
    expect(feePeriod('Annual Dues (€)')).toBe('year');
    expect(feePeriod('Dues')).toBe('year');
    expect(feePeriod('Monthly Dues')).toBe('month');
    expect(feePeriod('会费')).toBe('year');
  });
});

describe('a Chinese association\'s 会费', () => {
  it('is read as what the member pays', () => {
    const plan = planOf([
      ['会员编号', '姓名', '手机', '会费', '到期日'],
      ['M001', '张伟', '13812345678', '1200', '2026-12-20'],
      ['M002', '李娜', '13912345678', '1200', '2027-03-01'],
    ]);
    expect(plan.columns.find((c) => c.header === '会费')?.field).toBe('amount');
  });
});
