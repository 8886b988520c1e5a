/**
 * Text in an .xlsx is an ST_Xstring (ECMA-376 Part 1, §22.9.2.19): a character XML 1.0 cannot hold
 * (a control character other than tab, line feed and carriage return) is written `_xHHHH_` (\x0B
 * as `_x000B_`), and text that itself reads `_xHHHH_` has its underscore written `_x005F_`. That is
 * how Excel stores them, and exceljs decodes `_xHHHH_` when it reads a `<t>`.
 *
 * exceljs does not write it so: its XML encoder drops those characters (and DEL), and writes a typed
 * `_x0041_` as is, which Excel then shows as `A`. A CSV cell `c\x01d` came out of the .xlsx as `cd`
 * while the CSV output kept it and the report said nothing changed. Every `<t>` exceljs writes (shared
 * strings, rich-text runs, inline strings, notes) goes through escapeXstring here instead.
 */
import ExcelJS from 'exceljs';

/** What XML cannot hold, and the text that would read as an escape: the string needs escaping. */
const NEEDS_ESCAPE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]|_x[0-9A-Fa-f]{4}_/;
const ESCAPED = /_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;

export function escapeXstring(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(ESCAPED, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

type Render = (this: unknown, xmlStream: unknown, model: unknown) => void;
type ParseClose = (this: CellParser, name: string) => boolean;
const XSTRING = Symbol.for('sheet-keeper.xstring');
type Marked<F> = F & { [XSTRING]?: true };

/** What exceljs's CellXform holds while it reads one `<c>`: its `t` attribute and the cell so far. */
interface CellParser {
  t?: string;
  parser?: unknown;
  model?: { value?: unknown; result?: unknown };
}

/** The text a `_xHHHH_` escape stands for (`_x005F_` for an underscore), as Excel reads an ST_Xstring. */
export function unescapeXstring(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Makes exceljs write every text as an ST_Xstring (see above) and read back the ones it did not
 * decode; once per process, whoever calls it (both writers and the reader do).
 *
 * - Its TextXform is the one class that writes `<t>`, for shared strings, rich-text runs and notes alike.
 * - Its CellXform writes the rest into a `t="str"` cell's `<v>`, which is an ST_Xstring too: a formula's
 *   cached text (always there, in either writer) and, in the streaming writer without shared strings, a
 *   hyperlink's text. exceljs dropped their control characters, so a link 官网\x01主页 or a formula
 *   showing PO\x01-1 lost them. Reading such a `<v>`, exceljs did not decode `_xHHHH_` either: a formula
 *   result Excel saved as `PO_x0001_-1` read as that text, which the archive sheet then wrote as a value
 *   Excel shows with the `_x0001_` in it. Both are decoded now, as Excel does.
 */
export function xlsxTextAsXstring(): void {
  // exceljs's own modules, the ones its readers and writers use (its package main is lib/, not a bundle).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const TextXform = require('exceljs/lib/xlsx/xform/strings/text-xform') as { prototype: { render: Marked<Render> } };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const CellXform = require('exceljs/lib/xlsx/xform/sheet/cell-xform') as { prototype: { render: Marked<Render>; parseClose: Marked<ParseClose> } };
  const text = TextXform.prototype.render;
  if (!text[XSTRING]) {
    TextXform.prototype.render = marked(function (this: unknown, xmlStream, model) {
      text.call(this, xmlStream, typeof model === 'string' ? escapeXstring(model) : model);
    });
  }
  const cell = CellXform.prototype.render;
  if (!cell[XSTRING]) {
    CellXform.prototype.render = marked(function (this: unknown, xmlStream, model) {
      cell.call(this, xmlStream, withValueEscaped(model as CellModel));
    });
  }
  const parseClose = CellXform.prototype.parseClose;
  if (!parseClose[XSTRING]) {
    CellXform.prototype.parseClose = marked(function (this: CellParser, name: string) {
      const str = name === 'c' && this.t === 'str' && !this.parser ? this.model : undefined;
      const more = parseClose.call(this, name);
      if (str) {
        if (typeof str.result === 'string') str.result = unescapeXstring(str.result);
        else if (typeof str.value === 'string') str.value = unescapeXstring(str.value);
      }
      return more;
    });
  }
}

function marked<F extends object>(f: F): Marked<F> {
  (f as Marked<F>)[XSTRING] = true;
  return f;
}

/** The part of exceljs's cell model its CellXform writes into `<v>` as text. */
interface CellModel {
  type?: number;
  ssId?: number;
  value?: unknown;
  text?: unknown;
  result?: unknown;
}

/** The cell's model with the text it writes into `<v>` escaped (a copy; the same model when none needs it). */
function withValueEscaped(model: CellModel): CellModel {
  if (model.ssId !== undefined) return model;
  if (model.type === ExcelJS.ValueType.Hyperlink && typeof model.text === 'string' && NEEDS_ESCAPE.test(model.text)) return { ...model, text: escapeXstring(model.text) };
  if (model.type === ExcelJS.ValueType.Formula && typeof model.result === 'string' && NEEDS_ESCAPE.test(model.result)) return { ...model, result: escapeXstring(model.result) };
  if (model.type === ExcelJS.ValueType.String && typeof model.value === 'string' && NEEDS_ESCAPE.test(model.value)) return { ...model, value: escapeXstring(model.value) };
  return model;
}

/**
 * A text cell written by the streaming writer without shared strings goes into `<v>` of a `t="str"`
 * cell, which readers other than Excel (and exceljs before xlsxTextAsXstring) may not decode: a
 * text that needs escaping goes as inline rich text (`<is><r><t>`) instead, which every reader
 * decodes. A hyperlink's text or a formula's result has no such place and stays in `<v>`.
 */
export function inlineWhereEscaped(cell: ExcelJS.Cell): void {
  const v = cell.value;
  if (typeof v === 'string' && NEEDS_ESCAPE.test(v)) cell.value = { richText: [{ text: v }] };
}
