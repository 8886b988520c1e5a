/**
 * The user's notes (cell comments) on the rows a merge takes off the main sheet, carried to the kept row's
 * cell in the same column: `prefers text over email` on a copy's E-mail is what the customer told a rep, and
 * after the merge the customer lives on the kept row (h71 6). Appended, with the row it came from, after
 * what the kept cell's note already says; the archive keeps the original note on its copy of the row.
 */
import type ExcelJS from 'exceljs';
import type { Lang, Plan } from '../../shared';
import { say } from '../messages';
import { noteText, withoutOwnIssues } from './stale-notes';
import { capNoteText, EXCEL_NOTE_LIMIT } from './cell-cap';

/** A note to carry: the kept row, the sheet column and the user's text, with the archived row it came from. */
export interface CarriedNote {
  survivor: number;
  col: number;
  from: number;
  text: string;
}

/** The user's notes on the rows a merge removes, read before the run writes its own notes on the sheet. */
export function notesToCarry(worksheet: ExcelJS.Worksheet, plan: Plan): CarriedNote[] {
  const out: CarriedNote[] = [];
  for (const line of plan.merge?.archive ?? []) {
    for (let c = 0; c < plan.columns.length; c++) {
      const col = plan.firstCol + c;
      const raw = noteText(worksheet.findCell(line.sheetRow, col)?.note);
      // An earlier run's issue lines on the copy are no note of the user's.
      const text = (withoutOwnIssues(raw) ?? raw).trim();
      if (text !== '') out.push({ survivor: line.survivorRow, col, from: line.sheetRow, text });
    }
  }
  return out;
}

/** Appends each carried note to the kept row's cell (its rows as they are before the removed ones leave). */
export function carryNotes(worksheet: ExcelJS.Worksheet, notes: readonly CarriedNote[], lang: Lang): void {
  for (const n of notes) {
    const cell = worksheet.getCell(n.survivor, n.col);
    const own = noteText(cell.note);
    const line = say(lang, 'cli.merge.noteFrom', { note: n.text, row: n.from });
    // The same words already on the kept cell (a note pasted onto both copies) are said once.
    if (own.includes(n.text)) continue;
    const kept = own === '' ? line : `${own}\n${line}`;
    cell.note = capNoteText(kept, EXCEL_NOTE_LIMIT, lang);
  }
}
