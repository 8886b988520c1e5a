/**
 * The rule condition language: plain JSON leaves `{ field, op, value }` combined with `all` / `any`,
 * checked and compiled once, then evaluated per row. A value the cleaner could not read (text in a
 * date or number column) matches no comparison: it is unknown, never an error at run time.
 * Mistakes in a condition (unknown field, unknown op, a value of the wrong type) are settings errors.
 */
import { cellText, groupedNumberText, isBlank, numberText, type Cell } from '../table/cell';
import { parseIso, toDayNumber } from '../table/civil-date';
import { cellDay } from './cell-day';
import { isFieldId } from '../schema/fields';
import type { MessageKey } from '../i18n';
import { foldValue } from './fold-value';
import { fieldByHeader, fieldBySpelling } from './field-by-header';
import { fieldKey, type FieldKey } from './field-key';
import { BASE_DERIVED } from './derived-fields';
import { labelText, type LocalText } from './labels';
import { LANGS } from '../i18n/define';
import { settingsError, type SettingsError } from './settings-error';
import { columnDays, columnNumbers, headerKey, meantColumn, type ColumnReading, type SheetColumns } from './rule-columns';

export const CONDITION_OPS = [
  'eq', 'ne', 'in', 'contains', 'gt', 'gte', 'lt', 'lte', 'empty', 'notEmpty', 'notDate', 'withinDays', 'olderThanDays', 'notPast',
] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

export type ConditionValue = string | number | boolean | readonly (string | number)[];

/**
 * One test on one field. Semantics:
 * - `eq` / `ne` / `in`: numbers compare as numbers; provinces, genders and dates in the form the cleaner
 *   writes them (广东 is 广东省, M is 男, 1990年3月5日 is 1990-03-05, field-key.ts); anything else as
 *   folded text (case, width and spaces ignored);
 * - `contains`: folded text contains the value (or any of a list of values);
 * - `gt` / `gte` / `lt` / `lte`: a number against a number cell, or an ISO date (`2024-01-31`) against a date cell;
 * - `empty` / `notEmpty`: blank or not (white space is blank);
 * - `notDate`: holds something that is no day (2026年11月, 2026.2.30, 上个月: text the cleaner could not read as one);
 * - `withinDays: N`: a date from N days ago up to today, inclusive (future dates do not match);
 * - `olderThanDays: N`: a date more than N days before today;
 * - `notPast`: a date of today or later (a contract that still runs: Contract End on or after today).
 */
export interface LeafCondition {
  field: string;
  op: ConditionOp;
  value?: ConditionValue;
}
export interface AllCondition {
  all: readonly Condition[];
}
export interface AnyCondition {
  any: readonly Condition[];
}
export type Condition = LeafCondition | AllCondition | AnyCondition;

/** Reads a field (or a derived `@` value) of the current row. */
export type Lookup = (field: string) => Cell;

/** What made a leaf true, for the row's reason. */
export interface Evidence {
  op: ConditionOp;
  params: Record<string, string | number>;
}

/** Evidence when the condition holds, null when it does not. `today` is a day number. */
export type CompiledCondition = (lookup: Lookup, today: number) => Evidence[] | null;

export interface ConditionScope {
  /** Derived `@` values this rule may read. */
  available: ReadonlySet<string>;
  /** Derived `@` values that exist but are computed after this rule. */
  later: ReadonlySet<string>;
  /** Collects every field a compiled condition reads (so RFM is computed only when a rule needs it). */
  used: Set<string>;
  /** The title and label texts of an earlier dimension (`@tier`, `@custom.region`), for reasons. */
  labels?: (field: string) => DimensionTexts | undefined;
  /**
   * The sheet's columns a rule may name by header (rule-columns.ts); `deferred` while the settings are
   * read before any sheet (a name that is no field id is checked against the sheet the run reads);
   * absent: no sheet, and a name must be a field id.
   */
  columns?: SheetColumns | 'deferred';
  /** Collects each name a rule reads a column as typed by (欠款) and that column's index, for the records to carry its cells. */
  columnsRead?: Map<string, number>;
}

export interface DimensionTexts {
  title: LocalText;
  labels: ReadonlyMap<string, LocalText>;
}

type Compiled = { test: CompiledCondition | null; errors: SettingsError[] };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function numberOf(cell: Cell): number | null {
  return cell.kind === 'number' && Number.isFinite(cell.value) ? cell.value : null;
}


function shown(cell: Cell): string {
  return cell.kind === 'number' ? numberText(cell.value) : cellText(cell).trim();
}

