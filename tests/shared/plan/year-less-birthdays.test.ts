/**
 * A birthday (or an anniversary) typed without its year is read in the order its own column shows:
 * a Mailchimp audience whose Birthday merge field is DD/MM holds 25/12 and 30/01, so its 02/12 is
 * 2 December and its 12/02 is 12 February. A column too short to tell takes the sheet's dates, then
 * its region's order (a UK list day first, a US list month first); a Chinese sheet keeps the
 * month-first reading (12/05 is 12月5日). The cell stays as typed.
 */
import { planOf, TODAY } from './helpers';
import type { Plan } from '../../../shared';

const GUESS = { guess: { region: true, currency: true } };

/** Each reminder of `kind` as [sheet row, customer, due day]. */
const reminded = (plan: Plan, kind = 'birthday') =>
  plan.reminders.reminders.filter((r) => r.kind === kind).map((r) => [r.sheetRow, r.customer, r.due]);

describe(`a UK Mailchimp audience whose Birthday field is DD/MM (today ${TODAY})`, () => {
  // The tester's export: UK mobiles and landlines, CC = GB, birthdays as Mailchimp's DD/MM merge field writes them.
  const header = ['Email Address', 'First Name', 'Last Name', 'Phone Number', 'Birthday', 'MEMBER_RATING', 'OPTIN_TIME', 'CC', 'TAGS'];
  const sheet = [
    header,
    ['amelia@jonesflorist.co.uk', 'Amelia', 'Jones', '07911 123456', '02/12', '2', '2023-01-01 10:00:00', 'GB', ''],
    ['harry.brown@btinternet.com', 'Harry', 'Brown', '07841 234567', '25/12', '2', '2023-01-01 10:00:00', 'GB', ''],
    ['isla.wilson@gmail.com', 'Isla', 'Wilson', '+44 7723 456789', '05/12', '2', '2023-01-01 10:00:00', 'GB', ''],
    ['noah.taylor@outlook.com', 'Noah', 'Taylor', '020 7946 0321', '12/02', '2', '2023-01-01 10:00:00', 'GB', '"Wholesale"'],
    ['leo.davies@gmail.com', 'Leo', 'Davies', '0161 496 0753', '30/01', '2', '2023-01-01 10:00:00', 'GB', ''],
  ];

  it('reminds of 02/12 and 05/12 (2 and 5 December), not of 12/02 (12 February)', () => {
    expect(reminded(planOf(sheet, {}, GUESS))).toEqual([
      [2, 'Amelia Jones', '2024-12-02'],
      [4, 'Isla Wilson', '2024-12-05'],
    ]);
  });

  it('reads them so by the column\'s own 25/12, 30/01 and 13/06 when the sheet\'s numbers say no region', () => {
    const own = [
      ['Email Address', 'First Name', 'Last Name', 'Birthday'],
      ['amelia@jonesflorist.co.uk', 'Amelia', 'Jones', '02/12'],
      ['harry.brown@btinternet.com', 'Harry', 'Brown', '25/12'],
      ['noah.taylor@outlook.com', 'Noah', 'Taylor', '12/02'],
      ['leo.davies@gmail.com', 'Leo', 'Davies', '30/01'],
      ['freya.evans@gmail.com', 'Freya', 'Evans', '13/06'],
    ];
    expect(reminded(planOf(own))).toEqual([[2, 'Amelia Jones', '2024-12-02']]);
  });

  it('reads a wedding anniversary column the same way', () => {
    const plan = planOf([
      ['First Name', 'Last Name', 'Phone Number', 'Anniversary'],
      ['Amelia', 'Jones', '07911 123456', '03/12'],
      ['Harry', 'Brown', '07841 234567', '12/03'],
      ['Isla', 'Wilson', '07723 456789', '28/07'],
    ], {}, GUESS);
    expect(reminded(plan, 'anniversary')).toEqual([[2, 'Amelia Jones', '2024-12-03']]);
  });

  it('leaves the cells as typed', () => {
    const plan = planOf(sheet, {}, GUESS);
    const col = plan.columns.find((c) => c.header === 'Birthday')!.col;
    expect(plan.edits.filter((e) => e.col === col)).toEqual([]);
  });
});

describe('where the month comes first', () => {
  it('a US Mailchimp audience (MM/DD) keeps 12/02 as 2 December', () => {
    const plan = planOf([
      ['Email Address', 'First Name', 'Last Name', 'Phone Number', 'Birthday', 'CC'],
      ['john.smith@gmail.com', 'John', 'Smith', '217-555-0142', '12/02', 'US'],
      ['mary.smith77@yahoo.com', 'Mary', 'Smith', '(217) 555-0143', '06/13', 'US'],
      ['tom@acmebakery.com', 'Tom', 'Baker', '(312) 555-0178', '02/12', 'US'],
      ['ann.lee@gmail.com', 'Ann', 'Lee', '(415) 555-0132', '12/25', 'US'],
    ], {}, GUESS);
    expect(reminded(plan)).toEqual([[2, 'John Smith', '2024-12-02']]);
  });

  it('a Chinese sheet reads 12/05 as 12月5日, as before', () => {
    const plan = planOf([
      ['客户', '手机', '生日'],
      ['王建国', '13812345678', '12/05'],
      ['李秀英', '13987654321', '05/12'],
      ['张伟', '13700001111', '3月8日'],
    ]);
    expect(reminded(plan)).toEqual([[2, '王建国', '2024-12-05']]);
  });

  it('settings that read dates day first read a year-less birthday day first too', () => {
    const plan = planOf([
      ['客户', '手机', '生日'],
      ['王建国', '13812345678', '12/05'],
      ['李秀英', '13987654321', '05/12'],
    ], { dates: { ambiguous: 'day-first' } });
    expect(reminded(plan)).toEqual([[3, '李秀英', '2024-12-05']]);
  });
});
