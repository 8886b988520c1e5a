/**
 * The second half of a run, on the cleaned rows: duplicate groups (and the merge a person accepted),
 * classification, reminders and the report, plus the columns that show them in the sheet.
 */
import { inYearlyFees, yearlyFeeOf, yearlyFeeProblem, yearlyFeeReasons } from './yearly-fees';
import { packageRenews } from '../remind/rules/remaining';
import type { Table } from '../table/table';
import { EMPTY, type Cell } from '../table/cell';
import { formatIso, toDayNumber, type CivilDate } from '../table/civil-date';
import { withRegisterNotes } from './register-ids';
import { withOrderIdKind } from './order-id-kind';
import { ownedByTab, recordsAfter, toRecords, type ChildColumns, type ContactColumns, type CustomerRecord } from '../table/records';
import { rowFingerprints } from '../dedupe/fingerprint';
import { rowKeys } from './hand-set-classes';
import { ownerAliases, withOwnerAliases } from '../table/owner-aliases';
import { shiftDecimal } from '../normalize/decimal';
import type { FieldId } from '../schema/fields';
import type { AmbiguousDatePolicy, Settings } from '../settings/types';
import { t } from '../i18n';
import { LANGS } from '../i18n/define';
import type { Lang } from '../i18n/define';
import type { CellIssue, SheetProblem } from './issue';
import type { AddedColumn, Plan } from './types';
import { findDuplicates, PARALLEL_RECORD_REASONS } from '../dedupe/find-duplicates';
import { eventDayKeyOf, eventDayOf } from '../dedupe/event-day';
import { isServiceRoleHeader, isShopClerkHeader } from '../schema/service-roles';
import { isProviderHeader } from '../schema/staff-names';
import { namePersonToCall, numberHeadersOf } from '../remind/call-whom';
import { nameCarers } from '../remind/name-carer';
import { namePets } from '../remind/name-pet';
import { nameCompanySwapIssues } from '../dedupe/name-company-swap';
import { notedCoOwners } from '../dedupe/noted-co-owners';
import { customerOwners, withCoOwners } from './customer-owners';
import { withDeclaredCoOwners, withTypedOwners } from '../dedupe/declared-co-owners';
import { customersAreChildren } from '../schema/header-map';
import { namesOwnCompany } from '../schema/own-company';
import { namesCreditGrade } from '../schema/credit-header';
import { namesLoyaltyLevel } from '../schema/loyalty-header';
import { planMerge, proposedFills, recordCopies, type MergeFills, type MergeOptions } from '../dedupe/merge';
import { carriedMergedColumn, mergedNotes } from '../dedupe/merged-column';
import { mergedAwayByCustomer, mergedAwayDays } from '../remind/merged-away';
import { marksMovedByMerge } from '../dedupe/not-duplicates';
import { accountColumns, oneAccountOf } from '../dedupe/accounts';
import { onePetOf } from '../dedupe/pets';
import { unreadColumns } from '../dedupe/unread-columns';
import { isOwedIn } from '../dedupe/owed';
import type { ArchivedRow, Confidence, DuplicateGroup, MergePlan } from '../dedupe/types';
import { runTitles } from '../schema/run-columns';
import { classify, type ClassifiedRow, type ClassifyResult } from '../classify/classify';
import type { SheetColumns } from '../classify/rule-columns';
import { allInOneLevel } from '../classify/one-level';
import { joinedTotals } from './joined-totals';
import { consentConflicts } from './consent-conflicts';
import { newerPhones, withNewerNumbers } from './newer-phones';
import { chasedCompanies, dealRows, isDealList } from './deal-list';
import { isSubscriptionList, subscriptionRows } from './subscription-list';
import { visitsAreTreatments, withVisitsAsPurchases } from './patient-visits';
import { closingDayHeader, withClosingDays } from './closing-day';
import { withOrdersOfOne } from './orders-of-one';
import { customerView, differentOrders, isOrderList, oneCustomerWrittenTwice, liveOrders, ordersOf, rowsEndedAlone, type CustomerView } from './order-list';
import { withRowOnlyRemarks } from './ended-alone';
import { nameContracts } from '../remind/name-contract';
import { insuredNameCol } from '../schema/insured-columns';
import { displayText } from '../text/fold';
import { namesPolicies } from './policy-list';
import { orderNumberClashIssues } from './order-number-clash';
import { PER_DEAL, PER_ORDER, remindOrderList } from '../remind/per-order';
import { BUILTIN_DIMENSIONS, labelText, type BuiltinDimension } from '../classify/labels';
import { reasonText, type Reason } from '../classify/reason';
import { quotedBy } from '../classify/quoted-reasons';
import { ownersOfColumn, remind, type ExtraDue, type PossibleCopies, type SameCustomer } from '../remind/remind';
import { oneSilencePerCustomer } from '../remind/one-silence';
import { resolveRemindSettings } from '../remind/settings';
import type { SameCustomerRows } from '../remind/same-customer';
import type { YearlessOrders } from '../remind/types';
import { isNicknameHeader } from '../dedupe/keys/screen-name';
import { ownerConflictTexts, possibleOwnerConflictTexts, reasonTexts } from '../dedupe/reason-text';
import { buildReport } from '../report/build-report';
import { DEBT_PAYMENT, dueLabelIn, isCompletion } from '../remind/due-label';
import { withoutDocumentEnd } from './document-end';
import { aheadFields, classifyContextOf, keepsPolicies } from './classify-context-of';
import { latestOverRecords } from './records-together';
import { creditTermDues } from './credit-term-due';
import { isInvoiceDueHeader } from '../schema/collection-list';
import { withTermEnds } from '../remind/term-end';
import { isVisitRecordHeader, withVisitsDone } from '../remind/visit-done';
import { doubtfulAmounts, doubtfulCellsOf, explainDoubtful, withoutDoubtful } from './doubtful-amounts';
import { copiesTogether, onEveryCopy } from './copy-classes';
import { withoutMended, wrongCells } from './wrong-values';
import { heldElsewhere, type MoneyReading } from './held-elsewhere';
import { owedRows } from './owed-rows';
import { owedAmounts } from './owed-amounts';
import { spendOverRecords } from './records-spend';
import { separateAccountRows, withOwnValues, withoutAccountRows } from './own-accounts';
import { withAccountLifecycle } from '../classify/account-lifecycle';
import { namelessLacks } from '../validate/nameless-words';
import { runColumns } from '../schema/run-columns';
import { classesNoLongerFed, earlierClassColumns } from './stale-class-columns';
import type { PhoneReadings } from '../normalize/phone';
import { withRunMemos } from '../text/run-memos';
import { carriesRunningTotals, runningTotalColumns } from '../schema/running-totals';

export interface AnalyzeInput {
  /** The table as read, for the archive: merged-away rows are kept with their values as typed. */
  original: Table;
  cleaned: Table;
  fieldCols: Partial<Record<FieldId, number>>;
  /** Extra columns of fields held in several columns (a second phone): read for duplicates. */
  extraCols?: Partial<Record<FieldId, number[]>>;
  /** The further people of each row (联系人2 | 电话2, the bride): compared for duplicates and kept whole by a merge. */
  contacts?: readonly ContactColumns[];
  /** The customer's children of each row (宝宝姓名 | 宝宝生日): read for their birthdays only. */
  children?: readonly ChildColumns[];
  issues: readonly CellIssue[];
  settings: Settings;
  /** The headers the host recorded as an earlier run's own columns (Grid.ownColumns). */
  recorded?: readonly string[];
  today: CivilDate;
  /** Confidences of the groups to merge; empty or absent: propose only. */
  merge?: readonly Confidence[];
  /** The rows an earlier run of this same merge archived: input row → its line's day (MergeOptions.archivedOn). */
  archivedOn?: ReadonlyMap<number, string | null>;
  /** The power of ten the amount column is written in (金额（万元）: 4); classes and the report count whole units. */
  amountUnit?: number;
  /** How the term column's dates are read (its order, its 民國 years); the sheet's settings when absent. */
  termDates?: Settings['dates'];
  /** The order the follow-up, birthday and anniversary columns' year-less dates (05/12) are read in; the sheet's settings' when absent. */
  yearlessOrders?: YearlessOrders;
  /** The rep the tab stands for when the sheet has no owner column (schema/tab-owner.ts): he owns every row. */
  tabOwner?: string | null;
  /** The columns read with a currency or decimal mark of their own; the sheet's settings' elsewhere. */
  columnMoney?: ReadonlyMap<number, MoneyReading>;
  /** The phone texts the cleaning read (CleanedSheet.phones): the duplicate finder reads through them. */
  phones?: PhoneReadings;
  /** The headers of the columns the run left unread (left-unread.ts), one of which may be a renamed column an earlier run read. */
  unreadHeaders?: readonly string[];
  /** The columns the user's rules may name by header, and those they read as typed (欠款 → its column): the records carry their cells. */
  ruleColumns?: { sheet: SheetColumns; read: ReadonlyMap<string, number> };
}

