/**
 * The run: grid → table → cleaned values → validation → plan. Pure and deterministic: the same grid,
 * settings and `today` give the same plan. Formula and error cells are never planned for a write.
 */
import { feePeriod } from '../schema/fee-period';
import { rowContacts, type RowContact } from '../schema/row-contacts';
import { rowChildren, type RowChild } from '../schema/row-children';
import { unreadNotCombined } from './unread-in-merge';
import type { MoneyReading } from './held-elsewhere';
import type { Grid } from '../table/grid';
import type { Table, Row } from '../table/table';
import { EMPTY, cellText, isFormula, sameCell, sheetDate, shownText, type Cell } from '../table/cell';
import { appendAll } from '../table/long-arrays';
import { parseIso, type CivilDate, type DateSystem } from '../table/civil-date';
import { FIELD_BY_ID, type FieldId } from '../schema/fields';
import type { AmbiguousDatePolicy, Settings } from '../settings/types';
import { toTable } from '../table/from-grid';
import { cleanCell } from '../normalize';
import { provinceForm } from '../normalize/province';
import { readMailLinks } from '../table/mail-links';
import { TextMemo } from '../text/text-memo';
import type { CleanContext, CleanResult } from '../normalize/types';
import { validateTable } from '../validate/validate';
import { t } from '../i18n';
import type { Lang } from '../i18n/define';
import { recordedOnly, runTitles, runColumns } from '../schema/run-columns';
import type { CellIssue, SheetProblem } from './issue';
import { analyze } from './analyze';
import { tabOwner } from '../schema/tab-owner';
import { namesDeparted } from '../table/owner-name';
import type { Confidence } from '../dedupe/types';
import type { AddedColumn, CellEdit, ColumnMapping, Plan, PlanStats, RunOutcome } from './types';
import { readSheet, type LocaleGuess } from './sheet-locale';
import { PhoneReadings } from '../normalize/phone';
import { withRunMemos } from '../text/run-memos';
import { remindersWithoutClasses } from '../remind/needs-classes';
import type { YearlessOrders } from '../remind/types';
import { missingRuleFields } from '../classify/rule-fields';
import { compileClassifySettings } from '../classify/compile-settings';
import { sheetColumns, type ColumnReading } from '../classify/rule-columns';
import { missingSettingFields } from './setting-fields';
import { shadowedLevels } from '../classify/shadowed-levels';
import { dialledAbroad } from './dialled-abroad';
import { dialledRegions, REGIONAL_FIELDS, byRowCountry, rowDateOrder, rowRegions, rowSettings } from './row-region';
import { currencyOfRegion } from './row-currency';
import { isOwedIn } from '../dedupe/owed';
import { UNKNOWN_REGION } from './country-names';
import { keep } from '../normalize/result';
import { markerShape, numberShownWith, numberWithDecimals, type MarkerShape } from '../normalize/currency-format';
import { unusedOverrides } from '../schema/header-map';
import { namesOnlyRowPhones } from './name-number';
import { splitNameAndPhone } from './name-with-phone';
import { longNumbersUnread } from './long-numbers';
import { yearlessColumns } from './yearless-column';
import { fewColumnsRead } from './few-columns-read';
import { columnsLeftUnread } from './left-unread';
import { joinedPhoneText, phonePartColumns, withPhoneParts } from '../schema/phone-parts';
import { withoutMended } from './wrong-values';
import { unreadReminderDates } from './unread-reminder-dates';
import { partsProblems, partsUnit, readParts } from './period-amounts';
import { withRowOnlyRemarks } from './ended-alone';
import { dottedYearsFirst, writtenYearFirst, type DottedYearEvidence } from '../normalize/dotted-years';
import { dateColumnEvidence, type DateColumnEvidence } from './date-column-evidence';

export interface RunOptions {
  settings: Settings;
  /** The day the run is for, `YYYY-MM-DD`, in the sheet's time zone (the host decides it). */
  today: string;
  dateSystem?: DateSystem;
  /**
   * Confidences of the duplicate groups whose merge is accepted (the CLI's --merge: exact and
   * likely). Absent or empty: groups are proposed, nothing is merged (DESIGN.md, PITFALLS D3).
   */
  merge?: readonly Confidence[];
  /**
   * The rows an earlier run of this same merge archived, as the host's archive holds them: input row
   * → the day its line names (null: none). Their merged-values notes cite that day (dedupe/merge.ts).
   */
  archivedOn?: ReadonlyMap<number, string | null>;
  /**
   * Settings the user left unset that the run may work out from the sheet's values (the phone
   * region from how its numbers are written, the currency from its amounts): see sheet-locale.ts.
   * The CLI asks for both unless its settings file names them.
   */
  guess?: LocaleGuess;
  /**
   * How many customer sheets the workbook holds, the one cleaned included (a tab per sales rep: 王磊,
   * 刘洋); 1 when absent. A sheet with no owner column in a workbook of several stands for the rep its
   * tab names (schema/tab-owner.ts), as the check across the tabs reads it.
   */
  customerTabs?: number;
  /**
   * A rule naming a column this sheet lacks does not stop the run: its dimension is left out, the
   * rest runs (a hidden tab read only for its reminders, whose columns the settings were not written for).
   */
  ruleColumnsOptional?: boolean;
}

