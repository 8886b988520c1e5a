/**
 * Builds the report sheet's tables: customers by type, activity, value tier, VIP, each of the user's
 * own rules, industry, region
 * and owner; issues by severity, kind and field; duplicates found and merged; reminders by kind.
 * A section appears only when its input is there (a classification, a mapped column, issues …).
 * The tables of customers by class or value also give each entry's share of the customers and, on a
 * sheet with an amount column, what its customers spent and that share of the spending.
 */
import { RECORD_STATES, type RecordState } from '../remind/record-state';
import { hasMessage, issueTitle, t } from '../i18n';
import { officialProvince } from '../normalize/province';
import { PLACEHOLDER, type Lang } from '../i18n/define';
import type { CustomerRecord } from '../table/records';
import { FIELD_BY_ID, type FieldId } from '../schema/fields';
import type { CellIssue } from '../plan/issue';
import { displayText } from '../text/fold';
import { groupedNumberText } from '../table/cell';
import { ownerKey, ownerPerson, ownersAlone, ownersOf } from '../table/owner-name';
import type { ClassifyResult } from '../classify/classify';
import { BUILTIN_DIMENSIONS, labelText, type BuiltinDimension } from '../classify/labels';
import { REMINDER_KINDS, type Reminder, type ReminderKind } from '../remind/types';
import { STANDINGS, type Standing } from '../remind/standing';
import { bookedWhat, dueRenewal, dueWhat, kindKey, reminderKindLabel, reminderKindText } from '../remind/reminder-text';
import { BLANK, Tally, withShares } from './tally';
import { decimalScale, sumExactly } from '../normalize/decimal';
import type { Report, ReportSection, ReportSeries } from './types';
import type { MessageKey } from '../i18n';
import { withRunMemos } from '../text/run-memos';

export interface DuplicateCounts {
  /** Groups of rows found to be the same customer. */
  groups: number;
  /** Rows that belong to a group. */
  rows: number;
  /** Rows merged away (accepted merges). */
  merged: number;
  /** Groups whose rows belong to different owners (撞单). */
  ownerConflicts?: number;
  /** Review groups that may be one customer two reps hold (DuplicateGroup.possibleOwnerConflict): listed when any. */
  possibleOwnerConflicts?: number;
  /** Groups of one client two service staff each typed in (ownerConflict.carers): no 撞单, listed apart when any. */
  seenByCarers?: number;
}

