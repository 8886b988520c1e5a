/**
 * A date written with dots and the year last (01.11.2024) is day first in every locale that writes it:
 * German, French, Russian, Swiss, Dutch; the US never writes dots (tester h67, finding 7). Flagging it
 * as 日期有歧义 left 01.11.2024 as typed beside a rewritten 15.10.2023 in one column, and a follow-up
 * planned for 03.12.2024 was never reminded. Year first with dots (2024.12.03, a Chinese sheet's) is
 * read as before; a user who sets dates.ambiguous to month-first is obeyed.
 */
import { resolveSettings, run, type Plan } from '../../../shared';
import { after, gridOf } from './helpers';

/** The day Jürgen Müller's follow-up falls on. */
const TODAY = '2024-12-03';

function planOf(rows: string[][], input: object = {}): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error(JSON.stringify(settings.errors));
  const out = run(gridOf(rows, 'Kunden'), { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const followUps = (p: Plan) => p.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => [r.sheetRow, r.due]);
const ambiguous = (p: Plan) => p.issues.filter((i) => i.code === 'date.ambiguous').map((i) => i.sheetRow);

/** A German customer list: every dotted date could be read either way but one (15.10.2023). */
const GERMAN = [
  ['Name', 'Telefon', 'Letzter Kauf', 'Nächster Kontakt', 'Betreuer'],
  ['Jürgen Müller', '+49 30 1234567', '01.11.2024', '03.12.2024', 'Sophie Martin'],
  ['Anna Schmidt', '+49 89 987654', '15.10.2023', '', 'Sophie Martin'],
  ['Claire Dupont', '+33 1 42 68 53 00', '02.03.2024', '05.12.2024', 'James Wood'],
];

describe('a dotted date with the year last is read day first', () => {
  it('the German list: no date is ambiguous, and the follow-up on 03.12.2024 is reminded on the day, 3 December', () => {
    const p = planOf(GERMAN);
    expect(ambiguous(p)).toEqual([]);
    expect(followUps(p)).toContainEqual([2, '2024-12-03']);
  });

  it('the German list\'s Letzter Kauf column comes out in one form: 2024-11-01 beside 2023-10-15, not 01.11.2024 as typed', () => {
    const p = planOf(GERMAN);
    expect(after(p, 2, 'Letzter Kauf')).toEqual({ kind: 'date', value: '2024-11-01' });
    expect(after(p, 3, 'Letzter Kauf')).toEqual({ kind: 'date', value: '2023-10-15' });
    expect(after(p, 4, 'Letzter Kauf')).toEqual({ kind: 'date', value: '2024-03-02' });
  });

  it('a Chinese sheet\'s 2024.12.03, year first, is read as before: 3 December', () => {
    const p = planOf([
      ['姓名', '手机', '最近购买日期', '下次跟进', '负责人'],
      ['张伟', '13800138001', '2024.11.01', '2024.12.03', '王磊'],
      ['李娜', '13900139002', '2023.10.15', '', '王磊'],
    ]);
    expect(ambiguous(p)).toEqual([]);
    expect(followUps(p)).toContainEqual([2, '2024-12-03']);
  });

  it('a user who set dates.ambiguous to month-first reads 03.12.2024 as 12 March, as told', () => {
    const p = planOf(GERMAN, { dates: { ambiguous: 'month-first' } });
    expect(after(p, 2, 'Nächster Kontakt')).toEqual({ kind: 'date', value: '2024-03-12' });
    expect(followUps(p)).not.toContainEqual([2, '2024-12-03']);
  });
});