/** The first half of a run: the table as read and as cleaned, with the edits and issues that got it there. */
export interface CleanedSheet {
  original: Table;
  table: Table;
  columns: ColumnMapping[];
  fieldCols: Partial<Record<FieldId, number>>;
  /** The extra columns of fields held in several columns (a second phone), by field. */
  extraCols: Partial<Record<FieldId, number[]>>;
  /** The further people of each row (联系人2 | 电话2, the bride), each his own columns (schema/row-contacts.ts). */
  contacts: RowContact[];
  /** The customer's children of each row (宝宝姓名 | 宝宝生日, Child DOB), each his own columns (schema/row-children.ts). */
  children: RowChild[];
  /** The settings the sheet was cleaned with: the run's, with what was worked out from the sheet. */
  settings: Settings;
  /** The power of ten the amount column is written in (4 under 金额（万元）); 0 for plain amounts. */
  amountUnit: number;
  /** How the term column's dates are read (its order, its 民國 years), for the ends the reminders take from it. */
  termDates: Settings['dates'];
  /** The order the follow-up, birthday and anniversary columns' year-less dates are read in (05/12 in the sheet's order), for their reminders. */
  yearlessOrders: YearlessOrders;
  /** The columns read with a currency or decimal mark of their own (a German 2.000,00 column in an English sheet), for what reads them again. */
  columnMoney: ReadonlyMap<number, MoneyReading>;
  edits: CellEdit[];
  /** Cleaner findings and validation issues, in sheet order. */
  issues: CellIssue[];
  problems: SheetProblem[];
  today: CivilDate;
  /**
   * The phone texts this run read (the region guess, the cleaning), for the duplicate finder to read
   * them through (DedupeOptions.phones): a number is parsed once per run, and the readings go with it.
   */
  phones: PhoneReadings;
}

/**
 * An added column named like one of the user's own (his 客户类型, his VIP) is named apart from it
 * (客户类型（计算）), so the sheet never holds two columns of one name, and a rerun tells the run's
 * own column (written over) from his (kept): placing a column by its header would otherwise write
 * the computed labels over his.
 */
function apartFromUsers(added: AddedColumn[], headers: readonly string[], lang: Lang, titles: readonly string[]): AddedColumn[] {
  const run = runColumns(headers, titles);
  const users = new Set(headers.filter((_, col) => !run.has(col)).map((h) => (typeof h === 'string' ? h.trim() : '')));
  return added.map((a) => (users.has(a.header.trim()) ? { ...a, header: t(lang, 'column.computed', { header: a.header }) } : a));
}

/**
 * An earlier run's rule columns this run's settings write no rule for (a run without the settings file,
 * or with the rule taken out): kept as they were, not recomputed. Recomputing would need the rules,
 * which live in the user's settings file and nowhere in the sheet; emptying them would lose what the
 * user may still sort or filter by. So they stay, and the note says they are last time's and how to update them.
 */
function keptNote(sheet: string, kept: readonly string[]): SheetProblem[] {
  return kept.length === 0 ? [] : [{ code: 'run.keptRuleColumns', severity: 'info', params: { sheet, columns: kept.join(', '), count: kept.length } }];
}

/** Each field's own column (not its extra columns). */
export function fieldColumns(columns: readonly ColumnMapping[]): Partial<Record<FieldId, number>> {
  const out: Partial<Record<FieldId, number>> = {};
  for (const c of columns) if (c.field && !c.extra && out[c.field] === undefined) out[c.field] = c.col;
  return out;
}

/** The further people's columns of each field (every 联系人N), left to right. */
function contactColumnsOf(contacts: readonly RowContact[]): Partial<Record<FieldId, number[]>> {
  const out: Partial<Record<FieldId, number[]>> = {};
  for (const c of contacts) for (const [field, col] of Object.entries(c.cols) as [FieldId, number][]) (out[field] ??= []).push(col);
  return out;
}

/** The extra columns of each field, left to right. */
export function extraColumns(columns: readonly ColumnMapping[]): Partial<Record<FieldId, number[]>> {
  const out: Partial<Record<FieldId, number[]>> = {};
  for (const c of columns) if (c.field && c.extra) (out[c.field] ??= []).push(c.col);
  return out;
}

export function run(grid: Grid, options: RunOptions): RunOutcome {
  const outcome = runDetailed(grid, options);
  return outcome.ok ? { ok: true, plan: outcome.plan } : outcome;
}

/**
 * Grid → table → cleaned values → validation issues (issue #2's run, and the input of everything after).
 * With the memos of the run (text/run-memos.ts), gone when it ends.
 */
export function cleanSheet(grid: Grid, options: RunOptions): { ok: true; sheet: CleanedSheet } | { ok: false; problem: SheetProblem } {
  return withRunMemos(() => cleanSheetWithin(grid, options));
}

