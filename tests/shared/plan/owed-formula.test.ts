/**
 * A 家装 firm works out each owner's 尾款 with a formula (=合同金额-已付金额): the saved result is what
 * he owes. A project handed over long ago whose 尾款 still shows 35000 stays on the list to collect,
 * as a typed 35000 does; one whose formula shows 0 is counted among those owing nothing (tester h70,
 * reno r7 蒋大勇: listed among 没有欠费 while he owed ¥35,000).
 */
import { DEFAULT_SETTINGS, reminderText, run, type Cell, type Plan } from '../../../shared';

const TODAY = '2026-12-04';
const txt = (v: string): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v });
const owedBy = (value: number, row: number): Cell => ({ kind: 'number', value, formula: `=D${row}-E${row}` } as Cell);

function planOf(): Plan {
  const rows: Cell[][] = [
    ['业主', '手机', '预计竣工', '合同金额', '已付金额', '尾款', '项目经理'].map(txt),
    [...['蒋大勇', '13912345678', '2026-10-15'].map(txt), { kind: 'number', value: 185000 }, { kind: 'number', value: 150000 }, owedBy(35000, 2), txt('周磊')],
    [...['陈建国', '13812345678', '2026-09-30'].map(txt), { kind: 'number', value: 96000 }, { kind: 'number', value: 96000 }, owedBy(0, 3), txt('周磊')],
  ];
  const out = run({ sheetName: '业主档案', firstRow: 1, firstCol: 1, cells: rows }, { settings: DEFAULT_SETTINGS, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

describe('a 尾款 worked out by a formula is what the owner owes', () => {
  const plan = planOf();

  it('lists 蒋大勇, handed over 50 days ago with 35000 still owed', () => {
    const his = plan.reminders.reminders.filter((r) => r.sheetRow === 2 && r.kind === 'contractExpired');
    expect(his.map((r) => reminderText('zh-CN', r))).toEqual([expect.stringContaining('2026-10-15')]);
  });

  it('counts 陈建国, whose 尾款 formula shows 0, among those owing nothing', () => {
    expect(plan.reminders.reminders.filter((r) => r.sheetRow === 3 && r.kind === 'contractExpired')).toEqual([]);
  });
});
