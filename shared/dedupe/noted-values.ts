/**
 * The values a merge listed in the kept row's merged-values note (生日: 1985-12-03（2024-12-01 原第2行）),
 * read back by header: a birthday or anniversary a folded row gave differently from the kept row is
 * one of two days the sheet holds for him, one of them a slip nobody has checked yet, and a merge must
 * not silently drop the reminder of the right one (remind.ts reminds it, marked to check).
 */
import { t, type Lang, type MessageKey } from '../i18n';
import { LANGS } from '../i18n/define';
import { NOTE_SEPARATORS } from './noted-co-owners';
import { templatePattern, templateWords } from '../i18n/template-pattern';

/**
 * A note item of `key` as `lang` writes it, as a whole-item pattern: each param of `captures` caught
 * by its name, each of `read` matched and not kept (i18n/template-pattern.ts).
 */
export function itemPattern(lang: Lang, key: MessageKey, captures: Readonly<Record<string, string>>, read: Readonly<Record<string, string>> = {}): RegExp {
  return templatePattern(t(lang, key), captures, read);
}

/**
 * The longest run of fixed words of `key`'s item as `lang` writes it (的待办跟进：, open follow-up of ):
 * a note without it holds no such item, and is passed over without trying the patterns (a sheet
 * merged week after week has thousands of notes).
 */
export function itemWord(lang: Lang, key: MessageKey): string {
  return templateWords(t(lang, key)).reduce((a, b) => (b.length > a.length ? b : a), '');
}

const DAY = '\\d{4}-\\d{2}-\\d{2}';
/** The value item as each language writes it, with and without its merge day: the header and the value captured. */
const ITEM_PATTERNS: readonly RegExp[] = LANGS.flatMap((lang) =>
  (['dedupe.note.item', 'dedupe.note.itemOn'] as const).map((key) => itemPattern(lang, key, { field: '.+?', value: '.+' }, { row: '\\d+', date: DAY })),
);

/**
 * Each value item of one note, as header and value (as the note writes them), in the order written;
 * with `only`, just the items under one of those headers (the others' patterns not tried).
 */
export function valueItems(note: string, only?: readonly string[]): { header: string; value: string }[] {
  const out: { header: string; value: string }[] = [];
  if (only !== undefined && !only.some((h) => note.includes(h))) return out;
  const parts = note.split(NOTE_SEPARATORS);
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i].trim();
    if (only !== undefined && !only.some((h) => part.startsWith(h))) continue;
    const m = ITEM_PATTERNS.map((p) => p.exec(part)).find((found) => found !== null);
    if (m) out.push({ header: m.groups!.field.trim(), value: m.groups!.value.trim() });
  }
  return out;
}

/**
 * Sheet row → the values its note lists under each of `headers` (field → the sheet's header of its
 * column, 生日 for birthday), the kept row's own value aside: each another row gave before it was merged.
 */
export function notedValues<F extends string>(notes: ReadonlyMap<number, string>, headers: Partial<Record<F, string>>): Map<number, Partial<Record<F, string[]>>> {
  const out = new Map<number, Partial<Record<F, string[]>>>();
  const byHeader = new Map<string, F>();
  for (const [field, header] of Object.entries(headers) as [F, string | undefined][]) if (header !== undefined && header.trim() !== '') byHeader.set(header.trim(), field);
  if (byHeader.size === 0) return out;
  const only = [...byHeader.keys()];
  for (const [row, note] of notes) {
    const found: Partial<Record<F, string[]>> = {};
    for (const { header, value } of valueItems(note, only)) {
      const field = byHeader.get(header);
      if (field !== undefined) (found[field] ??= []).push(value);
    }
    if (Object.keys(found).length > 0) out.set(row, found);
  }
  return out;
}