function cleanSheetWithin(
  grid: Grid,
  { settings: given, today, dateSystem = '1900', guess }: RunOptions,
): { ok: true; sheet: CleanedSheet } | { ok: false; problem: SheetProblem } {
  const todayDate = parseIso(today);
  if (!todayDate) return { ok: false, problem: { code: 'run.badToday', severity: 'error', params: { value: today } } };

  const shaped = toTable(grid, given);
  if (!shaped.ok) return shaped;
  // A phone split over columns (Xero's PhoneArea | PhoneNumber, 区号 | 电话) is read as the number its parts make.
  const phoneParts = phonePartColumns(shaped.columns);
  const columns = withPhoneParts(shaped.columns, phoneParts);
  // Which columns hold e-mails is known once the header is read: captions over mailto: links there
  // are read as their addresses (mail-links.ts).
  const table = readMailLinks(shaped.table, columns.filter((c) => c.field === 'email').map((c) => c.col));
  // The numbers this run reads, each text parsed once (the sheet's region guess, then the cleaning).
  const phones = new PhoneReadings();
  const reading = readSheet(table, columns, given, guess, phones);
  const { settings } = reading;
  const fieldCols = fieldColumns(columns);
  const disabled = new Set(settings.validation.disabledRules);
  // The formats of the amounts the cleaning wrote, each read once (cellEdit): a sheet's 100,000 amounts share a few.
  const shapes = new Map<string, MarkerShape | null>();

  const edits: CellEdit[] = [];
  const issues: CellIssue[] = [];
  const cleanedRows: Row[] = new Array(table.rows.length);
  let joined: Map<number, Map<number, Cell>> | undefined;
  let readAs: Map<number, Map<number, Cell>> | undefined;
  let namesWithPhones: Map<number, { name: string; phone: string }> | undefined;
  // A field in normalize.skipFields is cleaned too: cleanCell keeps its value as typed but reports
  // what its cleaner found (1.38123E+10 lost its last digits), as docs/settings.md promises; left out
  // here, switching off the changes switched off every check of the field with them.
  // Another person's columns (联系人2 | 电话2) are cleaned and checked as what they hold of him.
  // Each date column's dotted two-digit years, and the sheet's (dotted-years.ts): 合同到期 26.12.9 says
  // how 下次跟进's 26.11.28 is written where that column's own cells do not.
  // Read with the column's times in the same pass (date-column-evidence.ts).
  const dateEvidence = new Map<number, DateColumnEvidence>();
  const sheetDotted: DottedYearEvidence = { first: 0, last: 0 };
  for (const c of columns) {
    const field = c.field ?? c.person?.field ?? c.child?.field;
    if (field === undefined || FIELD_BY_ID[field].kind !== 'date') continue;
    const own = dateColumnEvidence(table.rows, c.col);
    dateEvidence.set(c.col, own);
    sheetDotted.first += own.dotted.first;
    sheetDotted.last += own.dotted.last;
  }
  const yearFirstHeaders = writtenYearFirst(table.headers);
  // Money owed in a column no field reads (尾款, Xero's Balance beside its Due Date) is read by the
  // collection reminders and the merge: its cells are written as the numbers they are, as an amount's
  // (12.480,00 on a German list was left text, Excel could not total it: tester h71 #5).
  const owedCols = new Set(columns.filter((c) => c.field === null && !c.run && c.source !== 'override' && c.person === undefined && c.child === undefined && isOwedIn(c.header, table.headers)).map((c) => c.col));
  const cleaning = columns
    .filter((c) => c.field !== null || c.person !== undefined || c.child !== undefined || owedCols.has(c.col))
    .map((c) => ({ ...c, field: c.field ?? c.person?.field ?? c.child?.field ?? 'amount' }))
    .map((c) => {
      const own = reading.columnSettings.get(c.col) ?? settings;
      const spell = reading.spelledYearless.get(c.col);
      const ctx: CleanContext = { field: FIELD_BY_ID[c.field], settings: own, today: todayDate, dateSystem, phones };
      if (spell) ctx.spellYearless = spell;
      // A fee per period (月服务费): its own period's 300元/月 is 300 (schema/fee-period.ts).
      const period = ctx.field.kind === 'amount' ? feePeriod(c.header) : null;
      if (period !== null) ctx.feePeriod = period;
      if (owedCols.has(c.col)) ctx.owed = true;
      const evidence = ctx.field.kind === 'date' ? dateEvidence.get(c.col) : undefined;
      if (evidence !== undefined) {
        if (evidence.timesOfDay) ctx.keepMidnight = true;
        // One form for the column's times (column-times.ts): 14:30:00 beside 09:15 is written one way.
        if (evidence.seconds !== null) ctx.timeSeconds = evidence.seconds;
        // 24.11.01 beside 98.05.12 is yy.mm.dd; alone it is read as the sheet's people write a date:
        // year first under Chinese (Japanese, Korean) headers, else day.month.year (dotted-years.ts).
        if (dottedYearsFirst(evidence.dotted, sheetDotted, yearFirstHeaders)) ctx.dottedYearFirst = true;
      }
      // A 省 column of short names (浙江) keeps them: only its odd ones out are written its way.
      if (ctx.field.kind === 'province') ctx.provinceForm = provinceForm(table.rows.map((row) => row.cells[c.col]));
      // A column of a sheet of several countries whose own numbers were mostly typed with their country
      // code writes all of them with it (writtenWhole): one form for the column.
      const whole: RegionalColumn | null = reading.writtenWhole.has(c.col)
        ? { ctx: { ...ctx, settings: { ...own, phone: { ...own.phone, format: 'international' } } }, memo: new ColumnMemo(), abroad: new Map() }
        : null;
      // A date column of a sheet whose rows write dates as their countries do: a context per order (rowDateOrders).
      const byOrder = reading.rowDateOrders?.cols.has(c.col) && ctx.field.kind === 'date'
        ? new Map((['day-first', 'month-first'] as const).map((order): [AmbiguousDatePolicy, RegionalColumn] => [order, { ctx: { ...ctx, settings: { ...own, dates: { ...own.dates, ambiguous: order } } }, memo: new ColumnMemo(), abroad: new Map() }]))
        : null;
      // An amount column of a sheet whose rows are each in their country's money (row-currency.ts): a
      // context per currency other than the tiers', made as its first row asks for it.
      const byCurrency = reading.rowCurrencies !== null && ctx.field.kind === 'amount' ? new Map<string, RegionalColumn>() : null;
      // The column's phone parts (phonePartColumns), looked up once rather than for each of its cells.
      return { col: c.col, field: c.field, home: { ctx, memo: new ColumnMemo(), abroad: new Map() } as RegionalColumn, whole, byOrder, byCurrency, owed: owedCols.has(c.col), parts: phoneParts.get(c.col) };
    });
  const phoneCols = cleaning.filter((c) => (c.field === 'mobile' || c.field === 'phone') && columns[c.col].person === undefined).map((c) => c.col);
  // A row whose country column names another country: its numbers and postcode read by that country's
  // rules; in a sheet of Chinese mobiles, only a row whose own number is dialled with that country's code.
  const regionOf = reading.rowCountryCol !== null
    ? rowRegions(reading.rowCountryCol, settings.phone.defaultRegion, reading.rowCountryApart)
    : reading.rowCountryDialled !== null ? dialledRegions(reading.rowCountryDialled, settings.phone.defaultRegion, phoneCols)
    // No country column: a row whose own number is dialled from another country is of that country (dialled-abroad.ts).
    : reading.rowCountryHint === null ? dialledAbroad(settings.phone.defaultRegion, phoneCols, cleaning.some((c) => c.field === 'postcode')) : null;
  // Mailchimp's geo-IP country: where a number the sheet's rules find invalid is from (cleanHinted).
  // So is the country column a sheet of Chinese mobiles sets aside: 9123 4567 beside 香港 is no Chinese
  // number, and two cells agree that it is Hong Kong's, where a 13812345678 beside 日本 stays Chinese.
  const hintOf = regionOf === null && reading.rowCountryHint !== null
    ? rowRegions(reading.rowCountryHint, settings.phone.defaultRegion, false)
    : reading.rowCountryDialled !== null ? rowRegions(reading.rowCountryDialled, settings.phone.defaultRegion, false) : null;

  const dateOrderOf = reading.rowDateOrders === null ? null : rowDateOrder(reading.rowDateOrders.countryCol, reading.rowDateOrders.orders);
  const currencyOf = reading.rowCurrencies === null ? null : byRowCountry(reading.rowCurrencies.countryCol, currencyOfRegion);

  table.rows.forEach((row, r) => {
    let cells: Cell[] | null = null;
    const region = regionOf?.(row) ?? null;
    const dateOrder = dateOrderOf?.(row) ?? null;
    const hint = hintOf?.(row) ?? null;
    const money = currencyOf?.(row) ?? null;
    const rowIssues = issues.length;
    let numberInName = false;
    for (const { col, field, home, whole, byOrder, byCurrency, owed, parts } of cleaning) {
      const before = row.cells[col];
      if (isFormula(before) || before.kind === 'error' || before.kind === 'empty') continue;
      const column = (dateOrder !== null ? byOrder?.get(dateOrder) : undefined) ?? (money !== null && byCurrency ? inCurrency(byCurrency, home, money) : undefined) ?? whole ?? home;
      const joinedText = parts === undefined ? null : joinedPhoneText(row, col, parts);
      let result = joinedText === null ? null : cleanInRow({ kind: 'text', value: joinedText }, field, column, region, hint);
      // The parts make the number unless it is whole in its own cell already (PhoneArea 2 beside 02 9876 5432).
      if (result !== null && isInvalidPhone(result) && !isInvalidPhone(cleanInRow(before, field, column, region, hint))) result = null;
      if (result !== null) {
        // Read as the number the parts make; the cells stay as typed, each part in its own column.
        ((joined ??= new Map()).get(col) ?? joined.set(col, new Map()).get(col)!).set(row.sheetRow, result.cell);
        result = { ...result, cell: before };
      } else result = cleanInRow(before, field, column, region, hint);
      // A rule naming the owed column by its header reads it as typed (欠款 1.2万 > 0), as it reads any column no field reads.
      if (owed && result.read === undefined && result.cell !== before) result = { ...result, read: before };
      if (result.read !== undefined) ((readAs ??= new Map()).get(col) ?? readAs.set(col, new Map()).get(col)!).set(row.sheetRow, result.read);
      // By index: most cells share one frozen empty array (NO_FINDINGS), and an iterator over a
      // frozen array is a generic one, with a result object per step.
      const { findings } = result;
      for (let k = 0; k < findings.length; k++) {
        const f = findings[k];
        if (disabled.has(f.code)) continue;
        if (f.code === 'name.hasNumber') {
          numberInName = true;
          // 刘明 13871112222: read apart, the name the row's name and the number one more phone; said so.
          const split = field === 'name' ? splitNameAndPhone(String(f.params?.value ?? ''), region ?? settings.phone.defaultRegion) : null;
          if (split !== null) {
            (namesWithPhones ??= new Map()).set(row.sheetRow, split);
            issues.push({ ...f, code: 'name.numberRead', params: { value: String(f.params?.value ?? ''), ...split }, rule: f.code, sheetRow: row.sheetRow, col, field });
            continue;
          }
        }
        issues.push({ ...f, rule: f.code, sheetRow: row.sheetRow, col, field });
      }
      if (result.cell !== before && !sameCell(result.cell, before)) {
        edits.push(cellEdit(row.sheetRow, col, field, before, result.cell, result.reason ?? 'fix.generic', shapes));
        (cells ??= row.cells.slice())[col] = result.cell;
      }
    }
    cleanedRows[r] = cells ? { sheetRow: row.sheetRow, cells } : row;
    if (numberInName) dropNumbersOfRowPhones(issues, rowIssues, cleanedRows[r], phoneCols, region ?? settings.phone.defaultRegion);
  });

  // Sales kept one column per period (1月 … 12月): a part typed as text is read as its number, never written.
  const parts = table.amountParts;
  if (parts !== undefined) readParts(table, parts, settings, (readAs ??= new Map()));
  // Said once per column where a column is mostly yearless; a user who switches that line off
  // (validation.disabledRules: date.noYearColumn) keeps one issue per cell.
  const yearless = disabled.has('date.noYearColumn') ? [] : yearlessColumns(issues, columns);
  const cleanedTable: Table = { ...table, rows: cleanedRows, ...(joined ? { joinedPhones: joined } : {}), ...(readAs ? { readAs } : {}), ...(namesWithPhones ? { namesWithPhones } : {}) };
  const contacts = rowContacts(columns);
  const extraCols = extraColumns(columns);
  const validation = validateTable(cleanedTable, fieldCols, settings, todayDate, undefined, contactColumnsOf(contacts), extraCols);
  appendAll(issues, validation.issues);
  issues.sort((a, b) => a.sheetRow - b.sheetRow || a.col - b.col);
  return {
    ok: true,
    sheet: {
      original: table, table: cleanedTable, columns, fieldCols, extraCols, contacts, children: rowChildren(columns), settings, edits, issues,
      // An amount summed from periods is in their unit (月度拿货（万元）).
      amountUnit: (fieldCols.amount === undefined ? (parts === undefined ? undefined : partsUnit(parts, table.headers) || undefined) : reading.columnSettings.get(fieldCols.amount)?.amount.unit) ?? settings.amount.unit ?? 0,
      termDates: (fieldCols.contractTerm === undefined ? undefined : reading.columnSettings.get(fieldCols.contractTerm)?.dates) ?? settings.dates,
      yearlessOrders: yearlessOrdersOf(fieldCols, reading.columnSettings, settings),
      columnMoney: new Map([...reading.columnSettings].map(([col, own]) => [col, { currency: own.amount.currency, decimal: own.amount.decimalSeparator ?? '.' }])),
      phones,
      problems: [...fewColumnsRead(table.sheetName, columns), ...(parts === undefined ? [] : partsProblems(cleanedTable, parts, fieldCols.amount, fieldCols.lastPurchase === undefined)), ...errorCellsCounted(shaped.problems, issues), ...unreadReminderDates(issues), ...longNumbersUnread(table, columns), ...yearless, ...reading.problems, ...validation.problems, ...missingRuleFields(settings.classify.custom, fieldCols), ...missingSettingFields(settings, fieldCols), ...shadowedLevels(settings.classify), ...remindersWithoutClasses(settings.remind, settings.classify), ...unusedOverrides(table.headers, settings).map((header): SheetProblem => ({ code: 'headers.overrideUnused', severity: 'warning', params: { header, sheet: table.sheetName } }))], today: todayDate,
    },
  };
}

