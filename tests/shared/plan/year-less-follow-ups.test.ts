/**
 * A follow-up typed without its year (下次跟进 05/12) is read in the order the sheet's own dates show:
 * beside 签约日期 25/11/2024 it is 5 December, not 12 May. A sheet whose dates do not tell keeps the
 * month-first reading; a region that writes the day first (GB, AU, HK, SG, IN) reads it day first, as
 * its full dates are read. The cell stays as typed and the reminder says the year was assumed.
 */
import { planOf, TODAY } from './helpers';
import type { Plan } from '../../../shared';

/** The day each year-less follow-up was placed on, by sheet row. */
const placed = (plan: Plan) =>
  plan.issues.filter((i) => i.code === 'date.noYearAssumed').map((i) => [i.sheetRow, i.params?.value, i.params?.date]);
const followUps = (plan: Plan) =>
  plan.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => [r.sheetRow, r.due, r.reason.code]);

describe(`year-less follow-ups in a sheet of day-first dates (today ${TODAY})`, () => {
  // A Hong Kong trading firm's rep keeps his sheet in Excel with its dates typed day first.
  const sheet = [
    ['客户', '手机', '签约日期', '最近联系', '下次跟进'],
    ['王建国', '13812345678', '25/11/2024', '28/11/2024', '05/12'],
    ['李秀英', '13987654321', '13/10/2024', '20/11/2024', '01/12'],
    ['张伟', '13700001111', '14/09/2024', '29/11/2024', '30/11'],
    ['陈静', '13600002222', '22/08/2024', '15/11/2024', '5/12'],
  ];

  it('reads 05/12 and 01/12 day first, as 25/11/2024 and 13/10/2024 are: 5 and 1 December', () => {
    expect(placed(planOf(sheet))).toEqual([
      [2, '05/12', '2024-12-05'],
      [3, '01/12', '2024-12-01'],
      [4, '30/11', '2024-11-30'],
      [5, '5/12', '2024-12-05'],
    ]);
  });

  it('reminds of the call planned for today and the one missed yesterday, saying the year was assumed', () => {
    expect(followUps(planOf(sheet))).toEqual([
      [4, '2024-11-30', 'remind.reason.followUpOverdueNoYear'],
      [3, '2024-12-01', 'remind.reason.followUpTodayNoYear'],
    ]);
  });

  it('is told by the follow-ups\' own year-less dates too (20/12, 25/12, 13/12 are day first)', () => {
    const plan = planOf([
      ['客户', '手机', '下次跟进'],
      ['王建国', '13812345678', '20/12'],
      ['李秀英', '13987654321', '25/12'],
      ['张伟', '13700001111', '13/12'],
      ['陈静', '13600002222', '01/12'],
    ]);
    expect(placed(plan).at(-1)).toEqual([5, '01/12', '2024-12-01']);
  });
});

describe('year-less follow-ups where the sheet does not say day first', () => {
  it('a sheet of year-first dates keeps the month-first reading: 05/12 is 12 May', () => {
    const plan = planOf([
      ['客户', '手机', '签约日期', '下次跟进'],
      ['王建国', '13812345678', '2024-11-25', '05/12'],
      ['李秀英', '13987654321', '2024-10-13', '01/12'],
      ['张伟', '13700001111', '2024-09-14', '03/01'],
    ]);
    expect(placed(plan)).toEqual([
      [2, '05/12', '2025-05-12'],
      [3, '01/12', '2025-01-12'],
      [4, '03/01', '2025-03-01'],
    ]);
    expect(followUps(plan)).toEqual([]);
  });

  it('a sheet whose dates are written both ways (two people typing) keeps it too', () => {
    const plan = planOf([
      ['客户', '手机', '签约日期', '下次跟进'],
      ['王建国', '13812345678', '25/11/2024', '05/12'],
      ['李秀英', '13987654321', '11/25/2024', '01/12'],
      ['张伟', '13700001111', '13/10/2024', ''],
      ['陈静', '13600002222', '10/13/2024', ''],
      ['刘洋', '13500003333', '14/09/2024', ''],
      ['赵敏', '13400004444', '09/14/2024', ''],
    ]);
    expect(placed(plan)).toEqual([[2, '05/12', '2025-05-12'], [3, '01/12', '2025-01-12']]);
  });
});

describe('year-less follow-ups by the sheet\'s region', () => {
  // A London florist's list: no full date to tell, UK mobiles.
  const sheet = [
    ['Name', 'Mobile', 'Next follow-up'],
    ['Oliver Smith', '07700 900123', '01/12'],
    ['Amelia Jones', '07700 900456', '05/12'],
  ];

  it('in the United Kingdom 01/12 is 1 December, as Excel reads dates there', () => {
    const plan = planOf(sheet, { phone: { defaultRegion: 'GB' } });
    expect(placed(plan)).toEqual([[2, '01/12', '2024-12-01'], [3, '05/12', '2024-12-05']]);
    expect(followUps(plan)).toEqual([[2, '2024-12-01', 'remind.reason.followUpTodayNoYear']]);
  });

  it.each([['AU'], ['HK'], ['SG'], ['IN']])('and so in %s', (region) => {
    expect(placed(planOf(sheet, { phone: { defaultRegion: region } }))[0]).toEqual([2, '01/12', '2024-12-01']);
  });

  it('in the United States 01/12 stays 12 January', () => {
    expect(placed(planOf(sheet, { phone: { defaultRegion: 'US' } }))[0]).toEqual([2, '01/12', '2025-01-12']);
  });

  it('a UK sheet whose own dates are month first (12/25/2024) follows its dates, not its region', () => {
    const plan = planOf([
      ['Name', 'Mobile', 'Last Contact', 'Next follow-up'],
      ['Oliver Smith', '07700 900123', '11/25/2024', '01/12'],
      ['Amelia Jones', '07700 900456', '10/13/2024', '05/12'],
      ['Harry Brown', '07700 900789', '09/14/2024', ''],
    ], { phone: { defaultRegion: 'GB' } });
    expect(placed(plan)[0]).toEqual([2, '01/12', '2025-01-12']);
  });
});

describe('year-less follow-ups under a chosen order', () => {
  it('settings that read dates day first read 05/12 day first too', () => {
    const plan = planOf([
      ['客户', '手机', '下次跟进'],
      ['王建国', '13812345678', '05/12'],
      ['李秀英', '13987654321', '01/12'],
    ], { dates: { ambiguous: 'day-first' } });
    expect(placed(plan)).toEqual([[2, '05/12', '2024-12-05'], [3, '01/12', '2024-12-01']]);
    expect(followUps(plan)).toEqual([[3, '2024-12-01', 'remind.reason.followUpTodayNoYear']]);
  });
});
