/**
 * A sheet may hold a slice of the company's register: 华东区's 130 customers of 客户编号 KH0001 … KH0400,
 * one number per row typed. They fill a third of their range, as account numbers do, and were read as
 * accounts: 孙丽, typed again under KH0385 with her new 30000, was counted at 98000 + 30000 = 128000, and
 * 李秀英, typed twice with her one running total 22970, at 45940, in the report, the summary and, with
 * --merge, in her kept cell. The header (客户编号) and the numbers' one pattern (KH, four digits,
 * zero-padded) say it is the register: the larger total is kept, as in the whole register. Genuine card
 * numbers (会员卡号 6222…, VIP1023) stay accounts, their totals added.
 */
import { DEFAULT_SETTINGS, run, cellText, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2024-12-01';
const HEADER = ['客户编号', '客户姓名', '手机号码', '累计金额', '购买次数', '负责人', '最近联系', '备注'];
const SURNAMES = '王张刘陈杨黄赵吴周徐马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾'.split('');
const GIVEN = ['伟', '静', '强', '磊', '军', '勇', '艳', '杰', '涛', '明', '超', '霞', '平', '刚', '桂英', '建国', '志远', '晓燕', '一鸣', '德明', '立新', '晓东', '海燕', '文博', '子涵', '雨桐', '浩然', '思远', '嘉怡', '俊杰'];
const OWNERS = ['王磊', '赵敏', '刘洋'];

// The register runs KH0001 … KH0400; 华东区 holds every third number or so, and the last one typed, KH0400.
const NUMBERS = [...Array.from({ length: 129 }, (_, i) => 1 + 3 * i), 400];

function regionSheet(idOf: (n: number, i: number) => string, header = HEADER[0]): string[][] {
  const rows = NUMBERS.map((n, i) => [
    idOf(n, i),
    SURNAMES[i % SURNAMES.length] + GIVEN[(i + Math.floor(i / SURNAMES.length) * 7) % GIVEN.length],
    `136${String(10000000 + i * 7919).slice(-8)}`,
    String(800 + ((i * 37) % 50) * 100),
    String(1 + (i % 9)),
    OWNERS[i % 3],
    `2024-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`,
    '',
  ]);
  // 孙丽 typed at KH0088 and again, a year on, with her new contract, under KH0385.
  rows[29] = [idOf(NUMBERS[29], 29), '孙丽', '13900005678', '98000', '9', '赵敏', '2024-10-20', ''];
  rows[128] = [idOf(NUMBERS[128], 128), '孙丽', '13900005678', '30000', '2', '赵敏', '2024-11-25', '新签补充协议'];
  // 李秀英 typed twice in a row, her one running total on both.
  rows[60] = [idOf(NUMBERS[60], 60), '李秀英', '15819522499', '22970', '3', '王磊', '2024-09-01', ''];
  rows[61] = [idOf(NUMBERS[61], 61), '李秀英', '158 1952 2499', '22970', '3', '王磊', '2024-09-01', ''];
  return [[header, ...HEADER.slice(1)], ...rows];
}

const register = (n: number) => `KH${String(n).padStart(4, '0')}`;
// Bank-issued member cards, 16 digits, far apart; and a shop's own cards, VIP and four digits.
const bankCard = (n: number) => `6222${String(200000000000 + n * 7368421).slice(-12)}`;
const shopCard = (n: number, i: number) => `VIP${1000 + n * 7 + (i % 5)}`;

function planOf(rows: string[][], merge: ('exact' | 'likely')[]): Plan {
  const out = run(gridOf(rows), { settings: { ...DEFAULT_SETTINGS, language: 'zh-CN' }, today: TODAY, merge });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const byOwner = (rows: string[][]) => [rows[0], ...rows.slice(1).sort((a, b) => (a[5] < b[5] ? -1 : a[5] > b[5] ? 1 : 0))];
const spending = (plan: Plan) => plan.report.sections.find((s) => s.id === 'customers')!.spendTotal;
const everyRow = (rows: string[][]) => rows.slice(1).reduce((sum, r) => sum + Number(r[3]), 0);
const totalsSaid = (plan: Plan) => [...new Set(plan.problems.filter((p) => p.code.startsWith('dedupe.totals')).map((p) => p.code))].sort();

/** The 累计金额 the merge leaves on the kept row of `name`'s rows. */
function keptAmount(plan: Plan, rows: string[][], name: string): string {
  const col = plan.columns.find((c) => c.header === '累计金额')!.col;
  const own = rows.flatMap((r, i) => (r[1] === name ? [i + 1] : []));
  const kept = own.find((row) => !plan.merge!.removeRows.includes(row))!;
  const write = plan.merge!.edits.find((e) => e.sheetRow === kept && e.col === col);
  return write ? cellText(write.after) : rows[kept - 1][3];
}

describe('华东区\'s slice of the 客户编号 register (KH0001 … KH0400, 130 rows) is the register, not accounts', () => {
  const sheet = regionSheet(register);

  it.each([
    ['in the order typed', sheet],
    ['sorted by 负责人', byOwner(sheet)],
  ])('counts 孙丽 at her larger 98000 and 李秀英 once, and says the two far-apart totals may be two accounts: %s', (_, rows) => {
    const plan = planOf(rows, []);
    expect(spending(plan)).toBe(everyRow(rows) - 30000 - 22970);
    expect(totalsSaid(plan)).toEqual(['dedupe.totals.larger.proposed']);
  });

  it.each([
    ['in the order typed', sheet],
    ['sorted by 负责人', byOwner(sheet)],
  ])('--merge keeps 98000 and 22970 in the kept rows, never 128000 or 45940: %s', (_, rows) => {
    const plan = planOf(rows, ['exact', 'likely']);
    expect(plan.merge!.removeRows).toHaveLength(2);
    expect(keptAmount(plan, rows, '孙丽')).toBe('98000');
    expect(keptAmount(plan, rows, '李秀英')).toBe('22970');
    expect((plan.merge!.totals ?? []).filter((t) => t.how === 'sum')).toEqual([]);
    expect(spending(plan)).toBe(everyRow(rows) - 30000 - 22970);
  });

  it.each(['编号', 'No.'])('a slice of plain numbers (1, 4, 7 … 400) under %s counts rows as well', (header) => {
    const rows = regionSheet((n) => String(n), header);
    expect(spending(planOf(rows, []))).toBe(everyRow(rows) - 30000 - 22970);
  });
});

describe('genuine card numbers, as sparse, stay accounts: two cards of one customer are each kept and both counted', () => {
  it.each([
    ['会员卡号 6222… (bank-issued, 16 digits)', bankCard],
    ['会员卡号 VIP1007 … (the shop\'s own cards)', shopCard],
  ])('%s', (_, card) => {
    const rows = regionSheet(card, '会员卡号');
    const plan = planOf(rows, ['exact', 'likely']);
    // Two 会员卡号 are the customer's two accounts (h63, 4): never merged, each card's amount its own, both in the spending.
    expect(plan.merge?.removeRows ?? []).toEqual([]);
    expect(keptAmount(plan, rows, '孙丽')).toBe('98000');
    expect(keptAmount(plan, rows, '李秀英')).toBe('22970');
    expect(spending(plan)).toBe(everyRow(rows));
  });
});

describe('a 序号 slice tells copies as a whole 序号 does: a row typed twice is an exact duplicate', () => {
  // Rows 62 and 63 are one 李秀英 typed twice, alike in every cell but the 序号 each row was given (181, 184).
  const sheet = regionSheet((n) => String(n), '序号');
  const rows = sheet.map((r, i) => (i === 62 ? [r[0], ...sheet[61].slice(1)] : r));

  it('groups 李秀英\'s two rows as exact, as in the whole register', () => {
    const plan = planOf(rows, []);
    const group = plan.duplicates.groups.find((g) => g.rows.includes(62))!;
    expect(group.rows).toEqual([62, 63]);
    expect(group.confidence).toBe('exact');
  });
});
