/** Runs the validation rules over cleaned rows and places each failure on its cell. */
import { isBlank, cellText, type Cell } from '../table/cell';
import type { CivilDate } from '../table/civil-date';
import type { Table } from '../table/table';
import { CONTACT_CHANNELS, type FieldId } from '../schema/fields';
import type { Settings } from '../settings/types';
import type { CellIssue, SheetProblem } from '../plan/issue';
import type { Params } from '../i18n/define';
import { CHECKS } from './checks';
import { isMasked, isPlaceholder } from '../normalize/placeholder';
import { isStandIn, standInBirthdays } from '../normalize/stand-in-birthday';
import { DEFAULT_REQUIRED, DEFAULT_RULES, ERROR_CELL_RULE_ID, REQUIRED_RULE_ID, STAND_IN_RULE_ID, type ValidationRule } from './rules';
import { namelessLacks } from './nameless-words';
import { booksAhead } from '../schema/booked-ahead';

export interface ValidationOutcome {
  issues: CellIssue[];
  /** Required fields with no column at all: said once for the sheet, not once per row. */
  problems: SheetProblem[];
}

/**
 * Columns that together stand in for a required field the sheet has no column of: a name split
 * into first and last name (Outlook, HubSpot, Salesforce exports) is a name, and so is the company
 * in a sheet that lists companies. A row lacks the field when all of them are blank.
 */
const STAND_INS: Readonly<Partial<Record<FieldId, readonly FieldId[]>>> = { name: ['firstName', 'lastName', 'company', 'nickname'] };

/**
 * Columns that meet a required field beside its own: a shop's member known by his 昵称 has a name to
 * be called by, though his 姓名 is blank; a contact saved under its given name alone, or under its
 * company alone (an organisation contact: Google's Name blank beside Organization 1 - Name), names
 * whom the row is of, as Outlook's export, which has no Name column, always read it (tester h60).
 */
const ALSO_MEET: Readonly<Partial<Record<FieldId, readonly FieldId[]>>> = { name: ['nickname', 'firstName', 'lastName', 'company'] };

/**
 * What a row lacking a field the run requires by default is still known by: a customer of no name
 * whose e-mail or 手机 the row holds (a newsletter sign-up, a guest checkout, a 抖音 lead) is real and
 * reachable, only the greeting lacks a name. That is a warning (required.nameless), not the error of
 * a row that names and reaches nobody, which would drown the real errors of a Shopify export where a
 * third of the customers left only an e-mail.
 */
const KNOWN_WITHOUT: Readonly<Partial<Record<FieldId, ReadonlySet<FieldId>>>> = { name: CONTACT_CHANNELS };

/** A text of punctuation and spaces alone: no value. */
const PUNCTUATION_ONLY = /^[\p{P}\s]+$/u;

interface Requirement {
  field: FieldId;
  /** Columns of the field or of its stand-ins, left to right: the issue goes on the first. */
  cols: number[];
  /**
   * The ways the sheet reaches a customer who lacks the field (his e-mail, his 手机: the field's own
   * column, its further ones, 电话2 or a bride's 新娘电话, and any other person's of the row), in column order. Absent: a row that lacks it is an error.
   */
  reach?: { field: FieldId; cols: number[] }[];
}

/** The columns of each field in `known`, the field's own first, that the sheet has; ordered by the first. */
function reachOf(known: ReadonlySet<FieldId>, fieldCols: Partial<Record<FieldId, number>>, others: readonly Partial<Record<FieldId, readonly number[]>>[]): { field: FieldId; cols: number[] }[] {
  const out: { field: FieldId; cols: number[] }[] = [];
  for (const field of known) {
    const own = fieldCols[field];
    const cols = [...(own === undefined ? [] : [own]), ...others.flatMap((o) => o[field] ?? [])].sort((a, b) => a - b);
    if (cols.length > 0) out.push({ field, cols });
  }
  return out.sort((a, b) => a.cols[0] - b.cols[0]);
}

/**
 * `soft`: the requirements are the default, not the user's list, and the sheet no order list: a row
 * lacking a field that the row still knows its customer by (KNOWN_WITHOUT) is said as a warning.
 */