/** How a column a rule names by header reads its typed amounts and days: the sheet's currency, decimal mark and order of day and month. */
function columnReading(settings: Settings): ColumnReading {
  const { era, timeZone } = settings.dates;
  return {
    currency: settings.amount.currency,
    decimal: settings.amount.decimalSeparator ?? '.',
    ambiguous: settings.dates.ambiguous,
    ...(era ? { era } : {}),
    ...(timeZone ? { timeZone } : {}),
  };
}

/** Each reminded column's order for its dates typed without a year: its own settings' (sheet-locale.ts yearlessOrder), else the sheet's. */
function yearlessOrdersOf(fieldCols: Partial<Record<FieldId, number>>, columnSettings: ReadonlyMap<number, Settings>, settings: Settings): YearlessOrders {
  const out: YearlessOrders = {};
  for (const field of ['nextFollowUp', 'birthday', 'anniversary'] as const) {
    const col = fieldCols[field];
    out[field] = (col === undefined ? undefined : columnSettings.get(col)?.dates.ambiguous) ?? settings.dates.ambiguous;
  }
  return out;
}

const isInvalidPhone = (result: CleanResult): boolean => result.findings.some((f) => f.code === 'phone.invalid');

/**
 * The sheet's note on error cells counts every cell of the table showing one; the issues list only
 * those in columns a field reads (a 距今天数 column no field reads is left as it is). When the two
 * differ, the note says how many the issues list, so that "4 cells show an error" beside
 * "2 × error value" is no contradiction.
 */
