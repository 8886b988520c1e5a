/**
 * The list of texts a user typed into the run's own columns that no cell note can keep: a CSV cell has
 * no note, an .xlsx note holds at most 32,767 characters (one near it, or a text that long, cannot take
 * the line), and a row the merge moves to the archive takes its notes with it (the archive keeps the
 * user's columns, not the run's). One line per cell: the cell of the output, its column, the text
 * whole, what the run wrote there, why it is here and the run's day. An .xlsx keeps it in a sheet of its
 * own, a CSV in `<name>.typed.csv`; later runs append to either, never write over it.
 */
import { columnLetter, type Lang, type TypedOver } from '../../shared';
import { say } from '../messages';
import type { RowMap } from './row-map';

/** Why a typed text is in the list and not in its cell's note. */
export type KeptWhy = 'noteFull' | 'merged' | 'csv';

export interface KeptTyped {
  typed: TypedOver;
  why: KeptWhy;
}

const HEADER_KEYS = [
  'cli.typedOver.head.cell',
  'cli.typedOver.head.column',
  'cli.typedOver.head.text',
  'cli.typedOver.head.now',
  'cli.typedOver.head.why',
  'cli.typedOver.head.day',
] as const;

/** The list's headers: a sheet or file starting with them, in either language, is ours. */
export function typedOverHeaders(lang: Lang): string[] {
  return HEADER_KEYS.map((key) => say(lang, key));
}

/**
 * The output cell a typed text stood in: its row after a merge removed the rows above it; for a row
 * the merge moved to the archive, the cell of the row it was merged into (the why names the old row).
 */
export function outputCell(typed: TypedOver, rows: RowMap): string {
  return `${columnLetter(typed.col)}${rows.target(typed.sheetRow)}`;
}

/** The lines of the list, as texts: nothing in them is a number or a formula. */
export function typedOverLines(kept: readonly KeptTyped[], rows: RowMap, lang: Lang, today: string): string[][] {
  return kept.map(({ typed, why }) => [
    outputCell(typed, rows),
    typed.header,
    typed.text,
    typed.now,
    why === 'merged' ? say(lang, 'cli.typedOver.why.merged', { row: typed.sheetRow, kept: rows.target(typed.sheetRow) }) : say(lang, `cli.typedOver.why.${why}`),
    today,
  ]);
}
