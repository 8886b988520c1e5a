/**
 * Dates an en-US Excel swapped: an Indian user typed dd/mm/yyyy, Excel made the ones with a day of
 * 12 or less real dates read month first (08/06/1966, 8 June, became 6 August) and left the rest as
 * text (25/12/1980). Nothing says which real date is wrong, so none is changed; the sheet note names
 * the column, how many cells, and the first one both ways, in the user's language.
 */
import { run, resolveSettings, type Cell, type Plan } from '../../../shared';
import { t as say } from '../../../shared/i18n';
import { TODAY } from './helpers';

const t = (value: string): Cell => ({ kind: 'text', value });
const d = (value: string): Cell => ({ kind: 'date', value });

function planOf(rows: Cell[][], language: 'en' | 'zh-CN' = 'en'): Plan {
  const settings = resolveSettings({ language, phone: { defaultRegion: 'IN' }, amount: { currency: 'INR' } });
  if (!settings.ok) throw new Error('settings');
  const out = run({ sheetName: 'Customers', firstRow: 1, firstCol: 1, cells: rows }, { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const HEADER = ['Customer Name', 'Mobile No.', 'DOB', 'AMC Expiry'].map(t);
// What the user typed, and what Excel kept: day > 12 stays text, the rest became a swapped date.
const TYPED: [string, string, string][] = [
  ['Anil Kapoor', '16/09/1993', '20/10/2027'],
  ['Bhavna Shah', '08/06/1966', '04/12/2027'],
  ['Chetan Rao', '13/08/1989', '21/06/2027'],
  ['Divya Nair', '02/10/1962', '18/04/2027'],
  ['Eshan Gupta', '22/10/1985', '02/11/2027'],
  ['Farah Khan', '01/03/1969', '07/10/2027'],
  ['Gaurav Jain', '20/12/1987', '20/08/2027'],
  ['Hema Pillai', '05/11/1977', '04/07/2027'],
  ['Imran Ali', '25/02/1969', '26/06/2027'],
  ['Jaya Menon', '11/07/1974', '01/05/2027'],
  ['Kiran Bedi', '27/08/1971', '16/12/2027'],
  ['Lata Iyer', '03/11/1987', '11/05/2027'],
];
const asExcelMadeIt = (typed: string): Cell => {
  const [a, b, y] = typed.split('/');
  return Number(a) > 12 ? t(typed) : d(`${y}-${a}-${b}`);
};
const ROWS: Cell[][] = [HEADER, ...TYPED.map(([name, dob, expiry], i) => [t(name), t(`+91 98100 100${String(i).padStart(2, '0')}`), asExcelMadeIt(dob), asExcelMadeIt(expiry)])];

describe('a date column an en-US Excel swapped', () => {
  it('is said, column by column, with the count and the first cell both ways, and nothing is changed', () => {
    const plan = planOf(ROWS);
    const swapped = plan.problems.filter((p) => p.code === 'dates.swappedDayFirst');
    expect(swapped).toEqual([
      { code: 'dates.swappedDayFirst', severity: 'warning', params: { header: 'DOB', cells: 6, dates: 6, row: 3, value: '1966-08-06', other: '1966-06-08' } },
      { code: 'dates.swappedDayFirst', severity: 'warning', params: { header: 'AMC Expiry', cells: 6, dates: 6, row: 3, value: '2027-04-12', other: '2027-12-04' } },
    ]);
    expect(plan.edits.filter((e) => e.before.kind === 'date')).toEqual([]);
  });

  it('is said in Chinese for a Chinese user', () => {
    const plan = planOf(ROWS, 'zh-CN');
    const [dob] = plan.problems.filter((p) => p.code === 'dates.swappedDayFirst');
    expect(say('zh-CN', dob.code, dob.params)).toBe('“DOB”列的日期可能日、月颠倒：该列以文本录入的 6 个日期都是日在前（25/12/1980），而所有真正的日期单元格的“日”都不超过 12。'
      + '按月在前读日期的 Excel 会把录入的 06/08/1966（8 月 6 日）变成 6 月 8 日。涉及 6 个单元格，第一个在第 3 行：1966-08-06，可能应为 1966-06-08。这些单元格未作改动，请核对，或在原表中把日期设为文本后重新清理。');
  });

  it.each<[string, Cell[][]]>([
    // Dates entered as dates, with days past 12 among them, beside a few typed as text.
    ['real dates with days past 12', [HEADER, ...TYPED.map(([name, dob], i) => [t(name), t(`+91 98100 100${i}`), i < 4 ? t(dob) : d(`1980-0${(i % 9) + 1}-${10 + i}`), t('')])]],
    // Text dates written either way (03/05/1980) stayed text: Excel did not read this column.
    ['text dates that read either way beside the real ones', [HEADER, ...[...TYPED, ...TYPED].map(([name, dob], i) => [t(name), t(`+91 98100 100${i}`), i < 12 ? t(dob) : asExcelMadeIt(dob), t('')])]],
    // Every real date the 1st of a month (a start month picked in a calendar).
    ['real dates all on the 1st', [HEADER, ...TYPED.map(([name, dob], i) => [t(name), t(`+91 98100 100${i}`), Number(dob.slice(0, 2)) > 12 ? t(dob) : d(`1980-0${(i % 9) + 1}-01`), t('')])]],
  ])('is not said for %s', (_, rows) => {
    expect(planOf(rows).problems.filter((p) => p.code.startsWith('dates.swapped'))).toEqual([]);
  });
});
