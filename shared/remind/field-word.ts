/**
 * A date a reason names, in the sheet's own word: a gym's 最近签到 (last check-in) is no 最近联系
 * (last contact), and a rep looks for the column his sheet calls so. As a due column's 保险 and a
 * renewal's 续费 are said, English quotes a word in another script (sheetWord). A header that is the
 * field's own name in either language (最近联系, Last contact) keeps the field's name in each.
 */
import { sheetWord } from '../i18n/sheet-word';
import { FIELD_BY_ID, type FieldId } from '../schema/fields';
import type { FieldHeaders } from './types';

const fold = (text: string) => text.trim().toLowerCase();

/** The `field@zh-CN` / `field@en` parameters (classify/reason.ts messageText) naming `field` by its header, or none. */
export function fieldWordParams(field: FieldId, headers: FieldHeaders | undefined): Record<string, string> {
  const header = headers?.[field]?.trim();
  if (!header) return {};
  const { label } = FIELD_BY_ID[field];
  if (fold(header) === fold(label['zh-CN']) || fold(header) === fold(label.en)) return {};
  return { 'field@zh-CN': header, 'field@en': sheetWord('en', header) };
}
