/**
 * The rows of a customer typed three times, said as a list: HubSpot's contact in rows 2, 3 and 9 read
 * "Rows 2 and 3, 9, merged into row 2" (tester h64), its other rows joined by a comma in one template.
 * Two rows read as they always did.
 */
import { t } from '../../../shared/i18n';
import { rowList } from '../../../shared/plan/row-list';

const params = (rows: number[]) => ({ survivor: rows[0], others: rows.slice(1).join(', '), rowList: rowList(rows[0], rows), header: 'Email', from: 3, value: 'sjohnson@acme.com', old: 'sarah.johnson@acme.com', day: '2026-11-20' });

describe('the rows a merge message names', () => {
  it.each([
    ['en', [2, 3, 9], 'Rows 2, 3 and 9, merged into row 2, hold different "Email"'],
    ['en', [2, 3], 'Rows 2 and 3, merged into row 2, hold different "Email"'],
    ['en', [5, 2, 3, 9], 'Rows 5, 2, 3 and 9, merged into row 5,'],
    ['zh-CN', [2, 3, 9], '第 2、3、9 行（合并到第 2 行）的“Email”不同'],
    ['zh-CN', [2, 3], '第 2 行和第 3 行（合并到第 2 行）的“Email”不同'],
  ] as const)('%s, rows %j: %s', (lang, rows, said) => {
    expect(t(lang, 'dedupe.newerContact.merged', params([...rows]))).toContain(said);
  });

  it('puts the kept row first, whichever row it is', () => {
    expect(rowList(5, [2, 3, 5])).toBe('5,2,3');
  });
});
