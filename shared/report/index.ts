/** The report: counts and series for the report sheet. */
export { buildReport, type ReportInput, type ReportOptions, type DuplicateCounts } from './build-report';
export type { Report, ReportSection, ReportSeries } from './types';