export function compileCondition(input: unknown, path: string, scope: ConditionScope): Compiled {
  if (!isObject(input)) return fail('classify.settings.badCondition', path);
  const hasAll = 'all' in input, hasAny = 'any' in input, hasField = 'field' in input || 'op' in input;
  if (Number(hasAll) + Number(hasAny) + Number(hasField) !== 1) return fail('classify.settings.badCondition', path);
  if (hasAll || hasAny) return compileGroup(hasAll ? 'all' : 'any', input[hasAll ? 'all' : 'any'], path, scope);
  return compileLeaf(input, path, scope);
}

function fail(code: 'classify.settings.badCondition', path: string): Compiled {
  return { test: null, errors: [settingsError(code, path)] };
}

function compileGroup(kind: 'all' | 'any', list: unknown, path: string, scope: ConditionScope): Compiled {
  const at = `${path}.${kind}`;
  if (!Array.isArray(list) || list.length === 0) return { test: null, errors: [settingsError('classify.settings.emptyGroup', at, { kind })] };
  const parts = list.map((c, i) => compileCondition(c, `${at}[${i}]`, scope));
  const errors = parts.flatMap((p) => p.errors);
  if (errors.length > 0) return { test: null, errors };
  const tests = parts.map((p) => p.test as CompiledCondition);
  if (kind === 'any') {
    return {
      errors,
      test: (lookup, today) => {
        for (const test of tests) {
          const ev = test(lookup, today);
          if (ev) return ev;
        }
        return null;
      },
    };
  }
  return {
    errors,
    test: (lookup, today) => {
      const all: Evidence[] = [];
      for (const test of tests) {
        const ev = test(lookup, today);
        if (!ev) return null;
        // A loop, not push(...ev): rules run on every row, some of them several times (dormantSince).
        for (let k = 0; k < ev.length; k++) all.push(ev[k]);
      }
      return all;
    },
  };
}

/** How a leaf reads its field: the key the row is looked up by, and, for a column read as typed, how its text is read. */
interface FieldRead {
  key: string;
  column?: ColumnReading;
  /** The column's header as the sheet types it, which the row's reason names (储值卡余额 for 储值卡 余额). */
  header?: string;
}

function checkField(field: unknown, path: string, scope: ConditionScope): SettingsError | FieldRead {
  if (typeof field !== 'string' || field === '') return settingsError('classify.settings.unknownField', path, { field: String(field) });
  if (field.startsWith('@')) {
    if (scope.available.has(field)) return { key: field };
    if (scope.later.has(field)) return settingsError('classify.settings.fieldNotAvailable', path, { field });
    return settingsError('classify.settings.unknownField', path, { field });
  }
  if (isFieldId(field)) return { key: field };
  const { columns } = scope;
  // Settings read before the sheet: any other name may be one of its headers, checked when it is read.
  if (columns === 'deferred') return { key: field, column: { currency: 'CNY', decimal: '.', ambiguous: 'flag' } };
  const named = columns?.byHeader.get(headerKey(field)) ?? [];
  if (named.length > 1) {
    return settingsError('classify.settings.columnTwice', path, { field, first: `${named[0].letter}（${named[0].header}）`, second: `${named[1].letter}（${named[1].header}）`, 'first@en': `${named[0].letter} (${named[0].header})`, 'second@en': `${named[1].letter} (${named[1].header})` });
  }
  if (named.length === 1) {
    const [column] = named;
    // A column a field reads is read as that field, cleaned (广东 as 广东省), as a rule on its id would.
    if (column.field !== null) return { key: column.field };
    scope.columnsRead?.set(field, column.col);
    return { key: field, column: (columns as SheetColumns).reading, header: column.header };
  }
  // An unread column whose header holds the name (欠款（元）for 欠款): said with the header to copy.
  const near = columns ? meantColumn(field, columns.unread) : null;
  if (near !== null) return settingsError('classify.settings.columnMeant', path, { field, header: near });
  // A column's header written for the field (行业 for industry): said with the id to write instead.
  const meant = fieldByHeader(field);
  if (meant !== null) return settingsError('classify.settings.headerForField', path, { field, id: meant, other: meant });
  // A typo in the id (industy): said with the id it is nearest.
  const spelt = fieldBySpelling(field);
  if (spelt !== null) return settingsError('classify.settings.fieldMisspelt', path, { field, id: spelt });
  // Else the sheet's unread headers, any of which a rule may name.
  if (columns && columns.unread.length > 0) return settingsError('classify.settings.unknownFieldOrColumn', path, { field, ...headerList(columns.unread) });
  return settingsError('classify.settings.unknownField', path, { field });
}

/** At most this many unread headers are listed in a message: a 批发 ledger leaves its twelve months unread beside 欠款. */
const LISTED_HEADERS = 20;

