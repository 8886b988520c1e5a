/**
 * E-mail cells that show a caption ("点击发邮件", "Send mail") over a `mailto:` link: the address is
 * the link's. Reading the caption would flag every such cell as an invalid e-mail and never find two
 * rows sharing an address, so in an e-mail column the run reads the link's address. The host keeps
 * the caption as typed and puts a corrected address into the link; where a link cannot be kept (a
 * CSV), it writes the address.
 */
import type { Cell } from './cell';
import type { Row, Table } from './table';

/** The address a caption's mailto: link holds; undefined for any other cell (a shown address included). */
export function mailLinkAddress(cell: Cell): string | undefined {
  if (cell.kind !== 'text' || cell.link === undefined || cell.value.includes('@') || !/^mailto:/i.test(cell.link)) return undefined;
  const address = safeDecode(cell.link.slice('mailto:'.length).split('?')[0]).trim();
  return address.includes('@') ? address : undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The table with the captions of `mailCols` (table columns holding e-mails) read as their links'
 * addresses; the same table when it has none. Rows without such a cell are shared, not copied.
 */
export function readMailLinks(table: Table, mailCols: readonly number[]): Table {
  if (mailCols.length === 0) return table;
  let rows: Row[] | null = null;
  table.rows.forEach((row, r) => {
    let cells: Cell[] | null = null;
    for (const col of mailCols) {
      const cell = row.cells[col];
      const address = cell === undefined ? undefined : mailLinkAddress(cell);
      if (address !== undefined) (cells ??= row.cells.slice())[col] = { kind: 'text', value: address };
    }
    if (cells) (rows ??= table.rows.slice())[r] = { ...row, cells };
  });
  return rows ? { ...table, rows } : table;
}
