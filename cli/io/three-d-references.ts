/**
 * 3-D references (=SUM(一月:三月!E4): the same cell on every sheet from 一月 to 三月 in tab order) that
 * read the cleaned sheet's moving rows. Excel rewrites such a reference only when the rows are deleted
 * on all its sheets at once (grouped sheets); a merge deletes them on one, so Excel, and any rewrite,
 * would keep E4 and read another customer's row there: write-output.ts refuses the merge.
 */

const PLAIN = String.raw`[^\s'!:(),"=<>&+\-*/^;{}\[\]]+`;
const CELLS = String.raw`\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?\d+:\$?\d+|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}`;
/** A span of sheets, quoted as a whole ('1 月:3 月'!) or plain (一月:三月!), and its cells (group 5). A sheet name holds no colon. */
const SPAN = new RegExp(String.raw`(?<![\w.$!])(?:'((?:[^':]|'')+):((?:[^':]|'')+)'|(${PLAIN}):(${PLAIN}))!(${CELLS})(?![\w(!])`, 'gu');

const unquote = (name: string) => name.replace(/''/g, "'");

/**
 * Whether `formula` holds a 3-D reference whose sheets (in the workbook's tab order, `order`) take in
 * `sheet` and whose cells reach row `firstMoved` or below: the rows a merge moves. Whole columns
 * (一月:三月!E:E) and rows above it stay as they read; a text in quotes is no reference. So does a
 * range from `firstMoved` or above down to `lastRow` (the sheet's last row) or past it
 * (一月:三月!$E$2:$E$500, sized ahead): the kept rows move up within it and nothing comes in, so it
 * reads the same customers, as whole columns do.
 */
export function spansMovingRows(formula: string, sheet: string, order: readonly string[], firstMoved: number, lastRow = Infinity): boolean {
  const outsideTexts = formula.split(/"(?:[^"]|"")*"/).join(' ');
  for (const m of outsideTexts.matchAll(SPAN)) {
    const from = order.indexOf(unquote(m[1] ?? m[3]));
    const to = order.indexOf(unquote(m[2] ?? m[4]));
    const at = order.indexOf(sheet);
    if (from < 0 || to < 0 || at < Math.min(from, to) || at > Math.max(from, to)) continue;
    // Column letters hold no digit: the numbers are the rows (none in whole columns).
    const rows = (m[5].match(/\d+/g) ?? []).map(Number);
    const covers = rows.length === 2 && Math.min(...rows) <= firstMoved && Math.max(...rows) >= lastRow;
    if (!covers && rows.some((row) => row >= firstMoved)) return true;
  }
  return false;
}