export type Analysis = Pick<Plan, 'duplicates' | 'merge' | 'classification' | 'reminders' | 'report' | 'orderList' | 'rowKeys'> & {
  addedColumns: AddedColumn[];
  /** What the run has to say of the user's own marks (a not-duplicates mark naming a row since edited). */
  problems: SheetProblem[];
  /** Cell issues the duplicate groups found (a name and a company swapped on a row), in sheet order. */
  issues: CellIssue[];
  /** An order list's rows whose remark ends that row alone (已退保 of one policy): their customer holds another in force. */
  endedAlone?: ReadonlySet<number>;
};

/** Every reminded column's year-less dates in the sheet's one order. */
const sheetOrders = (order: AmbiguousDatePolicy): YearlessOrders => ({ nextFollowUp: order, birthday: order, anniversary: order });

/** The second half of a run (see the banner), with the run's memos (text/run-memos.ts): a run of its own when called alone. */
export function analyze(input: AnalyzeInput): Analysis {
  return withRunMemos(() => analyzeWithin(input));
}

function analyzeWithin({ original, cleaned, fieldCols, extraCols, contacts = [], children = [], issues, settings, recorded, today, merge, archivedOn, amountUnit = 0, termDates = settings.dates, yearlessOrders = sheetOrders(settings.dates.ambiguous), tabOwner, columnMoney, phones, unreadHeaders = [], ruleColumns }: AnalyzeInput): Analysis {
  const lang = settings.language;
  // A rep's tab (王磊) owns its rows as the check across the workbook's tabs reads them: his reminders, his 撞单.
  const ruleCols = ruleColumns?.read;
  const own = ownedByTab(toRecords(cleaned, fieldCols, extraCols, contacts, ruleCols, children), tabOwner);
  // wanglei@corp.cn alone is 王磊 where the sheet writes 王磊（wanglei@corp.cn）(owner-aliases.ts).
  const aliases = ownerAliases(own);
  const records = withOwnerAliases(own, aliases);
  // A sales ledger: one row per order (order-list.ts). Two orders are no duplicates; classes,
  // reminders and the report count customers, each made of his orders.
  const orderList = isOrderList(records, fieldCols, cleaned.headers, settings.phone.defaultRegion);
  // A deals export (deal-list.ts): each company of its deals, a won deal's close date its purchase, an open one's its follow-up.
  const deals = orderList && isDealList(cleaned.headers);
  // A subscriptions export (subscription-list.ts): a canceled one paid and ended, a period end due only where it ends the
  // subscription; a trial, unpaid as yet, still reminded of its end (its rows say what to remind: no liveOrders).
  const subscriptions = orderList && !deals && isSubscriptionList(cleaned.headers);
  // A policy book kept one row per policy (policy-list.ts).
  const policies = orderList && !deals && !subscriptions && namesPolicies(fieldCols.orderId === undefined ? undefined : cleaned.headers[fieldCols.orderId]);
  const titles = runTitles(settings.classify.custom, recorded);
  // A customer an earlier run merged keeps his owner cell as typed (王磊/刘洋) and the rest of his reps
  // in its 合并记录 note (陈静): read back, they are still reminded, counted in the report's owner table
  // and no 撞单 (customer-owners.ts: one reading wherever owners are listed per customer).
  const noted = notedCoOwners(cleaned, titles);
  const sharing = withCoOwners(records, noted);
  // Values the run flagged as wrong (1.38123E+10): no value to the survivor rules, none a merge keeps over a duplicate's valid one.
  const wrong = wrongCells(issues);
  const { otherLines, ...unread } = unreadOf(cleaned, fieldCols, extraCols ?? {}, settings.phone.defaultRegion, settings.dates.ambiguous, titles);
  const ownerHeader = fieldCols.owner === undefined ? undefined : cleaned.headers[fieldCols.owner];
  const serviceRole = typeof ownerHeader === 'string' && isServiceRoleHeader(ownerHeader) ? ownerHeader.trim() : undefined;
  const writtenTwice = orderList ? oneCustomerWrittenTwice(sharing, settings.phone.defaultRegion, deals) : null;
  // A row's 协同人 shares the customer with its owner: the two are no 撞单 (dedupe/declared-co-owners.ts).
  const found = findDuplicates(withDeclaredCoOwners(sharing), settings.dedupe, {
    defaultRegion: settings.phone.defaultRegion,
    ...(phones ? { phones } : {}),
    today: formatIso(today),
    wrong: (row: number, field: FieldId) => fieldCols[field] !== undefined && wrong.get(row)?.has(fieldCols[field]!) === true,
    notDuplicates: settings.notDuplicates,
    // A school's roster (家长电话, 家长姓名): siblings and twins share the parent's phone and address.
    children: customersAreChildren(cleaned.headers, titles),
    // A 档口 list that knows its buyers only by their WeChat nicknames (微信昵称 read as the name).
    screenNames: fieldCols.name !== undefined && isNicknameHeader(cleaned.headers[fieldCols.name]),
    // Two 班主任 or two doctors of one customer are co-carers, never a 撞单 (schema/service-roles.ts).
    ...(serviceRole !== undefined ? { serviceRole } : {}),
    // A member list's rows carry running totals (到店次数, 累计消费): a member typed twice under two of them is a copy.
    ...(serviceRole !== undefined ? { oneRowPerCustomer: carriesRunningTotals(cleaned, runningTotalColumns(cleaned.headers, fieldCols), fieldCols.customerId) } : {}),
    // Two lines of one order (抖店's 子订单编号 under one 主订单编号) are two records of the order list,
    // as two orders are: only an order, or a line, typed twice is a copy.
    // Two orders of one customer written two ways (two customer IDs, one Gmail box typed twice) are
    // shown together as his records (order-list.ts oneCustomerWrittenTwice), never merged.
    ...(orderList ? { apart: (a: CustomerRecord, b: CustomerRecord) => (differentOrders(a, b, settings.phone.defaultRegion) && !writtenTwice!(a, b)) || otherLines([a, b]) !== null } : {}),
    ...unread,
  });
  // Two instructors or doctors on one client typed twice: seen by both, no 撞单 between reps (tester h71).
  // A practice's Provider of clinicians too, whose rows stay copies a merge takes (it is no serviceRole).
  // A shop's 店员 too: a customer two clerks each registered once was served by both (tester h72).
  const staffOwner = serviceRole ?? (typeof ownerHeader === 'string' && (isProviderHeader(ownerHeader) || isShopClerkHeader(ownerHeader)) ? ownerHeader.trim() : undefined);
  withTypedOwners(found.groups, sharing);
  if (staffOwner !== undefined) for (const g of found.groups) if (g.ownerConflict) g.ownerConflict = { ...g.ownerConflict, carers: staffOwner };
  // Two register numbers (客户编号 C001 / C002) and a debt on both rows, said in the group's reasons (register-ids.ts).
  const readCols = new Set(Object.values(fieldCols));
  // A policy book's Policy # says "same policy number", not "same order number" (order-id-kind.ts).
  const byKind = fieldCols.orderId === undefined ? found.groups : withOrderIdKind(found.groups, cleaned.headers[fieldCols.orderId]);
  // An order list's group of one customer written two ways is his orders, not contracts to keep apart (orders-of-one.ts);
  // a policy book's keeps the core's words, which name policies.
  const named = orderList && !policies ? withOrdersOfOne(byKind, deals ? 'deals' : subscriptions ? 'subscriptions' : 'orders') : byKind;
  const duplicates = { ...found, groups: withRegisterNotes(named, cleaned, fieldCols, (col) => readCols.has(col), { currency: settings.amount.currency, decimal: settings.amount.decimalSeparator ?? '.' }) };
  // A row typed with its name and company swapped, found beside its right-way copy: said in its name cell.
  const swapIssues = nameCompanySwapIssues(duplicates.groups, records, fieldCols);
  const allIssues = swapIssues.length === 0 ? issues : [...issues, ...swapIssues].sort((a, b) => a.sheetRow - b.sheetRow || a.col - b.col);
  // An amount the run flagged as doubtful counts for nothing until the user confirms it (doubtful-amounts.ts),
  // nor does a merge give it to the kept row as if confirmed.
  // A fee per period (月服务费) counts as a year of fees for the classes and the report (yearly-fees.ts).
  const yearlyFee = yearlyFeeOf(cleaned.headers, fieldCols.amount);
  const doubtful = doubtfulAmounts(issues, fieldCols.amount);
  const doubtfulCells = doubtfulCellsOf(doubtful, fieldCols.amount);
  const mergePlan = merge && merge.length > 0
    ? withOriginalValues(planMerge(cleaned, fieldCols, duplicates.groups, { language: lang, accept: [...merge], defaultRegion: settings.phone.defaultRegion, ...(phones ? { phones } : {}), extraCols, contacts, ruleTitles: titles, today: formatIso(today), doubtful: doubtfulCells, wrong, money: { currency: settings.amount.currency, decimal: settings.amount.decimalSeparator ?? '.' }, ...(archivedOn ? { archivedOn } : {}) }), original)
    : null;
  // Classes, reminders and the report describe the sheet as it will be: after an accepted merge, one
  // customer per group (with the survivor's filled cells), not the rows that leave for the archive.
  // Before one, a customer typed twice is counted on the row a merge would keep (onePerGroup below),
  // with the values the merge would give that row (its blank amount and purchase day filled from the
  // copy, the later contact day): his class, reminders and spending then read from the same cells, and
  // the report reads the same before and after --merge.
  const proposed = mergePlan ? null : wouldMerge(cleaned, fieldCols, duplicates.groups, { language: lang, defaultRegion: settings.phone.defaultRegion, ...(phones ? { phones } : {}), extraCols, contacts, ruleTitles: titles, today: formatIso(today), doubtful: doubtfulCells, wrong, money: { currency: settings.amount.currency, decimal: settings.amount.decimalSeparator ?? '.' } });
  const after = mergePlan ? merged(cleaned, mergePlan) : proposed ? filledIn(cleaned, proposed) : cleaned;
  // A 合同期限 column's end stands in for a contract-end cell the row lacks (remind/term-end.ts).
  // A 回访日期 its 回访记录 shows done is the row's last contact (remind/visit-done.ts).
  const afterRecords = withVisitsDone(withTermEnds(
    withoutDoubtful(inYearlyFees(inWholeUnits(after !== cleaned ? recordsAfter(cleaned, after, records, (table) => withOwnerAliases(ownedByTab(toRecords(table, fieldCols, extraCols, contacts, ruleCols, children), tabOwner), aliases)) : records, amountUnit), yearlyFee), doubtful),
    fieldCols,
    termDates.era === undefined ? { ambiguous: termDates.ambiguous, today } : { ambiguous: termDates.ambiguous, today, era: termDates.era },
  ), after, fieldCols, today);
  const removed = new Set(mergePlan?.removeRows ?? []);
  // One customer's separate records (two courses, two 病历号), never merged: he spent their sum, which
  // his kept record is classed and counted on (records-spend.ts; no cell is written). A record pasted
  // twice counts once. An order list's customer already spent his orders' sum.
  const pastedRecords = orderList ? new Set<number>() : recordCopies(after, duplicates.groups, titles);
  const spent = orderList ? null : spendOverRecords(afterRecords, duplicates.groups, pastedRecords);
  // An estate agent's Closing Date, no deal's forecast, is the customer's booked day (closing-day.ts).
  const closingHeader = orderList ? undefined : closingDayHeader(cleaned.headers, fieldCols);
  const spentRecords = closingHeader !== undefined ? withClosingDays(spent ? spent.records : afterRecords) : spent ? spent.records : afterRecords;
  // A customer (in an order list: an order) typed twice and not merged yet, an exact or likely
  // group, is one: counted, summed and reminded once, on the row a merge would keep.
  // An order list's customer already holds his orders (customerView): a group of his records there
  // (two subscriptions under two customer IDs) counts each order, not one of them.
  const same = sameCustomer(orderList ? duplicates.groups.filter((g) => !g.records) : duplicates.groups, removed);
  const single = same.size > 0 ? onePerGroup(spentRecords, same) : spentRecords;
  const orderRows = deals ? dealRows(single, fieldCols, formatIso(today)) : subscriptions ? subscriptionRows(single, cleaned, extraCols) : single;
  const view = orderList ? withCopies(customerView(orderRows, fieldCols, settings.phone.defaultRegion, deals, keepsPolicies(cleaned.headers, fieldCols)), afterRecords, single, same) : null;
  // One order number on two people, kept two customers: said on the later one's number (order-number-clash.ts).
  const clashIssues = view ? orderNumberClashIssues(view.clashes, records, fieldCols, cleaned.headers) : [];
  const customers = view ? view.customers : spentRecords;
  const endedAlone = view ? rowsEndedAlone(afterRecords, view.rowsOf) : undefined;
  const counted = view ? customers : single;
  const countedRows = counted === customers ? null : new Set(counted.map((r) => r.sheetRow));
  // One person's separate accounts (two member cards) are each classed on their own values (own-accounts.ts).
  const accounts = view ? new Set<number>() : separateAccountRows(duplicates.groups);
  // RFM ranks each customer once too: a copy not merged yet takes the scores of the row a merge keeps.
  const copies = countedRows ? withoutAccountRows(customerRows(customers, countedRows, same), accounts) : undefined;
  // A contract-end column of what else ends (疫苗到期, 会员卡到期): its reminders name it, and a
  // service still to come (保养到期) keeps its customer from churned.
  const endCol = fieldCols.contractEnd ?? fieldCols.contractTerm;
  const endHeader = endCol === undefined ? undefined : cleaned.headers[endCol];
  const mainHeader = typeof endHeader === 'string' ? endHeader.trim() : undefined;
  const ends = dueLabelIn(mainHeader, cleaned.headers);
  // Each further due column (年检到期 beside 保险到期) is reminded in its own words.
  const extraDues = (extraCols?.contractEnd ?? []).map((col): ExtraDue => {
    const header = (cleaned.headers[col] ?? '').trim();
    return { header, label: dueLabelIn(header, cleaned.headers) };
  });
  const classifyContext = classifyContextOf(cleaned, fieldCols, ends, extraDues);
  // One customer's records (two cars, two pets) are classed by the latest day and the orders of all
  // of them, on his kept record (records-together.ts); his account rows stay each his own.
  const acrossRecords = view ? null : latestOverRecords(customers, duplicates.groups.filter((g) => !accounts.has(g.survivor)), pastedRecords, toDayNumber(today), aheadFields(classifyContext));
  // A document's expiry (驾驶证到期, Passport Expiry) read as the sheet's only due is no contract: the
  // customer is classed by what he bought, never as one whose contract runs (due-label.ts isDocument).
  const classedRecords = withoutDocumentEnd(acrossRecords ? acrossRecords.records : customers, ends);
  const classifiedRecords = withOwnValues(classedRecords, afterRecords, accounts, duplicates.groups, spent?.sums);
  // A customer company's contacts are one account: each takes its lifecycle (classify/account-lifecycle.ts).
  const companySheet = namelessLacks(cleaned.headers, fieldCols) !== undefined;
  // A practice's patient seen at his last visit was treated: the classes read that visit as his last purchase (patient-visits.ts).
  const classifiedCustomers = yearlyFeeReasons(explainDoubtful(withAccountLifecycle(classify(visitsAreTreatments(cleaned.headers, fieldCols) ? withVisitsAsPurchases(classifiedRecords) : classifiedRecords, settings.classify, today, countedRows ?? undefined, copies, fieldCols.tier !== undefined && namesCreditGrade(cleaned.headers[fieldCols.tier]), ruleColumns?.sheet, { ...classifyContext, loyaltyTier: fieldCols.tier !== undefined && namesLoyaltyLevel(cleaned.headers[fieldCols.tier]) }), acrossRecords ? acrossRecords.records : customers, companySheet), doubtful), yearlyFee);
  // Each order row shows its customer's classes, and so does each row of a customer typed twice and
  // not merged yet: the report counts him once, in the classes of the row a merge keeps (copy-classes.ts).
  const classified = view
    ? { ...classifiedCustomers, rows: onEveryOrder(classifiedCustomers.rows, view.rowsOf) }
    : copies ? { ...classifiedCustomers, rows: onEveryCopy(classifiedCustomers.rows, copies) } : classifiedCustomers;
  // Each field's column by its own header: the report's notes and the stale reason (最近签到) name it so.
  const fieldHeaders = closingHeader !== undefined ? { ...headersOf(cleaned, fieldCols), appointment: closingHeader } : headersOf(cleaned, fieldCols);
  // 剩余课时 or Lessons Remaining: its reminder says the count in the sheet's own word.
  const remainingHeader = fieldCols.remaining === undefined ? undefined : cleaned.headers[fieldCols.remaining];
  // A company column naming another party (开户行, 快递公司, a pupil's 学校名称) makes no account of its rows' contracts.
  const companyHeader = fieldCols.company === undefined ? undefined : cleaned.headers[fieldCols.company];
  const accountsByCompany = typeof companyHeader !== 'string' || namesOwnCompany(companyHeader, { pupils: customersAreChildren(cleaned.headers, titles) });
  // What rows merged away (now or by an earlier merge) planned or said of a day, as the kept row's note
  // says it: another rep's follow-up, another birthday; each still reminded.
  const mergedAway = mergedAwayDays(mergedNotes(cleaned, mergePlan?.mergedColumn?.values, titles), cleaned.headers, fieldCols);
  // A merged customer's co-owners (王磊/刘洋 kept, 王磊/陈静 folded, or noted by an earlier merge) each hear of him, as before the merge.
  const owning = <R extends CustomerRecord>(recs: readonly R[]): readonly R[] => withCoOwners(recs, noted, mergePlan?.coOwners);
  // A company of a deals export with no open deal is chased by no stale reminder; an overdue deal's
  // follow-up stands for its company's stale one (deal-list.ts, remind/one-silence.ts).
  const remindSettings = resolveRemindSettings(settings.remind);
  const { stale } = remindSettings.settings;
  const remindedCustomers = view && deals ? chasedCompanies(customers, view.rowsOf, orderRows, stale.fields) : customers;
  // One situation, one reminder per customer of an order list too: his orders' follow-ups and contracts
  // come from a pass of their own (per-order.ts), his stale reminder from his; raised with every stale
  // record listed, the long-lost ones are taken out after (one-silence.ts), and the settings' own errors said.
  // A 经销商's 账期(天) beside its 最近进货, with no due column: each debt falls due a term after the purchase.
  const termDues = view ? null : creditTermDues(customers, after, fieldCols);
  const listEveryStale = { ...settings.remind, stale: { ...settings.remind.stale, lostAfterDays: null } };
  const reminders = view
    ? {
      ...oneSilencePerCustomer(remindOrderList(owning(remindedCustomers), owning(deals || subscriptions ? orderRows : liveOrders(orderRows)), listEveryStale, today, {
        customerClasses: classifiedCustomers, orderClasses: classified, dueLabel: ends, extraDues, yearlessOrders, mainHeader,
        perOrderRules: deals ? PER_DEAL : PER_ORDER, fieldHeaders,
        mergedAway: { byCustomer: mergedAwayByCustomer(mergedAway, view.customers, view.rowsOf), byRow: mergedAway },
      }), view.rowsOf, ownersOfColumn(orderRows), stale.enabled ? stale.lostAfterDays : null),
      errors: remindSettings.errors,
    }
    : remind(owning(termDues ?? customers), settings.remind, today, {
      classification: classifiedCustomers, sameCustomer: same, dueLabel: termDues ? DEBT_PAYMENT : ends, extraDues, yearlessOrders, mainHeader,
      possibleCopies: possibleCopies(duplicates.groups, removed), accountsByCompany, mergedAway,
      remainingWord: typeof remainingHeader === 'string' ? remainingHeader.trim() : undefined, fieldHeaders,
      ...(classifyContext.oneOffPurchases ? { oneOffPurchases: true } : {}),
      ...(remainingHeader !== undefined && !packageRenews(cleaned.headers) ? { remainingNoRenewal: true } : {}),
      owedRows: owedRows(after, fieldCols, { currency: settings.amount.currency, decimal: settings.amount.decimalSeparator ?? '.' }, columnMoney),
      // What each row still owes: said with a payment due (尾款 26640 未结清), and what is left to collect
      // after a day held (婚期) or a project handed over (已竣工).
      owedAmounts: owedAmounts(after, fieldCols, { currency: settings.amount.currency, decimal: settings.amount.decimalSeparator ?? '.' }, columnMoney),
      // A debt's due date is reminded while the row owes, on a sheet that says what is owed.
      ...(termDues || (isInvoiceDueHeader(mainHeader) && cleaned.headers.some((h) => isOwedIn(h, cleaned.headers))) ? { dueWhileOwed: true } : {}),
    });
  // A balance not chased as the remark says the job is done or paid (已完成, 已结清): said on the remark.
  const settledIssues: CellIssue[] = fieldCols.notes === undefined ? [] : (('settled' in reminders ? reminders.settled : undefined) ?? []).map((r): CellIssue => ({
    code: 'rule.noteSaysSettled', severity: 'info', rule: 'notes.settled', sheetRow: r.sheetRow, col: fieldCols.notes!, field: 'notes', params: { value: r.remark },
  }));
  // A pupil's reminders name the parent to call (家长 王建国 13800138000), on the parent's column's number.
  namePersonToCall(reminders.reminders, customers, lang, numberHeadersOf(cleaned.headers, fieldCols, extraCols));
  // The pet a vet's reminder is about (Kathleen OConnor (pet Rex)).
  if (fieldCols.petName !== undefined) namePets(reminders.reminders, customers, lang);
  // The doctor or coach beside the rep the reminder goes to (何静（主治医生 李医生）).
  nameCarers(reminders.reminders, customers, [fieldCols.carer, ...(extraCols?.carer ?? [])].filter((c): c is number => c !== undefined).map((c) => String(cleaned.headers[c] ?? '').trim()), lang);
  // A policy list's customer with several policies: each policy's reminder names it (重疾险 P2021000123).
  if (view && !deals) {
    const insuredCol = insuredNameCol(cleaned.headers, fieldCols.name, (col) => readCols.has(col));
    const bySheetRow = insuredCol === undefined ? null : new Map(cleaned.rows.map((r) => [r.sheetRow, r]));
    const insuredOf = (sheetRow: number) => displayText(bySheetRow?.get(sheetRow)?.cells[insuredCol!]).trim();
    nameContracts(reminders.reminders, orderRows, view.rowsOf, lang, insuredCol === undefined ? undefined : insuredOf);
  }
  // The what-if compares customers too (classify's `compared`), not a customer's two rows twice.
  const whatIf = classifiedCustomers.whatIf;
  const report = buildReport(
    {
      records: counted,
      // Each counted under every rep his reminders go to, as the same view and groups make them.
      owners: view ? customerOwners(owning(counted), []) : customerOwners(owning(counted), owning(spentRecords), same),
      classification: countedRows ? { ...classifiedCustomers, rows: classifiedCustomers.rows.filter((r) => countedRows.has(r.sheetRow)) } : classifiedCustomers,
      ...(counted.length < customers.length ? { rows: customers.length } : {}),
      ...(view ? {} : { possibleDuplicates: possibleDuplicates(duplicates.groups, counted) }),
      issues: withRowOnlyRemarks(removed.size > 0 ? withoutMended([...allIssues, ...settledIssues, ...clashIssues].filter((i) => !removed.has(i.sheetRow)), mergePlan) : [...allIssues, ...settledIssues, ...clashIssues], endedAlone),
      duplicates: {
        groups: duplicates.groups.length,
        rows: duplicates.groups.reduce((n, g) => n + g.rows.length, 0),
        merged: mergePlan?.stats.rowsArchived ?? 0,
        ownerConflicts: duplicates.groups.filter((g) => g.ownerConflict && g.ownerConflict.carers === undefined).length,
        possibleOwnerConflicts: duplicates.groups.filter((g) => g.possibleOwnerConflict).length,
        seenByCarers: duplicates.groups.filter((g) => g.ownerConflict?.carers !== undefined).length,
      },
      reminders: reminders.reminders,
      remindersSilenced: reminders.silenced,
      remindersRenewed: reminders.renewed,
      remindersOptedOut: reminders.optedOut,
      remindersLost: reminders.lost,
      remindersExpired: reminders.expired,
      owedColumn: unreadHeaders.some((h) => isOwedIn(h, cleaned.headers)),
      headers: fieldHeaders,
      ...(cleaned.headingRegions !== undefined && fieldCols.province === undefined ? { regionsFromHeadings: true } : {}),
      ...(view ? { orders: afterRecords.length } : {}),
      ...(fieldCols.amount !== undefined || cleaned.amountParts !== undefined ? { spend: spendOf(counted), amountUnit, ...(yearlyFee ? { amountPerYear: yearlyFee.times } : {}), doubtfulAmounts: counted.filter((r) => doubtful.has(r.sheetRow)).length } : {}),
    },
    lang,
  );
  const shownRow = rowsAfterRemoval(mergePlan?.removeRows ?? []);
  const headerOfDay = (field: FieldId, extra?: number) =>
    extra === undefined ? fieldHeaders[field] ?? '' : (cleaned.headers[extraCols?.contractEnd?.[extra] ?? -1] ?? '').trim();
  // A due date taken from another record is named where the kept row's reasons quote it (保养 2027-03-02 到期).
  const keptRows = acrossRecords && acrossRecords.together.size > 0
    ? new Map(classifiedCustomers.rows.filter((r) => acrossRecords.together.has(r.sheetRow)).map((r) => [r.sheetRow, r]))
    : null;
  const cited = (kept: number, date: string) => keptRows?.get(kept)?.reasons.some((r) => Object.values(r.params).includes(date)) === true;
  const together = view ? ordersTogether(lang, view.rowsOf) : copiesTogether(lang, duplicates.groups, copies ?? new Map(), shownRow, spent?.sums, acrossRecords?.together, headerOfDay, cited);
  // An earlier run's class column this run cannot feed (its amount column renamed) is rewritten, not left with last week's labels.
  const earlierClasses = earlierClassColumns(cleaned, titles);
  const computed = new Set<string>();
  for (const row of classified.rows) for (const d of BUILTIN_DIMENSIONS) if (row.labels && row.labels[d] !== null && row.labels[d] !== 'unknown') computed.add(d);
  const unknownTexts = new Set(LANGS.map((l) => t(l, 'classify.label.unknown')));
  const addedColumns = [
    ...duplicateColumns(cleaned, duplicates.groups, lang, shownRow, new Set(mergePlan?.removeRows ?? [])),
    ...classificationColumns(cleaned, classified, lang, together, !view, earlierClasses),
    // A run without a merge keeps an earlier merge's notes, under this run's header.
    ...(mergePlan ? (mergePlan.mergedColumn ? [mergePlan.mergedColumn] : []) : [carriedMergedColumn(cleaned, lang, titles)].filter((c) => c !== null)),
  ];
  return {
    // Each group's field choices as the merge takes a phone a newer row brought.
    duplicates: { groups: withNewerNumbers(duplicates.groups, mergePlan ?? proposed, fieldCols), stats: duplicates.stats },
    // A marked row this merge archives or fills gets a new fingerprint: the user is told the one to mark.
    problems: [
      ...duplicates.problems,
      ...classesNoLongerFed(cleaned, earlierClasses, computed, fieldCols, unreadHeaders, unknownTexts),
      ...(mergePlan ? marksMovedByMerge(settings.notDuplicates ?? [], records, afterRecords, mergePlan.archive) : []),
      ...yearlyFeeProblem(cleaned.sheetName, yearlyFee),
      ...allInOneLevel(settings.classify, classifiedCustomers.rows, classifiedCustomers.legend, amountsByRow(counted), settings.amount.currency),
      // The spend or balance a row the merge does not keep holds, which the kept row does not say.
      ...(orderList ? [] : heldElsewhere({ cleaned, after, fieldCols, groups: duplicates.groups, merge: mergePlan, runCols: runColumns(cleaned.headers, titles), money: { currency: settings.amount.currency, decimal: settings.amount.decimalSeparator ?? '.' }, ...(columnMoney ? { columnMoney } : {}) })),
      // The spend and order counts a merge adds up (two accounts) or keeps the larger of (one total typed twice?).
      ...(orderList ? [] : joinedTotals(cleaned, mergePlan ?? proposed, mergePlan !== null)),
      ...newerPhones(cleaned, mergePlan ?? proposed, mergePlan !== null),
      // A refusal of marketing on one row and consent on the other: the merge must not silently keep the consent.
      ...consentConflicts(cleaned, duplicates.groups, mergePlan ? new Set(mergePlan.archive.map((a) => a.groupId)) : null),
    ],
    merge: mergePlan,
    // Each row by what survives its being sorted or moved: how a host remembers the classes it wrote there (hand-set-classes.ts).
    ...(records.length === cleaned.rows.length ? { rowKeys: rowKeys(rowFingerprints(records)) } : {}),
    classification: { rows: classified.rows, whatIf, legend: classified.legend, rfm: classified.rfm },
    reminders: { reminders: reminders.reminders, groups: reminders.groups, counts: reminders.counts, silenced: reminders.silenced, silencedFrom: reminders.silencedFrom, renewed: reminders.renewed, lost: reminders.lost, expired: reminders.expired, ...(reminders.optedOut > 0 ? { optedOut: reminders.optedOut } : {}) },
    report,
    addedColumns,
    issues: settledIssues.length === 0 && clashIssues.length === 0 ? swapIssues : [...swapIssues, ...settledIssues, ...clashIssues],
    ...(endedAlone && endedAlone.size > 0 ? { endedAlone } : {}),
    orderList: view ? { rows: afterRecords.length, orders: ordersOf(afterRecords), customers: view.customers.length, ...(deals ? { deals: true as const } : subscriptions ? { subscriptions: true as const } : policies ? { policies: true as const } : {}) } : null,
  };
}

