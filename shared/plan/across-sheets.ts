/**
 * Duplicates across a workbook's customer sheets: one tab per sales rep (张三的客户, 李四的客户) or per
 * year, where the same customer held in two tabs is a 撞单 that no single sheet shows. Each sheet is
 * read and cleaned as a run would (its own header row and columns; the sheet a run has just cleaned
 * is taken as it is), the rows of all of them go to the duplicate finder together, and the groups
 * whose rows lie in two or more sheets are returned, each row named by its sheet and row. A sheet
 * without an owner column stands for its owner by its name (tab-owner.ts: not 2023, 1月, 客户名单 or
 * 汇总), so a customer in two reps' tabs is an owner conflict; a 汇总 tab holding most of the
 * others' customers (or, made of formulas, as many as the tab it sums) is their roll-up, not a rep.
 * Nothing is written or merged: merging rows of different sheets is for the user to decide.
 */
import { mostlyFormulas } from '../schema/sheet-role';
import { tabOwner } from '../schema/tab-owner';
import type { Grid } from '../table/grid';
import { displayText } from '../text/fold';
import { contactText, ownedByTab, personName, toRecords, type CustomerRecord } from '../table/records';
import { findDuplicates } from '../dedupe/find-duplicates';
import { notedCoOwners, ownerWithNotes } from '../dedupe/noted-co-owners';
import { withDeclaredCoOwners } from '../dedupe/declared-co-owners';
import { runTitles } from '../schema/run-columns';
import { legacyFingerprint, rowFingerprint } from '../dedupe/fingerprint';
import type { Confidence, DuplicateGroup, Reason } from '../dedupe/types';
import { claimOwner, futureOwnerDates, withClaimFirst, type FutureOwnerDate, type OwnerClaim } from '../dedupe/owner-rule';
import { propose } from '../dedupe/proposal';
import { rankMembers } from '../dedupe/survivor';
import { cleanSheet, type CleanedSheet, type RunOptions } from './build';
import { withRunMemos } from '../text/run-memos';

export interface SheetRow {
  sheet: string;
  /** The row's number in its sheet. */
  row: number;
  /** Who the row is, as written: its name, else its first and last name, else its company, else its e-mail or phone (contactText). */
  customer: string;
  /**
   * Whose the row is, as its sheet says: its owner cell as written (李四（已离职）, 公海), else the rep its
   * tab stands for (tab-owner.ts); absent when neither names anyone.
   */
  owner?: string;
}

/** A row by its person, else by its company (an organisation), else by its e-mail or phone. */
const customerOf = (r: CustomerRecord): string => personName(r) || displayText(r.fields.company) || contactText(r);

export interface AcrossSheetsGroup {
  /** X1, X2 … in order of the first sheet and row. */
  id: string;
  rows: SheetRow[];
  score: number;
  confidence: Confidence;
  reasons: Reason[];
  /** The owners the rows belong to (the sheet's name where it has no owner column), when they differ. */
  owners?: string[];
  /** Whom the owner rule (dedupe.ownerRule) gives the customer, when it could decide. */
  claim?: OwnerClaim;
  /** The rule's dates after today in the owners' rows, which it left out. */
  future?: FutureOwnerDate[];
  /**
   * A review group under one name and phone whose rows an identity attribute tells apart (two
   * birthdays), held by different owners: if one customer, a 撞单, to check (DuplicateGroup.possibleOwnerConflict).
   */
  possibleOwners?: string[];
}

export interface AcrossSheetsResult {
  groups: AcrossSheetsGroup[];
  /**
   * Sheets that hold most customers of a smaller sheet (汇总, 总表: a roll-up of the reps' tabs): a
   * customer in such a sheet and one tab is where it belongs, not a 撞单; a group counts only when two
   * sheets that are no roll-up hold it.
   */
  rollUps: string[];
  /** Sheets that could not be read as a customer table (no header row …): left out. */
  skipped: string[];
  /** Each sheet read: how many customers (rows of a customer) it holds, for a host to say of a sheet it did not clean (a hidden tab). */
  customers?: Record<string, number>;
  /**
   * A "not duplicates" mark of the settings names a row of another sheet than the first: marks naming
   * no row of the sheet cleaned are that tab's, not this sheet's broken by an edit.
   */
  marksElsewhere?: true;
}

