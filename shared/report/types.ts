/** The report: titled tables of counts that hosts write to a report sheet (charts are the hosts' job). */
import type { MessageKey } from '../i18n';
import type { Params } from '../i18n/define';

export interface ReportSeries {
  /** Stable id of the category: a label id, a kind, a field id, or the value itself; `#blank` and `#other` are reserved. */
  id: string;
  /** The category as shown, in the report's language. */
  label: string;
  count: number;
}

export interface ReportSection {
  id: string;
  title: MessageKey;
  /** The title's placeholders: a user's rule's name in "Customers by {rule}". */
  titleParams?: Params;
  series: ReportSeries[];
  /** What a reader must know to read the counts (shared customers count for each owner), shown under the table. */
  note?: { code: MessageKey; params: Params };
}

export interface Report {
  sections: ReportSection[];
}
