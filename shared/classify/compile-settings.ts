/**
 * Turns classification settings into compiled dimensions, in evaluation order: lifecycle, activity,
 * tier, VIP, then user rules. A rule may read the labels of dimensions before it (`@tier` in a VIP
 * rule, `@custom.<id>` of an earlier user rule), never those after it.
 */
import { t } from '../i18n';
import { BASE_DERIVED, derivedSources } from './derived-fields';
import type { FieldId } from '../schema/fields';
import { BUILTIN_DIMENSIONS, DIMENSION_LABELS, DIMENSION_TITLES, labelText, type LocalText } from './labels';
import { compileLevels, isLocalText, unknownKeys, type CompiledLevel } from './levels';
import { expandPreset } from './presets';
import { settingsError, type SettingsError } from './settings-error';
import type { ConditionScope, DimensionTexts } from './condition';
import type { SheetColumns } from './rule-columns';

/** What a custom rule may hold. */
const CUSTOM_RULE_KEYS = ['id', 'label', 'levels'] as const;

export interface CompiledDimension {
  /** 'lifecycle', 'activity', 'tier', 'vip', or a user rule's id. */
  id: string;
  builtin: boolean;
  title: LocalText;
  levels: CompiledLevel[];
  /** Every label this dimension's levels can give (and 'unknown' for a built-in one), in order, with its text. */
  legend: { id: string; text: LocalText }[];
  /** The sheet fields its rules decide by: those read directly, else the sources of derived values (empty: reads labels only). */
  reads: FieldId[];
  /** Its rules read the card or stored balance a member holds (`@held`) or what he owes (`@owes`): a sheet of cards or debts is no blind one to it. */
  readsHeld?: true;
}