/** What the columns no field reads say of records' rows: copies only if they agree; two stays if on other days. */
function unreadOf(table: Table, fieldCols: Partial<Record<FieldId, number>>, extraCols: Partial<Record<FieldId, number[]>>, region: string, dates: AmbiguousDatePolicy, titles: readonly string[]) {
  const unread = unreadColumns(table, fieldCols, extraCols, region, dates, titles);
  const accounts = accountColumns(table, fieldCols, extraCols, region, titles);
  const oneAccount = oneAccountOf(table, fieldCols, extraCols, region, titles);
  const onePet = onePetOf(table, fieldCols, region);
  const eventDay = eventDayOf(table);
  const eventDayKey = eventDayKeyOf(table);
  const rowsOf = (recs: readonly CustomerRecord[]) => recs.map((r) => table.rows[r.index]);
  return {
    sameThing: (recs: readonly CustomerRecord[]) => {
      const rows = rowsOf(recs);
      return oneAccount(rows) || onePet(recs, rows) || eventDay(rows)?.same === true;
    },
    eventDay: (recs: readonly CustomerRecord[]) => eventDay(rowsOf(recs)),
    eventDayKey: (rec: CustomerRecord) => eventDayKey(table.rows[rec.index]),
    unreadAgree: (recs: readonly CustomerRecord[]) => unread.agree(rowsOf(recs)),
    otherAccount: (recs: readonly CustomerRecord[]) => accounts(rowsOf(recs)),
    otherDays: (recs: readonly CustomerRecord[]) => unread.otherDays(rowsOf(recs)),
    otherNumbers: (recs: readonly CustomerRecord[]) => unread.otherNumbers(rowsOf(recs)),
    otherLines: (recs: readonly CustomerRecord[]) => unread.otherLines(rowsOf(recs)),
  };
}

