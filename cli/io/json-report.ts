/**
 * The machine-readable report (`--json`): version 1, documented in README.md under "Command line". Every data row is
 * listed, clean or not, with its row number in the input sheet, so scripts can join back; duplicate
 * groups, the merge, reminders, the report tables and the what-if come after the rows. Keys are
 * only ever added; consumers must ignore keys they do not know.
 */
import {
  cellText, columnLetter, groupedDigits, numberWithDecimals, numberWithMarker, reasonTexts, reminderText, sheetDate, showsDecimalComma, shownText, t, type OwnerClaim,
  type AcrossSheetsGroup, type AcrossSheetsResult, type Cell, type CellEdit, type CellIssue, type Confidence, type DuplicateGroup, type FieldId, type Lang, type Plan,
  type ReminderKind, type ReportSeries, type Severity, type Params,
} from '../../shared';
import { say } from '../messages';
import { byKind, type HiddenSheet } from '../hidden-sheets';
import { stageText, type StagedFile } from './write-file';
import type { FormulaRewritten } from './shifted-formulas';
import { rowMap } from './row-map';

export interface JsonReportColumn {
  /** 1-based sheet column. */
  col: number;
  letter: string;
  header: string;
  field: FieldId | null;
  confidence: number;
  /** Another column of a field held in several columns (a second phone); absent otherwise. */
  extra?: true;
  /** The phone column (1-based sheet column) whose numbers this column holds a part of (Xero's PhoneArea); absent otherwise. */
  partOf?: number;
  /** A column of the row's further person (联系人2 | 电话2, the bride): which one and what of his it holds; absent otherwise. */
  person?: { n: number; field: FieldId };
  /** A period summed into the amount (1月 … 12月, Q1 … Q4): read, never changed; absent otherwise. */
  amountPart?: true;
  /** A column of the customer's child (宝宝生日, Child DOB): which child and what of his it holds; absent otherwise. */
  child?: { n: number; field: 'name' | 'birthday' | 'gender' };
}

export interface JsonReportIssue {
  /** Column letter, or null for an issue about the whole row (e.g. a required column is missing). */
  column: string | null;
  header: string | null;
  field: FieldId;
  code: string;
  severity: Severity;
  message: string;
  suggestion?: string;
}

export interface JsonReportChange {
  column: string;
  header: string;
  /** null: a column no field is mapped to (a merge filled it). */
  field: FieldId | null;
  /** The value as a person sees it (numbers in plain decimal, dates as ISO); null when empty. */
  before: string | null;
  after: string | null;
  /** Message code of the fix (`fix.phone`, …); `message` is the same in words. */
  reason: string;
  message: string;
  /** Present and true when only the type changed (text that became the date or number it showed). */
  retype?: true;
}

export interface JsonReportRow {
  /** 1-based row number in the input sheet. */
  row: number;
  issues: JsonReportIssue[];
  changes: JsonReportChange[];
  /** Id of the row's duplicate group ('G1' …), or null. */
  group: string | null;
  /** Label ids per classification dimension, or null when the row was not classified. */
  labels: JsonReportLabels | null;
  /** The row's RFM scores (1–5 each, total 3–15), when a rule reads RFM and the row has them; a component the sheet has no column for is left out. */
  rfm?: { r?: number; f?: number; m?: number; total: number };
  /** Present and true when --merge moved the row to the archive; `survivor` is the input row it was merged into. */
  merged?: true;
  survivor?: number;
}

export interface JsonReportLabels {
  lifecycle: string | null;
  activity: string | null;
  tier: string | null;
  vip: string | null;
  /** The settings' own rules: rule id → label id. */
  custom: Record<string, string | null>;
}