/** The unread headers as a message lists them, in each language's quotes. */
function headerList(headers: readonly string[]): Record<string, string> {
  const shown = headers.slice(0, LISTED_HEADERS);
  const more = headers.length > shown.length ? ' …' : '';
  const zh = shown.map((h) => `“${h}”`).join('，') + more;
  return { headers: zh, 'headers@zh-CN': zh, 'headers@en': shown.map((h) => `"${h}"`).join(', ') + more };
}

function badValue(op: string, path: string, expected: MessageKey): Compiled {
  return { test: null, errors: [settingsError('classify.settings.badValue', path, { op, expected })] };
}

const isScalar = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/**
 * `eq` on one cell: numbers as numbers, a value `key` places (a province, a gender, a date) by its
 * canonical form, anything else as folded text.
 */
function equalsTest(value: string | number | boolean, key: FieldKey | null, numberIn: (cell: Cell) => number | null = numberOf): (cell: Cell) => boolean {
  const folded = foldValue(String(value));
  const canonical = key && typeof value === 'string' ? key(value) : null;
  // A column holds a handful of provinces or genders: each distinct text is read once.
  const cellKeys = new Map<string, string | null>();
  return (cell) => {
    if (typeof value === 'number') {
      const n = numberIn(cell);
      if (n !== null) return n === value;
    }
    if (isBlank(cell)) return false;
    const text = cellText(cell);
    if (canonical !== null) {
      let own = cellKeys.get(text);
      if (own === undefined) cellKeys.set(text, (own = (key as FieldKey)(text)));
      if (own !== null) return own === canonical;
    }
    return foldValue(text) === folded;
  };
}

/**
 * For a leaf on an earlier dimension's label (`@tier`, `@custom.region`), adds each language's text of
 * the label ids in `value` and `limit` (and of a user rule's title) as `value@zh-CN`, `value@en` …:
 * a reason is rendered later, in the run's language, from its parameters alone (reason.ts).
 */
function labelParams(field: string, op: string, value: unknown, scope: ConditionScope): ((params: Record<string, string | number>) => void) | null {
  if (!field.startsWith('@') || BASE_DERIVED.includes(field)) return null;
  const own = scope.labels?.(field);
  const text = (id: string, lang: (typeof LANGS)[number]) => labelText(lang, id, own?.labels.get(id));
  const limits = op === 'in' && Array.isArray(value) ? value.map(String) : null;
  return (params) => {
    for (const lang of LANGS) {
      if (typeof params.value === 'string') params[`value@${lang}`] = text(params.value, lang);
      if (limits) params[`limit@${lang}`] = limits.map((id) => text(id, lang)).join(', ');
      else if (typeof params.limit === 'string') params[`limit@${lang}`] = text(params.limit, lang);
      if (own && field.startsWith('@custom.')) params[`field@${lang}`] = own.title[lang];
    }
  };
}

/**
 * On an earlier dimension's label (`@tier eq "high"`), the values `eq`, `ne` and `in` compare must be
 * its label ids: the row holds the id, so the shown name 高价值 would never match (and `ne` would
 * match every row). Said with the id the name stands for, as the reminders' tier check does.
 */
function labelValueErrors(field: string, op: string, value: unknown, path: string, scope: ConditionScope): SettingsError[] {
  if (!field.startsWith('@') || BASE_DERIVED.includes(field) || (op !== 'eq' && op !== 'ne' && op !== 'in')) return [];
  const own = scope.labels?.(field);
  if (!own) return [];
  const ids = [...own.labels.keys()];
  const values = op === 'in' && Array.isArray(value) ? value : [value];
  const errors: SettingsError[] = [];
  for (const v of values) {
    if (!isScalar(v) || ids.includes(String(v))) continue;
    const named = ids.find((id) => LANGS.some((lang) => foldValue(labelText(lang, id, own.labels.get(id))) === foldValue(String(v))));
    errors.push(named === undefined
      ? settingsError('classify.settings.unknownLabelValue', path, { field, value: String(v), known: ids.join(', ') })
      : settingsError('classify.settings.labelName', path, { field, value: String(v), id: named }));
  }
  return errors;
}

