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

type TextRender = (this: unknown, xmlStream: unknown, model: unknown) => void;
const ESCAPING = Symbol.for('sheet-keeper.xstring');

/**
 * Makes exceljs write every `<t>` as an ST_Xstring (see above); once per process, whoever calls it.
 * Its TextXform is the one class that writes `<t>`, for shared strings, rich-text runs and notes alike.
 */
export function writeTextAsXstring(): void {
  // exceljs's own module, the one its writers use (its package main is lib/, not a bundle).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const TextXform = require('exceljs/lib/xlsx/xform/strings/text-xform') as { prototype: { render: TextRender & { [ESCAPING]?: true } } };
  const render = TextXform.prototype.render;
  if (render[ESCAPING]) return;
  const escaping: TextRender & { [ESCAPING]?: true } = function (this: unknown, xmlStream, model) {
    render.call(this, xmlStream, typeof model === 'string' ? escapeXstring(model) : model);
  };
  escaping[ESCAPING] = true;
  TextXform.prototype.render = escaping;
}

/**
 * A text cell written by the streaming writer without shared strings goes into `<v>` of a `t="str"`
 * cell, which exceljs reads back without decoding `_xHHHH_`: a text that needs escaping goes as
 * inline rich text (`<is><r><t>`) instead, which Excel and exceljs both read as the text.
 */
export function inlineWhereEscaped(cell: ExcelJS.Cell): void {
  const v = cell.value;
  if (typeof v === 'string' && NEEDS_ESCAPE.test(v)) cell.value = { richText: [{ text: v }] };
}