/** The rows of each exact or likely group (or review group of one customer's records) still in the sheet: one customer's, whose reminders are one. */
function sameCustomer(groups: readonly DuplicateGroup[], removed: ReadonlySet<number>): SameCustomer {
  const out = new Map<number, SameCustomerRows>();
  for (const g of groups) {
    // A review group of one customer's records (two pets, two leases) is still one customer here.
    if (g.confidence === 'review' && !g.records) continue;
    // His cars, pets and policies stand side by side; his stays and check-ups follow one another.
    const parallel = g.records && g.reasons.some((r) => PARALLEL_RECORDS.has(r.code));
    // Records that are contracts only (no cars, no pets): a later one may be the renewal of an earlier one.
    const contracts = parallel && !g.reasons.some((r) => r.code !== 'dedupe.reason.twoRecords' && PARALLEL_RECORDS.has(r.code));
    const of: SameCustomerRows = { group: g.id, survivor: g.survivor };
    if (parallel) of.parallel = true;
    if (contracts) of.contracts = true;
    if (g.confidence === 'review') of.review = true;
    // Two 班主任 or doctors of his: each one's reminder names the other as a co-carer, not a 撞单.
    // One thing two carers each logged (the car two 服务顾问 typed: no 撞单 said, their two names in conflict) is co-carers' too.
    if (g.reasons.some((r) => r.code === 'dedupe.reason.coCarers') || (g.oneThing && !g.ownerConflict && g.conflicts.some((c) => c.field === 'owner'))) of.coCarers = true;
    // A 撞单 the owner rule decided, of one customer typed twice (his records side by side are never merged, nor kept for one rep).
    // One thing typed twice by two carers (a car two 服务顾问 logged): the kept row's carer has it, as after a merge.
    const keeper = g.oneThing ? g.ownerConflict?.claim?.owner ?? survivorOwner(g) : g.records || of.coCarers ? undefined : g.ownerConflict?.claim?.owner;
    // One client two instructors each typed in: the other is named as seeing him too, not as a rep holding him.
    if (g.ownerConflict?.carers !== undefined) of.coCarers = true;
    // Two reps the CRM declares each other's 协作人: the group found no 撞单, and its reminders say none.
    if (!g.records && !g.oneThing && !g.ownerConflict && !of.coCarers && g.conflicts.some((c) => c.field === 'owner')) of.coOwners = true;
    if (keeper) of.keeper = keeper;
    // The kept row of a thing typed twice is also in its customer's records group: the thing's own group
    // (its copy reminded once with it) wins there; the records group holds his other things to it.
    for (const row of g.rows) if (!removed.has(row) && !(g.records && out.has(row))) out.set(row, of);
  }
  return out;
}