export interface JsonReportGroup {
  id: string;
  /** Input rows, ascending. */
  rows: number[];
  score: number;
  confidence: Confidence;
  /** Why the rows match, in words; evidence against the match starts with "✗ ". */
  reasons: string[];
  /** The input row a merge keeps. */
  survivor: number;
  /** Present when the rows have different owners (撞单): the owners. */
  ownerConflict?: string[];
  /** With an owner conflict, when the owner column is service staff (Instructor, 老师): its header; seen by two of them, no 撞单. */
  seenByCarers?: string;
  /** With an owner conflict, when the owner rule could decide: the owner the customer stays with (the survivor's), and why. */
  ownerClaim?: { owner: string; rule: 'first-touch' | 'last-contact'; field: FieldId; date: string };
  /** Present for a review group under one name whose owners differ (two birthdays): a possible 撞单, to check; the owners. */
  possibleOwnerConflict?: string[];
  /** Present (true) for one customer's several records (two cars, pets, leases): review, reminded and counted as one customer. */
  records?: true;
  /** One thing of the customer's typed twice (a car by its VIN), split out of his records: merged as a copy. */
  oneThing?: true;
  /** Present (true) for several people of one account (a company's contacts): review, never merged, each his own customer. */
  contacts?: true;
  /** Members of one household on one phone (twins, siblings, a mother and daughter): each kept, never merged. */
  family?: true;
  /** Two records (contracts, cars, stays) of rows not sure to be one customer (a head office and its branch): never merged, each its own customer. */
  keptApart?: true;
  conflicts: { field: FieldId; values: { value: string; rows: number[] }[] }[];
  /**
   * Row fingerprints, one per row of `rows` in the same order: what `notDuplicates` in the settings
   * takes to keep these rows apart on every later run, wherever they move in the sheet.
   */
  fingerprints: string[];
}


/** Why the merge wrote a kept row's cell, as the JSON report names it: by the edit's reason code. */
type FilledReason = 'fill' | 'latest' | 'latestPlan' | 'fullName' | 'fullDate' | 'total' | 'doNotContact' | 'valid' | 'tags' | 'newerPhone' | 'newerContact' | 'stage';
const FILLED_REASONS: Readonly<Record<string, FilledReason>> = {
  'dedupe.fix.latest': 'latest',
  'dedupe.fix.latestPlan': 'latestPlan',
  'dedupe.fix.fullName': 'fullName',
  // 1992-05-12 of a copy over the kept row's 05-12, the same day (dedupe/full-date.ts).
  'dedupe.fix.fullDate': 'fullDate',
  'dedupe.fix.total': 'total',
  // Two accounts' totals added, or the larger kept (dedupe/totals.ts): a total all the same.
  'dedupe.fix.totalSum': 'total',
  'dedupe.fix.totalLarger': 'total',
  'dedupe.fix.doNotContact': 'doNotContact',
  'dedupe.fix.valid': 'valid',
  // The kept row's tags with those its duplicates add: a cell that held tags already, no empty one filled
  // (stats.cellsFilled counts the empty ones, the entries of reason "fill").
  'dedupe.fix.tags': 'tags',
  // The newest row's phone over the kept row's old one (dedupe/newer-contact.ts).
  'dedupe.fix.newerPhone': 'newerPhone',
  'dedupe.fix.newerContact': 'newerContact',
  // A copy's further stage over the kept row's (已成交 over 意向客户: dedupe/merged-stage.ts).
  'dedupe.fix.stage': 'stage',
};

