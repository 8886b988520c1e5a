/**
 * A workbook with the customer list and a summary tab whose name mentions 客户 (客户业绩汇总: each
 * customer's or rep's figures, typed or pasted as values): the summary is no customer sheet. It is
 * not cleaned in the list's place when it comes first, nor named as another customer sheet, nor read
 * for customers on two sheets. A consolidated list named 客户汇总, with its phones, stays a customer sheet.
 */
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const CUSTOMERS = [
  ['客户编号', '姓名', '手机', '城市', '负责人'],
  ['KH001', '张伟', '13812345678', '杭州', '王芳'],
  ['KH002', '李娜', '13912345678', '上海', '王芳'],
  ['KH003', '刘洋', '13700001111', '广州', '赵磊'],
];

async function workbook(file: string, tabs: { name: string; rows: (string | number)[][] }[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const tab of tabs) wb.addWorksheet(tab.name).addRows(tab.rows);
  await wb.xlsx.writeFile(path.join(dir, file));
  return file;
}

async function clean(file: string, ...flags: string[]): Promise<string> {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  expect(await main(['clean', file, '--out', 'out.xlsx', '--today', '2026-12-02', '--quiet', ...flags], io)).toBe(0);
  return io.out;
}

const PER_CUSTOMER = { name: '客户业绩汇总', rows: [['客户名称', '业务员', '业绩'], ['张伟', '王芳', 12800], ['李娜', '王芳', 5600], ['刘洋', '赵磊', 3000]] };
const PER_REP = { name: '客户业绩汇总', rows: [['业务员', '客户数', '业绩', '完成率'], ['王芳', 2, 128000, '85%'], ['赵磊', 1, 56000, '60%']] };

describe('a summary tab beside the customer list', () => {
  it('first in the workbook: the customer list is cleaned, not the summary', async () => {
    const out = await clean(await workbook('业绩在前.xlsx', [PER_CUSTOMER, { name: '客户', rows: CUSTOMERS }]));
    expect(out).toContain('已整理“业绩在前.xlsx”（工作表“客户”');
  });

  it('after the list: not named as another customer sheet, nor read for customers on two sheets', async () => {
    for (const summary of [PER_CUSTOMER, PER_REP]) {
      const out = await clean(await workbook('名单.xlsx', [{ name: '客户', rows: CUSTOMERS }, summary]));
      expect(out).toContain('工作表“客户”');
      expect(out).not.toContain('其他客户表');
      expect(out).not.toContain('跨表');
      expect(out).toContain('写入的工作表：“问题清单”，“提醒”，“报告”');
    }
  });

  it('a consolidated list named 客户汇总, with its phones, is still a customer sheet', async () => {
    const all = { name: '客户汇总', rows: [['姓名', '手机', '负责人'], ['张伟', '13812345678', '王芳'], ['周杰', '13500003333', '赵磊']] };
    const out = await clean(await workbook('汇总名单.xlsx', [{ name: '客户', rows: CUSTOMERS }, all]));
    expect(out).toContain('工作簿中还有其他客户表：“客户汇总”');
  });

  it('--sheet 客户业绩汇总 still cleans the summary, as the user asked', async () => {
    const out = await clean(await workbook('指定.xlsx', [{ name: '客户', rows: CUSTOMERS }, PER_CUSTOMER]), '--sheet', '客户业绩汇总');
    expect(out).toContain('工作表“客户业绩汇总”');
  });
});
