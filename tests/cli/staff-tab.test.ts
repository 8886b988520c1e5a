/**
 * A drinks dealer's workbook: the 客户台账 of stores and, beside it, a 业务员 tab of the reps and their
 * phones (the names its 业务员 column holds). The staff tab is no second customer sheet: the summary
 * names no other customer sheet, the sheets the run writes keep their plain names, and no empty
 * 跨表重复 is added. A workbook whose staff tab comes first still cleans the 客户台账.
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

async function dealerWorkbook(staffFirst: boolean, staffHead: string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const staff = () => wb.addWorksheet(staffHead[0] === '姓名' ? '员工' : '业务员').addRows([staffHead,
    ['赵强', '13975112233', ...(staffHead.length > 2 ? ['2021-03-01'] : [])],
    ['钱明', '13975114455', ...(staffHead.length > 2 ? ['2020-01-06'] : [])],
    ['孙丽', '13975116677', ...(staffHead.length > 2 ? ['2022-07-15'] : [])]]);
  if (staffFirst) staff();
  wb.addWorksheet('客户台账').addRows([
    ['门店名称', '老板', '电话', '业务员', '最近进货日期', '本年进货额'],
    ['老王烟酒店', '王建国', '13874561234', '赵强', '2026-11-02', 186000],
    ['湘江宴酒楼', '刘红', '0731-84567788', '孙丽', '2026-07-15', 380000],
    ['好又多超市（东门店）', '陈志', '13907315566', '钱明', '2026-11-20', 268000]]);
  if (!staffFirst) staff();
  await wb.xlsx.writeFile(path.join(dir, '客户台账.xlsx'));
  return '客户台账.xlsx';
}

describe('a tab of the dealer\'s own reps', () => {
  it.each<[string, boolean, string[]]>([
    ['业务员 | 电话 after the 客户台账', false, ['业务员', '电话']],
    ['业务员 | 电话 before the 客户台账', true, ['业务员', '电话']],
    ['a 员工 tab of 姓名 | 手机 | 入职日期 listing the reps', false, ['姓名', '手机', '入职日期']],
  ])('%s is no customer sheet', async (_what, staffFirst, head) => {
    const file = await dealerWorkbook(staffFirst, head);
    const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    expect(await main(['clean', file, '--out', 'out.xlsx', '--json', 'out.json', '--today', '2026-12-04'], io)).toBe(0);
    expect(io.out).toContain('工作表“客户台账”');
    expect(io.out).not.toContain('其他客户表');
    expect(io.out).toContain('写入的工作表：“问题清单”，“提醒”，“报告”');
    const json = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    expect(json.acrossSheets).toBeUndefined();
  });
});

// Tester h78 #13 and h79 #14: a SaaS firm's renewals with its 回款明细 (客户 | 回款日期 | 金额) and its CSM Team
// (CSM | Email | Region); a tutoring agency's students with a Tutors tab (Tutor | Phone | Email).
describe('a payments ledger, a CSM team and a tutors tab beside the customer sheet', () => {
  it.each<[string, string, (string | number)[][], (string | number)[][], string]>([
    ['a 回款明细 of 客户 | 回款日期 | 金额', '回款明细', [['客户', '回款日期', '金额'], ['杭州云帆科技有限公司', '2026-10-15', 60000], ['宁波海川贸易有限公司', '2026-11-02', 36000]],
      [['客户名称', '联系人', '手机', '合同到期', '销售'], ['杭州云帆科技有限公司', '周总', '13957110001', '2027-03-31', '王磊'], ['宁波海川贸易有限公司', '陈经理', '13957110002', '2026-12-20', '李娜']], 'zh'],
    ['a CSM Team of CSM | Email | Region', 'CSM Team', [['CSM', 'Email', 'Region'], ['Ana Reyes', 'ana@saasco.io', 'PH'], ['Budi Santoso', 'budi@saasco.io', 'ID']],
      [['Account Name', 'Contact Email', 'Renewal Date', 'CSM'], ['Jollibee Digital Inc.', 'maria@jollibeedigital.ph', '2027-01-01', 'Ana Reyes'], ['Tokopedia Mitra', 'dewi@tokomitra.co.id', '2026-12-20', 'Budi Santoso']], 'en'],
    ['a Tutors tab of Tutor | Phone | Email', 'Tutors', [['Tutor', 'Phone', 'Email'], ['Ms Hannah Price', '07700 100200', 'hannah@brightminds.co.uk'], ['Mr Tom Okafor', '07700 100300', 'tom@brightminds.co.uk']],
      [['Student', 'Parent Phone', 'Lessons Left', 'Tutor'], ['Liam Chen', '07911 444555', 6, 'Ms Hannah Price'], ['Ava Khan', '07911 555666', 4, 'Mr Tom Okafor']], 'en'],
  ])('%s is no second customer sheet', async (_what, tab, tabRows, customers, lang) => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Customers').addRows(customers);
    wb.addWorksheet(tab).addRows(tabRows);
    await wb.xlsx.writeFile(path.join(dir, 'book.xlsx'));
    const io = captureIo(dir, { LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'en_GB.UTF-8' });
    expect(await main(['clean', 'book.xlsx', '--out', 'out.xlsx', '--json', 'out.json', '--today', '2026-12-04'], io)).toBe(0);
    expect(io.out).not.toMatch(/其他客户表|other customer sheets/);
    const json = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    expect(json.acrossSheets).toBeUndefined();
  });
});