export interface JsonReportMerge {
  /** Where the merged-away rows went: the archive sheet (or, for a CSV output, the archive file). */
  archiveSheet: string;
  /**
   * When this merge was applied, 'YYYY-MM-DD HH:MM:SS' in the team's time zone (dates.timeZone, else the
   * machine's): the value each of its lines has in the archive's 合并日期 / Merged on column, so a script
   * finds this run's lines among earlier runs' of the same day. The day alone where no time was given.
   */
  mergedAt: string | null;
  /** The rows moved to the archive (`row`, `survivor`: input rows; `keptRow`: the survivor's row in the cleaned file, the archive's Kept row); `alreadyArchived`: the CSV archive held the line already, from the same merge run before, and this run did not add it. */
  archived: { row: number; survivor: number; keptRow: number; group: string; alreadyArchived?: true }[];
  removedRows: number[];
  /**
   * The kept rows' cells the merge writes: an empty cell filled from the group's other rows
   * (reason "fill", before null), a last-contact / last-purchase / updated day replaced by the
   * group's later one (reason "latest", with the day it had before, also in its merged values), or
   * a spend or order count of 0 replaced by the group's real one (reason "total", before "0", also
   * in its merged values), or a value the run flagged as wrong or an error value (#N/A typed or pasted
   * as values) replaced by a copy's valid one (reason "valid", before what it held, also in its merged values),
   * a follow-up plan replaced by the same rep's later one (reason "latestPlan"), or a surname and title
   * (张总, Mr. Smith) replaced by a copy's full name of that surname (reason "fullName"), or a birthday
   * written without its year (05-12) by a copy's whole date of that day (1992-05-12, reason "fullDate"), or a tags cell
   * given the tags its duplicates add (reason "tags"), or a phone replaced by the newer number of a row
   * of the customer typed again (reason "newerPhone"), or an e-mail or WeChat by the newer one of such a row
   * (reason "newerContact"), or a stage (客户阶段 意向客户, Stage Lead) replaced by a copy's further one
   * (已成交, Customer; reason "stage"), each with its value before, also in its merged
   * values. `stats.cellsFilled` counts the entries of reason "fill" (and an error value replaced, reason "valid").
   */
  filled: { row: number; column: string; header: string; field: FieldId | null; value: string | null; reason: FilledReason; before: string | null }[];
  stats: { groupsMerged: number; rowsArchived: number; cellsFilled: number; notesTruncated: number; groupsSkipped: number };
  /**
   * Each formula the merge rewrote as Excel rewrites formulas on a row delete (a 合计's SUM(D2:D6) → SUM(D2:D5),
   * another sheet's reference to a row that moved up), for a script to audit: its sheet, its cell in the
   * input (`cell`) and in the output (`outputCell`), the formula before and after, without `=`. In tab
   * order, row by row; [] when it rewrote none, or for a CSV output, which holds no formulas.
   */
  formulasRewritten: FormulaRewritten[];
  /**
   * Kept rows whose merged rows named reps their own owner cell does not (王磊/刘洋 kept, 王磊/陈静 merged):
   * the customer's co-owners, all of them, each reminded of him; the owner cell is left as typed. Absent when none.
   */
  coOwners?: { row: number; owners: string }[];
}

export interface JsonReportReminder {
  /** As written in the sheet; '' when the row has no owner or names nobody (公海, a rep who left). */
  owner: string;
  kind: ReminderKind;
  /** Input row. */
  row: number;
  /**
   * After a merge, the row of the cleaned file the reminder points at, as the reminders list's Row
   * says (rows below archived ones move up; a merged-away row's reminder points at its kept row).
   */
  outputRow?: number;
  customer: string;
  due: string;
  daysLeft: number;
  message: string;
  /** Other input rows of the same customer (a duplicate group not merged yet) this reminder stands for. */
  alsoRows?: number[];
  /** Input rows a review group offers as perhaps the same customer (reminded apart), as the message names them. */
  maybeSameAs?: number[];
  /** The customer's rows in other reps' tabs of the workbook (撞单 across sheets), as the message names them. */
  alsoIn?: { sheet: string; row: number }[];
  /** Rows of other reps' tabs only perhaps of the same customer (two birthdays): a possible 撞单, to check. */
  maybeSameIn?: { sheet: string; row: number }[];
}

export interface JsonReport {
  version: 1;
  tool: 'sheet-keeper';
  input: string;
  sheet: string;
  headerRow: number;
  today: string;
  language: Lang;
  /** Where the cleaned file was written (null when none was). */
  output: string | null;
  columns: JsonReportColumn[];
  summary: {
    rows: number;
    fieldsFound: number;
    cellsChanged: number;
    cellsRetyped: number;
    changesByReason: Record<string, number>;
    issuesByCode: Record<string, number>;
    issuesBySeverity: Record<Severity, number>;
  };
  problems: { code: string; severity: Severity; message: string }[];
  rows: JsonReportRow[];
  groups: JsonReportGroup[];
  /** Null unless --merge (or --merge-review) was given. */
  merge: JsonReportMerge | null;
  reminders: JsonReportReminder[];
  /** Set for an order list (one row per order): its rows and the customers whom classes, reminders and the report count. */
  orderList: { rows: number; orders: number; customers: number; deals?: true; policies?: true } | null;
  /**
   * Each section's `spendTotal` (and its series' `share`, `spend`, `spendShare`) only where the core gives it;
   * `customers` on an owner table whose customers some reps share: the customers, each counted once.
   */
  report: { sections: { id: string; title: string; series: ReportSeries[]; note?: string; spendTotal?: number; customers?: number }[] };
  /** `rfm`, when a rule reads RFM: customers scored, components left out, and each score's raw range (its band). */
  /**
   * `handSet`: the class cells the user set by hand, kept as he wrote them (shared/plan/hand-set-classes.ts):
   * each cell's row (the input's, as every row here) and column, his label and the one the rules give ('' for none).
   */
  classification: { whatIf: Plan['classification']['whatIf']; rfm?: NonNullable<Plan['classification']['rfm']>; handSet?: JsonReportHandSet[] };
  /**
   * Present when the workbook holds other customer sheets (one per sales rep): the customers found in
   * more than one of them, each row by its sheet and row number there; the sheets read as roll-ups of
   * the others (汇总), whose customers in one tab are no 撞单.
   */
  acrossSheets?: { groups: JsonReportAcross[]; rollUps: string[] };
  /**
   * Present when the workbook holds hidden customer sheets the run left uncleaned (a departed rep's tab):
   * each with its customers and the reminders `--sheet` on it would raise, by kind, the urgent ones
   * (due within 7 days or overdue: shared/plan/hidden-sheet.ts) apart.
   */
  hiddenSheets?: JsonReportHiddenSheet[];
}

