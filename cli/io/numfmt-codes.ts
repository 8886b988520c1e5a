/**
 * A number format code is read as it is written in styles.xml. exceljs drops every backslash of it
 * on read (`formatCode.replace(/[\\](.)/g, '$1')`) and writes the code back so, for every styled cell
 * of the workbook: the Indian lakh format `[>=10000000]##\,##\,##\,##0;[>=100000]##\,##\,##0;##,##0`
 * came back as `##,##,##,##0`, which Excel shows as 1,850,000, and `0\%` (a literal % sign) as `0%`,
 * which multiplies by a hundred. In a format code `\,` is a literal comma, not a thousands separator;
 * whoever reads a code (the date and time checks, numberShown) reads its escapes as Excel does.
 * A built-in East Asian format named by its id alone (31, 长日期) is read with its code as well.
 */

type ParseOpen = (this: { model?: unknown }, node: { name: string; attributes: Record<string, string> }) => boolean;
type IsDateFmt = (fmt: string | undefined) => boolean;
type DefaultCode = ((numFmtId: number) => string | undefined) & { [KEEPING]?: true };

/**
 * The locale whose codes stand for Excel's built-in East Asian formats (ids 27–36 and 50–58), which a
 * file names by id alone: a Chinese Excel's (the users this tool is for). WPS and Excel in Chinese save
 * 长日期 2026年11月20日 as id 31, 年月 as 57, 月日 as 58. In a Japanese or Korean workbook the same ids
 * are dates too, then shown in the Chinese way.
 */
const BUILT_IN_LOCALE = 'zh-cn';
const KEEPING = Symbol.for('sheet-keeper.numfmt');

/** `\x`: the character x shown as itself (ECMA-376 Part 1, §18.8.31). */
export const ESCAPED_CHAR = /\\./g;

/**
 * Makes exceljs keep every number format code as written; once per process, whoever calls it. Its
 * NumFmtXform is the one class that reads `<numFmt>`, for the whole-workbook and the streaming reader.
 */
export function keepFormatCodes(): void {
  // exceljs's own modules, the ones its readers use (its package main is lib/, not a bundle).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const NumFmtXform = require('exceljs/lib/xlsx/xform/style/numfmt-xform') as { prototype: { parseOpen: ParseOpen & { [KEEPING]?: true } }; getDefaultFmtCode: DefaultCode };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const builtIn = require('exceljs/lib/xlsx/defaultnumformats') as Record<number, Record<string, string | undefined> | undefined>;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const utils = require('exceljs/lib/utils/utils') as { isDateFmt: IsDateFmt & { [KEEPING]?: true } };
  const parseOpen = NumFmtXform.prototype.parseOpen;
  if (parseOpen[KEEPING]) return;
  const keeping: ParseOpen & { [KEEPING]?: true } = function (this: { model?: unknown }, node) {
    if (node.name !== 'numFmt') return parseOpen.call(this, node);
    this.model = { id: parseInt(node.attributes.numFmtId, 10), formatCode: node.attributes.formatCode };
    return true;
  };
  keeping[KEEPING] = true;
  NumFmtXform.prototype.parseOpen = keeping;
  // exceljs reads a number as a date under a code with a y, m, d, h or s outside quotes and brackets:
  // `#,##0\ \k\m` (an escaped "km") shows a number, as Excel reads it.
  const isDateFmt = utils.isDateFmt;
  const dateFmt: IsDateFmt & { [KEEPING]?: true } = (fmt) => isDateFmt(fmt ? fmt.replace(ESCAPED_CHAR, '') : fmt);
  dateFmt[KEEPING] = true;
  utils.isDateFmt = dateFmt;
  // exceljs knows the built-in East Asian formats' codes per locale but looks up none of them on read:
  // a date under id 31 read as the bare number 46346 (then said to be a number read as a date serial),
  // and was written back under General, 46346 where the user had 2026年11月20日.
  const defaultCode = NumFmtXform.getDefaultFmtCode;
  const withLocale: DefaultCode = (id) => defaultCode(id) ?? builtIn[id]?.[BUILT_IN_LOCALE];
  withLocale[KEEPING] = true;
  NumFmtXform.getDefaultFmtCode = withLocale;
}
