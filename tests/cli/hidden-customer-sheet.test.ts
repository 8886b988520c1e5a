/**
 * A workbook of one tab per rep where a departed rep's tab is hidden (tester h60's
 * 08_按销售分表_下拉_隐藏表.xlsx: 填写说明, a hidden 下拉选项 list feeding the drop-downs, 王磊, 刘洋 and the
 * hidden 陈静(离职) whose customers wait for a new owner). The hidden tab holds customers all the same:
 * the summary names it with how many and how to clean it, and its customers are in the check across
 * the sheets (周明 of 杭州明远纺织 in 王磊's tab and in 陈静's), as a visible tab's are.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const HEAD = ['客户名称', '联系人', '手机', '客户状态', '合同到期', '下次回访', '年采购额（万元）'];

async function repsWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('填写说明').addRows([['每个销售一个表，客户状态请用下拉选择；离职人员的表已隐藏，客户待重新分配。']]);
  const lists = wb.addWorksheet('下拉选项');
  lists.addRows([['已签约'], ['跟进中'], ['已流失'], ['暂停']]);
  lists.state = 'hidden';
  wb.addWorksheet('王磊').addRows([HEAD,
    ['上海申达物流有限公司', '钱进', '13901010101', '已签约', '2026-12-08', '', 35],
    ['苏州华瑞电子', '孙丽', '13901010102', '跟进中', '', '2026-12-02', ''],
    ['杭州明远纺织', '周明', '13901010103', '已签约', '2027-06-30', '', 8]]);
  wb.addWorksheet('刘洋').addRows([HEAD,
    ['上海申达物流', '钱进', '139 0101 0101', '跟进中', '', '2026-12-01', ''],
    ['宁波港城贸易', '吴港', '13902020202', '已签约', '2026-12-31', '', 120]]);
  const gone = wb.addWorksheet('陈静(离职)');
  gone.addRows([HEAD,
    ['合肥徽商百货', '许徽', '13903030301', '已签约', '2026-12-05', '', 60],
    ['杭州明远纺织有限公司', '周明', '13901010103', '已签约', '2027-06-30', '', 8]]);
  gone.state = 'hidden';
  await wb.xlsx.writeFile(path.join(dir, '按销售分表.xlsx'));
  return '按销售分表.xlsx';
}

async function clean(lang: 'zh_CN.UTF-8' | 'en_US.UTF-8', ...flags: string[]) {
  const file = await repsWorkbook();
  const io = captureIo(dir, { LANG: lang });
  expect(await main(['clean', file, '--out', 'out.xlsx', '--json', 'out.json', '--today', '2026-12-01', ...flags], io)).toBe(0);
  return { out: io.out, json: JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) };
}

type Across = { rows: { sheet: string; row: number }[] };

describe("a departed rep's hidden tab of customers", () => {
  it('is named in the summary with its customers, left uncleaned, with the --sheet to clean it (zh-CN)', async () => {
    const { out } = await clean('zh_CN.UTF-8');
    expect(out).toContain('隐藏的工作表“陈静(离职)”中有 2 位客户，本次未整理；如需整理，请用 --sheet "陈静(离职)" 再运行。');
    // The visible tabs are said as before, and the hidden list of drop-down values is no customer sheet.
    expect(out).toContain('工作簿中还有其他客户表：“刘洋”。');
    expect(out).not.toContain('下拉选项');
  });

  it('is named in English too', async () => {
    const { out } = await clean('en_US.UTF-8', '--lang', 'en');
    expect(out).toContain('The hidden sheet "陈静(离职)" holds 2 customers and was not cleaned; run again with --sheet "陈静(离职)" to clean it.');
  });

  it("takes part in the check across the sheets: 周明 in 王磊's tab and in the hidden tab is found", async () => {
    const { json } = await clean('zh_CN.UTF-8');
    const groups = json.acrossSheets.groups as Across[];
    expect(groups.map((g) => g.rows.map((r) => `${r.sheet}:${r.row}`).sort())).toEqual(expect.arrayContaining([['刘洋:2', '王磊:2'], ['王磊:4', '陈静(离职):3']]));
  });

  it('is named as well when another tab is cleaned with --sheet', async () => {
    const { out } = await clean('zh_CN.UTF-8', '--sheet', '刘洋');
    expect(out).toContain('隐藏的工作表“陈静(离职)”中有 2 位客户');
  });
});

describe("a departed rep's hidden tab holds reminders: 许徽's contract ends on 2026-12-05, four days after the run", () => {
  it('the summary says, under the tab\'s line, how many reminders it holds and how many cannot wait (zh-CN)', async () => {
    const { out } = await clean('zh_CN.UTF-8');
    const lines = out.split('\n');
    const at = lines.indexOf('隐藏的工作表“陈静(离职)”中有 2 位客户，本次未整理；如需整理，请用 --sheet "陈静(离职)" 再运行。');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toBe('  表中有 1 条提醒（合同即将到期 1），其中 1 条 7 天内到期或已逾期，未列入本次的提醒。');
  });

  it('says so in English too', async () => {
    const { out } = await clean('en_US.UTF-8', '--lang', 'en');
    expect(out).toContain('The hidden sheet "陈静(离职)" holds 2 customers and was not cleaned; run again with --sheet "陈静(离职)" to clean it.\n'
      + '  It holds 1 reminder (Contract ending 1), 1 of them due within 7 days or overdue, not listed in this run\'s reminders.\n');
  });

  it('the JSON report lists the hidden tab with its customers and its reminders, urgent ones apart', async () => {
    const { json } = await clean('zh_CN.UTF-8');
    expect(json.hiddenSheets).toEqual([
      { sheet: '陈静(离职)', customers: 2, reminders: 1, urgent: 1, remindersByKind: { contract: 1 }, urgentByKind: { contract: 1 } },
    ]);
    // This run's own reminders stay 王磊's: the hidden tab's are counted, not listed as his.
    expect((json.reminders as { row: number; customer: string }[]).some((r) => r.customer.includes('许徽'))).toBe(false);
  });

  it('the 报告 sheet has a table of the hidden tabs: customers, reminders, and those due within 7 days or overdue', async () => {
    await clean('zh_CN.UTF-8');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
    const report = wb.getWorksheet('报告（王磊）')!;
    const rows = Array.from(report.getSheetValues(), (row) => (Array.isArray(row) ? Array.from(row.slice(1, 5), (v) => v ?? null) : []));
    const at = rows.findIndex((row) => row[0] === '未整理的隐藏客户表');
    expect(rows[at]).toEqual(['未整理的隐藏客户表', '客户数', '提醒', '7 天内到期或已逾期']);
    expect(rows[at + 1]).toEqual(['陈静(离职)', 2, 1, 1]);
    expect(rows[at + 2][0]).toBe('如需整理并列出其提醒，请用 --sheet 表名 再运行。');
  });

  it('are the reminders --sheet on the hidden tab raises', async () => {
    const { json } = await clean('zh_CN.UTF-8', '--sheet', '陈静(离职)');
    expect((json.reminders as { kind: string; row: number; daysLeft: number }[]).map((r) => [r.kind, r.row, r.daysLeft])).toEqual([['contract', 2, 4]]);
    // The tab cleaned is no hidden tab left uncleaned.
    expect(json.hiddenSheets).toBeUndefined();
  });
});