export interface JsonReportHandSet {
  row: number;
  column: string;
  header: string;
  dimension: string;
  label: string;
  rules: string;
}

export interface JsonReportHiddenSheet {
  sheet: string;
  /** Null when the check across the sheets could not read it. */
  customers: number | null;
  reminders: number;
  urgent: number;
  remindersByKind: Partial<Record<ReminderKind, number>>;
  urgentByKind: Partial<Record<ReminderKind, number>>;
}

export interface JsonReportAcross {
  id: string;
  rows: { sheet: string; row: number }[];
  score: number;
  confidence: Confidence;
  reasons: string[];
  /** The owners (the sheet's name where it has no owner column), when they differ: 撞单. */
  owners?: string[];
  ownerClaim?: { owner: string; rule: 'first-touch' | 'last-contact'; field: FieldId; date: string };
  /** A review group's owners when its rows may be one customer (one name and phone, two birthdays): a possible 撞单, to check. */
  possibleOwnerConflict?: string[];
}

export interface JsonReportInput {
  plan: Plan;
  input: string;
  output: string | null;
  today: string;
  lang: Lang;
  /** Where the archive was written (the sheet name as written, or the archive CSV); default the plan's sheet name. */
  archive?: string;
  /** The check across the workbook's customer sheets, when it has others. */
  across?: AcrossSheetsResult;
  /** The workbook's hidden customer sheets the run left uncleaned, with their reminders. */
  hidden?: readonly HiddenSheet[];
  /** Input rows merged away whose lines the CSV archive already held from the same merge run before: not added by this run. */
  alreadyArchived?: readonly number[];
  /** Problems the output itself brings (a CSV's formula results out of date), after the plan's. */
  problems?: readonly { code: string; severity: Severity; params?: Params }[];
  /** The formulas a merge into an .xlsx rewrote as Excel would (shifted-formulas.ts). */
  formulasRewritten?: readonly FormulaRewritten[];
}