export interface ReportInput {
  records: readonly CustomerRecord[];
  /**
   * Whom each of `records` belongs to, aligned with them, as his reminders name the reps
   * (plan/customer-owners.ts: his owner cell with the co-owners a merge noted in 合并记录 or gathers,
   * a customer typed twice with the reps of all his rows); his owner cell as typed when absent.
   */
  owners?: readonly string[];
  classification?: Pick<ClassifyResult, 'rows' | 'legend'>;
  issues?: readonly CellIssue[];
  duplicates?: DuplicateCounts;
  reminders?: readonly Reminder[];
  /** The rows of an order list the customers come from (one per order); absent for a customer list. */
  orders?: number;
  /** The sheet's rows, when more than its customers: rows of one customer typed twice and not merged yet. */
  rows?: number;
  /**
   * Sheet rows of `records` that may be one customer typed twice, kept for review and not merged (a
   * review group: one company and contact, two mobiles): each is counted as a customer, so the
   * customers table says how many of them there are and what of the spending is theirs.
   */
  possibleDuplicates?: readonly number[];
  /**
   * The headers of the sheet's mapped columns: the province and city ones (区域) title the region
   * table when it holds no provinces, the amount one is named by the spending note, and each names
   * its field's issues (问题（按字段）: 金额 as the sheet writes it, not the field's 累计金额).
   */
  headers?: Partial<Record<FieldId, string>>;
  /**
   * The province field was read from the sheet's block headings (【华东】, [EMEA]), the sheet having
   * no region column (table.ts headingRegions): its values are regions, the table is titled 按地区.
   */
  regionsFromHeadings?: boolean;
  /**
   * What each of `records` spent, in whole units (null: nothing on record), aligned with them; absent
   * on a sheet without an amount column, whose report then has no spending (not zeros).
   */
  spend?: readonly (number | null)[];
  /** The power of ten the amount column is written in (金额（万元）: 4), said beside the spending. */
  amountUnit?: number;
  /** The amount column is a fee per period, counted as a year of it (月服务费: 12, plan/yearly-fees.ts), said beside the spending. */
  amountPerYear?: number;
  /** Amounts the run flagged as doubtful and left out of the spending until the user confirms them (plan/doubtful-amounts.ts). */
  doubtfulAmounts?: number;
  /** Reminders not raised for customers the sheet marks as not to be contacted or ended, by standing. */
  remindersSilenced?: Readonly<Record<Standing, number>>;
  /** Contract reminders not raised as the row says this term was renewed, on a day it names (已续保 2026-11-20). */
  remindersRenewed?: number;
  /** Greetings (birthday, anniversary) not raised as the customer opted out of e-mail (remind/opted-out.ts). */
  remindersOptedOut?: number;
  /** Stale reminders of long-lost customers, counted and not listed (remind/long-lost.ts). */
  remindersLost?: { count: number; afterDays: number | null };
  /** Contracts and fees ended more than remind.contract.expiredWithinDays ago, owing nothing: counted, not listed. */
  remindersExpired?: { count: number; afterDays: number | null; byOwner: { owner: string; count: number }[] };
  /** The sheet has a column of money owed (欠费, Balance Due), which tells "owing nothing" from "not known to owe". */
  owedColumn?: boolean;
}

export interface ReportOptions {
  /** Most entries per value table (industry, region, owner, issue kind); the rest become "other". 0 = all. */
  limit?: number;
}

const OTHER = '#other';

const RECORD_LABELS: Readonly<Record<RecordState, MessageKey>> = {
  voided: 'report.label.voided',
  deactivated: 'report.label.deactivated',
};

const DIMENSION_SECTIONS: readonly [BuiltinDimension, MessageKey][] = [
  ['lifecycle', 'report.section.lifecycle'],
  ['activity', 'report.section.activity'],
  ['tier', 'report.section.tier'],
  ['vip', 'report.section.vip'],
];

const SEVERITY_KEYS: Readonly<Record<CellIssue['severity'], MessageKey>> = {
  error: 'report.severity.error',
  warning: 'report.severity.warning',
  info: 'report.severity.info',
};

const PLACEHOLDERS = new RegExp(`${PLACEHOLDER.source}(?:\\s*${PLACEHOLDER.source})*`, 'g');

/**
 * A kind of issue by its short title (日期晚于今天), as the summary names it; a code without one by its
 * message with the placeholders shown as "…" (one for a run of them).
 */
function kindText(lang: Lang, code: string): string {
  if (hasMessage(`title.${code}`)) return issueTitle(lang, code);
  return t(lang, code).replace(PLACEHOLDERS, '…');
}

/**
 * Each key's commonest writing among `texts` (the first met on a tie): a region counted under one
 * name is shown as its column mostly writes it, Guangdong in an English column, 广东省 in a Chinese one.
 */
function commonestWriting(texts: readonly string[], keyOf: (text: string) => string): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    if (text === '') continue;
    const key = keyOf(text);
    let byText = counts.get(key);
    if (!byText) counts.set(key, (byText = new Map()));
    byText.set(text, (byText.get(text) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [key, byText] of counts) {
    let best = '', most = 0;
    for (const [text, n] of byText) if (n > most) [best, most] = [text, n];
    out.set(key, best);
  }
  return out;
}

