/**
 * The names of a table's (ListObject's) columns. Excel wants them unique ignoring case, so a column
 * the run adds beside a table is suffixed when one of the table's already bears its name (VIP beside
 * the user's vip becomes VIP2, in its header cell too). A rerun must still know that column as its
 * own, or it adds another one each time (VIP3, VIP4 …).
 */

/** `text`, or `text2`, `text3` … : the first that none of `taken` (lower-cased names) holds. */
export function uniqueName(text: string, taken: ReadonlySet<string>): string {
  let name = text;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${text}${n}`;
  return name;
}

/** Whether a header cell is the column named `ours` as uniqueName may have renamed it (ours2, ours3 …). */
export function suffixedFrom(header: string, ours: string): boolean {
  if (ours === '' || !header.startsWith(ours)) return false;
  const suffix = header.slice(ours.length);
  return /^[1-9]\d*$/.test(suffix) && Number(suffix) >= 2;
}
