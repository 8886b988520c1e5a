/**
 * Pictures beside the table (a logo, a QR code, a 名片 pasted right of the customers) and the columns
 * a run appends there (整理问题, 重复组, 分类依据 …). Left where they were, the pictures covered the new
 * columns' labels and reasons, which the user opened the file to read. The run's columns are inserted
 * between the table and what is right of it, so such a picture moves right by as many columns, as
 * Excel moves one when columns are inserted left of it. A picture starting over the user's own
 * columns stays where he put it; a rerun that writes over its earlier columns appends none and moves
 * nothing.
 */
import type ExcelJS from 'exceljs';

/** An anchor as exceljs holds it: a 0-based column it writes (`model` is a copy). */
interface Native {
  nativeCol: number;
}

/** Moves the sheet's pictures that start at or right of the first appended column right of them; returns how many. */
export function movePicturesRightOf(worksheet: ExcelJS.Worksheet, appended: readonly number[]): number {
  if (appended.length === 0) return 0;
  const first = Math.min(...appended);
  let moved = 0;
  for (const image of worksheet.getImages()) {
    const tl = image.range.tl as unknown as Native;
    const br = image.range.br as unknown as Native | undefined;
    if (tl.nativeCol + 1 < first) continue;
    tl.nativeCol += appended.length;
    if (br) br.nativeCol += appended.length;
    moved++;
  }
  return moved;
}
