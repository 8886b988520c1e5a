/**
 * A sheet of many customers typed twice with their spend far apart: the summary counts them on one
 * line, names the first three by their rows and says where each note is in full, without printing a
 * customer's amount (README: the summary prints no customer's data). A 60,000-row sheet printed 113
 * lines of "第 47177 行和第 733 行是同一客户…“累计消费”不同：56690 / 22913" (tester h62).
 */
import { DEFAULT_SETTINGS, run, type Lang, type Plan } from '../../shared';
import { readCsv } from '../../cli/io/read-csv';
import { summaryText } from '../../cli/summary';

const SURNAMES = ['张', '李', '王', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const GIVEN = ['建国', '秀英', '志强', '海燕', '晓明', '丽华', '国平', '晓燕', '立新', '卫东'];

/** Ten members of a shop, each typed in again further down with another 累计消费: 22913 above, 56690 below. */
function shopSheet(): string {
  const rows = ['姓名,手机,累计消费,负责人'];
  const people = SURNAMES.map((s, i) => ({ name: s + GIVEN[i], mobile: `1391234${String(5000 + i * 37).padStart(4, '0')}` }));
  people.forEach((p, i) => rows.push(`${p.name},${p.mobile},${22913 + i},王磊`));
  rows.push('钱多多,13700001111,300,王磊');
  people.forEach((p, i) => rows.push(`${p.name},${p.mobile},${56690 + i},王磊`));
  return rows.join('\n');
}

function planOf(lang: Lang): Plan {
  const out = run(readCsv(new TextEncoder().encode(shopSheet()), '会员.csv'), { settings: { ...DEFAULT_SETTINGS, language: lang }, today: '2024-06-01' });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

describe('the summary on customers typed twice whose spend differs', () => {
  it.each<[Lang, string | undefined, string]>([
    ['zh-CN', '会员.json', '注意：10 位重复录入的客户各行的“累计消费”相差较大，按较大者统计；如果各行是不同账户，保留行应改为各数之和（第 2 / 13 行，第 3 / 14 行，第 4 / 15 行 等，另有 7 位）。数额和号码是客户资料，不在此显示：每一条见 JSON 报告（会员.json）的 problems。'],
    ['zh-CN', undefined, '注意：10 位重复录入的客户各行的“累计消费”相差较大，按较大者统计；如果各行是不同账户，保留行应改为各数之和（第 2 / 13 行，第 3 / 14 行，第 4 / 15 行 等，另有 7 位）。数额和号码是客户资料，不在此显示：加 --json 文件 重新运行，JSON 报告的 problems 列出每一条。'],
    ['en', 'members.json', 'Note: 10 customers typed twice hold far-apart "累计消费" on their rows, counted by the larger; if the rows are two accounts, the kept row needs their sum (rows 2 / 13, rows 3 / 14, rows 4 / 15 and 7 more). Their amounts and numbers are the customers\' own and not printed here: each is in the JSON report (members.json), under problems.'],
  ])('counts them on one line, names three by their rows and prints no amount (%s, --json %s)', (lang, json, line) => {
    const plan = planOf(lang);
    // The plan (and so the JSON report) still holds each customer's note with his amounts.
    expect(plan.problems.filter((p) => p.code === 'dedupe.totals.larger.proposed')).toHaveLength(10);
    const out = summaryText({ plan, lang, input: '会员.csv', output: '会员.cleaned.csv', ...(json ? { json } : {}) });
    expect(out.split('\n')).toContain(line);
    for (const amount of ['56690', '22913', '79603']) expect(out).not.toContain(amount);
  });
});

describe('the summary on one customer typed twice (tester h64: "1 customers typed twice")', () => {
  // One member typed in again further down with another 累计消费.
  const SHOP = ['姓名,手机,累计消费,负责人', '张建国,13912345000,22913,王磊', '钱多多,13700001111,300,王磊', '张建国,13912345000,56690,王磊'].join('\n');

  it('says it in the singular', () => {
    const out = run(readCsv(new TextEncoder().encode(SHOP), '会员.csv'), { settings: { ...DEFAULT_SETTINGS, language: 'en' }, today: '2024-06-01' });
    if (!out.ok) throw new Error(out.problem.code);
    const text = summaryText({ plan: out.plan, lang: 'en', input: '会员.csv', output: '会员.cleaned.csv', json: 'members.json' });
    expect(text.split('\n')).toContain('Note: 1 customer typed twice holds far-apart "累计消费" on its rows, counted by the larger; if the rows are two accounts, the kept row needs their sum (rows 2 / 4). Their amounts and numbers are the customers\' own and not printed here: each is in the JSON report (members.json), under problems.');
    expect(text).not.toMatch(/\b1 customers\b/);
  });
});
