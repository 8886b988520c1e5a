/** The core's public surface: the only module hosts (addin/, apps-script/, cli/) import. */
export type { Cell, CellKind, IsoDate } from './table/cell';
export { cellText, isBlank, isFormula, numberText, sameCell } from './table/cell';
export type { Grid, CellRange } from './table/grid';
export type { Table, Row } from './table/table';
export type { CivilDate, DateSystem } from './table/civil-date';
export { parseIso, formatIso, fromSerial, toSerial, fromDayNumber, toDayNumber } from './table/civil-date';
export type { FieldId, FieldDef, FieldKind, WriteType } from './schema/fields';
export { FIELDS, FIELD_BY_ID, isFieldId } from './schema/fields';
export type { Settings, SettingsInput } from './settings/types';
export { DEFAULT_SETTINGS } from './settings/defaults';
export { SETTINGS_SCHEMA } from './settings/schema';
export { resolveSettings, type SettingsOutcome } from './settings/resolve';
export type { Plan, RunOutcome, CellEdit, ColumnMapping, AddedColumn, PlanStats } from './plan/types';
export type { CellIssue, SheetProblem, Severity, Finding } from './plan/issue';
export { run, runDetailed, type RunOptions, type CleanedSheet } from './plan/build';
export { t, type MessageKey, type Lang, type Params } from './i18n';
export { defineMessages, format, LANGS } from './i18n/define';
export { columnLetter, cellAddress } from './table/a1';
