/**
 * Labels that tell apart several numbers typed in one cell, each behind its own label and a colon:
 * QuickBooks Online's contact list writes `Phone: (312) 555-3997 Mobile: (512) 555-2001`, a Chinese
 * business card `电话：010-62345678 手机：13812345678`. Rules as data: a word added here is split on
 * by the cleaner (phone.ts) and by the vote for the sheet's region (plan/phone-vote.ts) alike, so the
 * two never count a cell's numbers differently.
 */

/** Words written before one of several numbers, with a colon after them. Longer words first. */
export const NUMBER_LABEL_WORDS: readonly string[] = [
  '手机号码', '手机号', '手机', '移动电话', '电话号码', '联系电话', '办公电话', '家庭电话', '电话', '座机', '固话', '宅电', '传真',
  'telephone', 'phone', 'mobile', 'mob', 'cell', 'tel', 'fax', 'work', 'home', 'office',
];

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