/** Whether most filled values are provinces (广东, 浙江省): a 区域 column of 华东 / 华北 is not. */
function mostlyProvinces(texts: readonly string[]): boolean {
  let filled = 0, provinces = 0;
  const seen = new Map<string, boolean>();
  for (const text of texts) {
    if (text === '') continue;
    filled++;
    let is = seen.get(text);
    if (is === undefined) seen.set(text, (is = officialProvince(text) !== null));
    if (is) provinces++;
  }
  return provinces * 2 >= filled;
}

/**
 * The classes counted: each built-in dimension's and each of the user's rules' tally, and the retired
 * records, in one pass over the classified rows (every pass reads 100,000 rows' objects afresh) and
 * with each row's spending looked up once, not once per dimension.
 */
function classTallies(classification: NonNullable<ReportInput['classification']>, lang: Lang, spendScale: number | undefined, spendOfRow: ReadonlyMap<number, number | null> | undefined) {
  const { rows, legend } = classification;
  const tallyOf = (entry: (typeof legend)[number]) => {
    const tally = new Tally(spendScale);
    for (const label of entry.labels) if (label.id !== 'unknown') tally.ensure(label.id, label.text[lang]);
    return { tally, textOf: new Map(entry.labels.map((l) => [l.id, l.text[lang]])) };
  };
  const builtin: { dim: BuiltinDimension; title: MessageKey; tally: Tally; textOf: Map<string, string> }[] = [];
  for (const [dim, title] of DIMENSION_SECTIONS) {
    const entry = legend.find((l) => l.dimension === dim);
    if (entry) builtin.push({ dim, title, ...tallyOf(entry) });
  }
  // A team lead's own rules (重点行业, 小组) are counted like the built-in classes, in his labels.
  const custom = legend.filter((entry) => !(BUILTIN_DIMENSIONS as readonly string[]).includes(entry.dimension))
    .map((entry) => ({ entry, ...tallyOf(entry), counted: 0 }));
  // A rule without an else level leaves the rows no level matched blank: counted as blank, so
  // the table adds up to the customers (是 598 of 1,200 says nothing of the other 602).
  const noLevel = custom.length > 0 ? t(lang, 'report.label.noLevel') : '';
  const records = Object.fromEntries(RECORD_STATES.map((state) => [state, 0])) as Record<RecordState, number>;
  for (const row of rows) {
    if (row.record !== undefined) records[row.record]++;
    const spent = spendOfRow?.get(row.sheetRow);
    const { labels } = row;
    for (const { dim, tally, textOf } of builtin) {
      const id = labels[dim];
      if (id !== null) tally.add(id, textOf.get(id) ?? id, 1, spent);
    }
    for (const rule of custom) {
      const id = labels.custom[rule.entry.dimension];
      if (id === undefined || id === null) {
        rule.tally.add(BLANK, noLevel, 1, spent);
        continue;
      }
      rule.tally.add(id, rule.textOf.get(id) ?? labelText(lang, id), 1, spent);
      rule.counted++;
    }
  }
  return { builtin, custom, records };
}

