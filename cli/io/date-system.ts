/**
 * Which date system an .xlsx declares, read from xl/workbook.xml itself. `date1904` is an
 * xsd:boolean, so "1" and "true" both mean 1904; exceljs 4.4 only accepts "1", and LibreOffice
 * writes "true", which makes every date 1462 days (4 years and a day) early (the same bug in other
 * readers: monitorjbl/excel-streaming-reader#218, QtExcel/QXlsx#167).
 */
import { zipEntry } from './zip-entries';

/** True when the workbook part says `date1904="1"` or `date1904="true"`. */
export function declaresDate1904(xlsx: Uint8Array): boolean {
  const xml = zipEntry(xlsx, 'xl/workbook.xml');
  return xml !== null && /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(xml.toString('utf8'));
}