function errorCellsCounted(problems: readonly SheetProblem[], issues: readonly CellIssue[]): SheetProblem[] {
  const listed = issues.reduce((n, i) => (i.code === 'cell.error' ? n + 1 : n), 0);
  return problems.map((p) => {
    if (p.code !== 'sheet.errorCells' || listed === 0) return p;
    const count = Number(p.params?.count ?? 0);
    return listed >= count ? p : { ...p, code: 'sheet.errorCellsPartly', params: { ...p.params, listed, unlisted: count - listed } };
  });
}

/**
 * A name cell's "phone number in the name" is dropped when its number is the row's phone already
 * (企业微信's 备注名 王建国-星辰科技-13812345678 beside 电话 13812345678): nothing is to be moved.
 * Issues from `from` on are the row's own.
 */
function dropNumbersOfRowPhones(issues: CellIssue[], from: number, row: Row, phoneCols: readonly number[], region: string): void {
  if (phoneCols.length === 0) return;
  const phones = phoneCols.map((c) => cellText(row.cells[c])).filter((t) => t !== '');
  let kept = from;
  for (let i = from; i < issues.length; i++) {
    const issue = issues[i];
    if ((issue.code === 'name.hasNumber' || issue.code === 'name.numberRead') && namesOnlyRowPhones(String(issue.params?.value ?? ''), phones, region)) continue;
    issues[kept++] = issue;
  }
  issues.length = kept;
}