export interface CompiledSettings {
  dimensions: CompiledDimension[];
  /** Whether any rule reads RFM scores (they are computed only then). */
  usesRfm: boolean;
  /** Each name a rule reads a column of the sheet as typed by (欠款), with its column: the records carry its cells. */
  columnsRead: Map<string, number>;
  errors: SettingsError[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const both = (render: (lang: 'zh-CN' | 'en') => string): LocalText => ({ 'zh-CN': render('zh-CN'), en: render('en') });

/**
 * The labels a dimension's levels can give, built-in ids in their display order first. Only those:
 * a report keeps an empty class in view as 0, so one the rules cannot give (中价值 with a single
 * tier threshold) would read as a class nobody reached. A built-in dimension can always say
 * 'unknown' (no level matched, or the sheet lacks its columns).
 */
function legendOf(levels: readonly CompiledLevel[], builtinIds: readonly string[]): { id: string; text: LocalText }[] {
  const seen = new Map<string, LocalText>();
  const given = new Set(levels.map((l) => l.id));
  for (const id of builtinIds) if (given.has(id) || id === 'unknown') seen.set(id, both((lang) => labelText(lang, id)));
  for (const level of levels) {
    if (level.label) seen.set(level.id, level.label);
    else if (!seen.has(level.id)) seen.set(level.id, both((lang) => labelText(lang, level.id)));
  }
  return [...seen].map(([id, text]) => ({ id, text }));
}

/**
 * Fields that only qualify a dimension's decision, never make it on their own (an end date beside
 * purchases; a contract's end, which keeps a buyer a customer, on a list of contacts says nothing of purchases).
 */
const QUALIFYING: ReadonlySet<string> = new Set<FieldId>(['endedAt', 'contractEnd']);
/**
 * Fields a preset's levels read only to qualify what the dates decide: the lifecycle's and activity's
 * stated Active (creators.ts STATED_ACTIVE) on a row with no purchase date. A sheet without a Status
 * column is judged by its dates as before, never left blind for want of one.
 */
const PRESET_QUALIFYING: ReadonlySet<string> = new Set<FieldId>(['status']);

/**
 * `columns`: the sheet's columns a rule may name by header (rule-columns.ts), `deferred` while the
 * settings are read before a sheet; absent, a rule names field ids only.
 */
export function compileClassifySettings(settings: unknown, path = 'classify', columns?: SheetColumns | 'deferred'): CompiledSettings {
  const errors: SettingsError[] = [];
  const dimensions: CompiledDimension[] = [];
  const usedAll = new Set<string>();
  const columnsRead = new Map<string, number>();
  if (!isObject(settings)) return { dimensions, usesRfm: false, columnsRead, errors: [settingsError('classify.settings.notObject', path)] };

  const customRaw = settings.custom ?? [];
  const customIds: string[] = [];
  const custom: { raw: Record<string, unknown>; at: string }[] = [];
  if (!Array.isArray(customRaw)) errors.push(settingsError('classify.settings.badCustomRule', `${path}.custom`));
  else {
    customRaw.forEach((raw, i) => {
      const at = `${path}.custom[${i}]`;
      if (!isObject(raw) || typeof raw.id !== 'string' || raw.id.trim() === '' || !Array.isArray(raw.levels)) {
        errors.push(settingsError('classify.settings.badCustomRule', at));
      } else if (customIds.includes(raw.id) || (BUILTIN_DIMENSIONS as readonly string[]).includes(raw.id)) {
        errors.push(settingsError('classify.settings.duplicateRule', `${at}.id`, { id: raw.id }));
      } else {
        customIds.push(raw.id);
        custom.push({ raw, at });
      }
    });
  }

  const order = [...BUILTIN_DIMENSIONS.map((d) => `@${d}`), ...customIds.map((id) => `@custom.${id}`)];
  // Each compiled dimension's texts, by the name later rules read it by, so their reasons show 高价值, not high.
  const texts = new Map<string, DimensionTexts>();
  const scopeAt = (index: number): ConditionScope => ({
    available: new Set([...BASE_DERIVED, ...order.slice(0, index)]),
    later: new Set(order.slice(index)),
    used: new Set<string>(),
    labels: (field) => texts.get(field),
    ...(columns ? { columns } : {}),
    columnsRead,
  });
  const add = (dimension: CompiledDimension) => {
    dimensions.push(dimension);
    texts.set(dimension.builtin ? `@${dimension.id}` : `@custom.${dimension.id}`, {
      title: dimension.title,
      labels: new Map(dimension.legend.map((l) => [l.id, l.text])),
    });
  };
  // The columns a dimension decides by: those its rules read directly; only a dimension that reads
  // nothing but derived values (activity: @lastActivity) decides by their sources. A derived value
  // beside direct columns qualifies them (lifecycle's churn by last activity when no purchase date
  // tells), and a contact list with a last-contact column is still no sheet of purchases.
  const readsOf = (scope: ConditionScope, preset = false): FieldId[] => {
    scope.used.forEach((f) => usedAll.add(f));
    const all = [...scope.used].filter((f) => !f.startsWith('@') && !(preset && PRESET_QUALIFYING.has(f))) as FieldId[];
    // So does an end date (lifecycle's churn by Churned At): a sheet with it and no purchases is no sheet of purchases.
    const direct = all.filter((f) => !QUALIFYING.has(f));
    const fields = new Set<FieldId>();
    scope.used.forEach((f) => derivedSources(f).forEach((x) => fields.add(x)));
    // Direct columns that are all among a derived value's sources only qualify it too (activity's
    // dormant under a running contract asks for a last purchase beside @lastActivity): it decides by its sources.
    if (direct.length > 0 && !(fields.size > 0 && direct.every((f) => fields.has(f)))) return [...new Set(direct)];
    // An end date beside a derived value qualifies it too; alone it is what the rules decide by.
    return fields.size > 0 ? [...fields] : [...new Set(all)];
  };

  BUILTIN_DIMENSIONS.forEach((dim, index) => {
    const at = `${path}.${dim}`;
    let raw = settings[dim];
    if (raw === null) return;
    const preset = isObject(raw) && 'preset' in raw;
    if (isObject(raw) && 'preset' in raw) {
      const expanded = expandPreset(raw, at);
      errors.push(...expanded.errors);
      if (!expanded.levels) return;
      raw = expanded.levels;
    }
    const scope = scopeAt(index);
    const compiled = compileLevels(raw, at, scope, DIMENSION_LABELS[dim], dim);
    errors.push(...compiled.errors);
    if (!compiled.levels) return;
    add({
      id: dim,
      builtin: true,
      title: both((lang) => t(lang, DIMENSION_TITLES[dim])),
      levels: compiled.levels,
      legend: legendOf(compiled.levels, DIMENSION_LABELS[dim]),
      reads: readsOf(scope, preset),
      ...(scope.used.has('@held') || scope.used.has('@owes') ? { readsHeld: true as const } : {}),
    });
  });

  custom.forEach(({ raw, at }, i) => {
    const id = raw.id as string;
    // A misspelt key (lable) would leave the rule's column headed with its bare id.
    errors.push(...unknownKeys(raw, CUSTOM_RULE_KEYS, at));
    if (raw.label !== undefined && !isLocalText(raw.label)) errors.push(settingsError('classify.settings.badLabelText', `${at}.label`));
    const title = isLocalText(raw.label) ? raw.label : both(() => id);
    const scope = scopeAt(BUILTIN_DIMENSIONS.length + i);
    const compiled = compileLevels(raw.levels, `${at}.levels`, scope, null, id);
    errors.push(...compiled.errors);
    if (compiled.levels) {
      add({ id, builtin: false, title, levels: compiled.levels, legend: legendOf(compiled.levels, []), reads: readsOf(scope), ...(scope.used.has('@held') || scope.used.has('@owes') ? { readsHeld: true as const } : {}) });
    }
  });

  const usesRfm = [...usedAll].some((f) => f.startsWith('@rfm.'));
  return { dimensions, usesRfm, columnsRead, errors };
}