/** The owner written on a group's kept row where its rows name two (the 服务顾问 of the row a merge keeps). */
function survivorOwner(g: DuplicateGroup): string | undefined {
  return g.conflicts.find((c) => c.field === 'owner')?.values.find((v) => v.rows.includes(g.survivor))?.value;
}

/**
 * The rows of each review group that may be one customer typed twice (one name and phone, two
 * birthdays), each → the group's other rows still in the sheet: reminded apart, each naming the others.
 * Not one customer's records (sameCustomer has them), an account's contacts, nor a family's members:
 * those are known to be each his own.
 */
function possibleCopies(groups: readonly DuplicateGroup[], removed: ReadonlySet<number>): PossibleCopies {
  const out = new Map<number, number[]>();
  for (const g of groups) {
    if (g.confidence !== 'review' || g.records || g.contacts || g.family || g.keptApart) continue;
    const rows = g.rows.filter((row) => !removed.has(row));
    for (const row of rows) out.set(row, rows.filter((r) => r !== row));
  }
  return out;
}

/** The reasons of records a customer holds side by side, each on its own schedule (cars, pets, flats, policies). */
const PARALLEL_RECORDS = PARALLEL_RECORD_REASONS;

/** The records less each group's rows other than its survivor (a group whose survivor is gone keeps all its rows). */
function onePerGroup(records: readonly CustomerRecord[], same: SameCustomer): CustomerRecord[] {
  // A survivor is a row of its group: present, it is one of `same`'s rows, so only those are gathered.
  const present = new Set<number>();
  for (const r of records) if (same.has(r.sheetRow)) present.add(r.sheetRow);
  return records.filter((r) => {
    const of = same.get(r.sheetRow);
    return !of || of.survivor === r.sheetRow || !present.has(of.survivor);
  });
}

