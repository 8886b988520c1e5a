/** What the core finds wrong: per cell (issues) or per sheet (problems), as message codes with parameters. */
import type { FieldId } from '../schema/fields';
import type { MessageKey } from '../i18n';
import type { Params } from '../i18n/define';

export type Severity = 'error' | 'warning' | 'info';

/** A finding about one value, before it is placed in the sheet (cleaners and rules return these). */
export interface Finding {
  code: MessageKey;
  severity: Severity;
  params?: Params;
  /** A value the user may want instead, as text (e.g. the corrected e-mail). */
  suggestion?: string;
}

export interface CellIssue extends Finding {
  /** Id of the rule or cleaner that raised it (what a user switches off in settings). */
  rule: string;
  sheetRow: number;
  /** 0-based column index in the table; -1 for a row-level issue (e.g. a required field's column is missing). */
  col: number;
  field: FieldId;
}

/** A problem with the sheet as a whole (no header, merged cells, …). `error` blocks the run. */
export interface SheetProblem {
  code: MessageKey;
  severity: Severity;
  params?: Params;
}
