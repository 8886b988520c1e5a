/**
 * The views of the check across a workbook's customer tabs (the 跨表重复 / Across sheets sheet, the
 * summary's lines, the JSON's acrossSheets, and the reminders of the tab cleaned) say a possible 撞单
 * as the cleaned sheet's own 重复依据 column does, and name a customer's rows where a reader needs
 * them: 上官婉, one mobile in 王磊's tab and in 李娜's, with two birthdays, may be one customer two
 * reps hold; 欧阳娜 surely is.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { findAcrossSheets, run, resolveSettings, type Lang } from '../../shared';
import { acrossRows } from '../../cli/io/across-sheet';
import { jsonReport } from '../../cli/io/json-report';
import { rowMap } from '../../cli/io/row-map';
import { main } from '../../cli/main';
import { summaryText } from '../../cli/summary';
import { captureIo, gridOf, tempDir } from './helpers';

const TODAY = '2026-12-01';
const WANG = gridOf([
  ['客户名称', '手机', '公司', '生日', '下次跟进'],
  ['上官婉', '13700000005', '杭州恒信机电', '1990-12-03', '2026-12-02'],
  ['诸葛亮', '13600000003', '温州鹿城五金', '1979-12-10', '2026-12-03'],
], '王磊的客户');
const LI = gridOf([
  ['客户名称', '手机', '公司', '生日', '下次跟进'],
  ['上官婉', '137 0000 0005', '杭州恒信机电', '1986-06-18', '2026-12-04'],
  ['司马光', '18600000002', '绍兴柯桥纺织', '1979-11-03', ''],
], '李娜的客户');

function views(lang: Lang) {
  const settings = resolveSettings({ language: lang });
  if (!settings.ok) throw new Error('settings');
  const options = { settings: settings.settings, today: TODAY };
  const out = run(WANG, options);
  if (!out.ok) throw new Error(out.problem.code);
  const across = findAcrossSheets([WANG, LI], options);
  return {
    across,
    sheet: acrossRows(across, out.plan, lang, rowMap(out.plan)).map((cells) => cells.map((c) => (c.kind === 'text' || c.kind === 'number' ? c.value : ''))),
    summary: summaryText({ plan: out.plan, lang, input: '客户.xlsx', output: '客户.cleaned.xlsx', across }).split('\n'),
    json: jsonReport({ plan: out.plan, input: '客户.xlsx', output: '客户.cleaned.xlsx', today: TODAY, lang, across }),
  };
}

describe('a possible 撞单 across two reps\' tabs', () => {
  const zh = views('zh-CN');
  // Each tab stands for its rep (tab-owner.ts: 王磊的客户 is 王磊's).
  const said = '可能撞单：若为同一客户，则分属 王磊 / 李娜，请核实';

  it('is one review group of the two tabs', () => {
    expect(zh.across.groups.map((g) => [g.confidence, g.rows.map((r) => `${r.sheet}:${r.row}`)])).toEqual([['review', ['王磊的客户:2', '李娜的客户:2']]]);
  });

  it('is said among the reasons of each of her lines on the 跨表重复 sheet, whose owner column gives each line\'s own rep', () => {
    expect(zh.sheet).toEqual([
      ['X1 · 疑似重复，请人工确认', '王磊的客户', 2, '上官婉', '王磊', `手机号相同；姓名相同；公司相同；✗ 生日不同；${said}`],
      ['X1 · 疑似重复，请人工确认', '李娜的客户', 2, '上官婉', '李娜', `手机号相同；姓名相同；公司相同；✗ 生日不同；${said}`],
    ]);
  });

  it('is said on her line of the summary', () => {
    expect(zh.summary).toContain(`  X1（疑似重复，请人工确认）“王磊的客户”第 2 行 / “李娜的客户”第 2 行：手机号相同；姓名相同；公司相同；✗ 生日不同；${said}`);
  });

  it('is in the JSON as the sheet\'s own groups give it (possibleOwnerConflict), with no sure owners', () => {
    const group = zh.json.acrossSheets!.groups[0];
    expect(group.possibleOwnerConflict).toEqual(['王磊', '李娜']);
    expect(group.owners).toBeUndefined();
  });

  it('speaks English on an English run', () => {
    const en = views('en');
    expect(en.sheet[0][5]).toMatch(/; possible owner conflict: if one customer, held by 王磊 \/ 李娜; check$/);
  });
});

describe('a customer of two reps\' tabs typed twice in the tab cleaned, after --merge', () => {
  // 欧阳娜 is in 王磊's tab twice (rows 2 and 4) and in 李娜's. --merge folds row 4 into row 2: the
  // 跨表重复 sheet, which gives the cleaned tab's rows as the output numbers them, then listed row 2
  // twice, and the reader could not tell that one line was the copy now in the archive.
  const wang = gridOf([
    ['客户名称', '手机', '公司', '生日'],
    ['欧阳娜', '13900000001', '宁波港城物流有限公司', '1985-12-03'],
    ['诸葛亮', '13600000003', '温州鹿城五金', '1979-12-10'],
    // The retype shortens the company: the full name's row 2 is the one a merge keeps.
    ['欧阳娜', '139 0000 0001', '宁波港城物流', '1985-12-03'],
  ], '王磊的客户');
  const li = gridOf([['客户名称', '手机', '公司', '生日'], ['欧阳娜', '13900000001', '宁波港城物流', '1985-12-03']], '李娜的客户');

  function lines(lang: Lang) {
    const settings = resolveSettings({ language: lang });
    if (!settings.ok) throw new Error('settings');
    const out = run(wang, { settings: settings.settings, today: TODAY, merge: ['exact', 'likely'] });
    if (!out.ok) throw new Error(out.problem.code);
    expect(out.plan.merge!.removeRows).toEqual([4]);
    const across = findAcrossSheets([wang, li], { settings: settings.settings, today: TODAY });
    return acrossRows(across, out.plan, lang, rowMap(out.plan)).map((cells) => cells.map((c) => (c.kind === 'text' || c.kind === 'number' ? c.value : '')));
  }

  it('says on the copy\'s line which row of the input it was and the row it was merged into', () => {
    const zh = lines('zh-CN');
    expect(zh.map((l) => [l[1], l[2]])).toEqual([['王磊的客户', 2], ['王磊的客户', 2], ['李娜的客户', 2]]);
    expect(String(zh[1][5]).startsWith('原第 4 行，已合并到第 2 行；手机号相同')).toBe(true);
    expect(String(zh[0][5])).not.toContain('已合并');
    expect(String(zh[2][5])).not.toContain('已合并');
    expect(String(lines('en')[1][5]).startsWith('row 4 of the input, merged into row 2; ')).toBe(true);
  });
});

describe('the reminders of a tab whose customers another rep\'s tab holds too', () => {
  // 王磊 cleans his tab; 欧阳娜 is in 李娜's tab too (撞单), 上官婉 perhaps (another birthday). Both
  // have birthdays in two days: the rep must know before he calls, as for a customer typed twice.
  it('name the other tab\'s row on the reminders sheet and in the JSON', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('王磊的客户').addRows([['客户名称', '手机', '公司', '生日'], ['上官婉', '13700000005', '杭州恒信机电', '1990-12-03'], ['欧阳娜', '13900000001', '宁波港城物流', '1985-12-03'], ['诸葛亮', '13600000003', '温州鹿城五金', '1979-12-02']]);
      wb.addWorksheet('李娜的客户').addRows([['客户名称', '手机', '公司', '生日'], ['上官婉', '137 0000 0005', '杭州恒信机电', '1986-06-18'], ['欧阳娜', '139 0000 0001', '宁波港城物流', '1985-12-03']]);
      await wb.xlsx.writeFile(path.join(dir, 'reps.xlsx'));
      const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
      expect(await main(['clean', 'reps.xlsx', '--json', 'reps.json', '--quiet', '--today', TODAY], io)).toBe(0);
      const out = new ExcelJS.Workbook();
      await out.xlsx.readFile(path.join(dir, 'reps.cleaned.xlsx'));
      const sheet = out.getWorksheet('提醒（王磊的客户）')!;
      const reasons = new Map<number, string>();
      sheet.eachRow((row, n) => { if (n > 1) reasons.set(Number(row.getCell(4).value), String(row.getCell(7).value)); });
      expect(reasons.get(2)).toBe('2026-12-03 满 36 岁生日，还有 2 天（可能跨表撞单：“李娜的客户”第 2 行可能是同一客户，请核实）');
      expect(reasons.get(3)).toBe('2026-12-03 满 41 岁生日，还有 2 天（跨表撞单：同一客户也在“李娜的客户”第 3 行）');
      expect(reasons.get(4)).toBe('2026-12-02 满 47 岁生日，还有 1 天');
      const report = JSON.parse(readFileSync(path.join(dir, 'reps.json'), 'utf8'));
      const of = (row: number) => report.reminders.find((r: { row: number }) => r.row === row);
      expect(of(3).alsoIn).toEqual([{ sheet: '李娜的客户', row: 3 }]);
      expect(of(2).maybeSameIn).toEqual([{ sheet: '李娜的客户', row: 2 }]);
      expect(of(4).alsoIn).toBeUndefined();
    } finally {
      cleanup();
    }
  });
});
