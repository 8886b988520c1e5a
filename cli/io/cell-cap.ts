/**
 * Text the run composes from the user's values (`name · company`, a reason, an issue's message), cut
 * to what one Excel cell holds: a longer string is written without complaint, and Excel then calls
 * the whole file damaged (PITFALLS C4). The user's own cells are refused instead (write-output.ts).
 */
import type { Cell, Lang } from '../../shared';
import { EXCEL_CELL_LIMIT } from '../../shared/dedupe';
import { say } from '../messages';

const ELLIPSIS = '…';

/** Where to cut `text` to keep at most `end` UTF-16 units: never between the halves of a surrogate pair. */
function cutAt(text: string, end: number): number {
  const last = text.charCodeAt(end - 1);
  return last >= 0xd800 && last <= 0xdbff ? end - 1 : end;
}

/** `text` whole when it fits, else its start and "…", `max` UTF-16 units in all, never half a surrogate pair. */
export function capCellText(text: string, max: number = EXCEL_CELL_LIMIT): string {
  if (text.length <= max) return text;
  return text.slice(0, cutAt(text, max - ELLIPSIS.length)) + ELLIPSIS;
}

/**
 * Most characters a note (comment) holds. Its text is written in <t> elements, as a cell's is, and
 * Excel restricts a <t> to 32,767 characters ([MS-OI29500] 2.1.706, Part 4 §3.4.12 t (Text): "Excel
 * restricts the value of this element to 32767 characters"); Excel's own comment box stops there too.
 * exceljs writes a longer note without complaint, and Excel then repairs the file.
 */
export const EXCEL_NOTE_LIMIT = EXCEL_CELL_LIMIT;

/**
 * The text the run adds to a note, cut to the `room` the note has left: its start, then a visible
 * "…(truncated, N more characters …)" in the user's language. The text cut is an input value (a
 * cell's 原值, the user's own note), which the input file keeps whole, as the JSON report does a
 * change's value. '' when not even the ending fits: the note is left as it was.
 */
export function capNoteText(text: string, room: number, lang: Lang): string {
  if (text.length <= room) return text;
  // The ending's length with the most digits its count can have; the count written is the real one.
  const longest = say(lang, 'cli.xlsx.noteCut', { count: text.length }).length;
  if (longest >= room) return '';
  const end = cutAt(text, room - longest);
  return text.slice(0, end) + say(lang, 'cli.xlsx.noteCut', { count: text.length - end });
}

/** A composed text cell capped as above; other cells as they are. */
export function capCell(cell: Cell): Cell {
  return cell.kind === 'text' && cell.value.length > EXCEL_CELL_LIMIT ? { kind: 'text', value: capCellText(cell.value) } : cell;
}
