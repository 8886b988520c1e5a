/**
 * The form a rule's value and a cleaned cell are compared in, for fields the cleaner writes one way:
 * a province by its official name (the cleaner writes 广东省, a rule says 广东, 粤 or Guangdong), a
 * gender by the sex it says (男 / M / Male), a date by its day (1990年3月5日 / 1990/3/5 / 1990-03-05).
 * Other fields, and values these readings do not place, compare as folded text.
 */
import { FIELD_BY_ID, isFieldId } from '../schema/fields';
import { officialProvince } from '../normalize/province';
import { readGender } from '../normalize/gender';
import { parseDateText } from '../normalize/date-text';
import { tidyText } from '../normalize/text';

/** A value's canonical form, or null when the reading does not place it. */
export type FieldKey = (text: string) => string | null;

const provinceKey: FieldKey = (text) => officialProvince(tidyText(text, false));

const genderKey: FieldKey = (text) => readGender(text)?.sex ?? null;

/** Only the year is anchored by `today`, and a two-digit year is refused below, so any day will do. */
const DATE_OPTIONS = { ambiguous: 'flag', today: { y: 2000, m: 1, d: 1 } } as const;

// 03/05/2024 or 24-3-5 in a rule is not ours to guess: such a value compares as text.
const dateKey: FieldKey = (text) => {
  const reading = parseDateText(text.trim(), DATE_OPTIONS);
  return reading.kind === 'date' && reading.twoDigitYear === undefined ? reading.iso.slice(0, 10) : null;
};

/** The canonical reading of `field`, or null for a field compared as folded text. */
export function fieldKey(field: string): FieldKey | null {
  if (!isFieldId(field)) return null;
  const kind = FIELD_BY_ID[field].kind;
  return kind === 'province' ? provinceKey : kind === 'gender' ? genderKey : kind === 'date' ? dateKey : null;
}
