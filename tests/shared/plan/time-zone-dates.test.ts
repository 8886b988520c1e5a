/**
 * Dates exported as instants in UTC (a CRM's or a form's 2024-12-01T16:00:00.000Z) in a sheet whose
 * team works in Shanghai (`dates.timeZone`): each is the Beijing day and time it was, not the UTC one
 * (h45 zh_tz.xlsx). Today is helpers' TODAY, 2024-12-01.
 */
import { after, planOf } from './helpers';

const SHEET = [
  ['客户姓名', '手机号', '负责人', '生日', '合同到期日', '下次跟进'],
  ['周建华', '13811110001', '张三', '1990-12-02T16:00:00.000Z', '', ''],
  ['吴海燕', '13811110002', '张三', '', '2024-12-06T16:00:00.000Z', ''],
  ['郑晓东', '13811110003', '张三', '', '', '2024-11-30T20:00:00Z'],
  ['孙玉兰', '13811110004', '张三', '', '', '2024-12-02T04:00:00+08:00'],
];

describe('with the sheet\'s time zone set (Asia/Shanghai)', () => {
  const plan = planOf(SHEET, { dates: { timeZone: 'Asia/Shanghai' } });

  it('cleans each instant to the Beijing date and time; a birthday to its day alone', () => {
    expect(after(plan, 2, '生日')).toEqual({ kind: 'date', value: '1990-12-03' });
    expect(after(plan, 3, '合同到期日')).toEqual({ kind: 'date', value: '2024-12-07' });
    expect(after(plan, 4, '下次跟进')).toEqual({ kind: 'date', value: '2024-12-01T04:00' });
    expect(after(plan, 5, '下次跟进')).toEqual({ kind: 'date', value: '2024-12-02T04:00' });
  });

  it('reminds on the Beijing days: the birthday on 12-03, the contract on 12-07, the follow-up today, not yesterday', () => {
    expect(plan.reminders.reminders.map((r) => [r.sheetRow, r.kind, r.due])).toEqual(expect.arrayContaining([
      [2, 'birthday', '2024-12-03'],
      [3, 'contract', '2024-12-07'],
      [4, 'followUp', '2024-12-01'],
    ]));
  });
});

describe('with no time zone set', () => {
  const plan = planOf(SHEET);

  it('keeps the time as written and drops its zone, as before: the sheet says no zone to place it in', () => {
    expect(after(plan, 2, '生日')).toEqual({ kind: 'date', value: '1990-12-02T16:00' });
    expect(after(plan, 3, '合同到期日')).toEqual({ kind: 'date', value: '2024-12-06T16:00' });
    expect(after(plan, 5, '下次跟进')).toEqual({ kind: 'date', value: '2024-12-02T04:00' });
  });
});

/**
 * HubSpot, Airtable and most JSON exports write a date-only field (a birthday, a contract's end, a
 * follow-up day) as midnight UTC, 1978-12-03T00:00:00.000Z. For a team in New York that is the day
 * written, not 7 pm the evening before: only a real time of day is moved to the sheet's zone
 * (h47 en_midnight_utc_dates.csv).
 */
describe('with a time zone west of UTC (America/New_York) and date-only fields exported as midnight UTC', () => {
  const EXPORT = [
    ['Name', 'Phone', 'Owner', 'Birthday', 'Contract End', 'Next Follow-up'],
    ['Client I8', '(415) 555-1008', 'Amy Lee', '1978-12-03T00:00:00.000Z', '2026-12-10T00:00:00.000Z', '2026-12-03T00:00:00.000Z'],
    ['Client B1', '(415) 555-1001', 'Amy Lee', '1971-12-03T00:00:00Z', '2026-12-03T00:00+00:00', '2026-12-03T15:30:00.000Z'],
  ];
  const plan = planOf(EXPORT, { dates: { timeZone: 'America/New_York' } });

  it('keeps each midnight-UTC value\'s own day, with no time', () => {
    expect(after(plan, 2, 'Birthday')).toEqual({ kind: 'date', value: '1978-12-03' });
    expect(after(plan, 2, 'Contract End')).toEqual({ kind: 'date', value: '2026-12-10' });
    expect(after(plan, 2, 'Next Follow-up')).toEqual({ kind: 'date', value: '2026-12-03' });
    expect(after(plan, 3, 'Birthday')).toEqual({ kind: 'date', value: '1971-12-03' });
    expect(after(plan, 3, 'Contract End')).toEqual({ kind: 'date', value: '2026-12-03' });
  });

  it('still places a real time of day in New York: 15:30 UTC is 10:30 there', () => {
    expect(after(plan, 3, 'Next Follow-up')).toEqual({ kind: 'date', value: '2026-12-03T10:30' });
  });
});
