/** What a host hands the core: the used range of one sheet, read once, plus what it knows about it. */
import type { Cell } from './cell';

/** A rectangular block of cells in sheet coordinates (1-based, inclusive). */
export interface CellRange {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface Grid {
  /** The sheet's name as the host shows it. */
  sheetName: string;
  /** Rows of cells as read; rows may be ragged (missing trailing cells are empty). */
  cells: Cell[][];
  /** Sheet row of `cells[0]` (1-based). Usually 1. */
  firstRow: number;
  /** Sheet column of `cells[r][0]` (1-based). Usually 1. */
  firstCol: number;
  /** Merged areas touching the read block, if the host can tell. */
  merged?: CellRange[];
  /** Rows hidden or filtered out (sheet row numbers), if the host can tell. */
  hiddenRows?: number[];
  /**
   * Rows whose every filled cell is struck through (sheet row numbers), if the host can tell: a
   * Chinese office's common way to mark a record 作废, which the run, reading no formatting, can only say.
   */
  struckRows?: number[];
  /**
   * The headers of the columns an earlier run added to this sheet, as the host recorded them beside it
   * (the CLI: a hidden sheet of the workbook, a file next to a CSV). The run's own columns are told by
   * them too: a user's rule title (大区) is otherwise known only from the settings file that run was given.
   */
  ownColumns?: readonly string[];
}