/**
 * One cell's edit, made with all its properties at once: `retype` added afterwards needs a second,
 * out-of-object property store, and most edits of a sheet read as text are retypes. Same keys, same order.
 */
function cellEdit(sheetRow: number, col: number, field: FieldId, before: Cell, after: Cell, reason: CellEdit['reason'], shapes: Map<string, MarkerShape | null>): CellEdit {
  // Same kind and a different value is a different text; only a change of kind can keep the text,
  // as the cell showed it: 80 under 000000 read 000080, and 13800138000 under 000-0000-0000 read
  // 138-0013-8000, which the text 13800138000 changes before the user's eyes. A date with its time
  // shows it as a sheet does (2025-03-04 09:12, HubSpot's and 有赞's form), not as its ISO value with
  // a T: the text that became it is a retype, and a rerun on the run's own CSV output changes nothing.
  // An amount typed 1245.50 shows 1245.50 under the 0.00 it keeps (currency-format.ts typedDecimalsFormat).
  // Most edits keep the kind (a text tidied): nothing shown is worked out for them.
  if (before.kind === after.kind) return { sheetRow, col, field, before, after, reason };
  const shownAfter = after.kind === 'date' ? sheetDate(after.value) : (after.kind === 'number' ? numberWithDecimals(after.value, after.format) : null) ?? cellText(after);
  return shownText(before) === shownAfter || shownWithCurrency(before, after, shapes)
    ? { sheetRow, col, field, before, after, reason, retype: true }
    : { sheetRow, col, field, before, after, reason };
}

/**
 * Text that is the number written with the currency its new format shows: £25000, as a CSV written
 * by an earlier run keeps an amount (write-csv.ts), is the number 25000 under "£"#,##0 again.
 */
function shownWithCurrency(before: Cell, after: Cell, shapes: Map<string, MarkerShape | null>): boolean {
  // numberWithMarker, its format read once per run (`shapes`): reading it was most of this for each amount.
  if (after.kind !== 'number' || !after.format || !Number.isFinite(after.value)) return false;
  let shape = shapes.get(after.format);
  if (shape === undefined) shapes.set(after.format, (shape = markerShape(after.format)));
  return shape !== null && shownText(before) === numberShownWith(after.value, shape);
}

/** The whole run, with its memos (text/run-memos.ts): the cleaning and the analysis share them, and they go when it ends. */
export function runDetailed(grid: Grid, options: RunOptions): { ok: true; plan: Plan; cleaned: CleanedSheet } | { ok: false; problem: SheetProblem } {
  return withRunMemos(() => runWithin(grid, options));
}

