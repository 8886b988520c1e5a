/**
 * Sheets that give a customer several phones or e-mails, each in its own column (Outlook's Home /
 * Business / Mobile Phone, Google's Phone 1 / Phone 2, 电话 / 电话2, 备用邮箱): every such column is
 * cleaned like the field, and a duplicate typed with its number in the other column is still found.
 */
import type { Cell } from '../../../shared';
import { toRecords } from '../../../shared/table/records';
import { after, planOf as plan } from './helpers';

const planOf = (rows: string[][], language: 'zh-CN' | 'en' = 'zh-CN') => plan(rows, language === 'zh-CN' ? {} : { language: 'en', phone: { defaultRegion: 'US' } });

const ZH = [
  ['姓名', '手机', '电话', '电话2', '邮箱', '备用邮箱'],
  ['陈静', '13812345678', '010-62345678', '', 'chenjing@example.com', ''],
  // The same person, typed by another rep: her mobile went to the second phone column, the e-mail to the spare one.
  ['陈静', '139 8765 4321', '', '138-1234-5678', '', 'ChenJing@Example.com'],
  ['周敏', '13700001111', '', '０２１－６５４３２１０９', '', ''],
  ['吴强', '13600002222', '', '12345', '', 'wuqiang@@example'],
];

describe('extra columns of a field', () => {
  it('are mapped as extra columns of the field, the best column keeping the field', () => {
    const plan = planOf(ZH);
    expect(plan.columns.map((c) => [c.header, c.field, c.extra ?? false])).toEqual([
      ['姓名', 'name', false],
      ['手机', 'mobile', false],
      ['电话', 'phone', false],
      ['电话2', 'phone', true],
      ['邮箱', 'email', false],
      ['备用邮箱', 'email', true],
    ]);
    expect(plan.columns.find((c) => c.header === '电话2')!.write).toBe('text');
  });

  it('are cleaned and checked like the field', () => {
    const plan = planOf(ZH);
    const col = (header: string) => plan.columns.find((c) => c.header === header)!.col;
    expect(after(plan, 3, '电话2')).toEqual({ kind: 'text', value: '13812345678' });
    expect(after(plan, 4, '电话2')).toEqual({ kind: 'text', value: '021-65432109' });
    const flagged = (header: string) => plan.issues.filter((i) => i.col === col(header)).map((i) => [i.sheetRow, i.code]);
    expect(flagged('电话2')).toEqual([[5, 'phone.invalid']]);
    expect(flagged('备用邮箱').map(([row]) => row)).toEqual([5]);
  });

  it('count for duplicates: a mobile in the second phone column, an e-mail in the spare column', () => {
    const plan = planOf(ZH);
    expect(plan.duplicates.groups.map((g) => g.rows)).toEqual([[2, 3]]);
    const reasons = plan.duplicates.groups[0].reasons.filter((r) => r.evidence === 'for').map((r) => r.code);
    expect(reasons).toEqual(expect.arrayContaining(['dedupe.reason.mobile.same', 'dedupe.reason.email.same']));
  });

  it('are not what classes, reminders and merges read: the record holds them apart', () => {
    const grid = ZH.map((r) => r.map((v): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v })));
    const records = toRecords(
      { sheetName: '客户', headerRow: 1, firstCol: 1, headers: ZH[0], rows: grid.slice(1).map((cells, i) => ({ sheetRow: i + 2, cells })) } as never,
      { name: 0, mobile: 1, phone: 2, email: 4 },
      { phone: [3], email: [5] },
    );
    expect(records[1].fields.phone).toEqual({ kind: 'empty' });
    expect(records[1].extra).toEqual({ phone: [{ kind: 'text', value: '138-1234-5678' }], email: [{ kind: 'text', value: 'ChenJing@Example.com' }] });
  });

  it('Outlook export: Home, Business and Mobile Phone, E-mail and E-mail 2, one person typed twice', () => {
    const plan = planOf(
      [
        ['First Name', 'Last Name', 'E-mail Address', 'E-mail 2 Address', 'Mobile Phone', 'Home Phone', 'Business Phone'],
        ['Maria', 'Garcia', 'maria.garcia@example.com', '', '(415) 555-0132', '', ''],
        ['Maria', 'Garcia', 'mg@work.example.com', 'Maria.Garcia@example.com', '', '', '415.555.0132'],
        ['Mario', 'Rossi', 'mario@example.com', '', '(212) 555-0199', '', ''],
      ],
      'en',
    );
    // Home Phone is empty in every row: the filled Business Phone is the phone, Home Phone its extra column.
    expect(plan.columns.filter((c) => c.extra).map((c) => c.header)).toEqual(['E-mail 2 Address', 'Home Phone']);
    expect(plan.duplicates.groups.map((g) => g.rows)).toEqual([[2, 3]]);
  });

  it('企业微信 export: the empty 标签 gives way to the 企业标签 it fills, so VIP and 已流失 are read', () => {
    const plan = planOf([
      ['客户名称', '客户类型', '添加人', '标签', '企业标签', '电话'],
      ['张伟', '微信用户', '李明', '', 'VIP', '13800138000'],
      ['王芳', '微信用户', '李明', '', '已流失', '13900139000'],
      ['赵敏', '企业微信用户', '陈晨', '', '', '13700137000'],
    ]);
    // 客户类型 (微信用户 / 企业微信用户) is the kind of account, no class: left as typed (account-type-columns.test.ts).
    expect(plan.columns.map((c) => c.field)).toEqual(['name', null, 'owner', null, 'tags', 'phone']);
  });
});
