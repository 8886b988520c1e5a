import { DEFAULT_SETTINGS, resolveSettings, run, t, type Confidence, type Lang, type Plan } from '../../shared';
import { readCsv } from '../../cli/io/read-csv';
import { summaryText } from '../../cli/summary';
import { say } from '../../cli/messages';
import { DUPLICATES_CSV, gridOf, planFor, text } from './helpers';

describe('summaryText', () => {
  const grid = gridOf([['姓名', '手机'], ['张伟', '138'], ['李娜', '139']], '客户');
  const plan = planFor(grid, {
    fields: ['name', 'mobile'],
    edits: [{ sheetRow: 2, col: 1, field: 'mobile', before: text('138'), after: text('138'), reason: 'fix.generic' }],
    issues: [
      { code: 'required.missing', severity: 'error', params: { field: 'name' }, rule: 'r', sheetRow: 2, col: 0, field: 'name' },
      { code: 'required.missing', severity: 'error', params: { field: 'name' }, rule: 'r', sheetRow: 3, col: 0, field: 'name' },
      { code: 'rule.negative', severity: 'warning', params: { field: 'amount', value: '-1' }, rule: 'r', sheetRow: 3, col: 1, field: 'mobile' },
    ],
  });
  plan.problems = [{ code: 'sheet.hiddenRows', severity: 'info', params: { sheet: '客户', count: 2 } }];

  it('says what was cleaned, in numbers, and where the files went (zh-CN)', () => {
    expect(summaryText({ plan, lang: 'zh-CN', input: '客户.xlsx', output: '客户.cleaned.xlsx', json: 'r.json' })).toBe([
      '已整理“客户.xlsx”（工作表“客户”，表头在第 1 行）。',
      '行数：2    识别的列：2 / 2',
      '修正的值：1 个',
      '问题：错误 2 个，警告 1 个，提示 0 个',
      '  2 × 必填项为空',
      '  1 × 数值为负',
      `注意：${t('zh-CN', 'sheet.hiddenRows', { sheet: '客户', count: 2 })}`,
      '重复：未发现',
      '提醒：目前没有到期的提醒',
      '输出文件：客户.cleaned.xlsx',
      'JSON 报告：r.json',
      '',
    ].join('\n'));
  });

  it('reports refused formula writes and leaves out the JSON line when there is none (en)', () => {
    const out = summaryText({ plan, lang: 'en', input: 'c.xlsx', output: 'c.cleaned.xlsx', skipped: [plan.edits[0]], notesOmitted: 12 });
    expect(out).toContain('Issues: errors 2, warnings 1, info 0\n');
    expect(out).toContain('Skipped 1 planned writes into formula cells');
    expect(out).toContain('12 highlighted cells have no note: a workbook gets at most 20000 notes');
    expect(out).not.toContain('Report (JSON)');
  });

  it('shows at most six kinds of issue, most frequent first', () => {
    const many = planFor(grid, {
      issues: Array.from({ length: 10 }, (_, i) => ({
        code: `code.${String.fromCharCode(97 + i)}` as 'required.missing', severity: 'info' as const, rule: 'r', sheetRow: 2, col: 0, field: 'name' as const,
      })),
    });
    const lines = summaryText({ plan: many, lang: 'en', input: 'a', output: 'b' }).split('\n');
    expect(lines.filter((l) => l.startsWith('  1 × '))).toHaveLength(6);
    expect(lines).toContain('  …');
  });
});