function compileLeaf(input: Record<string, unknown>, path: string, scope: ConditionScope): Compiled {
  const read = checkField(input.field, `${path}.field`, scope);
  const fieldError = 'code' in read ? read : null;
  const op = input.op;
  if (typeof op !== 'string' || !(CONDITION_OPS as readonly string[]).includes(op)) {
    const errors = fieldError ? [fieldError] : [];
    errors.push(settingsError('classify.settings.unknownOp', `${path}.op`, { op: String(op), known: CONDITION_OPS.join(', ') }));
    return { test: null, errors };
  }
  if (fieldError) return { test: null, errors: [fieldError] };
  const { key: field, column, header } = read as FieldRead;
  // A column read as typed is named in the row's reason by its header; a field by its own name.
  const named = header ?? field;
  scope.used.add(field);
  // A column read as typed: its text read as an amount or a day where the test asks for one.
  const numberIn = column ? columnNumbers(column) : numberOf;
  const dayIn = column ? columnDays(column) : cellDay;
  const value = input.value;
  const at = `${path}.value`;
  const labelErrors = labelValueErrors(field, op, value, at, scope);
  if (labelErrors.length > 0) return { test: null, errors: labelErrors };
  const shownAs = labelParams(field, op, value, scope);
  const leaf = (check: (cell: Cell, today: number) => Record<string, string | number> | null): Compiled => ({
    errors: [],
    test: (lookup, today) => {
      const params = check(lookup(field), today);
      if (!params) return null;
      params.field = column ? named : field;
      if (shownAs) shownAs(params);
      return [{ op: op as ConditionOp, params }];
    },
  });

  switch (op as ConditionOp) {
    case 'empty':
      return leaf((cell) => (isBlank(cell) ? {} : null));
    case 'notEmpty':
      return leaf((cell) => (isBlank(cell) ? null : { value: shown(cell) }));
    case 'notDate':
      return leaf((cell, today) => (isBlank(cell) || dayIn(cell, today) !== null ? null : { value: shown(cell) }));
    case 'notPast':
      return leaf((cell, today) => {
        const day = dayIn(cell, today);
        return day !== null && day >= today ? { value: shown(cell), days: day - today } : null;
      });
    case 'eq':
    case 'ne': {
      if (!isScalar(value)) return badValue(op, at, 'classify.expect.scalar');
      const eq = equalsTest(value, fieldKey(field), numberIn);
      const want = op === 'eq';
      return leaf((cell) => (eq(cell) === want ? { value: shown(cell), limit: String(value) } : null));
    }
    case 'in': {
      if (!Array.isArray(value) || value.length === 0 || !value.every(isScalar)) return badValue(op, at, 'classify.expect.list');
      const key = fieldKey(field);
      const tests = value.map((v) => equalsTest(v, key, numberIn));
      return leaf((cell) => (tests.some((eq) => eq(cell)) ? { value: shown(cell), limit: value.join(', ') } : null));
    }
    case 'contains': {
      const needles = Array.isArray(value) ? value : [value];
      if (needles.length === 0 || !needles.every((n) => typeof n === 'string' && n.trim() !== '')) return badValue(op, at, 'classify.expect.texts');
      const folded = (needles as string[]).map(foldValue);
      return leaf((cell) => {
        if (isBlank(cell)) return null;
        const text = foldValue(cellText(cell));
        const hit = folded.findIndex((n) => text.includes(n));
        return hit < 0 ? null : { value: shown(cell), limit: (needles as string[])[hit] };
      });
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const cmp = op === 'gt' ? (a: number, b: number) => a > b
        : op === 'gte' ? (a: number, b: number) => a >= b
        : op === 'lt' ? (a: number, b: number) => a < b
        : (a: number, b: number) => a <= b;
      if (typeof value === 'number' && Number.isFinite(value)) {
        // A column read as typed shows its amount as the sheet does (欠款 12,500 > 0), grouped where typed bare.
        if (column) {
          return leaf((cell) => {
            const n = numberIn(cell);
            return n !== null && cmp(n, value) ? { value: cell.kind === 'text' ? cell.value.trim() : groupedNumberText(n), limit: groupedNumberText(value) } : null;
          });
        }
        return leaf((cell) => {
          const n = numberOf(cell);
          return n !== null && cmp(n, value) ? { value: numberText(n), limit: numberText(value) } : null;
        });
      }
      const civil = typeof value === 'string' ? parseIso(value.trim()) : null;
      if (!civil) return badValue(op, at, 'classify.expect.numberOrDate');
      const limit = toDayNumber(civil);
      return leaf((cell, today) => {
        const day = dayIn(cell, today);
        return day !== null && cmp(day, limit) ? { value: shown(cell), limit: String(value).trim() } : null;
      });
    }
    case 'withinDays':
    case 'olderThanDays': {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return badValue(op, at, 'classify.expect.dayCount');
      const within = op === 'withinDays';
      return leaf((cell, today) => {
        const day = dayIn(cell, today);
        if (day === null) return null;
        const ago = today - day;
        const hit = within ? ago >= 0 && ago <= value : ago > value;
        return hit ? { value: shown(cell), days: ago, limit: value } : null;
      });
    }
  }
}
