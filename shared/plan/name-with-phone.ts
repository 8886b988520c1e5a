/**
 * A contact name typed with his number (钉钉 CRM's 联系人: 刘明 13871112222, 张丽(13973334444),
 * 王强/13598887777, 陈伟 0791-86661234): the name and the number apart, so the run reads the name as
 * the row's name and the number as one more of its phones (duplicates, reminders), the cell as typed.
 * Only a plain name and one number read as a phone: 刘小雨-宝妈群-13566667777 is a name with notes,
 * whose number the user is asked to move (person-name.ts name.hasNumber).
 */
import { phoneKeys } from '../dedupe/keys/phone';

/** A person's name alone: 2–4 Han characters (with a · for 买买提·艾力), or Latin words. */
const NAME = String.raw`(?:\p{Script=Han}{2,4}(?:·\p{Script=Han}{1,6})?|\p{Script=Latin}[\p{Script=Latin}.'’]*(?: \p{Script=Latin}[\p{Script=Latin}.'’]*){0,3})`;
/** A number as typed: digits with the spaces, hyphens and brackets numbers are written with, maybe after +. */
const NUMBER = String.raw`\+?\d[\d\s()-]{5,}\d`;
/** What stands between them: spaces, a slash, a colon or comma, or brackets around the number. */
const NAME_THEN_NUMBER = new RegExp(String.raw`^\s*(${NAME})\s*(?:[/／:：,，、-]\s*)?[(（]?\s*(${NUMBER})\s*[)）]?\s*$`, 'u');
const NUMBER_THEN_NAME = new RegExp(String.raw`^\s*(${NUMBER})\s*(?:[/／:：,，、-]\s*)?[(（]?\s*(${NAME})\s*[)）]?\s*$`, 'u');

export interface NameAndPhone {
  name: string;
  phone: string;
}

/** The name and the number of `text`, or null unless it is a plain name and one number `region`'s rules read as a phone. */
export function splitNameAndPhone(text: string, region: string): NameAndPhone | null {
  const folded = text.normalize('NFKC');
  let m = NAME_THEN_NUMBER.exec(folded);
  let found: NameAndPhone | null = m ? { name: m[1].trim(), phone: m[2].trim() } : null;
  if (!found) {
    m = NUMBER_THEN_NAME.exec(folded);
    found = m ? { name: m[2].trim(), phone: m[1].trim() } : null;
  }
  if (!found) return null;
  const keys = phoneKeys(found.phone, region);
  // One number the phone rules read whole (a local number without its area code is no number to add).
  return keys.length === 1 && !keys[0].e164.startsWith('local:') ? found : null;
}
