/**
 * The what-if preview: how the computed labels compare with the classes the sheet already states,
 * per dimension, as counts and a from → to table, before anything is written (FIELD.md (d)8).
 */
import type { CustomerRecord } from '../table/records';
import { DIMENSION_LABELS, type BuiltinDimension } from './labels';
import { t } from '../i18n';
import type { Lang } from '../i18n/define';
import { EXISTING_COLUMNS, ownColumnLabel, readExistingLabel, readLabelWord, type DefinedLabels } from './existing-labels';
import { isRatingGrade } from './credit-grades';
import { foldValue } from './fold-value';
import { cellText, isBlank } from '../table/cell';
import type { FieldId } from '../schema/fields';
import { readStandingText } from '../remind/standing';

export interface WhatIfTransition {
  from: string;
  to: string;
  count: number;
}

export interface WhatIfDimension {
  dimension: BuiltinDimension;
  /** Rows where the sheet names a class and the rules decided one. */
  compared: number;
  unchanged: number;
  changed: number;
  /** Rows whose columns hold something that names no known class. */
  unrecognized: number;
  /**
   * Of those, the rows whose own class column (客户等级 / Tier, 客户类型, 是否VIP) holds a label no level
   * names (Gold / Silver / Bronze), and the commonest such label: present when there are any.
   */
  unreadLabels?: { count: number; example: string };
  /** Rows where the sheet names a class but the rules could not decide ('unknown'): not a change. */
  undecided: number;
  /** Every from → to pair with its count (unchanged pairs included), in label order. */
  transitions: WhatIfTransition[];
}

/**
 * A column read for the sheet's own classes that is no class column (状态, 成交状态): the values it
 * holds that name no class of `dimensions`, commonest first, with the customers holding each. Those
 * customers were left out of the comparison in those dimensions.
 */
export interface UnreadColumnValues {
  field: FieldId;
  dimensions: BuiltinDimension[];
  values: { text: string; count: number }[];
}

export interface WhatIf {
  dimensions: WhatIfDimension[];
  /** Present when some column other than a class's own holds values no class names (a 状态's 正常). */
  unreadColumns?: UnreadColumnValues[];
  /** Rows compared in at least one dimension, and rows that change in at least one. */
  rowsCompared: number;
  rowsChanged: number;
}

/**
 * `computed[i][dim]` is row i's label in `dim` (null when the dimension is off); `defined`, the
 * levels the settings define per dimension, which the sheet's own words are read against first.
 */
