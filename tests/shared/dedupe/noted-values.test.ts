/** The values a merge listed in the merged-values note, read back by their column's header (a second birthday). */
import { notedValues, valueItems } from '../../../shared/dedupe/noted-values';

describe('valueItems: the value items of a note, in either language', () => {
  it.each([
    ['a zh-CN note of a merge on a known day', '跟进人: 阿杰（2024-12-01 原第2行）；生日: 1985-12-03（2024-12-01 原第2行）', [{ header: '跟进人', value: '阿杰' }, { header: '生日', value: '1985-12-03' }]],
    ['a zh-CN note without the day', '生日: 12月3日（第5行）', [{ header: '生日', value: '12月3日' }]],
    ['an English note', 'Birthday: 1985-12-03 (row 2 as of 2024-12-01); Mobile: +1 415 555 0134 (row 2)', [{ header: 'Birthday', value: '1985-12-03' }, { header: 'Mobile', value: '+1 415 555 0134' }]],
    ['not a co-owner item, nor a follow-up, nor the user\'s words', '共管负责人：王磊/刘洋；阿杰 的待办跟进：2024-12-03（第4行）；客户说生日是12月3日', []],
  ])('%s', (_why, note, expected) => {
    expect(valueItems(note)).toEqual(expected);
  });
});

describe('notedValues: by the sheet\'s header of each field', () => {
  it('gives each row the values listed under the birthday column\'s header, and nothing of other columns', () => {
    const notes = new Map([
      [2, '生日: 1985-12-03（2024-12-01 原第4行）；手机: 13800000000（2024-12-01 原第4行）'],
      [3, '跟进人: 阿杰（2024-12-01 原第8行）'],
    ]);
    expect(notedValues(notes, { birthday: '生日 ', anniversary: undefined })).toEqual(new Map([[2, { birthday: ['1985-12-03'] }]]));
  });
});
