/**
 * The text of a link whose target a merge moved (row-pointers.ts). The text is the user's words and
 * stays his, save where it names the place the link leads to: a link reading 见第12行 or "row 12" that
 * now leads to row 11 contradicts itself, and the user reading the text (not hovering for the target)
 * would look at the customer below. So a text that is the old address itself (A12, 客户!A12,
 * '客户'!A12:F12) becomes the new one, and a row phrase naming the old target row (第12行, 第 12 行,
 * row 12, Row 12) names the new one. Nothing else in it changes, a number naming another row neither:
 * 见第12行（原第15行） keeps its 15. A target moved to the archive sheet is another sheet: a row
 * number alone would send the reader to that row of the customer sheet, so only an address text
 * follows it there.
 */

/** A link to a place in the workbook, as exceljs holds it: '#客户!A8', "#'客户 2026'!A8:L8". */
const PLACE = /^#((?:'(?:[^']|'')+'|[^'!]+)!)?(\$?[A-Za-z]{1,3}\$?(\d+)(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/;

/** Row phrases whose number is the row: rules as data, the number caught as the second group. */
const ROW_PHRASES: readonly RegExp[] = [/(第\s*)(\d+)(?=\s*行)/g, /(\b[Rr]ow\s*#?\s*)(\d+)\b/g];

/** A cell or range at the end of a text (the address part of 客户!A12 or A12:F12). */
const TRAILING_REF = /\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

const unquoted = (sheet: string) => (sheet.startsWith("'") ? sheet.slice(1, -2).replace(/''/g, "'") + '!' : sheet);
const same = (a: string, b: string) => a.replace(/\$/g, '').toLowerCase() === b.replace(/\$/g, '').toLowerCase();

/** `text` of a link moved from `before` to `after` ('#…' targets; `archived`: to the archive sheet), or the text as it was. */
export function movedLinkText(text: string, before: string, after: string, archived: boolean): string {
  const from = PLACE.exec(before);
  const to = PLACE.exec(after);
  if (!from || !to) return text;
  const bare = text.trim();
  const lead = text.slice(0, text.indexOf(bare));
  const trail = text.slice(lead.length + bare.length);
  const address = bare.replace(/^#/, '');
  const sheet = from[1] ?? '';
  // The text is the old address, with or without its sheet: the new one, written the same way.
  if ([from[2], sheet + from[2], unquoted(sheet) + from[2]].some((a) => same(address, a))) {
    // Rows move, columns stay: only the row numbers change, the user's $ and letters kept.
    const rows = to[2].match(/\d+/g) ?? [];
    if (!archived) {
      let i = 0;
      return lead + bare.replace(TRAILING_REF, (ref) => ref.replace(/\d+/g, (n) => rows[i++] ?? n)) + trail;
    }
    return lead + (bare.startsWith('#') ? after : after.slice(1)) + trail;
  }
  if (archived) return text;
  const [oldRow, newRow] = [from[3], to[3]];
  return ROW_PHRASES.reduce((t, phrase) => t.replace(phrase, (all, words: string, row: string) => (row === oldRow ? words + newRow : all)), text);
}
