/**
 * The columns an earlier run added to a sheet it cleaned (整理问题, 重复组, 重复依据, 客户类型 …
 * 分类依据, 合并记录). On a rerun they are the run's own, written over and never read as the user's
 * data. They are told by their headers, in either language (last week's run may have been in the
 * other one), not by where they stand: a column the user types among them or to their right (本周跟进
 * 结果 after 分类依据) is his, read, mapped, merged and archived like any other, and deleting one of
 * them (整理问题) leaves the others the run's. A user's column of one of those names to the left of
 * them (his own 客户类型, his own VIP) is his too, mapped, cleaned and never written over.
 */
import { t, type MessageKey } from '../i18n';
import { LANGS } from '../i18n/define';

const both = (key: MessageKey): string[] => LANGS.map((lang) => t(lang, key));

/** Headers only a run writes: where they stand, the run's columns begin. */
const ISSUES = new Set(both('column.issues'));
const GROUP = new Set(both('column.duplicateGroup'));
const REASONS = new Set(both('column.duplicateReasons'));
/**
 * Headers a run writes, but a user may well write too, for a column he keeps himself (his 合并记录 of
 * hand merges, his 分类依据): the run's only inside a block that began at its issues column or its
 * duplicate pair, never where one begins.
 */
const LATER_MARKS = new Set([...both('column.classReasons'), ...both('dedupe.column.merged')]);

/** Every header a run gives a column it adds, in both languages, but the user's own rule titles. */
const RUN_HEADERS: readonly string[] = [
  ...ISSUES, ...GROUP, ...REASONS, ...LATER_MARKS,
  ...(['classify.dimension.lifecycle', 'classify.dimension.activity', 'classify.dimension.tier', 'classify.dimension.vip'] as const).flatMap(both),
];

/**
 * The run's column a header names, whatever the language (整理问题 and Sheet Keeper issues are one
 * column, 客户类型（计算） and Customer type another): last week's run in the other language
 * wrote the column this week's writes over. Null for a header no run writes (a user's rule title: its
 * two languages are in the settings, not here).
 */
export function runColumnKey(header: string): string | null {
  return KEY_OF.get(header.trim()) ?? null;
}

const RUN_KEYS: readonly MessageKey[] = [
  'column.issues', 'column.duplicateGroup', 'column.duplicateReasons', 'column.classReasons', 'dedupe.column.merged',
  'classify.dimension.lifecycle', 'classify.dimension.activity', 'classify.dimension.tier', 'classify.dimension.vip',
];
const KEY_OF: ReadonlyMap<string, string> = new Map(
  RUN_KEYS.flatMap((key) => LANGS.flatMap((lang) => {
    const header = t(lang, key);
    // Named apart from a user's column in one language (客户类型（计算）) and not in the other (Customer type): one column.
    return [[header, key], ...LANGS.map((l) => [t(l, 'column.computed', { header: t(l, key) }), key])] as [string, string][];
  })),
);

/** A header as read: trimmed text, '' for anything else. */
const headerText = (h: unknown): string => (typeof h === 'string' ? h.trim() : '');

/**
 * The titles a user's own classification rules (settings.classify.custom) give their columns, in both
 * languages: the run adds a column under each. Read defensively, as the settings may not be checked yet.
 */
export function ruleTitles(custom: readonly unknown[] | undefined): string[] {
  const out: string[] = [];
  for (const rule of Array.isArray(custom) ? custom : []) {
    if (rule === null || typeof rule !== 'object') continue;
    const { id, label } = rule as { id?: unknown; label?: unknown };
    if (label !== null && typeof label === 'object') {
      for (const v of Object.values(label as Record<string, unknown>)) if (typeof v === 'string' && v.trim() !== '') out.push(v.trim());
    } else if (typeof id === 'string' && id.trim() !== '') out.push(id.trim());
  }
  return out;
}

