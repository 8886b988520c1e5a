import { parseMonthDay } from '../../../shared/normalize/month-day';

describe('parseMonthDay', () => {
  it.each([
    ['3月5日', { month: 3, day: 5 }],
    ['三月五日', { month: 3, day: 5 }],
    ['03-05', { month: 3, day: 5 }],
    ['3/5', { month: 3, day: 5 }],
    ['13/5', { month: 5, day: 13 }],
    ['Mar 5', { month: 3, day: 5 }],
    ['5 March', { month: 3, day: 5 }],
    ['2月29日', { month: 2, day: 29 }],
    ['1990-03-05', { month: 3, day: 5, year: 1990 }],
    ['1990年3月5日', { month: 3, day: 5, year: 1990 }],
  ])('%j → %j', (raw, expected) => {
    expect(parseMonthDay(raw)).toEqual(expected);
  });
  it('reads day-first when asked', () => {
    expect(parseMonthDay('3/5', 'day-first')).toEqual({ month: 5, day: 3 });
  });
  it('gives null for an ambiguous full date only under the flag policy', () => {
    expect(parseMonthDay('03/05/2024', 'flag')).toBeNull();
    expect(parseMonthDay('03/05/2024')).toEqual({ month: 3, day: 5, year: 2024 });
  });
  it.each([['2月30日'], ['下周'], [''], ['农历三月初五']])('%j → null (impossible, not a date, or lunar)', (raw) => {
    expect(parseMonthDay(raw)).toBeNull();
  });
});
