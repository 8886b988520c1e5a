/** Why a row got a label or a reminder: a message code with parameters, rendered in zh-CN or en. */
import { hasMessage, t, type MessageKey } from '../i18n';
import type { Lang, Params } from '../i18n/define';
import { FIELD_BY_ID, isFieldId } from '../schema/fields';
import { derivedFieldKey } from './derived-fields';
import { labelText } from './labels';
import { sheetWord } from '../i18n/sheet-word';

export interface Reason {
  /** The dimension ('lifecycle', 'tier', a user rule's id …) this reason explains. */
  dimension: string;
  /** The label id the row got. */
  level: string;
  code: MessageKey;
  params: Params;
}

/** Shows a field id (or a derived `@` value) by its name in `lang`. */
export function fieldText(lang: Lang, field: string): string {
  if (isFieldId(field)) return FIELD_BY_ID[field].label[lang];
  const key = derivedFieldKey(field);
  return key ? t(lang, key) : field;
}

/**
 * Renders a code with parameters; a `field` parameter (a field id), `fields` (field ids separated
 * by commas), a `label` parameter (a label id), `labels` (label ids separated by commas, shown as
 * `high (High value)` so a user learns the id to write) and an `expected` parameter (a message key)
 * are shown in `lang`, a parameter that comes with its own text in `lang` (`value@zh-CN`) as that
 * text, everything else as given.
 */
export function messageText(lang: Lang, code: MessageKey, params: Params = {}): string {
  const shown: Record<string, string | number> = { ...params };
  if (typeof params.field === 'string') shown.field = fieldText(lang, params.field);
  if (typeof params.fields === 'string') shown.fields = params.fields.split(',').map((f) => fieldText(lang, f)).join(lang === 'zh-CN' ? '、' : ', ');
  if (typeof params.label === 'string') shown.label = labelText(lang, params.label);
  if (typeof params.labels === 'string') shown.labels = params.labels.split(',').map((id) => idWithText(lang, id)).join(lang === 'zh-CN' ? '、' : ', ');
  if (typeof params.expected === 'string' && hasMessage(params.expected)) shown.expected = t(lang, params.expected);
  // What a due column names (保险, Policy): the sheet's own word, quoted in English only in another script.
  if (typeof params.what === 'string') shown.what = sheetWord(lang, params.what);
  // A count's own header (剩余课时 2 / "剩余课时" 2): not `what`, which names what falls due (dueWhat).
  if (typeof params.word === 'string') shown.word = sheetWord(lang, params.word);
  // A parameter may come with its text in each language (`value@en`): a label a rule read.
  for (const name in params) {
    const own = params[`${name}@${lang}`];
    if (typeof own === 'string') shown[name] = own;
  }
  return t(lang, code, shown);
}

function idWithText(lang: Lang, id: string): string {
  const text = labelText(lang, id);
  if (text === id) return id;
  return lang === 'zh-CN' ? `${id}（${text}）` : `${id} (${text})`;
}

export function reasonText(lang: Lang, reason: { code: MessageKey; params: Params }): string {
  return messageText(lang, reason.code, reason.params);
}
