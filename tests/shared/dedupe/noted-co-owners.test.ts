/** The co-owner lists read back from a merged-values note, as merges in either language wrote it. */
import { coOwnerItems } from '../../../shared/dedupe/noted-co-owners';

describe('coOwnerItems', () => {
  it.each([
    ['共管负责人：王磊/刘洋/陈静；负责人: 王磊/陈静（2024-11-25 原第3行）', ['王磊/刘洋/陈静'], 'a Chinese merge: the list, then the other owner cell'],
    ['co-owners: Amy/Ben; Owner: Ben (row 3 as of 2024-11-25)', ['Amy/Ben'], 'an English merge'],
    ['电话: 0571-88886666（2024-11-18 原第41行）；共管负责人：王磊/陈静；co-owners: 王磊/陈静/张伟', ['王磊/陈静', '王磊/陈静/张伟'], 'week after week, each merge its item, in the language of its run'],
    ['共管负责人：王磊；刘洋；陈静；负责人: 王磊；陈静（2024-11-25 原第3行）', ['王磊；刘洋；陈静'], 'a cell taken whole, its reps parted by the note\'s own separator'],
    ['负责人: 王磊/陈静（2024-11-25 原第3行）', [], 'no co-owners item'],
    ['共管负责人说：下周再约', [], 'a sentence that only starts like the item'],
  ])('%s → %j (%s)', (note, lists) => {
    expect(coOwnerItems(note)).toEqual(lists);
  });
});
