/**
 * A remark in which the rep who typed a row says the row is the customer registered again (和张婷那边重复
 * 登记了, 重复录入，以王芳那条为准, entered again by mistake, already registered by Tom): the row is the copy,
 * whatever else the remark says, and the row it copies keeps the customer. A 撞单 whose rows carry no
 * created date otherwise went to the fuller row, the re-registration itself (tester h72 #26: 李强's row
 * 49, whose note says so, kept over 张婷's row 5). A remark that denies it (不是重复登记, not a duplicate)
 * says nothing of the kind. Rules as data; a remark that says only "duplicate" is duplicate-remark.ts's.
 */
import { foldText } from './keys/fold';

/** Words, in the folded remark stripped of spaces and punctuation, that say the row was entered again. */
const ENTERED_AGAIN: readonly RegExp[] = [
  /(重复|重複)(登记|登記|录入|錄入|报备|報備|建档|建檔|添加|输入|輸入|录了|錄了|登了|建了)/,
  /(又|再次|多)(录|錄|登记|登記|报备|報備|建档|建檔)了?(一遍|一次|一条|一条记录)/,
  /(录|錄|登记|登記)重了/,
  /(enteredagain|typedagain|registeredagain|addedagain|registeredtwice|enteredtwice|duplicateentry|duplicateof|samecustomeras|alreadyregistered|alreadyentered)/,
];

/** Words just before such a phrase that deny it (不是重复登记, not a duplicate of). */
const DENIED = /(不是|并非|並非|没有|沒有|非|无|無|not|nota|no|never)$/;

export function saysEnteredAgain(text: string): boolean {
  const bare = foldText(text).replace(/[\s\p{P}\p{S}]+/gu, '');
  if (bare === '') return false;
  for (const re of ENTERED_AGAIN) {
    const m = re.exec(bare);
    if (m && !DENIED.test(bare.slice(0, m.index))) return true;
  }
  return false;
}
