/**
 * The US trade-show list's follow-up column (tester h59, finding 8): its own dates that show their
 * order are month first (11/25/2026, 11/30/2026) and none day first, yet its 12/01/2026 was flagged
 * "日期有歧义" and Sarah O'Connor's follow-up due that day not reminded. Two dates are too few for the
 * column alone (sheet-locale.test.ts: 'still flags 03/05/2024 with too little evidence'); the sheet's
 * other date column (Date Scanned, 11/18–11/20/2026) or, without one, the sheet's region, read now
 * as the United States', tell the order, as the README says.
 */
import { resolveSettings, run, type Plan } from '../../../shared';
import { gridOf } from './helpers';
import { TRADE_SHOW } from './trade-show-leads';

const TODAY = '2026-12-01';

function planOf(rows: string[][], input: object = {}): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error(JSON.stringify(settings.errors));
  const out = run(gridOf(rows, 'Leads'), { settings: settings.settings, today: TODAY, guess: { region: true, currency: true } });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const followUps = (p: Plan) => p.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => [r.sheetRow, r.due]);
const ambiguous = (p: Plan) => p.issues.filter((i) => i.code === 'date.ambiguous').map((i) => i.sheetRow);

/** The trade-show list without its Date Scanned column: the follow-up column's own two dates must say it. */
const WITHOUT_SCAN_DATE = TRADE_SHOW.map((r) => r.filter((_, c) => c !== 8));

describe('the trade-show list\'s follow-up column', () => {
  it.each([
    ['the US trade-show list (with its Date Scanned column)', TRADE_SHOW, 4],
    ['the US trade-show list without a scan date: the sheet\'s region says it', WITHOUT_SCAN_DATE, 4],
  ])('%s: the 12/01/2026 is 1 December, reminded today', (_why, rows, sarah) => {
    const p = planOf(rows);
    expect(ambiguous(p)).toEqual([]);
    expect(followUps(p)).toContainEqual([sarah, '2026-12-01']);
  });

  it('without a scan date, the note says the sheet\'s region told the order', () => {
    const dates = planOf(WITHOUT_SCAN_DATE).problems.filter((x) => x.code.startsWith('dates.'));
    expect(dates).toEqual([{ code: 'dates.regionMonthFirst', severity: 'info', params: expect.objectContaining({ region: 'US', dates: 3 }) }]);
  });

  it.each([
    ['a Chinese sheet\'s one such date is no evidence', [['Name', 'Mobile', 'Follow-up Date'], ['张三', '13823456789', '11/25/2026'], ['李四', '13905741111', '12/01/2026']]],
    ['nor are two beside one day first', [['Name', 'Mobile', 'Follow-up Date'], ['张三', '13823456789', '11/25/2026'], ['李四', '13905741111', '12/01/2026'], ['王五', '15012345678', '11/30/2026'], ['赵六', '18611112222', '25/11/2026']]],
  ])('%s: the 12/01/2026 stays flagged', (_why, rows) => {
    expect(ambiguous(planOf(rows as string[][]))).toContain(3);
  });
});
