/**
 * A note typed right under the header, above the first customer: 说明：红色为超账期客户，欠款单位元,
 * 备注：灰色行已流失, 注：…, Note: red rows are overdue. One sentence alone in the row (in its first
 * cell, or merged across it), opened by a note word and its colon. Read as a customer, it was one
 * classed 大区：其他 and counted (h63). A row whose first cell only starts with 注 (注小明, no colon)
 * or that holds a phone, an e-mail or a number stays a customer. Rules as data: the words, the rest.
 */
import { isBlank, type Cell } from './cell';

/** The word that opens a note, then its colon: the word is all the summary shows of the row. */
const LEAD_NOTE = /^[*※]?\s*(说明|說明|备注|備註|注意|注|附注|填表说明|填写说明|温馨提示|提示|notes?|nb|n\.b\.|please note)\s*[:：]\s*(\S.*)$/isu;
/** A way to reach someone, or a number long enough to be one: such a row is a customer's. */
const CONTACT = /@|\d[\d\s-]{6,}\d/u;

/**
 * The note word of `row` (its cells within the table) when it is a note above the customers, else null.
 * A merged note is read as its top-left cell; a host that repeats the value over the merge gives the
 * same text in each cell, which is still one note.
 */
export function leadNoteLabel(row: readonly Cell[]): string | null {
  let note: string | null = null;
  for (const cell of row) {
    if (cell == null || isBlank(cell)) continue;
    if (cell.kind !== 'text') return null;
    const value = cell.value.trim();
    if (note !== null && value !== note) return null;
    note = value;
  }
  if (note === null) return null;
  const found = LEAD_NOTE.exec(note.normalize('NFKC'));
  if (!found || CONTACT.test(found[2])) return null;
  return found[1];
}
