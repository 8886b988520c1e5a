/**
 * A Taiwanese care home's roster (長照中心 住民名冊): every birthday in 民國 YY/MM/DD, residents born 民國
 * 15–40 (1926–1951). A year that small may also read as a day (24/05/10: 24 May 2010), but in a column of
 * 民國 years it is 民國 24, 1935: no cell of such a column is rewritten into another reading (tester h78 #1:
 * 13 of 40 birthdays became 2001–2015, and 黃秀英's birthday went unreminded).
 */
import { t } from '../../../shared';
import { after, planOf } from './helpers';

// Helpers' TODAY is 2024-12-01 (民國 113).
const ROSTER = [
  ['長者姓名', '性別', '出生日期', '入住日期', '合約到期', '月費', '家屬手機', '社工'],
  ['林淑芬', '女', '民國25年12月6日', '112/03/01', '113/12/31', 'NT$38,000', '0912-345-678', '林社工'],
  ['陳阿土', '男', '24/05/10', '112/12/15', '113/12/14', 'NT$42,000', '0922-345-678', '林社工'],
  ['黃秀英', '女', '18/12/05', '113/11/20', '114/11/19', 'NT$45,000', '0911-222-333', '林社工'],
  ['張金水', '男', '20/08/08', '112/01/10', '114/01/09', 'NT$32,000', '0988-111-222', '黃社工'],
  ['王美惠', '女', '29/12/25', '113/06/01', '114/06/01', '35000', '0955-666-777', '陳督導'],
  ['王婷', '女', '15/10/02', '113/05/05', '114/12/15', 'NT$42,000', '0970-827-309', '林社工'],
  ['彭桂萍', '男', '40/01/02', '113/05/06', '114/08/17', 'NT$42,000', '0937-413-563', '林社工'],
];

describe('a care home roster whose birthdays are all 民國 YY/MM/DD', () => {
  const plan = planOf(ROSTER);

  it.each([
    [3, '24/05/10', '1935-05-10'],
    [4, '18/12/05', '1929-12-05'],
    [5, '20/08/08', '1931-08-08'],
    [6, '29/12/25', '1940-12-25'],
    [7, '15/10/02', '1926-10-02'],
    [8, '40/01/02', '1951-01-02'],
  ])('row %i keeps %s as typed, read as 民國 (%s)', (row, typed, iso) => {
    // Kept in its calendar: never rewritten to a Western day of another reading.
    expect(after(plan, row, '出生日期')).toBeNull();
    const said = plan.issues.find((i) => i.sheetRow === row && i.field === 'birthday');
    expect(said?.code).toBe('date.rocYear');
    expect(said?.params?.year).toBe(+iso.slice(0, 4));
    expect(typed).not.toBe('');
  });

  it('never calls a resident a baby nor offers a 2000s reading of her birthday', () => {
    const doubts = plan.issues.filter((i) => i.field === 'birthday' && i.code !== 'date.rocYear');
    expect(doubts.map((i) => [i.sheetRow, i.code])).toEqual([]);
  });

  it('wishes 黃秀英 (民國18/12/05) her 95th birthday on 12-05, not a 19th on 12-18', () => {
    const hers = plan.reminders.reminders.filter((r) => r.kind === 'birthday' && r.customer === '黃秀英');
    expect(hers.map((r) => t('zh-CN', r.reason.code, r.reason.params))).toEqual([expect.stringContaining('满 95 岁')]);
    expect(hers[0].due).toBe('2024-12-05');
  });
});
