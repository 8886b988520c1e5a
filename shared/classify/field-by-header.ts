/**
 * The field a rule meant when it names a column by its header (行业, 区域, "Industry") instead of the
 * field id (industry, province): the field whose label or header words are that text. A team lead
 * writes what his sheet says; telling him only that 行业 does not exist leaves him guessing.
 */
import { FIELDS, type FieldId } from '../schema/fields';
import { foldValue } from './fold-value';

export function fieldByHeader(text: string): FieldId | null {
  const folded = foldValue(text).trim();
  if (folded === '') return null;
  // A field's own label first (客户类型 is customerType's, though other fields take 类型), then its header words.
  const byLabel = FIELDS.find((f) => foldValue(f.label['zh-CN']) === folded || foldValue(f.label.en) === folded);
  if (byLabel) return byLabel.id;
  return FIELDS.find((f) => f.synonyms.some((w) => foldValue(w) === folded))?.id ?? null;
}
