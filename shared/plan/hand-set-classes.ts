/**
 * A class the user set by hand in one of the run's own class columns (客户类型 现有客户 → 流失客户): kept, as a
 * CRM keeps a manual override, and never written over by the rules again until the user clears the cell.
 *
 * The run cannot tell a label the user retyped from one it wrote itself: both are its labels. So the host
 * keeps a memory beside the sheet (ClassMemory, recorded in the very hidden _SheetKeeper sheet by
 * own-columns-record.ts): per row, by the row's fingerprint (dedupe/fingerprint.ts, the one the
 * not-duplicates marks survive sorting with), the level each class column was given and whether that level
 * is the user's. On the next run a cell whose label names another level than the one recorded is the
 * user's correction; a cell recorded as the user's stays his while it holds any level's label; a cleared
 * cell is the rules' again. Text that names no level (已核实, 高价值（老板指定重点）) is no class: typed-over.ts
 * keeps it in a note, as before.
 *
 * Levels are recorded by id (existing, churned), not by their words: a rerun in the other language reads
 * 现有客户 and Existing as one level, and the record holds no customer's data (PITFALLS E1).
 */
import { t } from '../i18n';
import { LANGS, type Lang } from '../i18n/define';
import { labelText } from '../classify/labels';
import { cellText, type Cell } from '../table/cell';
import type { Grid } from '../table/grid';
import type { AddedColumn, Plan } from './types';

/** The level a class column holds on a row, and whether the user set it by hand. */
export interface RememberedClass {
  level: string;
  byHand: boolean;
}

/** Row key (fingerprint, `#2` for its second row of the sheet …) → dimension → what the cell holds. */
export type ClassMemory = Map<string, Map<string, RememberedClass>>;

/** A class cell the user set by hand, kept as he wrote it. */
export interface HandSetClass {
  /** Sheet row and column (1-based) of the cell, in the sheet as read. */
  sheetRow: number;
  col: number;
  /** The column's header as this run writes it. */
  header: string;
  dimension: string;
  /** The user's label, as it stands in the cell. */
  label: string;
  /** What the rules give the row, in the run's language ('' when they give nothing). */
  rules: string;
}

const CLASS = 'class.';
const REASONS = 'class.reasons';

/**
 * Each row's key in the memory: its fingerprint, and for the second, third … row of the sheet with the
 * same fingerprint (a customer typed twice, not merged yet) the fingerprint with `#2`, `#3` …, in sheet order.
 */
export function rowKeys(fingerprints: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return fingerprints.map((fp) => {
    const n = (seen.get(fp) ?? 0) + 1;
    seen.set(fp, n);
    return n === 1 ? fp : `${fp}#${n}`;
  });
}

/** Each dimension's labels in both languages → the level's id: what a cell of its column may say. */
function levelsByText(plan: Pick<Plan, 'classification'>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const entry of plan.classification?.legend ?? []) {
    const byText = new Map<string, string>();
    for (const label of entry.labels) for (const lang of LANGS) byText.set(fold(labelText(lang, label.id, label.text)), label.id);
    out.set(entry.dimension, byText);
  }
  return out;
}

/** A key's fingerprint, without the `#2` of a second row alike. */
const baseOf = (key: string): string => {
  const at = key.indexOf('#');
  return at < 0 ? key : key.slice(0, at);
};

/**
 * What the memory holds for each row (its index) in `dimension`. A row's fingerprint names it, wherever
 * sorting moved it. Rows alike (one customer typed twice, the same fingerprint) are told apart by
 * what their cells hold, not by their order, which a sort may have turned: the user's class goes to the
 * row still holding it, the run's to a row holding that, the rest in order.
 */
function remembered(memory: ClassMemory, keys: readonly string[], dimension: string, cellLevel: (j: number) => string | undefined): (j: number) => RememberedClass | undefined {
  const rowsOf = new Map<string, number[]>();
  keys.forEach((key, j) => {
    const base = baseOf(key);
    const list = rowsOf.get(base);
    if (list) list.push(j);
    else rowsOf.set(base, [j]);
  });
  const shared = new Map<number, RememberedClass | undefined>();
  for (const [base, rows] of rowsOf) {
    if (rows.length < 2) continue;
    const entries: RememberedClass[] = [];
    for (let n = 1; ; n++) {
      const entry = memory.get(n === 1 ? base : `${base}#${n}`);
      if (entry === undefined) break;
      const one = entry.get(dimension);
      if (one) entries.push(one);
    }
    const used = new Set<number>();
    const claim = (j: number, fits: (e: RememberedClass) => boolean) => {
      if (shared.has(j)) return;
      const k = entries.findIndex((e, i) => !used.has(i) && fits(e));
      if (k < 0) return;
      used.add(k);
      shared.set(j, entries[k]);
    };
    const levelOf = new Map(rows.map((j) => [j, cellLevel(j)]));
    for (const j of rows) claim(j, (e) => e.byHand && e.level === levelOf.get(j));
    for (const j of rows) claim(j, (e) => !e.byHand && e.level === levelOf.get(j));
    for (const j of rows) claim(j, () => true);
    for (const j of rows) if (!shared.has(j)) shared.set(j, undefined);
  }
  return (j) => (shared.has(j) ? shared.get(j) : memory.get(keys[j])?.get(dimension));
}