export function jsonReport({ plan, input, output, today, lang, archive, across, hidden = [], alreadyArchived = [], problems = [], formulasRewritten = [] }: JsonReportInput): JsonReport {
  const held = new Set(alreadyArchived);
  const letter = (col: number) => columnLetter(plan.firstCol + col);
  const header = (col: number) => plan.columns[col]?.header ?? '';
  const groupOf = new Map<number, string>();
  // A thing's kept row is also in its customer's records group: its own thing's group is named.
  for (const g of plan.duplicates.groups) for (const r of g.rows) if (!(g.records && groupOf.has(r))) groupOf.set(r, g.id);
  const labelsOf = new Map(plan.classification.rows.map((r) => [r.sheetRow, r.labels]));
  const rfmOf = new Map(plan.classification.rows.filter((r) => r.rfm).map((r) => [r.sheetRow, r.rfm!]));
  const survivorOf = new Map((plan.merge?.archive ?? []).map((a) => [a.sheetRow, a.survivorRow]));
  // The report's rows are the input's; where a merge moved rows, the cleaned file's are given beside them.
  const outRows = rowMap(plan);
  const moved = outRows.removed.size > 0;
  const byRow = new Map<number, JsonReportRow>();
  const newRow = (row: number): JsonReportRow => {
    const labels = labelsOf.get(row);
    const entry: JsonReportRow = {
      row,
      issues: [],
      changes: [],
      group: groupOf.get(row) ?? null,
      labels: labels ? { lifecycle: labels.lifecycle, activity: labels.activity, tier: labels.tier, vip: labels.vip, custom: { ...labels.custom } } : null,
    };
    const rfm = rfmOf.get(row);
    if (rfm) entry.rfm = { ...rfm };
    const survivor = survivorOf.get(row);
    if (survivor !== undefined) {
      entry.merged = true;
      entry.survivor = survivor;
    }
    byRow.set(row, entry);
    return entry;
  };
  const rows = plan.rows.map(newRow);
  const rowOf = (sheetRow: number): JsonReportRow => {
    let entry = byRow.get(sheetRow);
    if (!entry) {
      // A finding on a row the plan does not list (should not happen): keep it rather than lose it.
      entry = newRow(sheetRow);
      rows.push(entry);
    }
    return entry;
  };
  for (const issue of plan.issues) rowOf(issue.sheetRow).issues.push(issueEntry(issue, lang, letter, header));
  for (const edit of plan.edits) rowOf(edit.sheetRow).changes.push(changeEntry(edit, lang, letter, header));
  rows.sort((a, b) => a.row - b.row);

  const { stats } = plan;
  return {
    version: 1,
    tool: 'sheet-keeper',
    input,
    sheet: plan.sheetName,
    headerRow: plan.headerRow,
    today,
    language: lang,
    output,
    columns: plan.columns.map((c) => ({
      col: plan.firstCol + c.col,
      letter: letter(c.col),
      header: c.header,
      field: c.field,
      confidence: c.confidence,
      ...(c.extra ? { extra: true as const } : {}),
      ...(c.partOf !== undefined ? { partOf: plan.firstCol + c.partOf } : {}),
      ...(c.person !== undefined ? { person: c.person } : {}),
      ...(c.amountPart ? { amountPart: true as const } : {}),
      ...(c.child !== undefined ? { child: c.child } : {}),
    })),
    summary: {
      rows: stats.rows,
      fieldsFound: stats.fieldsFound,
      cellsChanged: stats.cellsChanged,
      cellsRetyped: stats.cellsRetyped,
      changesByReason: stats.changesByReason,
      issuesByCode: stats.issuesByCode,
      issuesBySeverity: stats.issuesBySeverity,
    },
    problems: [...plan.problems, ...problems].map((p) => ({ code: p.code, severity: p.severity, message: say(lang, p.code, p.params) })),
    rows,
    groups: plan.duplicates.groups.map((g) => groupEntry(g, lang)),
    merge: plan.merge && {
      archiveSheet: archive ?? plan.merge.archiveSheet,
      mergedAt: plan.merge.mergedAt ?? plan.merge.mergedOn ?? null,
      // Every row the merge moved out of the cleaned file; one the archive held already is marked, so a
      // script counting what this run added to the archive does not count it twice.
      archived: plan.merge.archive.map((a) => ({ row: a.sheetRow, survivor: a.survivorRow, keptRow: outRows.target(a.survivorRow), group: a.groupId, ...(held.has(a.sheetRow) ? { alreadyArchived: true as const } : {}) })),
      removedRows: [...plan.merge.removeRows],
      filled: plan.merge.edits.map((e) => ({
        row: e.sheetRow, column: letter(e.col), header: header(e.col), field: e.field, value: shown(e.after),
        reason: FILLED_REASONS[e.reason] ?? 'fill', before: shown(e.before),
      })),
      stats: { ...plan.merge.stats },
      formulasRewritten: formulasRewritten.map((f) => ({ ...f })),
      ...(plan.merge.coOwners ? { coOwners: plan.merge.coOwners.map((c) => ({ row: c.sheetRow, owners: c.owners })) } : {}),
    },
    reminders: plan.reminders.reminders.map((r) => ({
      owner: r.owner,
      kind: r.kind,
      row: r.sheetRow,
      ...(moved ? { outputRow: outRows.target(r.sheetRow) } : {}),
      customer: r.customer,
      due: r.due,
      daysLeft: r.daysLeft,
      message: reminderText(lang, r),
      ...(r.alsoRows ? { alsoRows: [...r.alsoRows] } : {}),
      ...(r.maybeSame ? { maybeSameAs: r.maybeSame.map((m) => m.row) } : {}),
      ...(r.alsoIn ? { alsoIn: r.alsoIn.map((m) => ({ sheet: m.sheet, row: m.row })) } : {}),
      ...(r.maybeSameIn ? { maybeSameIn: r.maybeSameIn.map((m) => ({ sheet: m.sheet, row: m.row })) } : {}),
    })),
    orderList: plan.orderList && { ...plan.orderList },
    report: {
      sections: plan.report.sections.map((s) => ({
        id: s.id,
        title: t(lang, s.title, s.titleParams),
        series: s.series.map((x) => ({ ...x })),
        ...(s.note ? { note: t(lang, s.note.code, s.note.params) } : {}),
        ...(s.spendTotal !== undefined ? { spendTotal: s.spendTotal } : {}),
        ...(s.customers !== undefined ? { customers: s.customers } : {}),
      })),
    },
    classification: {
      whatIf: plan.classification.whatIf,
      ...(plan.classification.rfm ? { rfm: plan.classification.rfm } : {}),
      ...(plan.handSet ? { handSet: plan.handSet.map((x) => ({ row: x.sheetRow, column: columnLetter(x.col), header: x.header, dimension: x.dimension, label: x.label, rules: x.rules })) } : {}),
    },
    ...(across ? { acrossSheets: { groups: across.groups.map((g) => acrossEntry(g, lang)), rollUps: [...across.rollUps] } } : {}),
    ...(hidden.length > 0 ? { hiddenSheets: hidden.map(hiddenEntry) } : {}),
  };
}