function runWithin(
  grid: Grid,
  options: RunOptions,
): { ok: true; plan: Plan; cleaned: CleanedSheet } | { ok: false; problem: SheetProblem } {
  const cleaned = cleanSheet(grid, options);
  if (!cleaned.ok) return cleaned;
  const { merge, archivedOn } = options;
  const { original: table, table: cleanedTable, columns, fieldCols, extraCols, contacts, children, settings, edits, issues: found, problems, today: todayDate, amountUnit, termDates, yearlessOrders, columnMoney, phones } = cleaned.sheet;
  const recorded = grid.ownColumns;
  const owner = fieldCols.owner === undefined ? tabOwner(table.sheetName, options.customerTabs ?? 1) : null;
  const unreadColumns = columnsLeftUnread(columns);
  // A rule may name a column by its header (欠款): checked against this sheet's, as a mistake in the settings is, before anything is read.
  const ruleColumns = sheetColumns(columns, unreadColumns.map((c) => c.header), columnReading(settings), table.firstCol);
  const rules = compileClassifySettings(settings.classify, 'classify', ruleColumns);
  if (rules.errors.length > 0 && !options.ruleColumnsOptional) {
    const [first] = rules.errors;
    return { ok: false, problem: { code: first.code, severity: 'error', params: first.params } };
  }
  const analysis = analyze({ original: table, cleaned: cleanedTable, fieldCols, extraCols, contacts, children, issues: found, settings, recorded, today: todayDate, merge, ...(archivedOn ? { archivedOn } : {}), amountUnit, termDates, yearlessOrders, columnMoney, tabOwner: owner, phones, unreadHeaders: unreadColumns.map((c) => c.header), ruleColumns: { sheet: ruleColumns, read: rules.columnsRead } });
  // Said once, so a user whose reminders go to 王磊 knows why, and can add an owner column if the tab is no rep's.
  // A departed rep's tab (陈静(离职)) names no owner (owner-name.ts): its customers are unassigned and
  // need a new one, which is what is said, never that they are his.
  const fromTab: SheetProblem[] = !owner ? []
    : namesDeparted(owner) ? [{ code: 'sheet.tabDeparted', severity: 'info', params: { sheet: table.sheetName } }]
    : [{ code: 'sheet.tabOwner', severity: 'info', params: { sheet: table.sheetName, owner } }];
  // A wrong value a merge replaced with a duplicate's valid one is no longer the cell's: its finding goes with it.
  // A remark ending one policy of a customer who holds another is said as that row's (ended-alone.ts).
  const issues = withRowOnlyRemarks(withoutMended(analysis.issues.length === 0 ? found : [...found, ...analysis.issues].sort((a, b) => a.sheetRow - b.sheetRow || a.col - b.col), analysis.merge), analysis.endedAlone);
  const language = settings.language;
  const addedColumns = apartFromUsers([issueColumn(cleanedTable, issues, settings), ...analysis.addedColumns], table.headers, language, runTitles(settings.classify.custom, recorded));
  const kept = recordedOnly(table.headers, settings.classify.custom, recorded).map((col) => table.headers[col].trim());
  const plan: Plan = {
    language,
    sheetName: table.sheetName,
    headerRow: table.headerRow,
    firstCol: table.firstCol,
    columns,
    rows: table.rows.map((r) => r.sheetRow),
    ...(table.totalRows ? { totalRows: table.totalRows } : {}),
    ...(table.statisticRows ? { statisticRows: table.statisticRows } : {}),
    edits,
    issues,
    addedColumns,
    // What the host records for the next run: a rule's column is known there without this run's settings.
    ownColumns: [...new Set([...addedColumns.map((a) => a.header.trim()), ...kept])],
    // Each host names these, so the user can map one (settings.headers.overrides).
    ...(unreadColumns.length > 0 ? { unreadColumns } : {}),
    // The duplicate finder's word on the user's marks (a mark naming a row since edited).
    problems: [...problems, ...fromTab, ...analysis.problems, ...unreadNotCombined(table, analysis.merge, unreadColumns), ...keptNote(table.sheetName, kept)],
    stats: stats(table, columns, edits, issues),
    duplicates: analysis.duplicates,
    merge: analysis.merge,
    classification: analysis.classification,
    reminders: analysis.reminders,
    report: analysis.report,
    orderList: analysis.orderList,
    ...(analysis.rowKeys ? { rowKeys: analysis.rowKeys } : {}),
  };
  return { ok: true, plan, cleaned: cleaned.sheet };
}

/**
 * A cell of a row cleaned in its column: by the rules of the country the row's country cell names
 * (`region`), or for a phone by its network country's when the sheet's find it invalid (`hint`), else
 * by the column's own. A function of its arguments, not a closure made for each cell: 2.5 million of
 * them, each with its own context, were a tenth of what a run of 100,000 rows allocated.
 */
function cleanInRow(cell: Cell, field: FieldId, column: RegionalColumn, region: string | null, hint: string | null): CleanResult {
  if (region !== null && REGIONAL_FIELDS.has(field)) return region === UNKNOWN_REGION ? cleanUnplaced(cell, field, column) : cleanAbroad(cell, region, column);
  return hint !== null && hint !== UNKNOWN_REGION && PHONE_FIELDS.has(field) ? cleanHinted(cell, hint, column) : column.memo.clean(cell, column.ctx);
}

/**
 * Cleaning is a pure function of the cell and the column's context, and real columns repeat
 * themselves (owners, cities, industries, dates, company names), so each column remembers its
 * results; a column of mostly distinct values (phones, e-mails) stops after a sample (TextMemo).
 */
/**
 * A cell of a row from `region` cleaned by that region's rules (a memo per region and column). A
 * number that is no valid number there but is one of the sheet's own (a Chinese mobile beside a
 * customer's country of residence) is read as the sheet's.
 */
function cleanAbroad(cell: Cell, region: string, column: RegionalColumn): CleanResult {
  const result = cleanThere(cell, region, column);
  if (!result.findings.some((f) => f.code === 'phone.invalid')) return result;
  const home = column.memo.clean(cell, column.ctx);
  return home.findings.some((f) => f.code === 'phone.invalid') ? result : home;
}

/** Fields a row's network country (cleanHinted) may place: a phone number, never an address's postcode. */
const PHONE_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['mobile', 'phone']);

/**
 * A phone cell of a row whose geo-IP country (Mailchimp's CC) is another than the sheet's: read by the
 * sheet's rules first, as that country is a guess from the network (a VPN, Apple's mail proxy, an
 * imported contact's account default), and by that country's only when the sheet's find it invalid
 * (James's 07911 123456 beside GB in a US list, a British mobile); kept so when it is valid there.
 */
function cleanHinted(cell: Cell, region: string, column: RegionalColumn): CleanResult {
  const home = column.memo.clean(cell, column.ctx);
  if (!home.findings.some((f) => f.code === 'phone.invalid')) return home;
  const there = cleanThere(cell, region, column);
  return there.findings.some((f) => f.code === 'phone.invalid') ? home : there;
}

