/**
 * The what-if preview: how the computed labels compare with the classes the sheet already states,
 * per dimension, as counts and a from → to table, before anything is written (FIELD.md (d)8).
 */
import type { CustomerRecord } from '../table/records';
import { DIMENSION_LABELS, type BuiltinDimension } from './labels';
import { t } from '../i18n';
import type { Lang } from '../i18n/define';
import { ownColumnLabel, readExistingLabel, type DefinedLabels } from './existing-labels';

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

export interface WhatIf {
  dimensions: WhatIfDimension[];
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
  const result = dimensions.map((dimension): WhatIfDimension => {
    const counts = new Map<string, Map<string, number>>();
    const memo = new Map<string, string | null>();
    const out: WhatIfDimension = { dimension, compared: 0, unchanged: 0, changed: 0, unrecognized: 0, undecided: 0, transitions: [] };
    const froms = records.map((record) => readExistingLabel(record, dimension, memo, defined));
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
        out.unrecognized++;
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
  return { dimensions: result, rowsCompared, rowsChanged };
}

/**
 * What the what-if could not compare, one sentence per dimension: the labels of the sheet it could
 * not read (1,270 customers' Gold / Silver / Bronze), with the commonest as an example. Said in the
 * report sheet and the summary, not only in the JSON report's `unrecognized`.
 */
export function unrecognizedTexts(lang: Lang, whatIf: WhatIf, titleOf: (dimension: BuiltinDimension) => string): string[] {
  return whatIf.dimensions.flatMap((d) => (d.unreadLabels
    ? [t(lang, 'classify.whatIf.unrecognized', { dimension: titleOf(d.dimension), count: d.unreadLabels.count, example: d.unreadLabels.example, id: d.dimension })]
    : []));
}

/** Whether the sheet states anything in the dimension: a sheet without a VIP column has no VIP line to show (0 of 0). */
export function statesAny(d: WhatIfDimension): boolean {
  return d.compared + d.unrecognized + d.undecided > 0;
}
