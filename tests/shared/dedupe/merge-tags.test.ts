/**
 * A merge's united tags as a contact app reads them back: written with the separator the column's own
 * cells use (Outlook's Categories `Customers;VIP`: a ', ' would make "Prospects, Customers" one new
 * category on re-import), and without a lifecycle tag that contradicts the kept row's (企业微信's 意向客户
 * from a rep's older row onto a customer tagged 已成交), which stays in the merged values instead.
 */
import { planMerge } from '../../../shared/dedupe/merge';
import { cellText, type Cell } from '../../../shared/table/cell';
import type { Table } from '../../../shared/table/table';
import type { DuplicateGroup } from '../../../shared/dedupe/types';

function group(rows: number[], survivor: number): DuplicateGroup {
  return { id: 'G1', rows, fingerprints: rows.map(String), score: 1, reasons: [], confidence: 'likely', survivor, fields: [], conflicts: [] };
}

function tableOf(headers: string[], rows: string[][]): Table {
  return {
    sheetName: 'Contacts', headerRow: 1, firstCol: 1, headers,
    rows: rows.map((cells, i) => ({ sheetRow: i + 2, cells: cells.map((value): Cell => (value === '' ? { kind: 'empty' } : { kind: 'text', value })) })),
  };
}

describe("Outlook's Categories: the column writes Customers;VIP", () => {
  // John Carter's Customers;VIP tells the column's separator; Robert and Bob Kim are one man.
  const t = tableOf(['First Name', 'Last Name', 'E-mail Address', 'Categories'], [
    ['John', 'Carter', 'john@carterplumbing.com', 'Customers;VIP'],
    ['Maria', 'Gonzalez', 'maria@sunrisebakery.com', 'Customers'],
    ['Robert', 'Kim', 'rkim@kimauto.com', 'Customers'],
    ['Bob', 'Kim', 'rkim@kimauto.com', 'Holiday Card'],
  ]);
  const plan = planMerge(t, { firstName: 0, lastName: 1, email: 2, tags: 3 }, [group([4, 5], 4)], { language: 'en' });

  it('joins the kept row\'s categories and the duplicate\'s with ";", as Outlook reads them back', () => {
    expect(plan.edits.filter((e) => e.col === 3).map((e) => cellText(e.after))).toEqual(['Customers;Holiday Card']);
  });
});

describe('a lifecycle tag that contradicts the kept row\'s', () => {
  it('企业微信: 刘洋\'s older 意向客户 is not put on the customer 王磊 tagged 已成交, and is listed in the merged values', () => {
    const t = tableOf(['备注名', '添加人', '客户标签', '备注手机号'], [
      ['李莉', '王磊', '重要客户,已成交', '13812345678'],
      ['张强', '刘洋', '已成交,VIP', '13901234567'],
      ['李莉', '刘洋', '意向客户', '13812345678'],
    ]);
    const plan = planMerge(t, { name: 0, owner: 1, tags: 2, mobile: 3 }, [group([2, 4], 2)], { language: 'zh-CN' });
    expect(plan.edits.filter((e) => e.col === 2)).toEqual([]);
    expect(cellText(plan.mergedColumn!.values[0])).toContain('客户标签: 意向客户（第4行）');
  });

  it('Outlook: Bob Kim\'s Prospects is not added to Robert\'s Customers, while his other category is, in the column\'s ";"', () => {
    const t = tableOf(['First Name', 'Last Name', 'E-mail Address', 'Categories'], [
      ['John', 'Carter', 'john@carterplumbing.com', 'Customers;VIP'],
      ['Robert', 'Kim', 'rkim@kimauto.com', 'Customers'],
      ['Bob', 'Kim', 'rkim@kimauto.com', 'Prospects;Holiday Card'],
    ]);
    const plan = planMerge(t, { firstName: 0, lastName: 1, email: 2, tags: 3 }, [group([3, 4], 3)], { language: 'en' });
    expect(plan.edits.filter((e) => e.col === 3).map((e) => cellText(e.after))).toEqual(['Customers;Holiday Card']);
    expect(cellText(plan.mergedColumn!.values[1])).toContain('Categories: Prospects;Holiday Card (row 4)');
  });

  it('a tag that also marks him not to be contacted (已流失) is carried all the same: it silences his reminders', () => {
    const t = tableOf(['姓名', '手机', '标签'], [
      ['陈晓', '13800001111', '已成交'],
      ['陈晓', '13800001111', '已流失'],
    ]);
    const plan = planMerge(t, { name: 0, mobile: 1, tags: 2 }, [group([2, 3], 2)], { language: 'zh-CN' });
    // 流失 is the furthest stage (dedupe/merged-stage.ts): no day shows the 已成交 came after it, so the
    // kept row's 已成交 is taken off the merged tags and listed in 合并记录.
    expect(plan.edits.map((e) => cellText(e.after))).toEqual(['已流失']);
    expect(cellText(plan.mergedColumn!.values[0])).toContain('标签: 已成交（第2行）');
  });
});
