/**
 * What points at rows of the sheet a merge removed rows from, moved as Excel moves it when rows are
 * deleted: links to a place on the sheet, on any sheet of the workbook (跟进记录's "→ 孙强" to
 * 客户!A8), and the pictures anchored on the sheet (a 名片 beside each customer). Without this, both
 * kept their row numbers and silently pointed at, or sat beside, the customer moved up into the row.
 * A link to a row the merge archived, or a picture on one, goes with that row to the archive sheet,
 * where the row now is (Excel itself would leave the link dangling and delete the picture).
 */
import type ExcelJS from 'exceljs';
import { columnLetter, columnNumber } from '../../shared';
import { shiftSqref, type RowShift } from './kept-rows';
import { movedLinkText } from './link-text';

/** Where the archive sheet holds an archived row and a column of the cleaned sheet (archive-sheet.ts). */
export interface ArchivePlace {
  sheet: ExcelJS.Worksheet;
  rowOf: ReadonlyMap<number, number>;
  colOf: (col: number) => number;
}

/** A link to a place in the workbook, as exceljs holds it: '#客户!A8', "#'客户 2026'!A8:L8". */
const PLACE = /^#(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/;
/** A cell or a range of cells (not a whole column or row, nor a name). */
const CELLS = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/**
 * A link's target moved with the rows of `sheet`: the same link when it is not to them or its rows
 * stayed where they were, the row's place in the archive when the merge moved all its rows there
 * (`archived` true), null when it is no link to a place.
 */
export function movedPlace(link: string, sheet: string, shift: RowShift, archive: ArchivePlace | undefined): { link: string; archived: boolean } | null {
  const m = PLACE.exec(link);
  if (!m) return null;
  const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  if (name.toLowerCase() !== sheet.toLowerCase()) return null;
  const ref = m[3];
  const cells = CELLS.exec(ref);
  if (!cells) return null;
  const moved = shiftSqref(ref, shift);
  if (moved !== null) return moved === ref ? null : { link: link.slice(0, link.length - ref.length) + moved, archived: false };
  const row = archive?.rowOf.get(Number(cells[2]));
  if (!archive || row === undefined) return null;
  return { link: `#${quoted(archive.sheet.name)}!${columnLetter(archive.colOf(columnNumber(cells[1].toUpperCase())))}${row}`, archived: true };
}

/** Every link of the workbook to a place on `sheet` moved with its rows; how many now lead to the archive. */
export function moveLinks(workbook: ExcelJS.Workbook, sheet: string, shift: RowShift, archive: ArchivePlace | undefined): number {
  let archived = 0;
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value;
      if (v === null || typeof v !== 'object' || !('hyperlink' in v) || 'formula' in v || typeof v.hyperlink !== 'string' || !v.hyperlink.startsWith('#')) return;
      const moved = movedPlace(v.hyperlink, sheet, shift, archive);
      if (!moved) return;
      // Its text where it names the place (见第12行, A12) names the new one (link-text.ts).
      const text = typeof v.text === 'string' ? movedLinkText(v.text, v.hyperlink, moved.link, moved.archived) : v.text;
      cell.value = { ...v, text, hyperlink: moved.link };
      if (moved.archived) archived++;
    }));
    for (const image of ws.getImages()) {
      const link = (image.range as { hyperlinks?: { hyperlink?: string } }).hyperlinks;
      const moved = typeof link?.hyperlink === 'string' ? movedPlace(link.hyperlink, sheet, shift, archive) : null;
      if (moved && link) link.hyperlink = moved.link;
    }
  }
  return archived;
}

/** An anchor as exceljs holds it: a 0-based cell and an offset into it. */
interface Native {
  nativeCol: number;
  nativeColOff: number;
  nativeRow: number;
  nativeRowOff: number;
}

/**
 * The sheet's pictures moved with its rows (input rows `removed`, `shift` from kept-rows.ts): one
 * whose rows all stayed or moved up keeps its place beside them, one spanning a removed row shrinks
 * by it, as Excel moves a picture set to move with cells; one wholly on archived rows goes to the
 * archive sheet, beside the archived row. Returns how many went there.
 */
export function movePictures(worksheet: ExcelJS.Worksheet, removed: ReadonlySet<number>, shift: RowShift, archive: ArchivePlace | undefined): number {
  let archived = 0;
  const media = (worksheet as unknown as { _media: { type: string }[] })._media;
  for (const image of worksheet.getImages()) {
    // exceljs's Anchor: its native fields are what it writes; `model` is a copy of them.
    const tl = image.range.tl as unknown as Native & { model: Native };
    const br = image.range.br as unknown as (Native & { model: Native }) | undefined;
    // The rows it covers (1-based): a bottom edge at the very top of a row does not cover that row.
    const top = tl.nativeRow + 1;
    const bottom = br ? Math.max(top, br.nativeRowOff > 0 ? br.nativeRow + 1 : br.nativeRow) : top;
    const moved = shift(top, bottom);
    if (moved) {
      const [first, last] = moved;
      if (!removed.has(top)) tl.nativeRow = first - 1;
      else Object.assign(tl, { nativeRow: first - 1, nativeRowOff: 0 });
      if (br && !removed.has(bottom)) br.nativeRow = br.nativeRowOff > 0 ? last - 1 : last;
      else if (br) Object.assign(br, { nativeRow: last, nativeRowOff: 0 });
      continue;
    }
    const row = archive?.rowOf.get(top);
    if (!archive || row === undefined) continue;
    const rows = row - top;
    const cols = archive.colOf(tl.nativeCol + 1) - (tl.nativeCol + 1);
    const at = (n: Native) => ({ ...n, nativeRow: n.nativeRow + rows, nativeCol: n.nativeCol + cols });
    const { range } = (image as unknown as { model: { range: { ext?: unknown; editAs?: string; hyperlinks?: unknown } } }).model;
    archive.sheet.addImage(image.imageId as unknown as number, { ...range, tl: at(tl.model), ...(br ? { br: at(br.model) } : {}) } as unknown as ExcelJS.ImageRange);
    media.splice(media.indexOf(image as unknown as { type: string }), 1);
    archived++;
  }
  return archived;
}
