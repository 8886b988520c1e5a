/**
 * The summary's line of long-ended contracts left out says which rows stay listed in the sheet's own
 * words: an English letting sheet's "Arrears (£)", not Chinese examples inside an English sentence
 * (tester h73 #27: "rows that owe (欠费, Balance Due) stay listed"). A sheet with no such column is told
 * what such a column looks like in the run's language.
 */
import { DEFAULT_SETTINGS, run, type Plan } from '../../shared';
import { readCsv } from '../../cli/io/read-csv';
import { summaryText } from '../../cli/summary';

function planOfCsv(lines: string[], language: 'en' | 'zh-CN'): Plan {
  const out = run(readCsv(new TextEncoder().encode(lines.join('\n')), 'c.csv'), { settings: { ...DEFAULT_SETTINGS, language }, today: '2026-12-04' });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const expiredLine = (plan: Plan, lang: 'en' | 'zh-CN') =>
  summaryText({ plan, lang, input: 'tenants.csv', output: 'tenants.xlsx' }).split('\n').find((l) => l.includes('remind.contract.expiredWithinDays'));

describe('long-ended contracts left out of the list', () => {
  const LETTING = [
    'Tenant,Mobile,Tenancy End,Negotiator,Arrears (£)',
    'Sam Hughes,07700 900123,2026-09-01,Amy Cole,0',
    'Priya Shah,07700 900456,2027-03-31,Amy Cole,0',
  ];
  const NO_OWED = ['Client,Mobile,Contract End,Account Manager', 'Dana Whitley,(415) 555-0134,2026-08-01,Jeff Turner', 'Carla Mendez,(415) 555-0178,2027-01-20,Jeff Turner'];

  it('names the sheet\'s own column of money owed, in English with no Chinese', () => {
    const line = expiredLine(planOfCsv(LETTING, 'en'), 'en')!;
    expect(line).toContain('rows that owe ("Arrears (£)") stay listed');
    expect(line).not.toMatch(/\p{Script=Han}/u);
  });

  it('says what such a column looks like where the sheet has none', () => {
    const en = expiredLine(planOfCsv(NO_OWED, 'en'), 'en')!;
    expect(en).toContain('with a column of money owed (such as Balance Due or Arrears)');
    expect(en).not.toMatch(/\p{Script=Han}/u);
    expect(expiredLine(planOfCsv(NO_OWED, 'zh-CN'), 'zh-CN')).toContain('表中有欠费列（如“欠费”“应收款”）时');
  });

  it('names the column in Chinese too', () => {
    expect(expiredLine(planOfCsv(LETTING, 'zh-CN'), 'zh-CN')).toContain('有欠费（“Arrears (£)”列）的行照常提醒');
  });
});
