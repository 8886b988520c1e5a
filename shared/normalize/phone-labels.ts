/**
 * Labels that tell apart several numbers typed in one cell, each behind its own label and a colon:
 * QuickBooks Online's contact list writes `Phone: (312) 555-3997 Mobile: (512) 555-2001`, a Chinese
 * business card `电话：010-62345678 手机：13812345678`. Rules as data: a word added here is split on
 * by the cleaner (phone.ts) and by the vote for the sheet's region (plan/phone-vote.ts) alike, so the
 * two never count a cell's numbers differently.
 */

/**
 * Labels that say only "a phone number" (手机：138…, Phone: (608) 555-0123): the cleaner reads past one
 * typed before a number and drops it, as the column says the same (phone.ts LABEL).
 */
export const PHONE_LABEL_WORDS: readonly string[] = [
  '手机号码', '手机号', '手机', '移动电话', '电话号码', '联系电话', '联系方式', '电话', '座机', '固话', '办公电话', '宅电', '家庭电话',
  'tel', 'telephone', 'phone', 'mobile', 'mob', 'cell',
];

/**
 * Words written before one of several numbers, with a colon after them: the phone labels, and those
 * that say whose or which line it is (传真, Fax, Work, Home, Office), which the cleaner keeps beside the
 * number as a note (phone.ts LEADING_NOTE) but splits on all the same.
 */
export const NUMBER_LABEL_WORDS: readonly string[] = [...PHONE_LABEL_WORDS, '传真', 'fax', 'work', 'home', 'office'];

/**
 * Where a labelled number begins inside a cell: before a label word and its colon, with something
 * before it and no letter right before it (the phone of Telephone, the 电话 of 移动电话, are no label
 * of their own).
 */
const LABEL_AT = new RegExp(`(?<=\\S\\s*)(?<!\\p{L})(?=(?:${NUMBER_LABEL_WORDS.join('|')})\\.?\\s*[:：])`, 'giu');

/** Digits a labelled part needs to be a number of its own (an extension or a 'N/A' keeps the cell whole). */
const MIN_DIGITS = 7;

/**
 * The labelled numbers of a cell, each with its label (`Phone: (312) 555-3997`, `Mobile: (512)
 * 555-2001`), or the cell whole when it holds no second labelled number.
 */
export function splitAtLabels(text: string): string[] {
  if (!/[:：]/.test(text)) return [text];
  const parts = text.split(LABEL_AT).map((x) => x.trim()).filter((x) => x !== '');
  return parts.length > 1 && parts.every((x) => (x.match(/\d/g) ?? []).length >= MIN_DIGITS) ? parts : [text];
}
