/**
 * Parts of the input's worksheets that exceljs would mangle, kept aside on reading (prepare-xlsx.ts)
 * and put back, as the user made them, into the file exceljs wrote.
 */
import type ExcelJS from 'exceljs';
import { sheetParts } from './sheet-parts';
import { rezip, zipEntry } from './zip-entries';

export interface KeptParts {
  /** Per sheet name: its `<dataValidations>` element as in the input. */
  validations: ReadonlyMap<string, string>;
}

const kept = new WeakMap<ExcelJS.Workbook, KeptParts>();

/** Remembers what to put back when this workbook is written. */
export function keepParts(workbook: ExcelJS.Workbook, parts: KeptParts): void {
  if (parts.validations.size > 0) kept.set(workbook, parts);
}

/** The written file with the kept parts back in; `written` itself when there are none. */
export function putKeptParts(written: Uint8Array, workbook: ExcelJS.Workbook): Uint8Array {
  const parts = kept.get(workbook);
  if (!parts) return written;
  const replaced = new Map<string, Buffer>();
  for (const { name, path } of sheetParts(written)) {
    const element = parts.validations.get(name);
    const xml = element === undefined ? undefined : zipEntry(written, path)?.toString('utf8');
    if (element === undefined || xml === undefined) continue;
    replaced.set(path, Buffer.from(withValidations(xml, element), 'utf8'));
  }
  return replaced.size > 0 ? rezip(written, replaced) : written;
}

/** What may follow `<dataValidations>` in a worksheet (ECMA-376 Part 1, CT_Worksheet), in order. */
const AFTER_VALIDATIONS = [
  'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing',
  'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

/** The sheet exceljs wrote with the input's validation element in its place (and none of exceljs's own). */
export function withValidations(xml: string, element: string): string {
  const own = xml.replace(/<dataValidations\b(?:[^>]*\/>|[\s\S]*?<\/dataValidations>)/, '');
  // exceljs writes the main namespace unprefixed; an input may have prefixed it (<x:dataValidation>).
  const plain = element.replace(/<(\/?)\w+:(?=dataValidations?\b|formula[12]\b|sqref\b)/g, '<$1');
  const next = new RegExp(`<(?:${AFTER_VALIDATIONS.join('|')})\\b|</worksheet>`).exec(own);
  const at = next ? next.index : own.length;
  return own.slice(0, at) + plain + own.slice(at);
}