/** A sheet holding this share of a smaller sheet's rows (or more) is a roll-up of it. */
const ROLL_UP_SHARE = 0.8;
/** A sheet this small says nothing about another being its roll-up. */
const ROLL_UP_MIN_ROWS = 3;

/**
 * The sheets that contain most of a smaller sheet's customers: for each pair, the share of the
 * smaller sheet's rows that are in a group with a row of the larger one. A sheet of formulas as
 * large as one that is not (汇总 = '王五'!A2 … over the one rep's tab it sums) is its roll-up too.
 */
function rollUpSheets(groups: readonly SheetRow[][], rowCount: ReadonlyMap<string, number>, formulaSheets: ReadonlySet<string>): Set<string> {
  const matched = new Map<string, Map<string, number>>();
  for (const rows of groups) {
    const sheets = new Set(rows.map((r) => r.sheet));
    for (const r of rows) {
      const by = matched.get(r.sheet) ?? new Map<string, number>();
      matched.set(r.sheet, by);
      for (const s of sheets) if (s !== r.sheet) by.set(s, (by.get(s) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [small, by] of matched) {
    const size = rowCount.get(small) ?? 0;
    if (size < ROLL_UP_MIN_ROWS) continue;
    for (const [large, n] of by) {
      const largeSize = rowCount.get(large) ?? 0;
      const sums = largeSize > size || (largeSize === size && formulaSheets.has(large) && !formulaSheets.has(small));
      if (sums && n >= size * ROLL_UP_SHARE) out.add(large);
    }
  }
  return out;
}

const nameOf = (sheet: Grid | CleanedSheet): string => ('fieldCols' in sheet ? sheet.table.sheetName : sheet.sheetName);

/**
 * Groups of rows in two or more of `sheets` (each a sheet as read, named by its sheetName, or one a
 * run has already cleaned) that are the same customer, with the settings and day of `options` (each
 * sheet also reads its own dates and amounts).
 */
export function findAcrossSheets(sheets: readonly (Grid | CleanedSheet)[], options: RunOptions): AcrossSheetsResult {
  // One run over the workbook's sheets: their cleaning and the finder share its memos (text/run-memos.ts).
  return withRunMemos(() => acrossWithin(sheets, options));
}

function acrossWithin(sheets: readonly (Grid | CleanedSheet)[], options: RunOptions): AcrossSheetsResult {
  const records: CustomerRecord[] = [];
  const origin: SheetRow[] = [];
  const skipped: string[] = [];
  const rowCount = new Map<string, number>();
  const formulaSheets = new Set<string>();
  const customers: Record<string, number> = {};
  for (const sheet of sheets) {
    const cleaned = 'fieldCols' in sheet ? { ok: true as const, sheet } : cleanSheet(sheet, options);
    const sheetName = nameOf(sheet);
    if (!cleaned.ok) {
      skipped.push(sheetName);
      continue;
    }
    const { table, fieldCols, extraCols } = cleaned.sheet;
    // 张三的客户 stands for its rep 张三, as in the run's own reminders (tab-owner.ts); 2023, 1月,
    // 三月客户, Sheet2, 客户名单 name a period or nothing, not an owner.
    const ownSheet = fieldCols.owner === undefined ? tabOwner(sheetName, sheets.length) : null;
    rowCount.set(sheetName, table.rows.length);
    customers[sheetName] = 0;
    if (mostlyFormulas(cleaned.sheet.original.rows.map((r) => r.cells))) formulaSheets.add(sheetName);
    // A customer a merge gave co-owners beyond his owner cell (王磊/刘洋, 陈静 in its 合并记录 note) is
    // no 撞单 with 陈静's tab (noted-co-owners.ts); each line still names its owner as its sheet writes it.
    const noted = notedCoOwners(table, runTitles(options.settings.classify.custom, 'fieldCols' in sheet ? undefined : sheet.ownColumns));
    const own = ownedByTab(toRecords(table, fieldCols, extraCols), ownSheet);
    // A row's 协作人 shares the customer with its owner, as in the sheet's own groups: no 撞单 here either (tester h76 #8).
    const declared = withDeclaredCoOwners(own);
    for (const [k, r] of own.entries()) {
      // One number per row of the whole workbook, so the finder's rows stay apart; the sheet's own
      // row is kept beside it.
      const owner = displayText(r.fields.owner);
      origin.push({ sheet: sheetName, row: r.sheetRow, customer: customerOf(r), ...(owner !== '' ? { owner } : {}) });
      const shared = ownerWithNotes(declared[k].fields.owner, noted.get(r.sheetRow));
      records.push({ ...r, ...(shared !== r.fields.owner && shared !== undefined ? { fields: { ...r.fields, owner: shared } } : {}), sheetRow: origin.length, index: records.length });
      customers[sheetName]++;
    }
  }
  const first = origin.length > 0 ? origin[0].sheet : '';
  const marked = new Set((options.settings.notDuplicates ?? []).flat());
  const marksElsewhere = marked.size > 0 &&
    records.some((r, k) => origin[k].sheet !== first && (marked.has(rowFingerprint(r)) || marked.has(legacyFingerprint(r))));
  const { groups } = findDuplicates(records, options.settings.dedupe, { defaultRegion: options.settings.phone.defaultRegion, today: options.today });
  const mapped = groups.map((g) => ({ g, rows: g.rows.map((n) => origin[n - 1]) }));
  const rollUps = rollUpSheets(mapped.map((m) => m.rows), rowCount, formulaSheets);
  const across = mapped
    .filter(({ rows }) => new Set(rows.map((r) => r.sheet).filter((s) => !rollUps.has(s))).size > 1)
    .map(({ g, rows }, k): AcrossSheetsGroup => {
      const group: AcrossSheetsGroup = { id: `X${k + 1}`, rows, score: g.score, confidence: g.confidence, reasons: g.reasons };
      const outside = rows.some((r) => rollUps.has(r.sheet)) ? ownersOutside(g.rows, records, origin, rollUps, options) : null;
      // Two birthdays under one name and phone: perhaps two people, so the reps are named as a possible
      // 撞单 (as the sheet's own run says it), never as a sure one, a roll-up in the group or not.
      if (g.possibleOwnerConflict) {
        const owners = outside === null ? g.possibleOwnerConflict.owners : outside?.owners;
        if (owners) group.possibleOwners = [...owners];
        return group;
      }
      const conflict = outside === null ? g.ownerConflict : outside;
      if (conflict) group.owners = conflict.owners;
      // The claim names a row of the whole workbook: give it its sheet's own row.
      if (conflict?.claim) group.claim = { ...conflict.claim, sheetRow: origin[conflict.claim.sheetRow - 1].row };
      if (conflict?.future) group.future = conflict.future;
      return group;
    });
  return { groups: across, rollUps: sheets.map(nameOf).filter((n) => rollUps.has(n)), skipped, customers, ...(marksElsewhere ? { marksElsewhere: true as const } : {}) };
}

/**
 * Owners and the owner rule's claim from the group's rows in the reps' own tabs. A roll-up names
 * the same reps its own way (its 负责人 says 张三 where the tab is 张三的客户; without that column
 * its name, 汇总, would stand for an owner) and holds no 报备日期, so counted in it would add
 * owners that are no one and leave the first-touch rule unable to decide.
 */
function ownersOutside(
  members: readonly number[],
  records: readonly CustomerRecord[],
  origin: readonly SheetRow[],
  rollUps: ReadonlySet<string>,
  options: RunOptions,
): DuplicateGroup['ownerConflict'] {
  const { dedupe, phone } = options.settings;
  const kept = members.filter((n) => !rollUps.has(origin[n - 1].sheet)).map((n) => records[n - 1]);
  const byRules = rankMembers(kept, dedupe.survivor, options.today);
  const claim = claimOwner(byRules, dedupe.ownerRule, phone.defaultRegion, options.today);
  const { ownerConflict } = propose(withClaimFirst(byRules, claim), phone.defaultRegion);
  if (!ownerConflict) return ownerConflict;
  const future = futureOwnerDates(byRules, dedupe.ownerRule, phone.defaultRegion, options.today);
  return { ...ownerConflict, ...(claim ? { claim } : {}), ...(future.length > 0 ? { future } : {}) };
}