/**
 * Each customer's amount in whole units, by sheet row (the classes' own reading of it): of the
 * counted customers, so a customer typed twice and not merged yet is one, as the report counts him.
 */
function amountsByRow(customers: readonly CustomerRecord[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of customers) if (r.fields.amount?.kind === 'number') out.set(r.sheetRow, r.fields.amount.value);
  return out;
}

/**
 * The headers of the sheet's mapped columns as the sheet writes them: the report titles its region
 * table (区域), its spending note and its issues by column with them (金额, not the field's 累计金额).
 */
function headersOf(table: Table, fieldCols: Partial<Record<FieldId, number>>): Partial<Record<FieldId, string>> {
  const out: Partial<Record<FieldId, string>> = {};
  for (const [field, col] of Object.entries(fieldCols) as [FieldId, number | undefined][]) {
    const header = col === undefined ? undefined : table.headers[col];
    if (typeof header === 'string' && header.trim() !== '') out[field] = header.trim();
  }
  // A last contact read from a visit made (回访日期 beside its 回访记录) is said by the visit's date.
  if (out.lastContact === undefined && out.nextFollowUp !== undefined && table.headers.some(isVisitRecordHeader)) out.lastContact = out.nextFollowUp;
  // An amount summed from periods is said by them: 消费金额按 1月–12月 合计.
  const parts = table.amountParts;
  if (parts !== undefined && out.amount === undefined) out.amount = `${parts.first}–${parts.last}`;
  return out;
}

/**
 * What each counted customer spent, in whole units (null: no amount), for the report. A customer typed
 * twice and not merged yet is counted on the row a merge keeps, which holds what it will hold after the
 * merge (analyze's filledIn): the sum of the rows' amounts when they are two accounts (two customer
 * numbers), else the larger of them (one total typed twice counts once), as dedupe/totals.ts joins
 * them; the classes read the same cell. One
 * customer's several records (two courses, two 病历号, two pets) are never merged nor filled: his kept
 * record reads their sum (records-spend.ts). In an order list a customer's amount is already his
 * orders' sum (order-list.ts).
 */
function spendOf(counted: readonly CustomerRecord[]): (number | null)[] {
  return counted.map((r) => (r.fields.amount?.kind === 'number' ? r.fields.amount.value : null));
}

/**
 * The counted rows that may be one customer typed twice, kept for review and not merged: each is
 * counted as a customer (sameCustomer leaves review groups apart). One customer's records, one
 * account's contacts and one household's members are each their own customer: no doubt to say.
 */
function possibleDuplicates(groups: readonly DuplicateGroup[], counted: readonly CustomerRecord[]): number[] {
  const countedRows = new Set(counted.map((r) => r.sheetRow));
  const out = new Set<number>();
  for (const g of groups) {
    if (g.confidence !== 'review' || g.records || g.contacts || g.family || g.keptApart) continue;
    const still = g.rows.filter((row) => countedRows.has(row));
    if (still.length > 1) for (const row of still) out.add(row);
  }
  return [...out].sort((a, b) => a - b);
}

/** Each row left out of `counted` (a copy not merged yet) → the row its customer is counted on. */
function customerRows(records: readonly CustomerRecord[], counted: ReadonlySet<number>, same: SameCustomer): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of records) {
    const survivor = same.get(r.sheetRow)?.survivor;
    if (!counted.has(r.sheetRow) && survivor !== undefined && counted.has(survivor)) out.set(r.sheetRow, survivor);
  }
  return out;
}

