/**
 * The field a rule meant when it names a column by its header (行业, 区域, "Industry") instead of the
 * field id (industry, province): the field whose label or header words are that text. A team lead
 * writes what his sheet says; telling him only that 行业 does not exist leaves him guessing.
 */
import { FIELDS, type FieldId } from '../schema/fields';
import { foldValue } from './fold-value';
import { osaDistance } from '../normalize/edit-distance';

export function fieldByHeader(text: string): FieldId | null {
  const folded = foldValue(text).trim();
  if (folded === '') return null;
  // A field's own label first (客户类型 is customerType's, though other fields take 类型), then its header words.
  const byLabel = FIELDS.find((f) => foldValue(f.label['zh-CN']) === folded || foldValue(f.label.en) === folded);
  if (byLabel) return byLabel.id;
  return FIELDS.find((f) => f.synonyms.some((w) => foldValue(w) === folded))?.id ?? null;
}

/**
 * The field id a rule misspelt (industy, lastPurchse, Owner): the one id within a typo or two of it,
 * letter case aside (one for a short id, whose neighbours are near each other). Null when none is,
 * or when two are equally near.
 */
export function fieldBySpelling(text: string): FieldId | null {
  const typed = text.trim().toLowerCase();
  if (typed === '') return null;
  const most = typed.length <= 5 ? 1 : 2;
  let best: FieldId | null = null;
  let bestDistance = most + 1;
  let tied = false;
  for (const f of FIELDS) {
    const d = osaDistance(typed, f.id.toLowerCase());
    if (d < bestDistance) [best, bestDistance, tied] = [f.id, d, false];
    else if (d === bestDistance) tied = true;
  }
  return tied ? null : best;
}

/**
 * The field a settings value means that is no field id: a header word (Region for province), an id
 * written in words or snake case (phone_number, Last Contact), or a misspelt one (industy). Null
 * when none is near enough to name.
 */
export function meantField(text: string): FieldId | null {
  const words = text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.]+/g, ' ');
  return fieldByHeader(text) ?? fieldByHeader(words) ?? fieldBySpelling(text);
}
