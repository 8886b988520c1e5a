/**
 * A CRM's 联系人 typed with the contact's number in it (钉钉 CRM: 刘明 13871112222, 张丽(13973334444),
 * 王强/13598887777, 陈伟 0791-86661234). The cell stays as typed (the user's data), but the run reads
 * the name as the name and the number as one more phone of the row: duplicates are found by it, a
 * reminder names 陈伟, and the warning says what was read, not "move the number".
 */
import { planOf } from './helpers';
import { t } from '../../../shared/i18n';

const HEADER = ['客户名称', '客户负责人', '客户状态', '联系人', '最近跟进时间', '下次跟进时间'];
const SHEET = [
  HEADER,
  ['武汉光谷新材料有限公司', '程鹏', '跟进中', '刘明 13871112222', '2024-11-26', '2024-12-05'],
  ['长沙星城餐饮管理有限公司', '程鹏', '已成交', '张丽(13973334444)', '2024-10-01', ''],
  ['郑州中原物流有限公司', '许婷', '已流失', '王强/13598887777', '2023-09-01', ''],
  ['南昌洪都机电有限公司', '许婷', '跟进中', '陈伟 0791-86661234', '2024-11-30', '2024-12-01'],
];
const nameCol = 3;

describe('a contact name typed with his number', () => {
  const plan = planOf(SHEET);

  it('leaves the cell as typed and adds no column', () => {
    expect(plan.edits.filter((e) => e.col === nameCol)).toEqual([]);
    expect(plan.addedColumns.map((a) => a.header)).not.toContain('电话');
  });

  it('says what it read, in both languages, instead of asking to move the number', () => {
    const read = plan.issues.filter((i) => i.col === nameCol);
    expect(read.map((i) => [i.sheetRow, i.code])).toEqual([[2, 'name.numberRead'], [3, 'name.numberRead'], [4, 'name.numberRead'], [5, 'name.numberRead']]);
    const issue = read.find((i) => i.sheetRow === 5)!;
    expect(t('zh-CN', issue.code, issue.params)).toBe('“陈伟 0791-86661234”：姓名按“陈伟”读，号码 0791-86661234 作为这一行的电话用于查重和提醒；单元格保持原样。');
    expect(t('en', issue.code, issue.params)).toBe('"陈伟 0791-86661234": read as the name 陈伟, with 0791-86661234 as one more phone of the row for duplicates and reminders; the cell was left as typed.');
  });

  it('names the customer in a reminder by the name alone', () => {
    const due = plan.reminders.reminders.find((r) => r.sheetRow === 5)!;
    expect(due.customer).toBe('陈伟 · 南昌洪都机电有限公司');
  });

  it('finds the contact typed again with the number in the phone column', () => {
    const again = planOf([
      [...HEADER, '手机'],
      ...SHEET.slice(1).map((r) => [...r, '']),
      ['武汉光谷新材料', '许婷', '跟进中', '刘明', '2024-11-20', '', '138 7111 2222'],
    ]);
    expect(again.duplicates.groups.map((g) => g.rows)).toEqual([[2, 6]]);
    expect(again.duplicates.groups[0].reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['dedupe.reason.mobile.same', 'dedupe.reason.name.exact']));
  });
});

describe('what is not read apart', () => {
  const issuesOf = (contact: string, phone = '') => planOf([[...HEADER, '手机'], ['武汉光谷新材料有限公司', '程鹏', '跟进中', contact, '2024-11-26', '', phone]]).issues
    .filter((i) => i.col === nameCol).map((i) => i.code);

  it('a number that is no phone, or a name with notes around it, keeps the advice to move it', () => {
    expect(issuesOf('张三 1234567')).toEqual(['name.hasNumber']);
    expect(issuesOf('刘小雨-宝妈群-13566667777')).toEqual(['name.hasNumber']);
  });

  it('a cell of the number alone still lacks a name', () => {
    expect(issuesOf('13871112222')).toEqual(['name.hasNumber']);
  });

  it('says nothing when the number is the row\'s phone already', () => {
    expect(issuesOf('刘明 13871112222', '13871112222')).toEqual([]);
  });
});