/**
 * The customer view of an order list built without the copies of orders typed twice (`single`),
 * with each copy added to its kept order's customer: it shows his classes too.
 */
function withCopies(view: CustomerView, all: readonly CustomerRecord[], single: readonly CustomerRecord[], same: SameCustomer): CustomerView {
  if (single.length === all.length) return view;
  const kept = new Set(single.map((r) => r.sheetRow));
  // Each kept row's customer, by index into rowsOf.
  const customerOf = new Map<number, number>();
  view.rowsOf.forEach((rows, k) => rows.forEach((row) => customerOf.set(row, k)));
  const rowsOf = view.rowsOf.map((rows) => [...rows]);
  for (const r of all) {
    if (kept.has(r.sheetRow)) continue;
    const survivor = same.get(r.sheetRow)?.survivor;
    const k = survivor === undefined ? undefined : customerOf.get(survivor);
    if (k !== undefined) rowsOf[k].push(r.sheetRow);
  }
  return { ...view, rowsOf };
}

/** A customer's classified row on each of his orders' rows, in sheet order. */
function onEveryOrder(rows: readonly ClassifiedRow[], rowsOf: readonly number[][]): ClassifiedRow[] {
  const out: ClassifiedRow[] = [];
  rows.forEach((row, k) => {
    for (const sheetRow of rowsOf[k]) out.push(sheetRow === row.sheetRow ? row : { ...row, sheetRow });
  });
  return out.sort((a, b) => a.sheetRow - b.sheetRow);
}

/**
 * What --merge would do to the sheet's exact and likely groups (the merge's default), when none is
 * accepted: only its fills of the kept rows are read (filledIn), never written, so no notes nor
 * archive lines are made (proposedFills). Null when it fills nothing.
 */
function wouldMerge(table: Table, fieldCols: Partial<Record<FieldId, number>>, groups: readonly DuplicateGroup[], options: Omit<MergeOptions, 'accept'>): MergeFills | null {
  if (!groups.some((g) => g.confidence !== 'review')) return null;
  const fills = proposedFills(table, fieldCols, groups, { ...options, accept: ['exact', 'likely'] });
  return fills.edits.length > 0 ? fills : null;
}

/** The table with the cells a merge plan fills in its kept rows, every row still there (the copies are counted once by onePerGroup). */
function filledIn(table: Table, plan: MergeFills): Table {
  return merged(table, { edits: plan.edits, removeRows: [] });
}

/** The table after a merge: merged-away rows gone, survivors with the cells the merge filled. */
function merged(table: Table, plan: Pick<MergePlan, 'edits' | 'removeRows'>): Table {
  const removed = new Set(plan.removeRows);
  const fills = new Map<number, MergePlan['edits']>();
  for (const e of plan.edits) fills.set(e.sheetRow, [...(fills.get(e.sheetRow) ?? []), e]);
  const rows = table.rows
    .filter((r) => !removed.has(r.sheetRow))
    .map((r) => {
      const edits = fills.get(r.sheetRow);
      if (!edits) return r;
      const cells = r.cells.slice();
      for (const e of edits) cells[e.col] = e.after;
      return { sheetRow: r.sheetRow, cells };
    });
  return { ...table, rows };
}

/**
 * Row numbers as a person will see them once the merged-away rows are removed (texts such as "a
 * merge folds it into row 12" must point at the row where that customer will then stand).
 */
function rowsAfterRemoval(removeRows: readonly number[]): (row: number) => number {
  const sorted = [...removeRows].sort((a, b) => a - b);
  return (row) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < row) lo = mid + 1;
      else hi = mid;
    }
    return row - lo;
  };
}

/**
 * Records whose amounts count in whole currency units: a column headed 金额（万元） holds 12 for
 * ¥120,000, and the tier thresholds, RFM and the report are in yuan. The sheet keeps its 12.
 */
function inWholeUnits(records: CustomerRecord[], unit: number): CustomerRecord[] {
  if (unit === 0) return records;
  return records.map((r) => {
    const cell = r.fields.amount;
    if (cell?.kind !== 'number') return r;
    const digits = String(Math.abs(cell.value));
    // By moving the point in the text (12.3 万 is 123000, not 123000.00000000001); 1e-7 has no point to move.
    const value = /e/i.test(digits) ? cell.value * 10 ** unit : Number(shiftDecimal(digits, unit)) * Math.sign(cell.value);
    return { ...r, fields: { ...r.fields, amount: { kind: 'number', value } } };
  });
}

/** The archive keeps a merged-away row as it was typed, not as cleaned: nothing of the original is lost. */
function withOriginalValues(plan: MergePlan, original: Table): MergePlan {
  const bySheetRow = new Map(original.rows.map((r) => [r.sheetRow, r]));
  const originalCells = (a: ArchivedRow): Cell[] => {
    const row = bySheetRow.get(a.sheetRow);
    return row ? plan.archiveCols.map((col) => row.cells[col] ?? EMPTY) : a.cells;
  };
  return { ...plan, archive: plan.archive.map((a) => ({ ...a, cells: originalCells(a) })) };
}

const text = (value: string): Cell => (value === '' ? EMPTY : { kind: 'text', value });

/**
 * A row of a group of three or more: what it shares with the row it is most like ("with row 40: same
 * e-mail; …"), which is true of it, then what a merge does to it, as the group's rows say.
 */
function rowWhy(g: DuplicateGroup, own: { row: number; reasons: readonly DuplicateGroup['reasons'][number][] }, sheetRow: number, lang: Lang, sep: string, shownRow: (row: number) => number, removed: ReadonlySet<number>): Cell {
  const owner = [
    ...ownerConflictTexts(lang, g.ownerConflict?.owners, g.ownerConflict?.claim, g.ownerConflict?.future, g.ownerConflict?.carers),
    ...possibleOwnerConflictTexts(lang, g.possibleOwnerConflict?.owners),
  ];
  const merged = g.rows.some((r) => r !== g.survivor && removed.has(r));
  const action = g.records || g.contacts || g.family || g.keptApart
    ? t(lang, 'column.duplicate.keptApart')
    : sheetRow === g.survivor ? t(lang, merged ? 'column.duplicate.kept' : 'column.duplicate.keep') : t(lang, 'column.duplicate.mergeInto', { row: shownRow(g.survivor) });
  const pair = reasonTexts(lang, own.reasons).join(sep);
  return text([`${t(lang, 'column.duplicate.withRow', { row: shownRow(own.row) })}${pair}`, action, ...owner].join(sep));
}

/** "G3 · 确定重复" and the group's reasons, on every row of a group; empty elsewhere. */
function duplicateColumns(table: Table, groups: readonly DuplicateGroup[], lang: Lang, shownRow: (row: number) => number, removed: ReadonlySet<number>): AddedColumn[] {
  const byRow = new Map<number, DuplicateGroup>();
  // A thing's kept row (the car two 服务顾问 typed) shows its own group, not its customer's records group.
  for (const g of groups) for (const r of g.rows) if (!(g.records && byRow.has(r))) byRow.set(r, g);
  const sep = lang === 'zh-CN' ? '；' : '; ';
  // Every row of a group shows the same texts but for keep / merge into: render them once per group.
  // Cells are values nobody changes: one cell per text, shared by the rows that show it.
  const rendered = new Map<DuplicateGroup, { label: Cell; keep: Cell; mergeInto: Cell }>();
  const render = (g: DuplicateGroup) => {
    let out = rendered.get(g);
    if (!out) {
      const reasons = reasonTexts(lang, g.reasons);
      const owner = [
        ...ownerConflictTexts(lang, g.ownerConflict?.owners, g.ownerConflict?.claim, g.ownerConflict?.future, g.ownerConflict?.carers),
        ...possibleOwnerConflictTexts(lang, g.possibleOwnerConflict?.owners),
      ];
      const why = (action: string) => [...reasons, action, ...owner].join(sep);
      // One customer's records, an account's contacts, a family's members: no merge takes them, whatever it accepts.
      const apart = g.records || g.contacts || g.family || g.keptApart ? text(why(t(lang, 'column.duplicate.keptApart'))) : null;
      // Kept by a merge once --merge took the group (its other rows leave the sheet); before, one would keep it.
      const merged = g.rows.some((r) => r !== g.survivor && removed.has(r));
      out = {
        label: text(`${g.id} · ${t(lang, `dedupe.confidence.${g.confidence}`)}`),
        keep: apart ?? text(why(t(lang, merged ? 'column.duplicate.kept' : 'column.duplicate.keep'))),
        mergeInto: apart ?? text(why(t(lang, 'column.duplicate.mergeInto', { row: shownRow(g.survivor) }))),
      };
      rendered.set(g, out);
    }
    return out;
  };
  const group: Cell[] = [];
  const why: Cell[] = [];
  for (const row of table.rows) {
    const g = byRow.get(row.sheetRow);
    if (!g) {
      group.push(EMPTY);
      why.push(EMPTY);
      continue;
    }
    const shown = render(g);
    group.push(shown.label);
    const own = g.rowReasons?.[row.sheetRow];
    why.push(own ? rowWhy(g, own, row.sheetRow, lang, sep, shownRow, removed) : row.sheetRow === g.survivor ? shown.keep : shown.mergeInto);
  }
  return [
    { id: 'duplicateGroup', header: t(lang, 'column.duplicateGroup'), write: 'text', values: group },
    { id: 'duplicateReasons', header: t(lang, 'column.duplicateReasons'), write: 'text', values: why },
  ];
}

