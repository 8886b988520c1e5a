/**
 * The columns an earlier run added to a sheet it cleaned (整理问题, 重复组, 客户类型, VIP …): its
 * issues column comes first, the rest to its right. On a rerun they are the run's own, written over
 * and never read as the user's data; a user's column of the same name to the left of them (his own
 * 客户类型, his own VIP) is his, mapped, cleaned and never written over.
 */
import { t } from '../i18n';
import { LANGS } from '../i18n/define';

const ISSUES_HEADERS: ReadonlySet<string> = new Set(LANGS.map((lang) => t(lang, 'column.issues')));

/** Index of the first column an earlier run added (its issues column), or `headers.length` when none. */
export function runColumnsStart(headers: readonly string[]): number {
  const i = headers.findIndex((h) => ISSUES_HEADERS.has(typeof h === 'string' ? h.trim() : ''));
  return i < 0 ? headers.length : i;
}
