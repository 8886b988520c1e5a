/**
 * A renewal the sheet says is done (续保状态 已续保, 备注 已出单, Renewal Status Renewed), for the contract
 * reminders. Such a word carries no period: a 4S sheet kept from one year to the next keeps last
 * year's 已续保 beside the 保险到期 typed over with this year's end, and then the policy due now is the
 * one nobody renewed. Silencing it would let a policy lapse unseen; a reminder the rep skips costs a
 * glance. So the reminder is raised, and says what the sheet states (renewalStated), for the rep to
 * check before he calls. A renewal or policy lost (已转保, 脱保, 退租, Lost to competitor) is a standing
 * (standing.ts, ended) and silences the ladder.
 */
import { cellText, isBlank, type Cell } from '../table/cell';
import type { CustomerRecord } from '../table/records';
import { foldValue } from '../classify/fold-value';
import { toSimplified } from '../text/simplified';
import { LIST, NOTE, QUOTES, STANDING_COLUMNS } from './standing';

/**
 * Words of a renewal done, matched whole against one listed part of a status cell (or the first of a
 * remark), folded. Never a word inside a longer part, so 未续保, 不续保, 待续约, 续保中, 续租中 and
 * Not renewed (a renewal still to make, the rep's very work) say nothing.
 */
export const RENEWED_WORDS: readonly string[] = [
  '已续保', '续保成功', '续保完成', '已出单', '出单成功', '已续约', '续约成功', '续约完成', '已续签', '续签成功', '续签完成',
  '已续费', '续费成功', '续费完成', '已续租', '续租成功', '已续期', '续期成功',
  'renewed', 'renewal complete', 'renewal completed', 'renewal done', 'renewal signed', 'auto-renew', 'auto-renewed',
  'auto renew', 'auto renewed', 'auto-renewal', 'bound', 'policy renewed', 'contract renewed', 'lease renewed',
];

const KEYS: ReadonlySet<string> = new Set(RENEWED_WORDS.map((w) => foldValue(w)));

/** Longer than this, a part is a sentence, not a status (已续保，客户说明年再看 is read by its first part). */
const LONGEST_PART = 24;

/** The listed part of `text` (as typed, its bracketed note kept) that is a renewal-done word, or null. */
function renewedPart(text: string, firstOnly: boolean): string | null {
  const parts = text.split(LIST);
  for (const typed of firstOnly ? parts.slice(0, 1) : parts) {
    const trimmed = typed.trim();
    if (trimmed === '' || trimmed.length > LONGEST_PART) continue;
    const key = toSimplified(foldValue(trimmed.replace(NOTE, ' '))).replace(QUOTES, '').trim();
    if (KEYS.has(key)) return trimmed;
  }
  return null;
}

/** Each distinct cell text's answer, for a sheet whose status column repeats a few words. */
export type RenewalMemo = Map<string, string | null>;

function readCell(cell: Cell | undefined, firstOnly: boolean, memo: RenewalMemo): string | null {
  if (!cell || isBlank(cell) || cell.kind !== 'text') return null;
  const text = cellText(cell);
  const key = (firstOnly ? '\u0000' : '') + text;
  let read = memo.get(key);
  if (read === undefined) {
    read = renewedPart(text, firstOnly);
    memo.set(key, read);
  }
  return read;
}

/**
 * The renewal-done word the row states, as typed (已续保, Renewed), in a status column or as its
 * remark's first part (备注 已续保), or null.
 */
export function renewalStated(record: CustomerRecord, memo: RenewalMemo = new Map()): string | null {
  for (const field of STANDING_COLUMNS) {
    const said = readCell(record.fields[field], false, memo);
    if (said !== null) return said;
  }
  return readCell(record.fields.notes, true, memo);
}