/** Whom the owner rule gives a customer, as the report shows it (without the sheet's row: the survivor says it). */
function claimEntry(c: OwnerClaim): NonNullable<JsonReportGroup['ownerClaim']> {
  return { owner: c.owner, rule: c.rule, field: c.field, date: c.date };
}

function hiddenEntry(h: HiddenSheet): JsonReportHiddenSheet {
  return { sheet: h.sheet, customers: h.customers ?? null, reminders: h.reminders.length, urgent: h.urgent.length, remindersByKind: byKind(h.reminders), urgentByKind: byKind(h.urgent) };
}

function acrossEntry(g: AcrossSheetsGroup, lang: Lang): JsonReportAcross {
  return {
    id: g.id,
    rows: g.rows.map((r) => ({ sheet: r.sheet, row: r.row })),
    score: g.score,
    confidence: g.confidence,
    reasons: reasonTexts(lang, g.reasons),
    ...(g.owners ? { owners: [...g.owners] } : {}),
    ...(g.claim ? { ownerClaim: claimEntry(g.claim) } : {}),
    ...(g.possibleOwners ? { possibleOwnerConflict: [...g.possibleOwners] } : {}),
  };
}

function groupEntry(g: DuplicateGroup, lang: Lang): JsonReportGroup {
  return {
    id: g.id,
    rows: [...g.rows],
    score: g.score,
    confidence: g.confidence,
    // The same words as the sheet's "why duplicates" column, evidence against marked the same way.
    reasons: reasonTexts(lang, g.reasons),
    survivor: g.survivor,
    ...(g.ownerConflict ? { ownerConflict: [...g.ownerConflict.owners] } : {}),
    ...(g.ownerConflict?.carers !== undefined ? { seenByCarers: g.ownerConflict.carers } : {}),
    ...(g.ownerConflict?.claim ? { ownerClaim: claimEntry(g.ownerConflict.claim) } : {}),
    ...(g.possibleOwnerConflict ? { possibleOwnerConflict: [...g.possibleOwnerConflict.owners] } : {}),
    ...(g.records ? { records: true as const } : {}),
    ...(g.oneThing ? { oneThing: true as const } : {}),
    ...(g.contacts ? { contacts: true as const } : {}),
    ...(g.family ? { family: true as const } : {}),
    ...(g.keptApart ? { keptApart: true as const } : {}),
    conflicts: g.conflicts.map((c) => ({ field: c.field, values: c.values.map((v) => ({ value: v.value, rows: [...v.rows] })) })),
    fingerprints: [...g.fingerprints],
  };
}

