/**
 * E-mail cells that show a caption ("点击发邮件", "Send mail") over a `mailto:` link: the address is
 * the link's, and reading the caption would flag every such cell as an invalid e-mail and never find
 * two rows sharing an address. In the e-mail column the run reads the address from the link; the
 * cell keeps its caption as typed, and a corrected address goes into the link.
 */
import type ExcelJS from 'exceljs';
import { cellText, type Cell, type CellEdit, type Grid, type Plan } from '../../shared';
import { linkOf } from './xlsx-values';

/** The address a caption's mailto: link holds; undefined for any other cell (a shown address included). */
export function linkedAddress(value: ExcelJS.CellValue): string | undefined {
  const link = linkOf(value);
  const text: unknown = value !== null && typeof value === 'object' && 'text' in value ? value.text : undefined;
  const caption = typeof text === 'string' ? text : text && typeof text === 'object' && 'richText' in text ? (text as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') : '';
  if (!link || !/^mailto:/i.test(link.hyperlink) || caption.includes('@')) return undefined;
  const address = safeDecode(link.hyperlink.slice('mailto:'.length).split('?')[0]).trim();
  return address.includes('@') ? address : undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The sheet's caption-over-mailto cells, by `row:col`, with their addresses. */
export function linkedAddresses(worksheet: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  worksheet.eachRow((row, r) => row.eachCell((cell, c) => {
    const address = linkedAddress(cell.value);
    if (address !== undefined) out.set(`${r}:${c}`, address);
  }));
  return out;
}

/** The grid with the e-mail columns' captions read as their links' addresses; null when no such cell is in one. */
export function withLinkedAddresses(grid: Grid, plan: Plan, addresses: ReadonlyMap<string, string>): Grid | null {
  const mailCols = plan.columns.filter((c) => c.field === 'email').map((c) => plan.firstCol + c.col);
  let cells: Cell[][] | null = null;
  for (const key of addresses.keys()) {
    const [row, col] = key.split(':').map(Number);
    const r = row - grid.firstRow, c = col - grid.firstCol;
    if (!mailCols.includes(col) || row <= plan.headerRow || grid.cells[r]?.[c] === undefined) continue;
    cells ??= grid.cells.map((line) => line.slice());
    cells[r][c] = { kind: 'text', value: addresses.get(key)! };
  }
  return cells ? { ...grid, cells } : null;
}

/**
 * Applies an edit to a cell whose address the run read from its link (see above): the caption stays
 * as typed and the link mails the corrected address; an address the run emptied or could not correct
 * leaves the cell as it is. False for any other cell, which is written as usual.
 */
export function putLinkedAddress(cell: ExcelJS.Cell, edit: CellEdit): boolean {
  const address = linkedAddress(cell.value);
  if (address === undefined || address !== cellText(edit.before)) return false;
  const after = edit.after.kind === 'empty' ? '' : cellText(edit.after).trim();
  if (!after.includes('@')) return true;
  const link = linkOf(cell.value)!;
  const query = link.hyperlink.includes('?') ? link.hyperlink.slice(link.hyperlink.indexOf('?')) : '';
  cell.value = { ...(cell.value as ExcelJS.CellHyperlinkValue), hyperlink: `mailto:${after}${query}` };
  return true;
}