/**
 * A cell of a row whose country cell names a place no rules are known for (Europe, Swizerland, a
 * city under 国家/地区): read by the sheet's rules, as a typo of the sheet's own country or one of its
 * places is far more often than another country, and its invalid numbers flagged; but a postcode is
 * not given back zeros (Zurich's 8001 made the US ZIP 08001): a foreign value so rewritten is lost.
 */
function cleanUnplaced(cell: Cell, field: FieldId, column: RegionalColumn): CleanResult {
  const result = column.memo.clean(cell, column.ctx);
  return field === 'postcode' && (result.reason === 'fix.zipZero' || result.reason === 'fix.postcodeZero') ? keep(cell) : result;
}

type RegionalColumn = { ctx: CleanContext; memo: ColumnMemo; abroad: Map<string, { ctx: CleanContext; memo: ColumnMemo }> };

/**
 * The amount column's context for a row in `currency` (row-currency.ts): the column's own where it is
 * the currency the tiers count, else one reading the row's currency, its amounts kept apart
 * (CleanContext.currencyApart). Made once per currency.
 */
function inCurrency(byCurrency: Map<string, RegionalColumn>, home: RegionalColumn, currency: string): RegionalColumn {
  if (currency === home.ctx.settings.amount.currency) return home;
  let column = byCurrency.get(currency);
  if (column === undefined) {
    const own = home.ctx.settings;
    column = { ctx: { ...home.ctx, settings: { ...own, amount: { ...own.amount, currency } }, currencyApart: true }, memo: new ColumnMemo(), abroad: new Map() };
    byCurrency.set(currency, column);
  }
  return column;
}


function cleanThere(cell: Cell, region: string, column: RegionalColumn): CleanResult {
  let there = column.abroad.get(region);
  if (!there) column.abroad.set(region, (there = { ctx: { ...column.ctx, settings: rowSettings(column.ctx.settings, region) }, memo: new ColumnMemo() }));
  return there.memo.clean(cell, there.ctx);
}

/**
 * Remembers a column's cleaned texts while its first 2,000 show at least one in eight again. Names,
 * contract dates and amounts repeat slowly: a sheet's first 2,000 repeat one in six to three in ten,
 * yet two fifths to four fifths of a 100,000-row sheet's are texts seen before, and reading a date or
 * an amount costs several lookups. Phones, e-mails, IDs and addresses (1–2 in 100) still stop being
 * remembered after the sample. What is remembered is the cleaner's own answer: the same results.
 */
class ColumnMemo {
  private readonly memo = new TextMemo<CleanResult>(0.125, 50000);
  /**
   * Number cells (an .xlsx's amounts, its phones typed as numbers) by their format, then by the number
   * itself: a key string of value and format was a new string to build, flatten and hash per cell.
   */
  private readonly numbers = new Map<string, TextMemo<CleanResult, number>>();

  clean(cell: Cell, ctx: CleanContext): CleanResult {
    if (cell.kind === 'number') return this.cleanNumber(cell.value, cell.format ?? '', cell, ctx);
    if (!this.memo.active || cell.kind !== 'text') return cleanCell(cell, ctx);
    const hit = this.memo.find(cell.value);
    if (hit) return hit;
    const result = cleanCell(cell, ctx);
    this.memo.keep(cell.value, result);
    return result;
  }

  private cleanNumber(value: number, format: string, cell: Cell, ctx: CleanContext): CleanResult {
    let memo = this.numbers.get(format);
    if (memo === undefined) this.numbers.set(format, (memo = new TextMemo<CleanResult, number>(0.125, 50000)));
    if (!memo.active) return cleanCell(cell, ctx);
    const hit = memo.find(value);
    if (hit) return hit;
    const result = cleanCell(cell, ctx);
    memo.keep(value, result);
    return result;
  }
}

/** One added column that lists each row's issues in words, so they survive outside the add-in. */
function issueColumn(table: Table, issues: CellIssue[], settings: Settings): AddedColumn {
  const lang = settings.language;
  const byRow = new Map<number, string[]>();
  for (const issue of issues) {
    const list = byRow.get(issue.sheetRow) ?? [];
    list.push(t(lang, issue.code, issue.params));
    byRow.set(issue.sheetRow, list);
  }
  return {
    id: 'issues',
    header: t(lang, 'column.issues'),
    write: 'text',
    values: table.rows.map((r) => {
      const list = byRow.get(r.sheetRow);
      return list ? { kind: 'text', value: list.join(lang === 'zh-CN' ? '；' : '; ') } : EMPTY;
    }),
  };
}

function stats(table: Table, columns: ColumnMapping[], edits: CellEdit[], issues: CellIssue[]): PlanStats {
  const changesByReason: Record<string, number> = {};
  let cellsRetyped = 0;
  for (const e of edits) {
    if (e.retype) cellsRetyped++;
    else changesByReason[e.reason] = (changesByReason[e.reason] ?? 0) + 1;
  }
  const issuesByCode: Record<string, number> = {};
  const issuesBySeverity = { error: 0, warning: 0, info: 0 };
  for (const i of issues) {
    issuesByCode[i.code] = (issuesByCode[i.code] ?? 0) + 1;
    issuesBySeverity[i.severity]++;
  }
  return {
    rows: table.rows.length,
    columns: columns.length,
    fieldsFound: columns.filter((c) => c.field !== null).length,
    cellsChanged: edits.length - cellsRetyped,
    cellsRetyped,
    changesByReason,
    issuesByCode,
    issuesBySeverity,
  };
}
