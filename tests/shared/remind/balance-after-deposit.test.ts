/**
 * A studio's Balance Due worked out as =Package Price − Deposit Paid is what the booking left after its
 * deposit: the sheet keeps no payment after it, so a session held months ago says nothing of a debt (tester
 * h75: 32 of 36 clients of a photo studio were "still owed" since January). A balance worked out from what
 * was paid so far (=合同价-已付金额) is kept up as payments come in: what it shows after the wedding is owed.
 */
import { DEFAULT_SETTINGS, reminderText, run, type Cell, type Plan } from '../../../shared';

const TODAY = '2026-12-04';
const txt = (v: string): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v });
const num = (value: number): Cell => ({ kind: 'number', value });
const minus = (value: number, formula: string): Cell => ({ kind: 'number', value, formula } as Cell);

function planOf(sheetName: string, rows: Cell[][]): Plan {
  const out = run({ sheetName, firstRow: 1, firstCol: 1, cells: rows }, { settings: DEFAULT_SETTINGS, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const owedTexts = (plan: Plan, lang: 'en' | 'zh-CN') =>
  plan.reminders.reminders.filter((r) => r.reason.code === 'remind.reason.owedAfterEvent').map((r) => [r.sheetRow, reminderText(lang, r)]);

describe('a photo studio: Balance Due = Package Price − Deposit Paid', () => {
  const plan = planOf('Bookings', [
    ['Client Name', 'Mobile', 'Email', 'Session Type', 'Session Date', 'Package Price', 'Deposit Paid', 'Balance Due'].map(txt),
    [...['Ava Lane', '07700 900000', 'aval@gmail.com', 'Wedding', '2026-01-03'].map(txt), num(1850), num(463), minus(1387, '=F2-G2')],
    [...['Emily Clark', '07911 123456', 'emily.clark@outlook.com', 'Newborn', '2026-12-02'].map(txt), num(350), num(100), minus(250, '=F3-G3')],
  ]);

  it('raises no "still owed" for a session held: the sheet records no payment after the deposit', () => {
    expect(owedTexts(plan, 'en')).toEqual([]);
  });
});

describe('a wedding planner: 尾款 = 合同价 − 已付金额', () => {
  const plan = planOf('客户', [
    ['新人', '手机', '婚期', '合同价', '已付金额', '尾款', '策划师'].map(txt),
    [...['马骏', '13712345678', '2026-11-28'].map(txt), num(66800), num(48000), minus(18800, '=D2-E2'), txt('小雅')],
    [...['周婷', '13612345678', '2026-11-21'].map(txt), num(52000), num(52000), minus(0, '=D3-E3'), txt('小雅')],
  ]);

  it('chases 马骏\'s 18800 after the wedding, and nothing of 周婷, who paid it all', () => {
    expect(owedTexts(plan, 'zh-CN')).toEqual([[2, expect.stringContaining('尾款 18800 未结清')]]);
  });
});
