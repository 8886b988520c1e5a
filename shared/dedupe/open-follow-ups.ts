/**
 * The follow-ups another rep planned on rows a merge folds away (撞单: 阿杰 planned 陈建国 for 12-03, 小美's
 * kept row 12-20). The kept row's 下次跟进 holds its own rep's plan; the other rep's is a promise to the
 * customer that a merge must not cancel (as HubSpot and Zoho keep both records' tasks, each with its
 * owner). Each is written first in the kept row's merged-values note (阿杰 的待办跟进：2024-12-03 …), and
 * every run, the merging one and any later one, reads it back and reminds that rep on the kept row
 * until a later contact answers it (remind.ts, rules/follow-up.ts).
 */
import { t, type Lang } from '../i18n';
import { LANGS } from '../i18n/define';
import { isFormula } from '../table/cell';
import type { Row } from '../table/table';
import { ownerKey, ownerName } from '../table/owner-name';
import { supersedes, type PlanAt } from '../remind/newest-plan';
import { NOTE_SEPARATORS } from './noted-co-owners';
import { itemPattern, itemWord } from './noted-values';

/** One rep's open follow-up a merge carried over: his name as his row wrote it, the day, and the row it was on. */
export interface OpenFollowUp {
  owner: string;
  /** YYYY-MM-DD. */
  day: string;
  row: number;
}

/**
 * Of `others` (the rows a merge folds into the kept one) whose rep is not the kept row's
 * (`otherRep`), each rep's newest plan in column `col` (newest-plan.ts: the one set at his later
 * contact, `madeOf` dating a row's writing, '' when unknown), in the order of the rows. A rep's
 * earlier plan is superseded, as it is before the merge (same-customer.ts withLatestPlan); a row
 * without an owner is the kept row's rep's, never here.
 */
export function otherRepsPlans(others: readonly Row[], col: number, ownerCol: number, otherRep: (r: Row) => boolean, madeOf: (r: Row) => string): OpenFollowUp[] {
  const newest = new Map<string, PlanAt<string> & { plan: string; from: Row }>();
  for (const r of others) {
    const c = r.cells[col];
    const owner = ownerName(r.cells[ownerCol]);
    if (c?.kind !== 'date' || isFormula(c) || owner === '' || !otherRep(r)) continue;
    const here = { plan: c.value.slice(0, 10), made: madeOf(r) || null, from: r };
    const best = newest.get(ownerKey(owner));
    if (!best || supersedes(here, best)) newest.set(ownerKey(owner), here);
  }
  return [...newest.values()]
    .sort((a, b) => a.from.sheetRow - b.from.sheetRow)
    .map((p) => ({ owner: ownerName(p.from.cells[ownerCol]), day: p.plan, row: p.from.sheetRow }));
}

/** The note item of an open follow-up, citing its row as of the merge day `on` when known. */
export function followUpItem(lang: Lang, plan: OpenFollowUp, on: string | null | undefined): string {
  const params = { owner: plan.owner, date: plan.day, row: plan.row };
  return on === undefined || on === null ? t(lang, 'dedupe.note.followUp', params) : t(lang, 'dedupe.note.followUpOn', { ...params, on });
}

const DAY = '\\d{4}-\\d{2}-\\d{2}';
/**
 * The item as each language writes it, with and without its merge day, as a pattern: the owner and
 * day captured by name (the languages place them in their own order). Read from the catalogs, so a reworded item is still read back.
 */
const ITEM_PATTERNS: readonly RegExp[] = LANGS.flatMap((lang) =>
  (['dedupe.note.followUp', 'dedupe.note.followUpOn'] as const).map((key) => itemPattern(lang, key, { owner: '.+?', date: DAY }, { row: '\\d+', on: DAY })),
);

/** The fixed words of the item in each language: a part without them is no such item. */
const ITEM_WORDS: readonly string[] = [...new Set(LANGS.flatMap((lang) => (['dedupe.note.followUp', 'dedupe.note.followUpOn'] as const).map((key) => itemWord(lang, key))))];
const saysFollowUp = (text: string) => ITEM_WORDS.some((w) => text.includes(w));

/** The open follow-ups one merged-values note says, in the order written (the row left out: rows move). */
export function followUpItems(note: string): { owner: string; day: string }[] {
  const out: { owner: string; day: string }[] = [];
  if (!saysFollowUp(note)) return out;
  const parts = note.split(NOTE_SEPARATORS);
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i].trim();
    if (!saysFollowUp(part)) continue;
    for (const pattern of ITEM_PATTERNS) {
      const m = pattern.exec(part);
      if (m) {
        out.push({ owner: m.groups!.owner.trim(), day: m.groups!.date });
        break;
      }
    }
  }
  return out;
}

/** Sheet row → the open follow-ups its merged-values note says (merged-column.ts mergedNotes). */
export function notedFollowUps(notes: ReadonlyMap<number, string>): Map<number, { owner: string; day: string }[]> {
  const out = new Map<number, { owner: string; day: string }[]>();
  for (const [row, note] of notes) {
    const items = followUpItems(note);
    if (items.length > 0) out.set(row, items);
  }
  return out;
}
