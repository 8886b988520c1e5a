/** The message catalog of the whole core, and the one function that renders a message. */
import { fill, parseTemplate, type Lang, type ParsedTemplate, type Params } from './define';
import { FIELD_BY_ID, isFieldId, type FieldId } from '../schema/fields';
import { coreMessages } from './catalog/core';
import { titleMessages } from './catalog/titles';
import { normalizeMessages } from './catalog/normalize';
import { schemaMessages } from './catalog/schema';
import { validateMessages } from './catalog/validate';
import { dedupeMessages } from './catalog/dedupe';
import { classifyMessages } from './catalog/classify';
import { remindMessages } from './catalog/remind';
import { reportMessages } from './catalog/report';
import { regionInText, regionName } from './country-display';

const catalogs = [
  coreMessages,
  titleMessages,
  normalizeMessages,
  schemaMessages,
  validateMessages,
  dedupeMessages,
  classifyMessages,
  remindMessages,
  reportMessages,
] as const;

type KeysOf<C> = C extends { en: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<(typeof catalogs)[number]>;

const merged: Record<Lang, Record<string, string>> = { en: {}, 'zh-CN': {} };
for (const c of catalogs) {
  Object.assign(merged.en, c.en);
  Object.assign(merged['zh-CN'], c['zh-CN']);
}

/** Parameters with these names hold field ids and are shown as the field's label. */
const FIELD_PARAMS = ['field', 'other'] as const;
/**
 * Parameters with these names hold a region's code (IN, ES) and are shown as its name in the message's
 * language (印度, Spain). A message that tells the user what to write in the settings passes the code
 * under another name ({countryCode}), shown as it is.
 */
const REGION_PARAMS = ['region', 'country'] as const;
const REGION_CODE = /^[A-Z]{2}$/;
/** A `regions` param, codes joined by commas (SG,HK): said as "Singapore (SG) or Hong Kong (HK)", the code beside the name being what a setting takes. */
const REGION_LIST = /^[A-Z]{2}(?:,[A-Z]{2})*$/;
/** Params holding such a list: the regions whose rows write dates day first, and month first (dates.rowCountryOrder). */
const REGION_LIST_PARAMS = ['regions', 'dayFirstRegions', 'monthFirstRegions'] as const;

function regionList(codes: readonly string[], lang: Lang): string {
  const named = codes.map((c) => (lang === 'en' ? `${regionName(c, lang)} (${c})` : `${regionName(c, lang)}（${c}）`));
  if (named.length === 1) return named[0];
  const last = named[named.length - 1];
  return lang === 'en' ? `${named.slice(0, -1).join(', ')} or ${last}` : `${named.slice(0, -1).join('、')}或${last}`;
}

/**
 * A `rowList` param, sheet rows joined by commas (2,3,9), said as a list in the message's language
 * inside its 第 … 行 / Rows …: "2, 3 and 9", 2、3、9; two rows as they always read, "2 and 4" and
 * 第 2 行和第 4 行. Joined by a comma in one template, the kept row and two others read "Rows 2 and 3, 9".
 */
const ROW_LIST = /^\d+(?:,\d+)*$/;

function rowList(rows: readonly string[], lang: Lang): string {
  if (rows.length === 1) return rows[0];
  if (lang !== 'en') return rows.length === 2 ? `${rows[0]} 行和第 ${rows[1]}` : rows.join('、');
  return `${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`;
}

/**
 * A `fieldList` param, field ids joined by commas (email,phone), said as their labels inside a
 * sentence: "e-mail and phone", 邮箱和电话. English lowers a label's capital unless the label has
 * another (WeChat, QQ keep theirs).
 */
const FIELD_LIST = /^[A-Za-z]+(?:,[A-Za-z]+)*$/;

function fieldList(ids: readonly string[], lang: Lang): string | null {
  if (!ids.every(isFieldId)) return null;
  const labels = ids.map((id) => {
    const label = FIELD_BY_ID[id as FieldId].label[lang];
    return lang === 'en' && label.slice(1) === label.slice(1).toLowerCase() ? label.toLowerCase() : label;
  });
  if (labels.length === 1) return labels[0];
  const last = labels[labels.length - 1];
  return lang === 'en' ? `${labels.slice(0, -1).join(', ')} and ${last}` : `${labels.slice(0, -1).join('、')}和${last}`;
}

/**
 * Each catalog message taken apart once, when first rendered: a run renders a few hundred
 * messages, hundreds of thousands of times. Bounded by the catalog (unknown keys are not kept).
 */
const parsed: Record<Lang, Map<string, ParsedTemplate>> = { en: new Map(), 'zh-CN': new Map() };

function parsedMessage(lang: Lang, key: string): ParsedTemplate {
  let parts = parsed[lang].get(key);
  if (parts === undefined) {
    const template = merged[lang][key] ?? merged.en[key];
    if (template === undefined) return parseTemplate(key);
    parsed[lang].set(key, (parts = parseTemplate(template)));
  }
  return parts;
}

/**
 * Messages said in other words where a param names them: a company sheet's nameless row lacks the
 * company, not a person's name (required.nameless with lacks 'account' is said by
 * required.nameless.account). The issue keeps its code, which disabledRules, the counts and the JSON name.
 */
const WORDED_BY: ReadonlyMap<string, string> = new Map([['required.nameless', 'lacks']]);

/** Renders a message in `lang`; an unknown key renders as itself so nothing is ever hidden. */
export function t(lang: Lang, key: MessageKey | string, params?: Params): string {
  const by = WORDED_BY.get(key);
  const wording = by === undefined ? undefined : params?.[by];
  if (wording !== undefined && hasMessage(`${key}.${wording}`)) key = `${key}.${wording}`;
  const parts = parsedMessage(lang, key);
  if (!params) return fill(parts);
  const shown: Record<string, string | number> = { ...params };
  for (const name of FIELD_PARAMS) {
    const v = params[name];
    if (typeof v === 'string' && isFieldId(v)) shown[name] = FIELD_BY_ID[v].label[lang];
  }
  for (const name of REGION_PARAMS) {
    const v = params[name];
    if (typeof v === 'string' && REGION_CODE.test(v)) shown[name] = regionInText(v, lang);
  }
  for (const name of REGION_LIST_PARAMS) {
    const v = params[name];
    if (typeof v === 'string' && REGION_LIST.test(v)) shown[name] = regionList(v.split(','), lang);
  }
  if (typeof params.rowList === 'string' && ROW_LIST.test(params.rowList)) shown.rowList = rowList(params.rowList.split(','), lang);
  if (typeof params.fieldList === 'string' && FIELD_LIST.test(params.fieldList)) shown.fieldList = fieldList(params.fieldList.split(','), lang) ?? params.fieldList;
  return fill(parts, shown);
}

/** The short name of an issue kind ("ambiguous date"), or the code itself when it has none. */
export function issueTitle(lang: Lang, code: string): string {
  const key = `title.${code}`;
  return hasMessage(key) ? t(lang, key) : code;
}

export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(merged.en, key);
}

/**
 * Every message of the core in `lang`, as written (placeholders unfilled): for a host to tell its own
 * earlier text (an issue note it wrote into a cell) from a user's.
 */
export function messageTemplates(lang: Lang): readonly string[] {
  return Object.values(merged[lang]);
}

export type { Lang, Params } from './define';