function issueEntry(issue: CellIssue, lang: Lang, letter: (c: number) => string, header: (c: number) => string): JsonReportIssue {
  const onCell = issue.col >= 0;
  const entry: JsonReportIssue = {
    column: onCell ? letter(issue.col) : null,
    header: onCell ? header(issue.col) : null,
    field: issue.field,
    code: issue.code,
    severity: issue.severity,
    message: say(lang, issue.code, issue.params),
  };
  if (issue.suggestion !== undefined) entry.suggestion = issue.suggestion;
  return entry;
}

function changeEntry(edit: CellEdit, lang: Lang, letter: (c: number) => string, header: (c: number) => string): JsonReportChange {
  const entry: JsonReportChange = {
    column: letter(edit.col),
    header: header(edit.col),
    field: edit.field,
    before: shown(edit.before),
    after: shown(edit.after),
    reason: edit.reason,
    message: say(lang, edit.reason),
  };
  if (edit.retype) entry.retype = true;
  return entry;
}

/**
 * A value as the cell showed it (a phone number under 000-0000-0000 as 138-0013-8000; a date with its
 * time as 2024-03-05 14:22:10, not the core's ISO 2024-03-05T14:22:10; an amount with the decimals and
 * currency it keeps, 1245.50 and ¥1245.50, as the CSV output writes it).
 */
function shown(cell: Cell): string | null {
  if (cell.kind === 'date') return sheetDate(cell.value);
  if (cell.kind === 'number') {
    const marked = numberWithMarker(cell.value, cell.format) ?? numberWithDecimals(cell.value, cell.format);
    return marked === null ? shownText(cell) : grouped(marked, cell.format);
  }
  return cell.kind === 'empty' ? null : shownText(cell);
}

/** A format that groups thousands (#,##0): quoted text and [$…] tags aside. */
const GROUPS = /#,##0/;

/**
 * An amount with its thousands grouped where its format groups them, as the cell shows it
 * (HK$120,000 under "HK$"#,##0, 1.234,50 € under a decimal-comma format): the CSV writes plain
 * digits for the next run to read, but the report is read by a person beside the sheet (tester h74:
 * "HK$120,000" → "HK$120000" while the cell showed HK$120,000).
 */
function grouped(text: string, format: string | undefined): string {
  if (format === undefined || !GROUPS.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ''))) return text;
  const mark = showsDecimalComma(format) ? '.' : ',';
  return groupedDigits(text, mark);
}

/** The report made at a temporary path beside `path`, to be moved in with the cleaned files (write-file.ts commitStaged). */
export async function stageJsonReport(path: string, report: JsonReport, newMode?: number): Promise<StagedFile> {
  return stageText(path, reportPieces(report), newMode);
}

/**
 * The report as JSON laid out for both readers: the top two levels indented (sections, then one
 * line per row, group, reminder …), everything deeper on that line. Indenting every level made a
 * 100,000-row report 240 MB, most of it spaces; a line per row also suits grep and line-based tools.
 */
export function reportText(value: unknown): string {
  return [...reportPieces(value)].join('');
}

/** `reportText` in pieces, ending with a newline, a line at a time, for writing as it is made. */
export function* reportPieces(value: unknown): Generator<string> {
  yield* layout(value, 0);
  yield '\n';
}

const INDENT_LEVELS = 2;

function* layout(value: unknown, depth: number): Generator<string> {
  if (depth >= INDENT_LEVELS || value === null || typeof value !== 'object') {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  const pad = '  '.repeat(depth + 1);
  const end = '  '.repeat(depth);
  const items: [string, unknown][] = Array.isArray(value)
    ? value.map((v) => [pad, v === undefined ? null : v])
    : Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && typeof v !== 'function')
        .map(([k, v]) => [`${pad}${JSON.stringify(k)}: `, v]);
  if (items.length === 0) {
    yield Array.isArray(value) ? '[]' : '{}';
    return;
  }
  yield Array.isArray(value) ? '[\n' : '{\n';
  for (let i = 0; i < items.length; i++) {
    yield i === 0 ? items[i][0] : `,\n${items[i][0]}`;
    yield* layout(items[i][1], depth + 1);
  }
  yield Array.isArray(value) ? `\n${end}]` : `\n${end}}`;
}