/**
 * The titles a run tells its own columns by, beyond the headers every run writes: the user's rule titles
 * in this run's settings, and the headers the host recorded as an earlier run's own (grid.ownColumns:
 * that run's rule titles are in the settings file it was given, which a later run may not be).
 */
export function runTitles(custom: readonly unknown[] | undefined, recorded: readonly unknown[] | undefined): string[] {
  const out = ruleTitles(custom);
  for (const h of Array.isArray(recorded) ? recorded : []) if (typeof h === 'string' && h.trim() !== '' && !out.includes(h.trim())) out.push(h.trim());
  return out;
}

/** A header Excel's table gave a second column of one name (VIP2 beside the user's vip). */
const unsuffixed = (h: string): string | null => {
  const m = /^(.*?)([1-9]\d*)$/.exec(h);
  return m && Number(m[2]) >= 2 && m[1] !== '' ? m[1] : null;
};

/**
 * The columns (0-based, of `headers`) an earlier run added. They start at its issues column, or,
 * that one deleted, at its duplicate-group column right before its duplicate-reasons column (the pair a
 * run always writes together). A class-reasons or merged-values header alone never starts them: a raw
 * sheet's own 合并记录 (the user's log of his hand merges) left of his own 客户类型 / VIP would make all
 * of those the run's, written over on the first run. From the start on, each column headed with one of
 * the run's headers (`titles`: the user's rule titles too), its 计算/computed form or a table's renaming
 * of it (VIP2 beside the user's vip), is the run's, each header once. Anything else there, a blank
 * header or a numbered one the user typed (大区2 beside the run's 大区) included, is the user's.
 */
export function runColumns(headers: readonly unknown[], titles: readonly string[] = []): ReadonlySet<number> {
  const texts = headers.map(headerText);
  let start = -1;
  for (let col = 0; col < texts.length && start < 0; col++) {
    const h = texts[col];
    if (ISSUES.has(h) || (GROUP.has(h) && REASONS.has(texts[col + 1] ?? ''))) start = col;
  }
  const out = new Set<number>();
  if (start < 0) return out;
  const base = [...RUN_HEADERS, ...titles];
  const known = new Set(base);
  // An added column named like one of the user's own is named apart (客户类型（计算）): in either language.
  for (const h of base) for (const lang of LANGS) known.add(t(lang, 'column.computed', { header: h }));
  const claimed = new Set<string>();
  for (let col = start; col < texts.length; col++) {
    const h = texts[col];
    if (!known.has(h) || claimed.has(h)) continue;
    claimed.add(h);
    out.add(col);
  }
  // A numbered header (VIP2) is the run's only as a table's renaming of its column: Excel renames it
  // when the table has a column of that name already, the user's left of the block (his vip), and
  // then the block has no column of the bare name. Otherwise it is a column the user typed (his 大区2
  // after 分类依据, his VIP2 from an old sheet): read, merged and archived as his, never written over.
  const userLeft = new Set(texts.slice(0, start).map((h) => h.toLowerCase()));
  for (let col = start; col < texts.length; col++) {
    const base = unsuffixed(texts[col]);
    if (out.has(col) || base === null || !known.has(base) || claimed.has(base) || !userLeft.has(base.toLowerCase())) continue;
    claimed.add(base);
    out.add(col);
  }
  return out;
}

/**
 * The columns (0-based) of `headers` that are an earlier run's only by the host's record (`recorded`),
 * not by a header every run writes nor by a rule title of this run's settings (`custom`): rule columns
 * this run neither reads nor writes over, kept as they were (build.ts says so in a note).
 */
export function recordedOnly(headers: readonly unknown[], custom: readonly unknown[] | undefined, recorded: readonly unknown[] | undefined): number[] {
  const bySettings = runColumns(headers, ruleTitles(custom));
  return [...runColumns(headers, runTitles(custom, recorded))].filter((col) => !bySettings.has(col)).sort((a, b) => a - b);
}