/** The plan of a CSV's lines on 2024-06-01, with the default settings. */
function planOfCsv(lines: string[]): Plan {
  const out = run(readCsv(new TextEncoder().encode(lines.join('\n')), 'c.csv'), { settings: DEFAULT_SETTINGS, today: '2024-06-01' });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

describe('summaryText: customers of no name', () => {
  // A Shopify customer export: a newsletter sign-up and a guest checkout left only an e-mail.
  const plan = planOfCsv([
    'First Name,Last Name,Email,Accepts Email Marketing,Company,Address1,City,Province,Country,Zip,Phone,Total Spent,Total Orders,Tags,Note',
    'Emma,Walsh,emma.walsh@outlook.com,yes,,12 Elm St,Portland,Oregon,United States,97205,+1 503-555-0142,245.50,3,VIP,',
    ',,kate.lee@gmail.com,yes,,,,,,,,59.00,1,,',
    ',,tom.baker@hotmail.com,no,,,,,,,,12.00,1,,',
    ',,,no,,,,,,,,120.00,2,,',
  ]);

  // The kind's title names no channel: a Shopify sheet has no WeChat column to be known by (tester h75).
  it('counts the e-mail-only customers as warnings of their own kind, and the row of nobody as the error', () => {
    const en = summaryText({ plan, lang: 'en', input: 'customers_export.csv', output: 'customers_export.cleaned.xlsx' }).split('\n');
    expect(en.find((l) => l.startsWith('Issues:'))).toMatch(/^Issues: errors 1, warnings 2, /);
    expect(en).toContain('  2 × no name, known only by a contact detail');
    expect(en).toContain('  1 × required value missing');
    const zh = summaryText({ plan, lang: 'zh-CN', input: 'customers_export.csv', output: 'customers_export.cleaned.xlsx' }).split('\n');
    expect(zh).toContain('  2 × 没有姓名或名称，只有联系方式');
    expect(zh).toContain('  1 × 必填项为空');
  });
});

describe('summaryText: duplicates, merge, reminders and classes', () => {
  const planOf = (merge: Confidence[] = [], today = '2024-06-01', lang: Lang = 'en'): Plan => {
    const outcome = run(readCsv(new TextEncoder().encode(DUPLICATES_CSV), 'customers.csv'), {
      settings: { ...DEFAULT_SETTINGS, language: lang },
      today,
      merge,
    });
    if (!outcome.ok) throw new Error(outcome.problem.code);
    return outcome.plan;
  };
  const linesOf = (input: Partial<Parameters<typeof summaryText>[0]> & { plan: Plan }) =>
    summaryText({ lang: 'en', input: 'customers.csv', output: 'customers.cleaned.xlsx', ...input }).split('\n');

  it('counts the groups by confidence and the owner conflicts, and says what to do next when nothing was merged', () => {
    const lines = linesOf({ plan: planOf() });
    expect(lines).toContain('Duplicates: 2 groups, 4 rows (exact 0, likely 1, review 1)');
    // The sample's review pair (刘洋 / 刘阳 under two reps) is a possible conflict, to check, not a sure one.
    expect(lines).toContain('  possible owner conflicts (review groups under one name held by different owners, to check): 1');
    expect(lines.some((l) => l.startsWith('  owner conflicts'))).toBe(false);
    expect(lines).toContain('Review the 2 groups in the column "Duplicate group", then run again with --merge.');
  });

  it('says one group as one (a UK shop\'s list with one customer typed twice)', () => {
    const plan = planOfCsv(['Name,Mobile,Email', 'Sean O\'Neill,07911 123453,sean.oneill@gmail.com', 'SEAN O\'NEILL,07911 123453,sean.oneill@gmail.com', 'Mary Byrne,07700 900123,']);
    const lines = summaryText({ plan, lang: 'en', input: 'customers.csv', output: 'customers.cleaned.xlsx' }).split('\n');
    expect(lines.filter((l) => l.startsWith('Duplicates:'))).toEqual([expect.stringMatching(/^Duplicates: 1 group, 2 rows /)]);
    expect(lines.filter((l) => l.startsWith('Review the'))).toEqual([expect.stringMatching(/^Review the group in the column /)]);
  });

  it('says how many owner conflicts the owner rule settled', () => {
    const csv = '姓名,手机,负责人,报备日期\n张伟,13812345678,王五,2024-03-12\n张伟,138 1234 5678,李四,2024-01-05\n';
    const outcome = run(readCsv(new TextEncoder().encode(csv), 'c.csv'), { settings: { ...DEFAULT_SETTINGS, language: 'zh-CN' }, today: '2024-06-01' });
    if (!outcome.ok) throw new Error(outcome.problem.code);
    const lines = summaryText({ plan: outcome.plan, lang: 'zh-CN', input: 'c.csv', output: 'c.xlsx' }).split('\n');
    expect(lines).toContain('  其中 1 组分属不同负责人（撞单）');
    expect(lines).toContain('    其中 1 组按先录入（创建日期最早）归属，保留该负责人的行（dedupe.ownerRule）');
    // The sample's conflict has no created date: the rule decided nothing, and nothing is said of it.
    expect(linesOf({ plan: planOf() }).some((l) => l.includes('dedupe.ownerRule'))).toBe(false);
  });

  it('names a roll-up sheet (汇总) of the across-sheets check, and says when no customer is in two sheets', () => {
    const lines = summaryText({ plan: planOf([], '2024-06-01', 'zh-CN'), lang: 'zh-CN', input: 'c.xlsx', output: 'c.cleaned.xlsx', across: { groups: [], rollUps: ['汇总'], skipped: [] } }).split('\n');
    expect(lines).toContain('“汇总”包含其他表的大部分客户，看作汇总表：客户只在它和另一张表中出现的，不算跨表重复。');
    expect(lines).toContain('跨表：没有客户同时出现在多个工作表中。');
    const skipped = summaryText({ plan: planOf([], '2024-06-01', 'zh-CN'), lang: 'zh-CN', input: 'c.xlsx', output: 'c.cleaned.xlsx', across: { groups: [], rollUps: [], skipped: ['说明'] } });
    expect(skipped).toContain('跨表检查未包括（无法作为客户表读取）：“说明”。');
  });

  it('says where the merged rows went, and that the review group needs --merge-review', () => {
    const plan = planOf(['exact', 'likely']);
    const lines = linesOf({ plan, archive: { sheet: 'Merged duplicates' }, sheets: ['Issues', 'Merged duplicates', 'Reminders', 'Report'] });
    expect(lines).toContain('Merged 1 group: 1 row moved to the sheet "Merged duplicates", 1 empty cell filled from duplicates');
    expect(lines).toContain('1 group needs a person to review it and was not merged; --merge-review merges it too.');
    expect(lines).toContain('Sheets written: "Issues", "Merged duplicates", "Reminders", "Report"');
    expect(lines.some((l) => l.startsWith('Review the'))).toBe(false);
  });

  it('names the archive file for a CSV output, and no review hint once the review group is merged too', () => {
    const plan = planOf(['exact', 'likely', 'review']);
    const lines = linesOf({ plan, output: 'c.csv', archive: { file: 'c.archive.csv' }, files: ['c.archive.csv', 'c.reminders.csv'] });
    expect(lines).toContain('Merged 2 groups: 2 rows moved to c.archive.csv, 2 empty cells filled from duplicates');
    expect(lines).toContain('Also written: c.archive.csv, c.reminders.csv');
    expect(lines.some((l) => l.includes('--merge-review'))).toBe(false);
  });

  it('lists reminders by kind and owner, and the customer types (zh-CN)', () => {
    const lines = summaryText({ plan: planOf([], '2024-06-01', 'zh-CN'), lang: 'zh-CN', input: 'c.csv', output: 'c.xlsx' }).split('\n');
    expect(lines).toContain('提醒：2 条（生日 2）');
    expect(lines).toContain('  按负责人：王芳 1，赵磊 1');
    expect(lines.find((l) => l.startsWith('客户类型：'))).toMatch(/^客户类型：(\S+ \d+，)*\S+ \d+$/);
  });

  it('lists the unassigned reminders by owner too, after the three owners with the most (a lead nobody owns is no one\'s to forget)', () => {
    const plan = planOfCsv([
      'First Name,Last Name,Email,Birthday,Contact owner',
      'Ann,Lee,ann.lee@gmail.com,1980-06-03,Amy Chen',
      'Bob,Ray,bob.ray@gmail.com,1981-06-04,Amy Chen',
      'Cat,Kim,cat.kim@gmail.com,1982-06-05,Amy Chen',
      'Dan,Fox,dan.fox@gmail.com,1983-06-03,Ben Ortiz',
      'Eve,Roe,eve.roe@gmail.com,1984-06-04,Ben Ortiz',
      'Fay,Poe,fay.poe@gmail.com,1985-06-03,Carla Diaz',
      'Gus,Yee,gus.yee@gmail.com,1986-06-04,Carla Diaz',
      'Hal,Orr,hal.orr@gmail.com,1987-06-03,Dev Patel',
      'Ida,Nye,ida.nye@gmail.com,1988-06-05,',
    ]);
    expect(plan.reminders.reminders).toHaveLength(9);
    const lines = summaryText({ plan, lang: 'en', input: 'c.csv', output: 'c.xlsx' }).split('\n');
    expect(lines).toContain('  by owner: Amy Chen 3, Ben Ortiz 2, Carla Diaz 2, …, Unassigned 1');
    const zh = summaryText({ plan, lang: 'zh-CN', input: 'c.csv', output: 'c.xlsx' }).split('\n');
    expect(zh).toContain('  按负责人：Amy Chen 3，Ben Ortiz 2，Carla Diaz 2，…，未分配 1');
  });

  it('lists the unassigned ones where their count puts them, once, when they are among the three with the most', () => {
    const plan = planOfCsv([
      '姓名,手机,生日,负责人',
      '张伟,13812345678,1980-06-03,王芳',
      '李娜,13912345678,1981-06-04,',
      '刘洋,13712345678,1982-06-05,',
    ]);
    expect(summaryText({ plan, lang: 'zh-CN', input: 'c.csv', output: 'c.xlsx' }).split('\n')).toContain('  按负责人：未分配 2，王芳 1');
  });

  it('says an end-date column (Churned At) silences too, where the sheet has one', () => {
    const plan = planOfCsv(['姓名,负责人,解约日期,合同到期日', '张伟,王芳,,2024-06-20', '李娜,王芳,2024-03-01,2024-06-20']);
    expect(summaryText({ plan, lang: 'zh-CN', input: 'c.csv', output: 'c.xlsx' }).split('\n'))
      .toContain('  另有 1 条未提醒：“解约日期”列说明客户请勿联系、已结束合作或暂停（已结束合作 1；见设置 remind.<规则>.skipWhen）');
  });

  it('counts the reminders a status column silenced, by standing, even when none is left', () => {
    const plan = planOfCsv([
      '姓名,负责人,状态,标签,生日,合同到期日',
      '张伟,王芳,正常,,1990-06-03,2024-06-20',
      '李娜,王芳,停止合作,,1991-06-04,2024-06-20',
      '刘洋,赵磊,正常,黑名单,1992-06-05,2024-06-20',
    ]);
    const lines = summaryText({ plan, lang: 'zh-CN', input: 'c.csv', output: 'c.xlsx' }).split('\n');
    expect(lines).toContain('提醒：3 条（生日 2，合同即将到期 1）');
    expect(lines).toContain('  另有 3 条未提醒：“状态”、“标签”列说明客户请勿联系、已结束合作或暂停（请勿联系 2，已结束合作 1；见设置 remind.<规则>.skipWhen）');
    const en = summaryText({ plan, lang: 'en', input: 'c.csv', output: 'c.xlsx' }).split('\n');
    expect(en).toContain('  not raised: 3, for customers the "状态", "标签" column says not to contact, ended or paused (not to be contacted 2, ended 1; see remind.<rule>.skipWhen)');
    // The report counts them in a table of their own: 提醒（按类型） adds up to the 3 reminders raised, not 6.
    const byKind = plan.report.sections.find((x) => x.id === 'reminders')!;
    expect(byKind.series.reduce((n, x) => n + x.count, 0)).toBe(3);
    const silenced = plan.report.sections.find((x) => x.id === 'reminders.silenced');
    expect(silenced?.title).toBe('report.section.remindersSilenced');
    expect(t('zh-CN', silenced!.title)).toBe('未提醒（按原因）');
    expect(silenced?.series).toEqual([
      { id: 'silenced.doNotContact', label: '未提醒：客户标为请勿联系', count: 2 },
      { id: 'silenced.ended', label: '未提醒：客户标为已结束合作', count: 1 },
    ]);
  });

  it('counts the policies a dated 已续保 says were renewed this term as not raised, and says an undated one is still reminded', () => {
    const plan = planOfCsv([
      '车主,手机,保险到期,续保状态,销售顾问',
      '王建国,13812340001,2024-06-05,已续保 2024-05-20,小刘',
      '李秀英,13812340002,2024-06-06,已续保（5.28）,小刘',
      '张伟,13812340003,2024-06-07,已续保,小周',
      '刘洋,13812340004,2024-06-08,已转保,小周',
    ]);
    const lines = summaryText({ plan, lang: 'zh-CN', input: 'c.csv', output: 'c.xlsx' }).split('\n');
    expect(lines).toContain('提醒：1 条（保险即将到期 1）');
    expect(lines).toContain('  另有 2 条到期提醒未发：该行写明本期已续，并注有续的日期（如 已续保 2026-11-20）；只写“已续保”而无日期的仍提醒，并写明该字样');
    expect(summaryText({ plan, lang: 'en', input: 'c.csv', output: 'c.xlsx' }).split('\n'))
      .toContain('  not raised: 2 contract reminders whose row says this term was renewed, on the day it names (Renewed 2026-11-20); a row saying Renewed with no date is reminded, with the word');
  });

  it('says when the sheet is an order list, and what that changes', () => {
    const plan = planOfCsv([
      '订单号,下单日期,客户姓名,手机,金额',
      'A1,2024-01-05,张伟,13812345678,3999',
      'A2,2024-02-11,张伟,13812345678,398',
      'A3,2024-03-15,李娜,13912345678,3999',
    ]);
    const lines = summaryText({ plan, lang: 'zh-CN', input: 'o.csv', output: 'o.xlsx' }).split('\n');
    expect(lines[2]).toBe('这是一张订单表（按订单号列，或商品与数量、单价列判断，每行一笔订单）：3 笔订单，来自 2 位客户。只有同一笔订单录入两次才算重复；分类、提醒和报告按客户汇总（金额合计、订单笔数、最近下单日期）。');
    expect(lines).toContain('重复：未发现');
    expect(summaryText({ plan, lang: 'en', input: 'o.csv', output: 'o.xlsx' })).toContain('An order list (one row per order, by its order-number column, or its product with a quantity or unit price): 3 orders of 2 customers.');
  });

  it('counts an order of several lines (Shopify\'s one row per line item) once, and says the rows apart', () => {
    const plan = planOfCsv([
      'Name,Email,Paid at,Total,Lineitem quantity,Lineitem name,Billing Name',
      '#1024,ana.garcia@gmail.com,2024-05-02,56.99,2,Lavender Candle,Ana García',
      '#1024,ana.garcia@gmail.com,,,1,Wick Trimmer,',
      '#1023,john.smith@gmail.com,2024-04-28,45.83,1,Cedar Candle,John Smith',
      '#1023,john.smith@gmail.com,,,1,Gift Box,',
      '#1020,john.smith@gmail.com,2024-01-14,59.11,1,Gift Card,John Smith',
    ]);
    expect(summaryText({ plan, lang: 'en', input: 'orders_export.csv', output: 'o.xlsx' })).toContain('An order list (one row per order or per line of an order, by its order-number column): 3 orders in 5 rows, of 2 customers.');
    expect(summaryText({ plan, lang: 'zh-CN', input: 'orders_export.csv', output: 'o.xlsx' })).toContain('这是一张订单表（按订单号列判断，每行一笔订单或订单中的一件商品）：5 行共 3 笔订单，来自 2 位客户。');
  });

  it('says a repeat buyer under two customer IDs is one customer\'s orders, not records to review (a web shop, h77 #17)', () => {
    const plan = planOfCsv([
      '订单号,下单日期,客户编号,客户姓名,邮箱,金额',
      'DD1001,2024-03-01,C0012,王芳,wang.fang@gmail.com,3999',
      'DD1002,2024-03-03,C0013,陈志强,chenzq@163.com,398',
      'DD1103,2024-05-15,C0057,王芳,WangFang+shop@gmail.com,398',
    ]);
    const zh = summaryText({ plan, lang: 'zh-CN', input: 'o.csv', output: 'o.xlsx' }).split('\n');
    expect(zh).toContain('  其中 1 组是同一客户以两个客户编号或邮箱下的订单，已放在一起按一位客户汇总，每笔订单各自保留，不会合并');
    expect(zh.some((l) => l.includes('多条记录'))).toBe(false);
    expect(zh.some((l) => l.includes('--merge'))).toBe(false);
    expect(summaryText({ plan, lang: 'en', input: 'o.csv', output: 'o.xlsx' }))
      .toContain("  one customer's orders under two customer IDs or e-mails, shown together and counted as one customer, each order kept, never merged: 1\n");
  });

  it('says when no reminder is due', () => {
    expect(linesOf({ plan: planOf([], '2024-06-20') })).toContain('Reminders: none due');
  });

  it('stays short', () => {
    expect(linesOf({ plan: planOf(['exact', 'likely']), json: 'r.json', sheets: ['Issues'] }).length).toBeLessThanOrEqual(25);
  });
});

describe('the columns a run did not read', () => {
  it('are named under the column count; a salon\'s 卡内金额 (a balance, no spending) apart, with what a merge reads it for', () => {
    const plan = planOfCsv(['会员姓名,手机,卡内金额,最近到店,备用', '张丽,13812345678,1200,2024-05-01,', '王芳,13912345678,300,2023-01-01,老客']);
    const lines = summaryText({ plan, lang: 'zh-CN', input: 'c.csv', output: 'o.xlsx' }).split('\n');
    expect(lines.slice(1, 4)).toEqual(['行数：2    识别的列：3 / 5', '  未识别的列（原样保留；可在设置 headers.overrides 中指定）：“备用”', '  余额列（不计入消费；合并重复客户时，归档行上的余额会单独提醒）：“卡内金额”']);
  });

  it('are cut after eight names (en), and a sheet read whole has no such line', () => {
    const headers = ['Name', 'Mobile', ...Array.from({ length: 10 }, (_, i) => `Misc ${i + 1}`)];
    const plan = planOfCsv([headers.join(','), ['Ann Lee', '+1 415 555 0100', ...Array(10).fill('x')].join(',')]);
    const out = summaryText({ plan, lang: 'en', input: 'c.csv', output: 'o.xlsx' });
    expect(out).toContain('  Not read (kept as they are; map one in settings headers.overrides): "Misc 1", "Misc 2", "Misc 3", "Misc 4", "Misc 5", "Misc 6", "Misc 7", "Misc 8", …\n');
    const whole = planOfCsv(['Name,Mobile', 'Ann Lee,+1 415 555 0100']);
    expect(summaryText({ plan: whole, lang: 'en', input: 'c.csv', output: 'o.xlsx' })).not.toContain('Not read');
  });
});

describe('the parts of a phone split over columns (Xero\'s PhoneArea, 区号)', () => {
  it('are read with their number: counted among the columns read, not named as left unread', () => {
    const plan = planOfCsv(['公司名称,联系人,区号,电话,卡内金额', '星辰科技,张伟,010,6438 1234,1200', '云帆贸易,李娜,020,8755 1234,300']);
    const lines = summaryText({ plan, lang: 'zh-CN', input: 'c.csv', output: 'o.xlsx' }).split('\n');
    expect(lines.slice(1, 3)).toEqual(['行数：2    识别的列：4 / 5', '  余额列（不计入消费；合并重复客户时，归档行上的余额会单独提醒）：“卡内金额”']);
  });
});

describe('a column the settings say to ignore', () => {
  it('is not listed as left unread: the user chose it', () => {
    const settings = resolveSettings({ headers: { overrides: { 卡内金额: 'ignore' } } });
    if (!settings.ok) throw new Error('settings');
    const out = run(readCsv(new TextEncoder().encode(['会员姓名,手机,卡内金额', '张丽,13812345678,1200'].join('\n')), 'c.csv'), { settings: settings.settings, today: '2024-06-01' });
    if (!out.ok) throw new Error(out.problem.code);
    expect(summaryText({ plan: out.plan, lang: 'zh-CN', input: 'c.csv', output: 'o.xlsx' })).not.toContain('未识别的列');
  });
});

describe('the columns an earlier run added, on a rerun', () => {
  it.each<[Lang, string[], string]>([
    ['zh-CN', ['会员姓名', '手机', '卡内金额', '整理问题', '重复组', '重复依据', '客户类型', '分类依据'], '“卡内金额”'],
    ['en', ['Name', 'Mobile', 'Balance', 'Sheet Keeper issues', 'Duplicate group', 'Why duplicates', 'Why this class'], '"Balance"'],
  ])('are the run\'s own, not named beside the sheet\'s own balance (%s)', (lang, headers, unread) => {
    const plan = planOfCsv([headers.join(','), ['张丽', '13812345678', '1200', ...Array(headers.length - 3).fill('')].join(',')]);
    const lines = summaryText({ plan, lang, input: 'c.csv', output: 'o.xlsx' }).split('\n');
    // The balance, named apart with what it is read for (cli/unread-columns.ts balanceColumnsLine).
    expect(lines[2]).toBe(say(lang, 'cli.summary.balanceColumns', { columns: unread }));
    // Nor counted among the sheet's columns: 2 of its 3 were read.
    expect(lines[1]).toBe(say(lang, 'cli.summary.rows', { rows: 1, fields: 2, columns: 3 }));
  });
});

describe('the summary of one customer\'s several records', () => {
  it('says his two pets are kept apart and offers no merge for them', () => {
    const plan = planOfCsv([
      '主人姓名,手机,宠物名,品种', '王建国,13812345678,豆豆,金毛', '王建国,138 1234 5678,球球,泰迪', '李梅,13900001111,咪咪,英短', '李梅,13900001111,咪咪,英短',
    ]);
    const lines = summaryText({ plan, lang: 'zh-CN', input: 'c.csv', output: 'o.xlsx' }).split('\n');
    expect(lines).toContain('  其中 1 组是同一客户的多条记录（两辆车、两只宠物、两套房源、两处房子、两张会员卡、两份合同、两次入住或报名，或同一人既卖又买等），各自保留，不会合并');
    // The group left to review is the other one, not "this 1 group" after "1 组 … 各自保留" (h63).
    expect(lines).toContain('请先在“重复组”列核对其余 1 组，再加 --merge 重新运行以合并。');
    const only = planOfCsv(['Owner Name,Email,Pet Name', 'Sarah Johnson,sarah.j@gmail.com,Buddy', 'Sarah Johnson,sarah.j@gmail.com,Milo']);
    const en = summaryText({ plan: only, lang: 'en', input: 'c.csv', output: 'o.xlsx' });
    expect(en).toContain("  one customer's several records (two cars, pets, flats or listings, houses, member cards, contracts, stays, enrolments, or one person both selling and buying …), each kept, never merged: 1\n");
    expect(en).not.toContain('--merge');
  });

  it('asks to review the other groups, in the plural, once some were kept apart (a vet\'s list, en)', () => {
    const plan = planOfCsv([
      'Owner Name,Email,Pet Name',
      'Sarah Johnson,sarah.j@gmail.com,Buddy', 'Sarah Johnson,sarah.j@gmail.com,Milo',
      'Tom Hughes,tom.hughes@outlook.com,Rex', 'TOM HUGHES,tom.hughes@outlook.com,Rex',
      'Emma Clarke,emma.clarke@gmail.com,Luna', 'Emma  Clarke,emma.clarke@gmail.com,Luna',
    ]);
    const lines = summaryText({ plan, lang: 'en', input: 'c.csv', output: 'o.xlsx' }).split('\n');
    expect(lines.filter((l) => l.startsWith('Duplicates:'))).toEqual([expect.stringMatching(/^Duplicates: 3 groups, 6 rows /)]);
    expect(lines).toContain('Review the 2 other groups in the column "Duplicate group", then run again with --merge.');
  });
});

describe('the summary of one owner\'s two flats (业主客源)', () => {
  it('names flats among one customer\'s several records, in both languages', () => {
    const plan = planOfCsv(['业主,电话,房源地址,意向', '许志强,13621210001,浦东新区锦绣路1001弄5号1202,出售', '许志强,13621210001,闵行区莘松路58弄3号501,出租']);
    expect(summaryText({ plan, lang: 'zh-CN', input: 'c.csv', output: 'o.xlsx' }).split('\n')).toContain('  其中 1 组是同一客户的多条记录（两辆车、两只宠物、两套房源、两处房子、两张会员卡、两份合同、两次入住或报名，或同一人既卖又买等），各自保留，不会合并');
    expect(summaryText({ plan, lang: 'en', input: 'c.csv', output: 'o.xlsx' })).toContain("  one customer's several records (two cars, pets, flats or listings, houses, member cards, contracts, stays, enrolments, or one person both selling and buying …), each kept, never merged: 1\n");
  });
});

describe('the summary of an account\'s several contacts', () => {
  it('says they are kept apart, offers no merge for them, and the sheet says no merge takes them', () => {
    const plan = planOfCsv([
      '客户编码,公司名称,联系人,座机', 'KH001,深圳市华强电子有限公司,王建国,0755-26881234', 'KH001,深圳市华强电子有限公司,陈丽,0755-26881234',
    ]);
    const lines = summaryText({ plan, lang: 'zh-CN', input: 'c.csv', output: 'o.xlsx' }).split('\n');
    expect(lines).toContain('  其中 1 组是同一单位的多位联系人，各自保留，不会合并');
    expect(lines.some((l) => l.includes('--merge'))).toBe(false);
    const why = plan.addedColumns.find((c) => c.id === 'duplicateReasons')!.values;
    expect(why.map((c) => (c.kind === 'text' ? c.value : ''))).toEqual([
      expect.stringMatching(/同一单位的不同联系人.*不会合并，各行保留$/),
      expect.stringMatching(/不会合并，各行保留$/),
    ]);
    const en = summaryText({ plan: planOfCsv(['Account ID,Account Name,Contact,Phone', 'ACC-1,Acme Supply Inc.,Laura Chen,(512) 555-0100', 'ACC-1,Acme Supply Inc.,Marcus Webb,(512) 555-0100']), lang: 'en', input: 'c.csv', output: 'o.xlsx' });
    expect(en).toContain('  several contacts of one company, each kept, never merged: 1\n');
  });
});

describe('summaryText: a 状态 column whose values name no class', () => {
  // A sales ledger's 状态: 正常 says nothing of the customer type, 黑名单 is a standing (not to contact), 跟进中 a stage.
  // Its 已流失 is a customer type, so the column is compared as one (what-if.ts: only the kinds of labels it holds).
  const statuses = ['正常', '正常', '黑名单', '已流失', '跟进中', '正常', '跟进中', '已流失', '正常', '黑名单', '正常', '跟进中'];
  const csv = ['客户名称,手机,负责人,累计消费金额,最近购买日期,状态',
    ...statuses.map((s, i) => `客户${i},1381234${5600 + i},王芳,${(i + 1) * 8000},2026-0${1 + (i % 9)}-15,${s}`)].join('\n');
  const plan = (lang: Lang) => {
    const out = run(readCsv(new TextEncoder().encode(csv), '客户台账.csv'), { settings: { ...DEFAULT_SETTINGS, language: lang }, today: '2027-02-22' });
    if (!out.ok) throw new Error(out.problem.code);
    return out.plan;
  };

  it('names the column, its unread values with counts, and that those customers were left out of the comparison (zh-CN, en)', () => {
    const zh = summaryText({ plan: plan('zh-CN'), lang: 'zh-CN', input: '客户台账.csv', output: 'o.xlsx' });
    expect(zh).toContain('  “状态”列中的正常（5）不是可识别的客户类型，这 5 位客户未参与与表中已有类别的对比（其类别仍按规则计算）。\n');
    expect(zh).not.toMatch(/黑名单（/);
    const en = summaryText({ plan: plan('en'), lang: 'en', input: 'c.csv', output: 'o.xlsx' });
    expect(en).toContain('The column "状态" holds values that name no Customer type: 正常 (5); those 5 customers were left out of the comparison');
  });
});
