/**
 * The line that names the columns no field was read from, by header: a salon that sees "识别的列 4 / 5"
 * learns it was 卡内金额 (a balance is no spending, so no value tiers) and can map it in
 * settings.headers.overrides. Said in the terminal's summary and, on a sheet the run mostly could not
 * read, under the Report sheet's warning, which counts them and points here instead of naming them again.
 * Which columns are unread is the core's rule (shared/plan/left-unread.ts, Plan.unreadColumns), as the
 * Excel and Sheets hosts read it; this file only words it for the terminal.
 */
import { isStaffHeader, type Lang, type Plan } from '../shared';
import { say as sayPlain } from './messages';

/** Unread columns named on the summary; the JSON report's columns has every mapping. */
export const MAX_UNREAD = 8;

/** The line, or null when every column was read. `say`: the terminal's, which makes each header safe to print. */
export function unreadColumnsLine(plan: Plan, lang: Lang, say: typeof sayPlain = sayPlain, max = MAX_UNREAD): string | null {
  const headers = (plan.unreadColumns ?? []).filter((c) => c.readFor === undefined).map((c) => c.header);
  if (headers.length === 0) return null;
  const shown = headers.slice(0, max).map((name) => say(lang, 'cli.summary.quoted', { name }));
  const more = headers.length > max ? say(lang, 'cli.summary.sep') + '…' : '';
  return say(lang, 'cli.summary.unread', { columns: shown.join(say(lang, 'cli.summary.sep')) + more });
}

/**
 * The line that names a balance column (储值余额, Store credit) with what it is read for: no spending,
 * but a merge warns of a balance left on an archived row. Null when the sheet has none.
 */
export function balanceColumnsLine(plan: Plan, lang: Lang, say: typeof sayPlain = sayPlain): string | null {
  return readForLine(plan, 'balance', 'cli.summary.balanceColumns', lang, say);
}

/**
 * The line that names a column of money owed (欠费(元), Balance Due, Arrears): no spending, but a merge
 * adds it only across two accounts (different customer IDs) and warns of another amount left on an archived row. Null when the sheet has none.
 */
export function owedColumnsLine(plan: Plan, lang: Lang, say: typeof sayPlain = sayPlain): string | null {
  return readForLine(plan, 'owed', 'cli.summary.owedColumns', lang, say);
}

function readForLine(plan: Plan, readFor: 'balance' | 'owed', key: 'cli.summary.balanceColumns' | 'cli.summary.owedColumns', lang: Lang, say: typeof sayPlain): string | null {
  const headers = (plan.unreadColumns ?? []).filter((c) => c.readFor === readFor).map((c) => c.header);
  if (headers.length === 0) return null;
  return say(lang, key, { columns: headers.map((name) => say(lang, 'cli.summary.quoted', { name })).join(say(lang, 'cli.summary.sep')) });
}

/**
 * The line that says the owner was read from a staff column (Instructor, 老师, 策划师): no column named a
 * sales rep, so each customer's reminders go to whoever looks after him. Null otherwise.
 */
export function staffOwnerLine(plan: Plan, lang: Lang, say: typeof sayPlain = sayPlain): string | null {
  const owner = plan.columns.find((c) => c.field === 'owner' && c.extra === undefined && c.run === undefined);
  if (owner === undefined || owner.source === 'override' || !isStaffHeader(owner.header)) return null;
  return say(lang, 'cli.summary.staffOwner', { column: say(lang, 'cli.summary.quoted', { name: owner.header }) });
}
