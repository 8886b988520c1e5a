import { rankMembers, lastActivity } from '../../../shared/dedupe/survivor';
import { records, type RowSpec } from './helpers';

const rank = (rows: RowSpec[], rules: Parameters<typeof rankMembers>[1]) => rankMembers(records(rows), rules).map((r) => r.sheetRow);

describe('survivor rules', () => {
  it.each<[string, RowSpec[], Parameters<typeof rankMembers>[1], number[]]>([
    ['most complete wins', [{ name: '张伟' }, { name: '张伟', mobile: '13812345678' }], ['most-complete', 'most-recent'], [3, 2]],
    [
      'ties on completeness fall to the most recent activity',
      [{ name: '张伟', lastContact: '2024-01-01' }, { name: '张伟', lastContact: '2024-06-01' }],
      ['most-complete', 'most-recent'],
      [3, 2],
    ],
    ['most recent first when configured so', [{ name: '张伟', mobile: '1', email: 'a@b.cn', updatedAt: '2023-01-01' }, { name: '张伟', updatedAt: '2024-01-01' }], ['most-recent', 'most-complete'], [3, 2]],
    ['a full tie keeps the first row', [{ name: '张伟' }, { name: '张伟' }], ['most-complete', 'most-recent'], [2, 3]],
    ['last-row rule', [{ name: '张伟' }, { name: '张伟' }, { name: '张伟' }], ['last-row'], [4, 3, 2]],
    [
      // Shopify writes 0.00 and 0 on every account that never bought (an abandoned cart): no more a value than a blank.
      'a $0 total and 0 orders make a record no more complete: the account she bought with is kept',
      [
        { name: 'Sarah Miller', email: 'sarah.miller@gmail.com', amount: 0, orders: 0, notes: 'Abandoned cart' },
        { name: 'Sarah Miller', email: 'sarah.miller@gmail.com', amount: 312.5, orders: 2 },
      ],
      ['most-complete', 'most-recent'],
      [3, 2],
    ],
    [
      // The sheet says the first row was voided (备注 作废, 状态 作废): a merge into it would void the customer.
      'a record the sheet voids gives way to the one in use, however complete (备注 作废)',
      [
        { name: '何婷', mobile: '13600004444', company: '长沙何记', birthday: '1995-12-12', amount: 2000, notes: '作废' },
        { name: '何婷', mobile: '13600004444', company: '长沙何记湘菜馆', nextFollowUp: '2026-11-15' },
      ],
      ['most-complete', 'most-recent'],
      [3, 2],
    ],
    [
      'and a 状态 of 作废 (重复录入)',
      [{ name: '何婷', mobile: '13600004444', email: 'ht@qq.com', status: '作废（重复录入）' }, { name: '何婷', mobile: '13600004444' }],
      ['most-complete', 'most-recent'],
      [3, 2],
    ],
    [
      'a remark that only mentions the word keeps its row in the running (差点作废，已恢复)',
      [{ name: '何婷', mobile: '13600004444', email: 'ht@qq.com', notes: '差点作废，已恢复' }, { name: '何婷', mobile: '13600004444' }],
      ['most-complete', 'most-recent'],
      [2, 3],
    ],
    [
      // The user wrote which row is the copy (h71 7): keeping it would make 重复录入 the pupil's remark.
      'a row whose remark only says it is the duplicate (重复录入) gives way to the one it copies',
      [
        { name: '李沐阳', mobile: '13912345678', birthday: '2015-12-08' },
        { name: '李沐阳', mobile: '13912345678', birthday: '2015-12-08', notes: '重复录入' },
      ],
      ['most-complete', 'most-recent'],
      [2, 3],
    ],
    [
      'and so does an English "duplicate?" row, however complete',
      [
        { name: 'Emma Clarke', email: 'emma.clarke@gmail.com', notes: 'duplicate?', lastContact: '2026-11-30', city: 'Leeds' },
        { name: 'Emma Clarke', email: 'emma.clarke@gmail.com' },
      ],
      ['most-complete', 'most-recent'],
      [3, 2],
    ],
    [
      // h72 #26: the rep says his row is the re-entry whatever else the remark says; the merge still fills
      // the kept row's empty 备注 with it (it says more than 重复录入), so 客户说下周签 is not lost.
      'a remark that says more but still names its row the re-entry gives way too (重复录入，客户说下周签)',
      [{ name: '李沐阳', mobile: '13912345678' }, { name: '李沐阳', mobile: '13912345678', notes: '重复录入，客户说下周签' }],
      ['most-complete', 'most-recent'],
      [2, 3],
    ],
    [
      'a remark that says more and names no re-entry is the customer\'s and counts (客户说下周签，重复购买)',
      [{ name: '李沐阳', mobile: '13912345678' }, { name: '李沐阳', mobile: '13912345678', notes: '客户说下周签，重复购买' }],
      ['most-complete', 'most-recent'],
      [3, 2],
    ],
    [
      // h70 2: 郑雪's retype wrote the address short and added a remark; 周敏's first typing has it whole.
      'a copy whose address is the other\'s with words left out says less: the row with it written out is kept',
      [
        { name: '刘女士', mobile: '13700001111', address: '北京市朝阳区望京SOHO T1-1201', owner: '周敏' },
        { name: '刘女士', mobile: '13700001111', address: '望京SOHO T1 1201', owner: '郑雪', notes: '刘姐介绍的，转郑雪跟' },
      ],
      ['most-complete', 'most-recent'],
      [2, 3],
    ],
    [
      'and a shop name typed short (老王烟酒 for 老王烟酒店)',
      [
        { company: '老王烟酒店', mobile: '13807310001', address: '天心区坡子街12号' },
        { company: '老王烟酒', mobile: '13807310001', address: '天心区坡子街12号', notes: '钱明也在跑这家' },
      ],
      ['most-complete', 'most-recent'],
      [2, 3],
    ],
    [
      'two different addresses, neither a part of the other, leave completeness as it was',
      [
        { name: '刘女士', mobile: '13700001111', address: '朝阳区望京SOHO T1-1201' },
        { name: '刘女士', mobile: '13700001111', address: '海淀区中关村大街1号', notes: '新地址' },
      ],
      ['most-complete', 'most-recent'],
      [3, 2],
    ],
  ])('%s', (_why, rows, rules, expected) => {
    expect(rank(rows, rules)).toEqual(expected);
  });

  it('reads activity dates from date cells and text', () => {
    expect(lastActivity(records([{ lastContact: '2024-03-01', updatedAt: { kind: 'text', value: '2024年5月6日' } }])[0])).toBe('2024-05-06');
    expect(lastActivity(records([{ name: '张伟' }])[0])).toBe('');
  });
});