function requirements(required: readonly FieldId[], fieldCols: Partial<Record<FieldId, number>>, people: Partial<Record<FieldId, readonly number[]>>, extra: Partial<Record<FieldId, readonly number[]>>, soft: boolean): { met: Requirement[]; missing: FieldId[] } {
  const met: Requirement[] = [];
  const missing: FieldId[] = [];
  for (const field of required) {
    const own = fieldCols[field];
    const also = (ALSO_MEET[field] ?? []).map((f) => fieldCols[f]).filter((c): c is number => c !== undefined);
    // The field's own column first: a row that lacks it is flagged there.
    const cols = own !== undefined
      ? [own, ...also]
      : (STAND_INS[field] ?? []).map((f) => fieldCols[f]).filter((c): c is number => c !== undefined).sort((a, b) => a - b);
    // Any person of the row meets it too (the bride of a bride-only booking, 联系人2 where 联系人1 is
    // blank): the row names someone. The issue still goes on the field's own column.
    const known = soft ? KNOWN_WITHOUT[field] : undefined;
    if (cols.length > 0) met.push({ field, cols: [...cols, ...(people[field] ?? [])], ...(known ? { reach: reachOf(known, fieldCols, [extra, people]) } : {}) });
    else missing.push(field);
  }
  return { met, missing };
}

const orderKey = (cells: readonly Cell[], col: number | undefined): string => (col === undefined || cells[col] === undefined ? '' : cellText(cells[col]).trim());

/**
 * For each requirement, the order numbers some row of which meets it. An order export of one row per
 * line (Shopify's orders: #1023 over its Cedar Candle, Gift Box and Matches) gives the buyer's name on
 * the order's first line only: the later lines are the same order's, whose name the sheet has.
 */
function ordersWithValue(table: Table, orderCol: number | undefined, met: readonly Requirement[], allMissing: (cells: readonly Cell[], cols: readonly number[]) => boolean): Set<string>[] {
  const out = met.map(() => new Set<string>());
  if (orderCol === undefined) return out;
  for (const row of table.rows) {
    const key = orderKey(row.cells, orderCol);
    if (key === '') continue;
    met.forEach((m, i) => {
      if (!allMissing(row.cells, m.cols)) out[i].add(key);
    });
  }
  return out;
}

