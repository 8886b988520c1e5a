/**
 * Text a user typed into one of the run's own columns (整理问题 / 价值等级 / 客户类型 …: a rep's 已核实 beside
 * a flagged cell, a class corrected by hand, 高价值（老板指定重点）). A rerun writes over these columns;
 * before it does, each cell whose text is not one the run writes there is found here, so the host keeps
 * it (a note on the cell) and says how many it kept, as the reminders sheet keeps a rep's notes.
 *
 * The run knows its own words: every message of the core's catalog, in either language (the earlier run
 * may have been in the other one), the class labels of the legend (the user's own rules' labels too),
 * and the duplicate group's `G3 · ` before its confidence. A cell is the run's when it is one of them, or
 * several joined by the run's separators (；/ ; / a line break), each a whole message. Anything else was
 * typed. A message whose own words are too few to tell it from typed text ("{a}：{b}") is not used.
 */
import { messageTemplates } from '../i18n';
import { LANGS } from '../i18n/define';
import { templateSource, templateWords } from '../i18n/template-pattern';
import { cellText, type Cell } from '../table/cell';
import type { Grid } from '../table/grid';
import type { Plan } from './types';

/** A cell of an earlier run's column holding text the run did not write, and which this run writes over. */
export interface TypedOver {
  /** Sheet row and column (1-based) of the cell. */
  sheetRow: number;
  col: number;
  /** The column's header as this run writes it. */
  header: string;
  /** What was typed, as it was. */
  text: string;
  /** What this run writes there instead ('' for nothing). */
  now: string;
}

/** The merged-values column carries its earlier notes itself (merged-column.ts): nothing there is written over. */
const CARRIES_ITS_OWN = new Set(['dedupe.merged']);


let catalog: RegExp | undefined;

/** A comparison's sign in a template (`{field} {value} ≥ {limit}`). */
const COMPARISON = /^\s*[<>≤≥]\s*$/;
/** What a comparison names: a field's name, one part of a cell's reasons. */
const FIELD = '[^；;\\n]+?';
/** What a comparison compares: a number as the classes write it (75000, 8800.5, 42,000, ¥12,800). */
const NUMBER = '[-+]?[¥$£€₹]?\\d[\\d.,]*';

/** Every catalog message of both languages as one pattern of a whole text; built once (it is the catalog's, no run's). */
function catalogPattern(): RegExp {
  if (catalog) return catalog;
  const bodies = new Set<string>();
  for (const lang of LANGS) {
    for (const template of messageTemplates(lang)) {
      const fixed = templateWords(template);
      const words = fixed.reduce((n, part) => n + (part.match(/[\p{L}\p{N}]/gu) ?? []).length, 0);
      if (words >= 2) bodies.add(templateSource(template, '[\\s\\S]*?'));
      else if (fixed.some((part) => COMPARISON.test(part))) {
        // A comparison the classes give as their reason (累计金额 75000 ≥ 10000) has no words of its
        // own, yet sits in every 分类依据 of a sheet with amounts, whose days change on a rerun a week
        // later: it is the run's when what it compares are numbers, as the run's are.
        bodies.add(templateSource(template, (name) => (name === 'field' ? FIELD : NUMBER)));
      }
    }
  }
  catalog = new RegExp(`^(?:${[...bodies].join('|')})$`);
  return catalog;
}

/** The run's separators between the messages of one cell (issues, reasons), in either language; kept by split. */
const SEPARATOR = /(；|; |\n)/;
/** The duplicate group's label before its confidence: `G12 · `. */
const GROUP_ID = /^G\d+ · /;
/** Evidence against a duplicate, before its message (dedupe/reason-text.ts): `✗ 手机号不同`. */
const AGAINST = /^✗ /;

/**
 * Whether `text` is one the run writes: a label, a catalog message, or messages joined by its
 * separators (a message may hold a separator itself, so runs of parts are tried whole too).
 */
export function runWrote(text: string, labels: ReadonlySet<string>, memo: Map<string, boolean> = new Map()): boolean {
  const whole = text.trim().replace(GROUP_ID, '');
  const one = (part: string): boolean => {
    const p = part.trim().replace(AGAINST, '');
    if (p === '') return true;
    // Remembered by its shape: the reasons of a column differ row to row in their numbers only
    // (最近互动 33 天前 ≤ 60 天), and a message's numbers are its placeholders'.
    const key = p.replace(/\d+/g, '0');
    let known = memo.get(key);
    if (known === undefined) memo.set(key, (known = labels.has(p) || catalogPattern().test(p)));
    return known;
  };
  // Parts at even indexes, the separators between them at odd ones.
  const pieces = whole.split(SEPARATOR);
  const parts = (pieces.length + 1) / 2;
  if (parts === 1) return one(whole);
  // ok[i]: the first i parts are whole messages. Cells hold a few parts, so trying every run is cheap.
  const ok = [true];
  for (let end = 1; end <= parts; end++) {
    ok[end] = false;
    for (let start = end - 1; start >= 0 && !ok[end]; start--) {
      if (ok[start] && one(pieces.slice(2 * start, 2 * end - 1).join(''))) ok[end] = true;
    }
  }
  return ok[parts];
}

/** Every label the plan's classes can give, in both languages: a class column's own words. */
function labelsOf(plan: Pick<Plan, 'classification'>): Set<string> {
  const out = new Set<string>();
  for (const entry of plan.classification?.legend ?? []) {
    for (const label of entry.labels) for (const text of Object.values(label.text ?? {})) if (typeof text === 'string') out.add(text.trim());
  }
  return out;
}

const sameBarNumbers = (a: string, b: string): boolean => a.length > 0 && a.replace(/\d+(?:\.\d+)?/g, '0') === b.replace(/\d+(?:\.\d+)?/g, '0');

const textOf = (cell: Cell | undefined): string => (cell === undefined ? '' : cellText(cell).trim());

/**
 * The cells of the earlier run's columns this run writes over (`addedCols`, each plan.addedColumns'
 * sheet column; `appended`, those new to the sheet) that hold text the run did not write and this run
 * would not write again: what the user typed there. A cell this run writes the same text into loses nothing.
 */
export function typedOver(grid: Grid, plan: Pick<Plan, 'addedColumns' | 'rows' | 'classification'>, addedCols: readonly number[], appended: ReadonlySet<number>): TypedOver[] {
  const labels = labelsOf(plan);
  const memo = new Map<string, boolean>();
  const out: TypedOver[] = [];
  plan.addedColumns.forEach((added, i) => {
    const col = addedCols[i];
    if (col === undefined || appended.has(col) || CARRIES_ITS_OWN.has(added.id)) return;
    plan.rows.forEach((sheetRow, j) => {
      const text = textOf(grid.cells[sheetRow - grid.firstRow]?.[col - grid.firstCol]);
      if (text === '') return;
      const now = textOf(added.values[j]);
      // The run's text again with other numbers (最近互动 30 天前 → 37 天前 a week later) is the run's.
      if (text === now || sameBarNumbers(text, now) || runWrote(text, labels, memo)) return;
      out.push({ sheetRow, col, header: added.header, text, now });
    });
  });
  return out;
}