export function computeWhatIf(
  records: readonly CustomerRecord[],
  computed: readonly Readonly<Partial<Record<BuiltinDimension, string | null>>>[],
  dimensions: readonly BuiltinDimension[],
  defined: DefinedLabels = {},
): WhatIf {
  // One flag per row, not Sets of row numbers: four dimensions × every row of the sheet.
  const comparedRows = new Uint8Array(records.length);
  const changedRows = new Uint8Array(records.length);
  // field → text → the rows holding it, and the dimensions it was not read in.
  const unreadByField = new Map<FieldId, { rows: Map<string, Set<number>>; dimensions: Set<BuiltinDimension> }>();
  const standingTexts = new Map<string, boolean>();
  // What the sheet states of each row in every dimension, read in one pass over the rows, not one per
  // dimension: the dimensions read the same few cells of a row (客户类型, 状态), and on 100,000 rows a
  // pass that comes back to a row finds it gone from the processor's cache.
  const reading = dimensions.map((dimension) => ({
    memo: new Map<string, string | null>(),
    // A tier column that writes a credit rating's own grades (AAA, BBB) reads its lone A, B, C on that ladder.
    ratingScale: dimension === 'tier' && records.some((r) => r.fields.tier !== undefined && isRatingGrade(foldValue(cellText(r.fields.tier)))),
    silent: silentColumns(records, dimension, defined),
    froms: new Array<string>(records.length),
  }));
  for (let i = 0; i < records.length; i++) {
    for (let d = 0; d < dimensions.length; d++) {
      const { memo, ratingScale, silent, froms } = reading[d];
      froms[i] = readExistingLabel(records[i], dimensions[d], memo, defined, ratingScale, silent);
    }
  }
  const result = dimensions.map((dimension, d): WhatIfDimension => {
    const counts = new Map<string, Map<string, number>>();
    const out: WhatIfDimension = { dimension, compared: 0, unchanged: 0, changed: 0, unrecognized: 0, undecided: 0, transitions: [] };
    const { silent, froms } = reading[d];
    const unreadMemo: UnreadMemo = { standing: standingTexts, otherClass: new Map() };
    // The labels not read, by count: the commonest is shown as an example of what to define.
    const unread = new Map<string, number>();
    // No VIP mark on a row says "regular" only on a sheet that speaks of VIP: one with a VIP
    // column or a VIP marked somewhere. A CRM export without either says nothing about VIP.
    const speaksOfVip = dimension === 'vip' && (records.some((r) => r.fields.vip !== undefined) || froms.includes('vip'));
    froms.forEach((written, i) => {
      const to = computed[i]?.[dimension];
      if (to === null || to === undefined) return;
      let from = written;
      if (from === 'unmarked') from = speaksOfVip ? 'regular' : 'blank';
      if (from === 'blank') return;
      if (from === 'unrecognized') {
        const cells = unreadCells(records[i], dimension, silent, unreadMemo);
        // Every cell written says something else (黑名单: a standing; 跟进中 in activity: a stage): nothing to compare, nothing misread.
        if (cells.length === 0) return;
        out.unrecognized++;
        for (const { field, text } of cells) {
          if (CLASS_COLUMNS.has(field)) continue;
          const at = unreadByField.get(field) ?? { rows: new Map<string, Set<number>>(), dimensions: new Set<BuiltinDimension>() };
          unreadByField.set(field, at);
          at.dimensions.add(dimension);
          const rows = at.rows.get(text) ?? new Set<number>();
          at.rows.set(text, rows);
          rows.add(i);
        }
        const text = ownColumnLabel(records[i], dimension);
        if (text) unread.set(text, (unread.get(text) ?? 0) + 1);
        return;
      }
      if (to === 'unknown') {
        out.undecided++;
        return;
      }
      out.compared++;
      comparedRows[i] = 1;
      if (from === to) out.unchanged++;
      else {
        out.changed++;
        changedRows[i] = 1;
      }
      let row = counts.get(from);
      if (!row) counts.set(from, (row = new Map()));
      row.set(to, (row.get(to) ?? 0) + 1);
    });
    if (unread.size > 0) {
      let count = 0, most = 0, example = '';
      for (const [text, n] of unread) {
        count += n;
        if (n > most || (n === most && text < example)) [example, most] = [text, n];
      }
      out.unreadLabels = { count, example };
    }
    // The settings' levels in their order (A, B, C), built-in ids (high, medium, low) as the legend puts them.
    const order = [...new Set([...(defined[dimension]?.ids ?? []), ...DIMENSION_LABELS[dimension]])];
    const rank = (id: string) => {
      const at = order.indexOf(id);
      return at < 0 ? order.length : at;
    };
    out.transitions = [...counts]
      .flatMap(([from, row]) => [...row].map(([to, count]) => ({ from, to, count })))
      .sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to) || (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
    return out;
  });
  let rowsCompared = 0;
  let rowsChanged = 0;
  for (let i = 0; i < records.length; i++) {
    rowsCompared += comparedRows[i];
    rowsChanged += changedRows[i];
  }
  const unreadColumns = [...unreadByField].map(([field, { rows, dimensions: dims }]): UnreadColumnValues => ({
    field,
    dimensions: dimensions.filter((d) => dims.has(d)),
    values: [...rows]
      .map(([text, set]) => ({ text, count: set.size }))
      .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)),
  }));
  return { dimensions: result, ...(unreadColumns.length > 0 ? { unreadColumns } : {}), rowsCompared, rowsChanged };
}

/**
 * The class columns (客户类型, 客户等级, 是否VIP, the tags): what they hold that names no class is said by
 * `unreadLabels` (Gold / Silver / Bronze, define them as levels) or, for free tags, not at all.
 */
const CLASS_COLUMNS: ReadonlySet<FieldId> = new Set<FieldId>(['customerType', 'tier', 'vip', 'tags']);
/** The dimensions a 状态 column speaks of: a value naming one of them is understood, if not in the other. */
const STATUS_DIMENSIONS: readonly BuiltinDimension[] = ['lifecycle', 'activity'];

/**
 * The cells of a row read for `dimension` that say nothing the tool understands: not a class of the
 * dimension (the caller knows none is), not a standing (黑名单, 请勿联系, 已流失: shared/remind/standing.ts,
 * which silences reminders), and, outside the class columns, not a class of the other dimension a status
 * column speaks of (跟进中 is a stage, not an activity).
 */
function unreadCells(record: CustomerRecord, dimension: BuiltinDimension, silent: ReadonlySet<FieldId>, memo: UnreadMemo): { field: FieldId; text: string }[] {
  const out: { field: FieldId; text: string }[] = [];
  for (const field of EXISTING_COLUMNS[dimension]) {
    if (silent.has(field)) continue;
    const cell = record.fields[field];
    if (!cell || isBlank(cell) || cell.kind === 'error') continue;
    const text = cellText(cell).trim();
    if (field !== 'tags') {
      let standing = memo.standing.get(text);
      if (standing === undefined) memo.standing.set(text, (standing = readStandingText(text) !== null));
      if (standing) continue;
    }
    if (!CLASS_COLUMNS.has(field)) {
      let other = memo.otherClass.get(text);
      if (other === undefined) memo.otherClass.set(text, (other = STATUS_DIMENSIONS.some((d) => d !== dimension && readLabelWord(d, text) !== null)));
      if (other) continue;
    }
    out.push({ field, text });
  }
  return out;
}

