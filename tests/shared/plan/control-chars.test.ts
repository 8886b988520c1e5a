/**
 * Control characters a till's export or a copy from a terminal leaves in a member list (a NUL in
 * `86\0-19863011220`, a BEL after a note): no one types them and an .xlsx cannot hold them, so they
 * are removed before a value is read. The phone is read, the change is noted with the old value, and
 * the JSON report and the workbook say the same.
 */
import { after, planOf } from './helpers';

const HEADER = ['会员姓名', '手机号', '邮箱', '备注'];

describe('control characters in a member list', () => {
  const plan = planOf([
    HEADER,
    ['顾军', '86\u0000-19863011220', 'gujun@163.com', '老会员'],
    ['王芳', '138\u001f1234\u00005678', 'wang\u0000fang@qq.com', '喜欢新品\u0007'],
    ['李娜', '13912345678', 'lina@163.com', '第一行\n第二行'],
  ]);

  test('a phone with a NUL inside is read: no invalid-phone issue, the number written as any other', () => {
    expect(after(plan, 2, '手机号')).toEqual({ kind: 'text', value: '19863011220' });
    expect(after(plan, 3, '手机号')).toEqual({ kind: 'text', value: '13812345678' });
    expect(plan.issues.filter((i) => i.code === 'phone.invalid')).toEqual([]);
  });

  test('an e-mail and a note lose them too, the change saying why', () => {
    expect(after(plan, 3, '邮箱')).toEqual({ kind: 'text', value: 'wangfang@qq.com' });
    expect(after(plan, 3, '备注')).toEqual({ kind: 'text', value: '喜欢新品' });
    const note = plan.edits.find((e) => e.sheetRow === 3 && e.col === 3);
    expect(note?.reason).toBe('fix.controlChars');
    expect(note?.before).toEqual({ kind: 'text', value: '喜欢新品\u0007' });
  });

  test('a vertical tab, FileMaker\'s line break in a field, and the other separators part words as a space does', () => {
    const sep = planOf([
      ['Name', 'Address', 'Notes', 'Phone'],
      ['Emma\u000bLewis', 'Flat 2\u000b14 High Street\u000bLeeds', 'Prefers email\u000cCall after 5', '07911\u001f123456'],
    ]);
    expect(after(sep, 2, 'Name')).toEqual({ kind: 'text', value: 'Emma Lewis' });
    expect(after(sep, 2, 'Address')).toEqual({ kind: 'text', value: 'Flat 2 14 High Street Leeds' });
    expect(after(sep, 2, 'Notes')).toEqual({ kind: 'text', value: 'Prefers email Call after 5' });
  });

  test('a line break, which a note keeps, is no control character here', () => {
    expect(after(plan, 4, '备注')).toBeNull();
  });

  test('no value the run writes holds one', () => {
    for (const e of plan.edits) if (e.after.kind === 'text') expect(e.after.value).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });
});