/** Case and width of Latin letters do not make another label (churned, Churned). */
const fold = (text: string): string => text.normalize('NFKC').trim().toLowerCase();

const textOf = (cell: Cell | undefined): string => (cell === undefined ? '' : cellText(cell).trim());

const gridText = (grid: Grid, row: number, col: number): string => textOf(grid.cells[row - grid.firstRow]?.[col - grid.firstCol]);

/**
 * The plan with the user's hand-set classes kept: each class column's cell the memory shows the user
 * changed (or holds as his) keeps his label, its row's *分类依据* first saying so and what the rules give;
 * `handSet` lists them, `classMemory` is what the host records for the next run. `addedCols` are the sheet
 * columns plan.addedColumns go to, `appended` those new to the sheet (no earlier cell to read). Without a
 * memory (a first run, a file an older version wrote) nothing is kept: only the memory is made.
 */
export function keepHandSetClasses(
  grid: Grid,
  plan: Plan,
  addedCols: readonly number[],
  appended: ReadonlySet<number>,
  memory: ClassMemory | undefined,
): Plan {
  const keys = plan.rowKeys;
  if (keys === undefined || keys.length !== plan.rows.length) return plan;
  const levels = levelsByText(plan);
  const lang: Lang = plan.language;
  const removed = new Set(plan.merge?.removeRows ?? []);
  const after: ClassMemory = new Map();
  const handSet: HandSetClass[] = [];
  // Row index → what to say first in its reasons.
  const said = new Map<number, string[]>();
  const columns: AddedColumn[] = plan.addedColumns.map((added, i) => {
    if (!added.id.startsWith(CLASS) || added.id === REASONS) return added;
    const dimension = added.id.slice(CLASS.length);
    const byText = levels.get(dimension);
    if (byText === undefined) return added;
    const col = addedCols[i];
    const earlier = col !== undefined && !appended.has(col);
    let values: Cell[] | undefined;
    const cellLevel = (j: number): string | undefined => {
      const now = gridText(grid, plan.rows[j], col!);
      return now === '' ? undefined : byText.get(fold(now));
    };
    const pastOf = earlier && memory ? remembered(memory, keys, dimension, cellLevel) : () => undefined;
    plan.rows.forEach((sheetRow, j) => {
      // A row a merge removes is gone from the output: nothing of it to remember.
      if (removed.has(sheetRow)) return;
      const rules = textOf(added.values[j]);
      const ruled = rules === '' ? undefined : byText.get(fold(rules));
      const remember = (level: string | undefined, byHand: boolean) => {
        if (level === undefined) return;
        let row = after.get(keys[j]);
        if (row === undefined) after.set(keys[j], (row = new Map()));
        row.set(dimension, { level, byHand });
      };
      const past = pastOf(j);
      const now = past === undefined ? '' : gridText(grid, sheetRow, col!);
      const level = now === '' ? undefined : byText.get(fold(now));
      // His when he changed what the run wrote, or kept what he set; a cleared cell is the rules' again.
      if (past === undefined || level === undefined || (!past.byHand && level === past.level)) return remember(ruled, false);
      remember(level, true);
      values ??= added.values.slice();
      values[j] = { kind: 'text', value: now };
      handSet.push({ sheetRow, col: col!, header: added.header, dimension, label: now, rules });
      const list = said.get(j) ?? [];
      list.push(t(lang, 'classify.reason.handSet', { dimension: added.header, label: now, rules: rules === '' ? t(lang, 'classify.reason.handSetNone', {}) : lang === 'zh-CN' ? `“${rules}”` : `"${rules}"` }));
      said.set(j, list);
    });
    return values === undefined ? added : { ...added, values };
  });
  const sep = lang === 'zh-CN' ? '；' : '; ';
  const withReasons = said.size === 0 ? columns : columns.map((added) => {
    if (added.id !== REASONS) return added;
    const values = added.values.slice();
    for (const [j, list] of said) {
      const before = textOf(values[j]);
      values[j] = { kind: 'text', value: [...list, ...(before === '' ? [] : [before])].join(sep) };
    }
    return { ...added, values };
  });
  handSet.sort((a, b) => a.sheetRow - b.sheetRow || a.col - b.col);
  return { ...plan, addedColumns: withReasons, classMemory: after, ...(handSet.length > 0 ? { handSet } : {}) };
}