export function validateTable(
  table: Table,
  fieldCols: Partial<Record<FieldId, number>>,
  settings: Settings,
  today: CivilDate,
  rules: readonly ValidationRule[] = DEFAULT_RULES,
  people: Partial<Record<FieldId, readonly number[]>> = {},
  /** Each field's further columns (电话2, a bride's 新娘电话): they reach a customer of no name too. */
  extra: Partial<Record<FieldId, readonly number[]>> = {},
): ValidationOutcome {
  const disabled = new Set(settings.validation.disabledRules);
  // A rule goes off by its id or by the code its issues show (rule.dateInFuture).
  const active = rules.filter((r) => !disabled.has(r.id) && !disabled.has(r.message) && r.fields.every((f) => fieldCols[f] !== undefined)
    // A day booked ahead (入住日期, 入学日期, Check-in Date: schema/booked-ahead.ts) lies after today as a matter of course.
    && !(r.check === 'notAfterToday' && booksAhead(table.headers[fieldCols[r.fields[0]]!])));
  const asked = settings.validation.requiredFields;
  // A field the user listed himself is an error, as he asked. An order list keeps its rows' errors:
  // a later line of a named order is no issue at all (ordersWithValue), and a nameless order is one.
  const soft = asked === undefined && fieldCols.orderId === undefined;
  const { met, missing } = requirements(disabled.has(REQUIRED_RULE_ID) ? [] : asked ?? DEFAULT_REQUIRED, fieldCols, people, extra, soft);
  // The required check goes off by the codes its issues show too, each kind on its own.
  const sayMissing = !disabled.has('required.missing');
  const sayNameless = !disabled.has('required.nameless');
  // A company sheet's nameless row lacks the company (and its contact), not a person's name.
  const lacks = namelessLacks(table.headers, fieldCols);
  const mappedCols = Object.entries(fieldCols) as [FieldId, number][];
  const fieldOfCol = new Map(mappedCols.map(([f, c]) => [c, f]));
  const checkErrors = !disabled.has(ERROR_CELL_RULE_ID);

  // Under the defaults no settings asked for the column (tester h73 #26): said as what a customer sheet lacks.
  const problems: SheetProblem[] = missing.map((field) => ({ code: asked === undefined ? 'required.noColumnDefault' : 'required.noColumn', severity: 'warning', params: { field } }));

  // One input per rule, its cells refilled for each row: the checks read them and keep nothing,
  // so a 100,000-row sheet does not build an array and an object per rule per row.
  const prepared = active.map((rule) => ({
    rule,
    check: CHECKS[rule.check],
    // A field the rule reads when there (alsoReads) and the sheet lacks: its cell is undefined.
    cols: [...rule.fields, ...(rule.alsoReads ?? [])].map((f) => fieldCols[f] ?? -1),
    input: { cells: new Array<Cell | undefined>(rule.fields.length + (rule.alsoReads?.length ?? 0)), today, args: rule.args ?? {} },
  }));
  const issues: CellIssue[] = [];
  // 无 or N/A in a required cell meets no requirement: the value is still missing.
  // Nor does a cell of punctuation alone (企业微信's nickname 。, a stray .): nobody is called by it.
  const missingValue = (c: Cell) => isBlank(c) || (c.kind === 'text' && (isPlaceholder(c.value) || PUNCTUATION_ONLY.test(c.value)));
  const allMissing = (cells: readonly Cell[], cols: readonly number[]) => {
    for (let k = 0; k < cols.length; k++) if (!missingValue(cells[cols[k]])) return false;
    return true;
  };
  // A masked phone (138****5678) reaches nobody: the lead behind it is as unknown as a blank one.
  const reaches = (c: Cell) => !missingValue(c) && !(c.kind === 'text' && isMasked(c.value));
  /** The fields the row reaches its customer by, as a fieldList param (email,phone), or '' for none. */
  const knownBy = (cells: readonly Cell[], reach: Requirement['reach']): string => {
    if (reach === undefined) return '';
    const known: FieldId[] = [];
    for (const { field, cols } of reach) if (cols.some((c) => reaches(cells[c]))) known.push(field);
    return known.join(',');
  };
  // Indexed loops over rows and columns: a for-of here, or a [field, col] pair taken apart, walks
  // an iterator with a result object per step (22 columns × 100,000 rows of them).
  const rows = table.rows;
  const ordersMeeting = ordersWithValue(table, fieldCols.orderId, met, allMissing);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let m = 0; m < met.length; m++) {
      const { field, cols } = met[m];
      if (allMissing(row.cells, cols) && !ordersMeeting[m].has(orderKey(row.cells, fieldCols.orderId))) {
        const col = cols[0];
        const known = knownBy(row.cells, met[m].reach);
        if (known !== '') {
          if (sayNameless) issues.push({ rule: REQUIRED_RULE_ID, sheetRow: row.sheetRow, col, field: fieldOfCol.get(col)!, code: 'required.nameless', severity: 'warning', params: { field, fieldList: known, ...(field === 'name' && lacks ? { lacks } : {}) } });
        } else if (sayMissing) {
          issues.push({ rule: REQUIRED_RULE_ID, sheetRow: row.sheetRow, col, field: fieldOfCol.get(col)!, code: 'required.missing', severity: 'error', params: { field } });
        }
      }
    }
    if (checkErrors) {
      for (let m = 0; m < mappedCols.length; m++) {
        const field = mappedCols[m][0];
        const col = mappedCols[m][1];
        const c = row.cells[col];
        if (c.kind === 'error') {
          issues.push({ rule: ERROR_CELL_RULE_ID, sheetRow: row.sheetRow, col, field, code: 'cell.error', severity: 'warning', params: { value: cellText(c) } });
        }
      }
    }
    for (let p = 0; p < prepared.length; p++) {
      const { rule, check, cols, input } = prepared[p];
      for (let k = 0; k < cols.length; k++) input.cells[k] = row.cells[cols[k]];
      const params = check(input);
      if (params) {
        const field = rule.fields[0];
        issues.push({ rule: rule.id, sheetRow: row.sheetRow, col: cols[0], field, code: rule.message, severity: rule.severity, params: { ...(params as Params), field, other: rule.fields[1] ?? '' } });
      }
    }
  }
  const birthdays = fieldCols.birthday;
  if (birthdays !== undefined && !disabled.has(STAND_IN_RULE_ID)) {
    const names = fieldCols.name;
    const standIns = standInBirthdays(table.rows.map((r) => ({ birthday: r.cells[birthdays], name: names === undefined ? undefined : r.cells[names] })));
    for (const row of table.rows) {
      const c = row.cells[birthdays];
      if (!isStandIn(c, standIns)) continue;
      const value = cellText(c).slice(0, 10);
      issues.push({ rule: STAND_IN_RULE_ID, sheetRow: row.sheetRow, col: birthdays, field: 'birthday', code: 'rule.birthdayStandIn', severity: 'info', params: { value, count: standIns.get(value)! } });
    }
  }
  return { issues, problems };
}


