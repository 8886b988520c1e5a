/**
 * Text the run composes from the user's values (`name · company`, a reason, an issue's message), cut
 * to what one Excel cell holds: a longer string is written without complaint, and Excel then calls
 * the whole file damaged (PITFALLS C4). The user's own cells are refused instead (write-output.ts).
 */
import type { Cell } from '../../shared';
import { EXCEL_CELL_LIMIT } from '../../shared/dedupe';

const ELLIPSIS = '…';

/** `text` whole when it fits, else its start and "…", `max` UTF-16 units in all, never half a surrogate pair. */
export function capCellText(text: string, max: number = EXCEL_CELL_LIMIT): string {
  if (text.length <= max) return text;
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + ELLIPSIS;
}

/** A composed text cell capped as above; other cells as they are. */
export function capCell(cell: Cell): Cell {
  return cell.kind === 'text' && cell.value.length > EXCEL_CELL_LIMIT ? { kind: 'text', value: capCellText(cell.value) } : cell;
}
