/**
 * The format a column's text dates were typed in, for the dates the run writes there: a UK office's
 * 04/05/2026 shows as 04/05/2026 again (dd/mm/yyyy), not 2026-05-04; ISO where the column gives no
 * order or mixes them (tester h69 #12).
 */
import { typedDateFormat, type TypedDate } from '../../../shared/normalize/typed-date-format';

/** [typed, iso the run read it as] pairs, as a host finds them in the plan's date edits. */
const col = (...pairs: [string, string][]): TypedDate[] => pairs.map(([typed, iso]) => ({ typed, iso }));

describe('the order a column typed its dates in, as a number format', () => {
  it.each<[string, TypedDate[], string]>([
    ['a UK landscaper\'s Next Visit, day first', col(['04/05/2026', '2026-05-04'], ['14/02/2026', '2026-02-14'], ['02/06/2026', '2026-06-02']), 'dd/mm/yyyy'],
    ['a US dentist\'s Next Recall Due, month first', col(['11/28/2014', '2014-11-28'], ['06/02/2026', '2026-06-02'], ['04/17/2026', '2026-04-17']), 'mm/dd/yyyy'],
    ['a US sheet typed without leading zeros', col(['3/5/2024', '2024-03-05'], ['12/11/2024', '2024-12-11'], ['10/9/2024', '2024-10-09']), 'm/d/yyyy'],
    ['an Indian CRM\'s DD-MM-YYYY', col(['28-11-2022', '2022-11-28'], ['03-12-2026', '2026-12-03']), 'dd-mm-yyyy'],
    ['a Swiss sheet\'s dotted day.month.year', col(['01.11.2024', '2024-11-01'], ['24.12.2024', '2024-12-24']), 'dd.mm.yyyy'],
    ['a Chinese 签约日期 typed 2024/3/5', col(['2024/3/5', '2024-03-05'], ['2024/11/26', '2024-11-26'], ['2023/10/8', '2023-10-08']), 'yyyy/m/d'],
    ['a Chinese 生日 typed 1985年3月12日', col(['1985年3月12日', '1985-03-12'], ['1990年11月3日', '1990-11-03']), 'yyyy"年"m"月"d"日"'],
    ['full-width digits typed on a Chinese keyboard', col(['２０２４／３／５', '2024-03-05'], ['２０２４／１１／２６', '2024-11-26']), 'yyyy/m/d'],
    ['ISO as typed', col(['2024-03-05', '2024-03-05'], ['2024-11-26', '2024-11-26']), 'yyyy-mm-dd'],
    ['a two-digit year, shown with the year the run read', col(['31/12/26', '2026-12-31'], ['15/11/98', '1998-11-15']), 'dd/mm/yyyy'],
    ['a few ISO dates pasted into a UK column: its own order still', col(['04/05/2026', '2026-05-04'], ['14/02/2026', '2026-02-14'], ['2026-06-02', '2026-06-02']), 'dd/mm/yyyy'],
    ['one US colleague\'s 09/23/2024 among day-first dates', col(['04/05/2026', '2026-05-04'], ['14/02/2026', '2026-02-14'], ['09/23/2024', '2024-09-23']), 'dd/mm/yyyy'],
  ])('%s', (_why, dates, expected) => {
    expect(typedDateFormat(dates)).toEqual({ date: expected });
  });

  it.each<[string, TypedDate[]]>([
    ['day first and month first as often: no order to show, ISO is read alike everywhere', col(['09/23/2024', '2024-09-23'], ['23/09/2024', '2024-09-23'])],
    ['year first and month first as often (a Chinese sheet with one US export pasted in)', col(['2024/11/26', '2024-11-26'], ['09/23/2024', '2024-09-23'])],
    ['only dates whose day is their month: nothing tells the order', col(['05/05/2026', '2026-05-05'], ['12/12/2026', '2026-12-12'])],
    ['month names and compact dates: no order of digits typed', col(['9 Dec 2026', '2026-12-09'], ['20240305', '2024-03-05'])],
    ['a text read otherwise than its digits say (24.11.01 read year first)', col(['24.11.01', '2024-11-01'])],
    ['no text dates at all', []],
    ['a London and New York desk\'s Renewal Date, each row as its country writes (5 Dec typed 05/12/2026 and 12/05/2026): either form shown to all would misread the other\'s rows',
      col(['05/12/2026', '2026-12-05'], ['13/03/2027', '2027-03-13'], ['21/06/2027', '2027-06-21'], ['12/05/2026', '2026-12-05'], ['04/13/2027', '2027-04-13'])],
  ])('%s: none (the host writes ISO)', (_why, dates) => {
    expect(typedDateFormat(dates)).toBeNull();
  });

  it('a year-first column mixing 2024/3/5, 2024年3月5日 and 2024.11.30 with no form most typed is shown ISO', () => {
    expect(typedDateFormat(col(['1985/3/12', '1985-03-12'], ['1990年5月3日', '1990-05-03'], ['2024.11.30', '2024-11-30']))).toEqual({ date: 'yyyy-mm-dd' });
  });

  it('keeps the 12-hour clock a US export typed its times on (Salesforce\'s 12/3/2026 2:15 PM)', () => {
    expect(typedDateFormat(col(['12/3/2026 2:15 PM', '2026-12-03T14:15'], ['11/28/2026 9:05 AM', '2026-11-28T09:05'], ['11/2/2026', '2026-11-02']))).toEqual({ date: 'm/d/yyyy', twelveHour: true });
  });

  it('a 24-hour time says nothing of a 12-hour clock', () => {
    expect(typedDateFormat(col(['04/05/2026 14:30', '2026-05-04T14:30'], ['14/02/2026 09:15', '2026-02-14T09:15']))).toEqual({ date: 'dd/mm/yyyy' });
  });

  it('is the same whatever the order of the rows', () => {
    const dates = col(['04/05/2026', '2026-05-04'], ['2026-06-02', '2026-06-02'], ['14/02/2026', '2026-02-14'], ['09/23/2024', '2024-09-23']);
    expect(typedDateFormat([...dates].reverse())).toEqual(typedDateFormat(dates));
  });
});