/**
 * unreadCells' readings of a sheet's texts, each distinct one read once (a 状态 column repeats a few
 * words on every row): whether it states a standing (any dimension's), and whether it names a class
 * of the other status dimension (this dimension's: one memo per dimension).
 */
interface UnreadMemo {
  standing: Map<string, boolean>;
  otherClass: Map<string, boolean>;
}

/**
 * The columns read for a status dimension's classes that hold none of its kind of labels, and so are
 * no column of its classes to compare with (tester h72 #16, h73 #20): a 签证状态's 已出签 / 办理中, an order's
 * or a payment's status, name no customer type; an accountant's Status of Active / Disengaged names a
 * client's engagement (Active is a current client), never how recently he was seen. A column other than
 * the dimension's own (客户类型 for the lifecycle) speaks of the lifecycle where one of its cells names a
 * stage (意向, 已签约, 服务中, Customer), of activity where one names an activity that is no stage
 * (活跃, 休眠, Dormant, Inactive: Active and Lost are stages as much). Tags are free words, read as ever.
 */
function silentColumns(records: readonly CustomerRecord[], dimension: BuiltinDimension, defined: DefinedLabels): ReadonlySet<FieldId> {
  const silent = new Set<FieldId>();
  if (!STATUS_DIMENSIONS.includes(dimension)) return silent;
  const others = STATUS_DIMENSIONS.filter((d) => d !== dimension);
  const speaks = (text: string) => readLabelWord(dimension, text, defined[dimension]) !== null
    && (dimension !== 'activity' || others.every((d) => readLabelWord(d, text, defined[d]) === null));
  for (const field of EXISTING_COLUMNS[dimension]) {
    if (CLASS_COLUMNS.has(field) && (field === 'tags' || OWN_COLUMNS[dimension] === field)) continue;
    // A yes/no 是否成交 column speaks of nothing but the sale.
    if (field === 'dealStatus' && dimension === 'lifecycle') continue;
    const seen = new Set<string>();
    let spoken = false;
    for (const record of records) {
      const cell = record.fields[field];
      if (!cell || isBlank(cell) || cell.kind === 'error') continue;
      const text = cellText(cell).trim();
      if (seen.has(text)) continue;
      seen.add(text);
      if (speaks(text)) {
        spoken = true;
        break;
      }
    }
    if (!spoken) silent.add(field);
  }
  return silent;
}

/** Each status dimension's own column, whose every value is compared (what it cannot read is said as unreadLabels). */
const OWN_COLUMNS: Readonly<Partial<Record<BuiltinDimension, FieldId>>> = { lifecycle: 'customerType' };

/**
 * What the what-if could not compare, one sentence per dimension: the labels of the sheet it could
 * not read (1,270 customers' Gold / Silver / Bronze), with the commonest as an example. Said in the
 * report sheet and the summary, not only in the JSON report's `unrecognized`.
 */
export function unrecognizedTexts(
  lang: Lang,
  whatIf: WhatIf,
  titleOf: (dimension: BuiltinDimension) => string,
  headerOf: (field: FieldId) => string = (field) => field,
): string[] {
  const labels = whatIf.dimensions.flatMap((d) => (d.unreadLabels
    ? [t(lang, 'classify.whatIf.unrecognized', { dimension: titleOf(d.dimension), count: d.unreadLabels.count, example: d.unreadLabels.example, id: d.dimension })]
    : []));
  return [...labels, ...(whatIf.unreadColumns ?? []).map((c) => unreadColumnText(lang, c, titleOf, headerOf))];
}

/** How many of a column's unread values a sentence names: the commonest few, then how many others. */
const SHOWN_VALUES = 3;

/** One sentence for a column's unread values: the column, a few values with counts, and that they were left out. */
function unreadColumnText(lang: Lang, c: UnreadColumnValues, titleOf: (dimension: BuiltinDimension) => string, headerOf: (field: FieldId) => string): string {
  const zh = lang === 'zh-CN';
  const shown = c.values.slice(0, SHOWN_VALUES).map((v) => (zh ? `${v.text}（${v.count}）` : `${v.text} (${v.count})`));
  let values = shown.join(zh ? '、' : ', ');
  const others = c.values.length - shown.length;
  if (others > 0) values += t(lang, 'classify.whatIf.unreadColumnOthers', { count: others });
  const count = c.values.reduce((n, v) => n + v.count, 0);
  const dimensions = c.dimensions.map(titleOf).join(zh ? '或' : ' or ');
  return t(lang, 'classify.whatIf.unreadColumn', { column: headerOf(c.field), values, dimensions, count });
}

/** Whether the sheet states anything in the dimension: a sheet without a VIP column has no VIP line to show (0 of 0). */
export function statesAny(d: WhatIfDimension): boolean {
  return d.compared + d.unrecognized + d.undecided > 0;
}