/** How many of a customer's rows his reasons name before they only count them. */
const ROWS_SHOWN = 8;

/**
 * An order list's customer of several rows says which, on each of them: the user sees which orders
 * were added together, and can tell two buyers of one name joined by mistake.
 */
function ordersTogether(lang: Lang, customerRows: readonly (readonly number[])[]): Map<number, string> {
  const together = new Map<number, string>();
  for (const rows of customerRows) {
    if (rows.length < 2) continue;
    const sorted = [...rows].sort((a, b) => a - b);
    const shownRows = sorted.slice(0, ROWS_SHOWN).join(lang === 'zh-CN' ? '、' : ', ');
    const said = sorted.length > ROWS_SHOWN
      ? t(lang, 'classify.reason.rowsTogetherMore', { rows: shownRows, count: sorted.length })
      : t(lang, 'classify.reason.rowsTogether', { rows: shownRows });
    for (const row of rows) together.set(row, said);
  }
  return together;
}

/** What follows a reason another one opens with: its colon (：in Chinese). */
const OPENS_WITH: ReadonlySet<string> = new Set([':', '：']);

/**
 * One column per classification dimension (lifecycle, activity, tier, VIP, the user's rules) and one
 * of reasons. A dimension the sheet cannot feed (no purchase or amount columns: every row unknown)
 * gets no column, and "no column" reasons are left out, so a plain contact list is not buried in
 * "unknown". `together`: the rows classed as one customer (an order list's, ordersTogether; a
 * customer typed twice, copy-classes.ts) → the text that says so, added to their reasons (first, with
 * `togetherFirst`).
 */
function classificationColumns(table: Table, result: ClassifyResult, lang: Lang, together: ReadonlyMap<number, string>, togetherFirst: boolean, earlier: ReadonlyMap<string, number> = new Map()): AddedColumn[] {
  // Classified rows come in table order; look them up by position, by sheet row only when they do not.
  const aligned = result.rows.length === table.rows.length && result.rows.every((r, i) => r.sheetRow === table.rows[i].sheetRow);
  const bySheetRow = aligned ? null : new Map(result.rows.map((r) => [r.sheetRow, r]));
  // Each table row's classified row, found once: every column below reads it (a lookup per row and
  // column by sheet row, on a sheet with copies, was five passes of 100,000 lookups).
  const classifiedRows = bySheetRow ? table.rows.map((row) => bySheetRow.get(row.sheetRow)) : result.rows;
  const columns: AddedColumn[] = [];
  for (const entry of result.legend) {
    const builtin = (BUILTIN_DIMENSIONS as readonly string[]).includes(entry.dimension);
    const own = new Map(entry.labels.map((l) => [l.id, l.text]));
    const ids = table.rows.map((_, i) => {
      const labels = classifiedRows[i]?.labels;
      if (!labels) return null;
      return builtin ? labels[entry.dimension as BuiltinDimension] : labels.custom[entry.dimension] ?? null;
    });
    // Nothing to say for any row: no column, but for one an earlier run wrote, which says this run's unknown instead of last week's labels.
    if (ids.every((id) => id === null || id === 'unknown') && !(builtin && earlier.has(entry.dimension))) continue;
    // A dimension has a handful of labels: one cell each, shared by the rows that show it.
    const shownCell = new Map<string, Cell>();
    const cellOf = (id: string): Cell => {
      let out = shownCell.get(id);
      if (out === undefined) shownCell.set(id, (out = text(labelText(lang, id, own.get(id)))));
      return out;
    };
    columns.push({
      id: `class.${entry.dimension}`,
      header: entry.title[lang],
      write: 'text',
      values: ids.map((id) => (id === null ? EMPTY : cellOf(id))),
    });
  }
  if (columns.length === 0) return [];
  const shown = new Set(columns.map((c) => c.id.slice('class.'.length)));
  const sep = lang === 'zh-CN' ? '；' : '; ';
  // Reasons repeat across rows ("amount ≥ 100,000", "no purchase yet"), and rows that give equal
  // ones share one object (classify/reason-pool.ts): render each once, found by that object.
  const rendered = new Map<Reason, string>();
  // "No other rule matched" says nothing beside three others alike: it names its dimension and label.
  const legend = new Map(result.legend.map((e) => [e.dimension, { title: e.title[lang], own: new Map(e.labels.map((l) => [l.id, l.text])) }]));
  const elseText = (r: Reason) => {
    const entry = legend.get(r.dimension);
    return entry ? t(lang, 'classify.reason.elseIn', { dimension: entry.title, label: labelText(lang, r.level, entry.own.get(r.level)) }) : reasonText(lang, r);
  };
  const render = (r: Reason) => {
    let out = rendered.get(r);
    if (out === undefined) rendered.set(r, (out = r.code === 'classify.reason.else' ? elseText(r) : reasonText(lang, r)));
    return out;
  };
  // Rows that give equal reasons share one list (classify/reason-pool.ts): its cell is made once.
  const cellOfList = new Map<readonly Reason[], Cell>();
  const NONE: readonly Reason[] = [];
  // A copy's reasons quote the kept row's amount and days, not its own: the text saying so goes first.
  const withTogether = (reasons: string, rows: string) => (togetherFirst ? rows + sep + reasons : reasons + sep + rows);
  columns.push({
    id: 'class.reasons',
    header: t(lang, 'column.classReasons'),
    write: 'text',
    values: table.rows.map((row, i) => {
      const list = classifiedRows[i]?.reasons ?? NONE;
      let cell = cellOfList.get(list);
      const rows = together.get(row.sheetRow);
      if (cell !== undefined) return rows === undefined ? cell : text(cell.kind === 'text' && cell.value !== '' ? withTogether(cell.value, rows) : rows);
      // A plain loop, not filter → map → join. A reason two classes share (the status that says he
      // left makes him churned and lost), or one another reason quotes (a car owner's lifecycle
      // quotes his activity's last-contact test), is said once: the class columns beside it say both labels.
      const said: string[] = [];
      const saidReasons: Reason[] = [];
      for (const r of list) {
        if (!shown.has(r.dimension) || r.code === 'classify.reason.noColumns') continue;
        const reason = render(r);
        if (said.includes(reason) || quotedBy(r, saidReasons)) continue;
        // A later reason that opens with an earlier one ("contract runs to 2027-06-02: not seen for long …" after
        // "contract runs to 2027-06-02") says both: the earlier goes (tester h79 #16).
        const opened = said.findIndex((s) => reason.startsWith(s) && OPENS_WITH.has(reason.charAt(s.length)));
        if (opened >= 0) {
          said.splice(opened, 1);
          saidReasons.splice(opened, 1);
        }
        said.push(reason);
        saidReasons.push(r);
      }
      const joined = said.join(sep);
      cellOfList.set(list, (cell = text(joined)));
      return rows === undefined ? cell : text(joined !== '' ? withTogether(joined, rows) : rows);
    }),
  });
  return columns;
}
