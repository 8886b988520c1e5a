/**
 * Writing back an e-mail cell that shows a caption ("点击发邮件") over a `mailto:` link, which the run
 * read as the link's address (shared/table/mail-links.ts): the cell keeps its caption as typed, and a
 * corrected address goes into the link.
 */
import type ExcelJS from 'exceljs';
import { cellText, mailLinkAddress, type CellEdit } from '../../shared';
import { linkOf, linkText } from './xlsx-values';

/** The address a caption's mailto: link holds (the core's rule, on an exceljs value); undefined for any other cell. */
export function linkedAddress(value: ExcelJS.CellValue): string | undefined {
  const link = linkOf(value);
  const caption = linkText(value);
  return link && caption !== undefined ? mailLinkAddress({ kind: 'text', value: caption, link: link.hyperlink }) : undefined;
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