function buildReportWithin(input: ReportInput, lang: Lang, options: ReportOptions = {}): Report {
  const limit = options.limit ?? 0;
  const other = { id: OTHER, label: t(lang, 'report.label.other') };
  const sections: ReportSection[] = [];
  const { records } = input;
  // A sheet whose amount column holds no amount at all is one without spending, as one without the column.
  const spend = input.spend?.some((v) => v !== null) ? input.spend : undefined;
  const spent = spend ? spend.filter((v): v is number => v !== null) : [];
  const spendScale = spend ? decimalScale(spent) : undefined;
  const spendTotal = spend ? sumExactly(spent) : undefined;
  const spendOfRow = spend ? new Map(records.map((r, i) => [r.sheetRow, spend[i]])) : undefined;
  /** A table of customers, with each entry's share of them and of their spending. */
  const ofCustomers = (section: ReportSection): ReportSection => {
    section.series = withShares(section.series, records.length, spendTotal);
    if (spendTotal !== undefined) section.spendTotal = spendTotal;
    return section;
  };

  const customers: ReportSection['series'] = [{ id: 'total', label: t(lang, 'report.label.total'), count: records.length }];
  if (input.orders !== undefined) customers.push({ id: 'orders', label: t(lang, 'report.label.orders'), count: input.orders });
  // Not merged, and not sure to be one: counted as they stand, and said so under the count, with their money.
  const doubted = input.possibleDuplicates ?? [];
  if (doubted.length > 0) {
    const theirs = doubted.map((row) => spendOfRow?.get(row)).filter((v): v is number => typeof v === 'number');
    const label = theirs.length > 0
      ? t(lang, 'report.label.possibleDuplicatesSpend', { spend: groupedNumberText(sumExactly(theirs)) })
      : t(lang, 'report.label.possibleDuplicates');
    customers.push({ id: 'possibleDuplicates', label, count: doubted.length });
  }
  if (input.rows !== undefined) customers.push({ id: 'rows', label: t(lang, 'report.label.rowsWithDuplicates'), count: input.rows });
  // Records the team voided or the ERP deactivated are among the customers above, and counted apart
  // here (remind/record-state.ts): a 作废 lead is no prospect, a 停用 account no one to renew.
  const classes = input.classification ? classTallies(input.classification, lang, spendScale, spendOfRow) : null;
  for (const state of RECORD_STATES) {
    const count = classes?.records[state] ?? 0;
    if (count > 0) customers.push({ id: state, label: t(lang, RECORD_LABELS[state]), count });
  }
  const customersSection: ReportSection = { id: 'customers', title: 'report.section.customers', series: customers };
  if (spendTotal !== undefined) {
    customersSection.spendTotal = spendTotal;
    // Which column was summed, and in what unit: a 万元 column's 12 is 120,000 here.
    const header = input.headers?.amount?.trim() || FIELD_BY_ID.amount.label[lang];
    const unit = input.amountUnit ?? 0;
    const times = input.amountPerYear ?? 1;
    const note: NonNullable<ReportSection['note']> = times > 1
      ? { code: 'report.note.spendingPerYear', params: { header, times } }
      : unit > 0
      ? { code: 'report.note.spendingUnit', params: { header, example: groupedNumberText(12 * 10 ** unit) } }
      : { code: 'report.note.spending', params: { header } };
    // A total that silently left out a flagged amount would read as the sheet's whole spending.
    const doubtful = input.doubtfulAmounts ?? 0;
    customersSection.note = doubtful > 0
      ? { code: times > 1 ? 'report.note.spendingPerYearDoubtful' : unit > 0 ? 'report.note.spendingUnitDoubtful' : 'report.note.spendingDoubtful', params: { ...note.params, doubtful } }
      : note;
  }
  sections.push(customersSection);

  if (classes) {
    for (const { dim, title, tally } of classes.builtin) sections.push(ofCustomers({ id: dim, title, series: tally.ordered() }));
    for (const { entry, tally, counted } of classes.custom) {
      if (counted === 0) continue;
      sections.push(ofCustomers({ id: `rule.${entry.dimension}`, title: 'report.section.rule', titleParams: { rule: entry.title[lang] }, series: tally.ordered() }));
    }
  }

  // Each field's texts are folded once: province and city are read both to choose one and to count it.
  const shownTexts = new Map<FieldId, string[]>();
  const textsOf = (field: FieldId): string[] => {
    let texts = shownTexts.get(field);
    if (!texts) shownTexts.set(field, (texts = records.map((r) => displayText(r.fields[field]))));
    return texts;
  };
  const byValue = (id: string, title: MessageKey, field: FieldId, blankLabel: string) => {
    const tally = new Tally(spendScale);
    // A province is counted by its official name and shown as the sheet writes it: a column of short
    // names (浙江) keeps them, and an odd 浙江省 left as typed (normalize.skipFields) counts with them;
    // an English column's Guangdong and Guangdong Province are one region, shown Guangdong.
    const official = new Map<string, string>();
    const keyOf = field === 'province' ? (text: string): string => {
      let key = official.get(text);
      if (key === undefined) official.set(text, (key = officialProvince(text) ?? text));
      return key;
    } : (text: string): string => text;
    const texts = textsOf(field);
    const labelOf = field === 'province' ? commonestWriting(texts, keyOf) : null;
    texts.forEach((text, i) => {
      if (text === '') tally.add(BLANK, blankLabel, 1, spend?.[i]);
      else {
        const key = keyOf(text);
        tally.add(key, labelOf?.get(key) ?? text, 1, spend?.[i]);
      }
    });
    sections.push(ofCustomers({ id, title, series: tally.series(limit, other) }));
  };
  /**
   * The owners as reminders name them (ownersOf): nobody for the public pool (公海) or a rep who has
   * left, and each of two reps who share a customer (李四/王五), or whom a merge noted as his co-owners
   * (`input.owners`), who counts for each. The customers are then counted once in the table's total.
   */
  const byOwner = () => {
    // A shared customer's spending counts for each of his owners too: their shares add up to more than 100 %.
    const tally = new Tally(spendScale);
    const unassigned = t(lang, 'report.label.unassigned');
    // A handful of reps own every row: each owner text is split once.
    const split = new Map<string, string[]>();
    const typed = textsOf('owner');
    // The texts each once: ownersAlone reads every text it is given, and the answer is a set.
    const alone = ownersAlone(new Set(typed));
    const namesOf = (text: string): string[] => {
      let names = split.get(text);
      if (!names) split.set(text, (names = ownersOf(text, alone)));
      return names;
    };
    let shared = 0;
    // Customers with reps beyond their owner cell (a merge's 共管负责人, his other row typed under 王磊/陈静).
    let beyond = 0;
    // The note's example is the sheet's own: the first owner cell naming several, as written; or the
    // first customer's reps beyond his cell, as his reminders name them.
    let example = '';
    let beyondExample = '';
    typed.forEach((text, i) => {
      const owners = input.owners?.[i] ?? text;
      const names = namesOf(owners);
      if (names.length > 1) {
        shared++;
        if (example === '' && namesOf(text).length > 1) example = text;
      }
      if (owners !== text) {
        const own = new Set(namesOf(text).map(ownerKey));
        if (names.some((n) => n !== '' && !own.has(ownerKey(n))) && beyond++ === 0) beyondExample = owners;
      }
      for (const name of names) {
        if (name === '') tally.add(BLANK, unassigned, 1, spend?.[i]);
        else tally.add(ownerKey(name), ownerPerson(name), 1, spend?.[i]);
      }
    });
    const section = ofCustomers({ id: 'owner', title: 'report.section.owner', series: tally.series(limit, other) });
    if (shared > 0) {
      section.note = beyond > 0
        ? { code: 'report.note.sharedOwnersNoted', params: { count: shared, noted: beyond, example: beyondExample } }
        : { code: 'report.note.sharedOwners', params: { count: shared, example } };
      // Its lines add up to more than the customers: the total counts each once.
      section.customers = records.length;
    }
    sections.push(section);
  };
  const mapped = (field: FieldId) => records.some((r) => r.fields[field] !== undefined);
  const filled = (field: FieldId) => {
    let n = 0;
    for (const text of textsOf(field)) if (text !== '') n++;
    return n;
  };
  const blank = t(lang, 'report.label.blank');

  if (mapped('industry')) byValue('industry', 'report.section.industry', 'industry', blank);
  if (mapped('province') || mapped('city')) {
    const useProvince = mapped('province') && (filled('province') >= filled('city') || !mapped('city'));
    const field = useProvince ? 'province' : 'city';
    byValue('region', useProvince ? 'report.section.province' : 'report.section.city', field, blank);
    // A 区域 column of 华东 / 华北 (or a US sheet's State) is no province: the table takes its header.
    const header = input.headers?.[field]?.trim();
    if (useProvince && input.regionsFromHeadings) {
      sections[sections.length - 1].title = 'report.section.region';
    } else if (useProvince && header && !mostlyProvinces(textsOf('province'))) {
      const table = sections[sections.length - 1];
      table.title = 'report.section.byColumn';
      table.titleParams = { header };
    }
  }
  if (mapped('owner')) byOwner();

  if (input.issues) {
    const severity = new Tally();
    const kind = new Tally();
    const field = new Tally();
    // A tally keeps the label of a category's first entry only: render each code's label once,
    // not a message lookup and a regex replace for each of the sheet's issues.
    const kindLabels = new Map<string, string>();
    for (const level of ['error', 'warning', 'info'] as const) severity.ensure(level, t(lang, SEVERITY_KEYS[level]));
    for (const issue of input.issues) {
      severity.add(issue.severity, t(lang, SEVERITY_KEYS[issue.severity]));
      let kindLabel = kindLabels.get(issue.code);
      if (kindLabel === undefined) kindLabels.set(issue.code, (kindLabel = kindText(lang, issue.code)));
      kind.add(issue.code, kindLabel);
      field.add(issue.field, input.headers?.[issue.field] ?? FIELD_BY_ID[issue.field]?.label[lang] ?? issue.field);
    }
    sections.push({ id: 'issues.severity', title: 'report.section.issuesBySeverity', series: severity.ordered().filter((x) => x.count > 0) });
    sections.push({ id: 'issues.kind', title: 'report.section.issuesByKind', series: kind.series(limit, other) });
    sections.push({ id: 'issues.field', title: 'report.section.issuesByField', series: field.series(limit, other) });
  }

  if (input.duplicates) {
    const { groups, rows, merged, ownerConflicts, possibleOwnerConflicts, seenByCarers } = input.duplicates;
    // A summary in reading order (found → rows → merged), not a distribution: not sorted by count.
    sections.push({
      id: 'duplicates',
      title: 'report.section.duplicates',
      series: [
        { id: 'groups', label: t(lang, 'report.duplicates.groups'), count: groups },
        { id: 'rows', label: t(lang, 'report.duplicates.rows'), count: rows },
        { id: 'merged', label: t(lang, 'report.duplicates.merged'), count: merged },
        ...(ownerConflicts === undefined ? [] : [{ id: 'ownerConflicts', label: t(lang, 'report.duplicates.ownerConflicts'), count: ownerConflicts }]),
        ...(possibleOwnerConflicts ? [{ id: 'possibleOwnerConflicts', label: t(lang, 'report.duplicates.possibleOwnerConflicts'), count: possibleOwnerConflicts }] : []),
        ...(seenByCarers ? [{ id: 'seenByCarers', label: t(lang, 'report.duplicates.seenByCarers'), count: seenByCarers }] : []),
      ],
    });
  }

  if (input.reminders) {
    const tally = new Tally();
    const what = dueWhat(input.reminders);
    const renewal = dueRenewal(input.reminders);
    // Anniversaries only where the sheet keeps them (an Indian account list's Date of Anniversary): a
    // 0 for a column no sheet of the kind has is no news.
    const anniversaries = records.some((r) => r.fields.anniversary !== undefined);
    // Children's birthdays likewise only where the sheet keeps its customers' children (宝宝生日).
    const children = records.some((r) => r.children !== undefined);
    // Packages running low only where the sheet counts what is left (剩余课时): a B2B list has no lessons.
    const counted = records.some((r) => r.fields.remaining !== undefined);
    // Booked days only where the sheet keeps them (开庭日期, 考试日期).
    const booked = records.some((r) => r.fields.appointment !== undefined);
    const shown = (kind: ReminderKind) => (kind !== 'anniversary' || anniversaries) && (kind !== 'childBirthday' || children) && (kind !== 'remaining' || counted) && (kind !== 'appointment' || booked) && kind !== 'owed';
    // Money owed is counted by its column's word (Arrears (£) still owed: kindKey), never as a 0 of a kind.
    const bookedFor = bookedWhat(input.reminders);
    for (const kind of REMINDER_KINDS) if (shown(kind)) tally.ensure(kind, reminderKindText(lang, kind, kind === 'appointment' ? bookedFor : what, renewal));
    // A balance owed after its day (尾款未结清) is counted after the kinds of the day itself.
    const owed = input.reminders.filter((r) => r.reason.code === 'remind.reason.owedAfterEvent');
    for (const r of input.reminders) if (r.reason.code !== 'remind.reason.owedAfterEvent') tally.add(kindKey(r, what, renewal), reminderKindLabel(lang, r));
    for (const r of owed) tally.add(kindKey(r, what, renewal), reminderKindLabel(lang, r));
    // The kinds in their defined order (birthday, contract … dormant), as the summary lists them.
    sections.push({ id: 'reminders', title: 'report.section.reminders', series: tally.ordered() });
    // Said right under the reminders, so a shorter list is not mistaken for fewer customers due; in a
    // table of its own, as the reminders by kind add up to the reminders raised (9, not 9 and 3 not raised).
    const silenced: ReportSeries[] = [];
    for (const standing of STANDINGS) {
      const count = input.remindersSilenced?.[standing] ?? 0;
      if (count > 0) silenced.push({ id: `silenced.${standing}`, label: t(lang, 'report.reminders.silenced', { standing: t(lang, `remind.standing.${standing}`) }), count });
    }
    if ((input.remindersRenewed ?? 0) > 0) silenced.push({ id: 'silenced.renewed', label: t(lang, 'report.reminders.renewed'), count: input.remindersRenewed ?? 0 });
    // Said as the summary says it: a manager reading only the workbook learns why a birthday is missing.
    if ((input.remindersOptedOut ?? 0) > 0) silenced.push({ id: 'silenced.optedOut', label: t(lang, 'report.reminders.optedOut'), count: input.remindersOptedOut ?? 0 });
    // The count each owner's list points to ("见报表"): the long lost, for a win-back list.
    const lost = input.remindersLost;
    if (lost && lost.count > 0) silenced.push({ id: 'notListed.lost', label: t(lang, 'report.reminders.lost', { days: lost.afterDays ?? 0 }), count: lost.count });
    // Fees and contracts long ended (物业费到期 two months ago), owing nothing: one count, each owner's beside it.
    const expired = input.remindersExpired;
    if (expired && expired.count > 0) {
      // "Nothing owed" only where a column of money owed was there to say so, as the summary's line (cli/summary.ts).
      const label = input.owedColumn ? 'report.reminders.expired' : 'report.reminders.expiredNoOwed';
      silenced.push({ id: 'notListed.expired', label: t(lang, label, { days: expired.afterDays ?? 0 }), count: expired.count });
      for (const o of expired.byOwner) silenced.push({ id: `notListed.expired.${o.owner}`, label: t(lang, 'report.reminders.expiredOf', { owner: o.owner === '' ? t(lang, 'remind.owner.unassigned') : o.owner, days: expired.afterDays ?? 0 }), count: o.count });
    }
    if (silenced.length > 0) sections.push({ id: 'reminders.silenced', title: 'report.section.remindersSilenced', series: silenced });
  }

  return { sections };
}

/** buildReport, with the run's memos (text/run-memos.ts): a run of its own when a host or a bench calls it alone. */
export function buildReport(...args: Parameters<typeof buildReportWithin>): ReturnType<typeof buildReportWithin> {
  return withRunMemos(() => buildReportWithin(...args));
}
