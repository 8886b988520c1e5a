/**
 * Classifies customer rows by rules as data: lifecycle (潜在/现有/流失), activity (活跃/休眠/流失),
 * value tier (高/中/低, by amount or RFM), VIP, then the user's own rules, each row with the
 * reasons for its labels, plus the what-if comparison with the classes the sheet already states.
 * Pure and deterministic: the same records, settings and `today` give the same result.
 */
import { EMPTY, isBlank, type Cell, type IsoDate } from '../table/cell';
import { formatIso, fromDayNumber, toDayNumber, type CivilDate } from '../table/civil-date';
import { closedDealDay } from './closed-deal';
import { cellDay } from './cell-day';
import type { FieldId } from '../schema/fields';
import type { CustomerRecord } from '../table/records';
import type { MessageKey } from '../i18n';
import { compileClassifySettings } from './compile-settings';
import type { ConditionOp, Evidence } from './condition';
import { BUILTIN_DIMENSIONS, DIMENSION_LABELS, type BuiltinDimension, type LocalText } from './labels';
import { matchLevel } from './levels';
import type { Reason } from './reason';
import type { PeriodKind } from '../schema/period-columns';
import { computeRfm, RFM_COLUMNS, type RfmScores, type RfmSummary } from './rfm';
import { mostTelling } from './telling-evidence';
import type { ClassifySettings } from './settings';
import type { SettingsError } from './settings-error';
import type { SheetColumns } from './rule-columns';
import { computeWhatIf, type WhatIf } from './what-if';
import { policyInForce } from './policy-in-force';
import { definedLevels, runningMark, saysSigned, statedClass, statedVip, vipMarkMemo, type DefinedLabels } from './existing-labels';
import { ReasonPool } from './reason-pool';
import { statedTiers, type StatedTier } from './stated-tier';
import { readMonthDates } from './month-dates';
import { doNotContactMark, readRelationship, STANDINGS, type Standing, type StandingMemo } from '../remind/standing';
import { recordState, type RecordState } from '../remind/record-state';
import { withRunMemos } from '../text/run-memos';
import type { Params } from '../i18n/define';
import type { ClassifyContext } from './classify-context';
import { serviceDueAhead, type DueLabels } from '../remind/service-cycle';
import { isPaymentDue } from '../remind/due-label';

export interface RowLabels {
  lifecycle: string | null;
  activity: string | null;
  tier: string | null;
  vip: string | null;
  /** User rule id → label id (null when no level matched). */
  custom: Record<string, string | null>;
}

export interface ClassifiedRow {
  sheetRow: number;
  /** Label ids; null for a dimension that is switched off or could not be compiled. */
  labels: RowLabels;
  reasons: Reason[];
  /**
   * The latest of last purchase, last contact and first purchase, when any is a date; one after today
   * (a typo the run flags) counts only when no other is a day up to today.
   */
  lastActivity?: IsoDate;
  /** Days from `lastActivity` to today (negative when it lies in the future). */
  daysSinceActivity?: number;
  /**
   * The day his activity class turned dormant (lastActivity + activeDays + 1 with the preset), when
   * it is dormant today: a dormant customer's reminder stands on that day, not on every today.
   */
  dormantSince?: IsoDate;
  /**
   * The day his activity class turned lost (lastActivity + dormantDays + 1 with the preset), when it is
   * lost today by his dates: a lost key customer's win-back reminder stands on that day (remind winBack).
   */
  lostSince?: IsoDate;
  rfm?: RfmScores;
  /** A record voided or deactivated (remind/record-state.ts): its reasons say so, the report counts it apart. */
  record?: RecordState;
  /**
   * The sheet marks him not to be contacted or served (黑名单, 禁止合作, Do not contact: remind/standing.ts):
   * never VIP, and no dormant high-value customer to win back, whatever he spent.
   */
  doNotContact?: true;
}

export interface LegendEntry {
  dimension: string;
  title: LocalText;
  labels: { id: string; text: LocalText }[];
}

export interface ClassifyResult {
  rows: ClassifiedRow[];
  whatIf: WhatIf;
  /** Present when a rule reads RFM scores. */
  rfm?: RfmSummary;
  /** Every dimension computed and the labels it can give, for column headers, reports and keys. */
  legend: LegendEntry[];
  /** Settings mistakes; the dimensions they touch are skipped, the rest still run. */
  errors: SettingsError[];
}

/** What a retired record's first reason says (remind/record-state.ts). */
const RECORD_REASONS: Readonly<Record<RecordState, MessageKey>> = {
  voided: 'classify.reason.recordVoided',
  deactivated: 'classify.reason.recordDeactivated',
};

const REASON_BY_OP: Readonly<Record<ConditionOp, MessageKey>> = {
  eq: 'classify.reason.eq',
  ne: 'classify.reason.ne',
  in: 'classify.reason.in',
  contains: 'classify.reason.contains',
  gt: 'classify.reason.gt',
  gte: 'classify.reason.gte',
  lt: 'classify.reason.lt',
  lte: 'classify.reason.lte',
  empty: 'classify.reason.empty',
  notEmpty: 'classify.reason.notEmpty',
  notDate: 'classify.reason.notDate',
  withinDays: 'classify.reason.withinDays',
  olderThanDays: 'classify.reason.olderThanDays',
  notPast: 'classify.reason.notPast',
};

/**
 * The reasons that say a purchase date, orders or amount could not be read, and what they say
 * instead when the last purchase date was read but lies after today (a typo the run flags): the
 * row's amount and orders are readable, and its reason must not say otherwise.
 */
const PURCHASE_IN_FUTURE: Partial<Record<MessageKey, MessageKey>> = {
  'classify.reason.lifecycleUnknown': 'classify.reason.purchaseInFuture',
  'classify.reason.stated': 'classify.reason.statedPurchaseInFuture',
  'classify.reason.noRfm': 'classify.reason.noRfmPurchaseInFuture',
};

/** What an RFM reason says of a frequency counted in the sheet's period columns, by period (rfm.ts fromPeriods). */
const PERIODS_REASON: Readonly<Record<PeriodKind, MessageKey>> = {
  month: 'classify.reason.rfmFrequencyMonths',
  quarter: 'classify.reason.rfmFrequencyQuarters',
  year: 'classify.reason.rfmFrequencyYears',
};

/**
 * The dimensions that read a doubtful amount the run held out of the record (plan/doubtful-amounts.ts):
 * they ask whether he bought, which the doubt does not touch; the tier, VIP and the user's own rules
 * ask how much, and see no amount until the user confirms it.
 */
const READS_HELD_AMOUNT: ReadonlySet<string> = new Set(['lifecycle', 'activity']);

/**
 * The dates @lastActivity is the latest of, in the order a tie is told by (the first listed wins). A
 * date after today (a typo the run flags) is left out beside one that is not.
 */
const ACTIVITY_FIELDS: readonly FieldId[] = ['lastPurchase', 'lastContact', 'firstPurchase', 'contractStart'];

/**
 * The fields a last activity is read from: ACTIVITY_FIELDS, then a premium due date passed (premiumPaid),
 * last, a tie going to the dates the customer made himself.
 */
const ACTIVITY_FROM: readonly FieldId[] = [...ACTIVITY_FIELDS, 'contractEnd'];
const PREMIUM_AT = ACTIVITY_FIELDS.length;

/** The reasons that name what falls due or what is booked (`what`: 保养, 入住日期): their own words. */
const SERVICE_REASONS: ReadonlySet<MessageKey> = new Set(['classify.reason.serviceDue', 'classify.reason.serviceDueDormant']);
const BOOKED_REASONS: ReadonlySet<MessageKey> = new Set(['classify.reason.bookedAhead', 'classify.reason.bookedAheadActive']);
const VISIT_REASONS: ReadonlySet<MessageKey> = new Set(['classify.reason.visitDue', 'classify.reason.visitDueDormant']);

/**
 * The latest premium due date of the row that has passed (缴费日期 last month: remind/due-label.ts
 * isPaymentDue), a premium paid that day, or null. Not of a policy the sheet marks lapsed (失效, 退保,
 * Lapsed, Cancelled: its standing is ended): its due date passed unpaid.
 */
function premiumPaid(record: CustomerRecord, dues: DueLabels, todayDay: number, standing: Standing | null): { day: number; cell: Cell; what: string } | null {
  if (standing === 'ended') return null;
  let best: { day: number; cell: Cell; what: string } | null = null;
  const consider = (cell: Cell | undefined, what: string | undefined) => {
    if (cell === undefined || what === undefined || !isPaymentDue(what)) return;
    const day = cellDay(cell);
    if (day !== null && day <= todayDay && (best === null || day > best.day)) best = { day, cell, what };
  };
  consider(record.fields.contractEnd, dues.main);
  const extra = record.extra?.contractEnd ?? [];
  for (let k = 0; k < extra.length; k++) consider(extra[k], dues.extra?.[k]);
  return best;
}

/** At most this many leaf reasons per dimension, so a long `all` does not flood the reason column. */
const MAX_REASONS = 4;

/** What a built-in dimension calls a customer whose status says he has left (creators.ts: statusEnded). */
const LEFT_LABEL: Readonly<Record<string, string>> = { lifecycle: 'churned', activity: 'lost' };

/** `@standing` of a row served now (在租, 服务中: existing-labels.ts runningMark); no standing a reminder skips. */
const CURRENT: Cell = { kind: 'text', value: 'current' };

/** Adds a label's reasons, pooled, to `out` (in place: a row gets four or more, on 100,000 rows). */
function addReasons(out: Reason[], pool: ReasonPool, dimension: string, level: string, code: MessageKey | undefined, evidence: Evidence[], future: string | null, whatOf?: (code: MessageKey) => string | undefined): void {
  const instead = code && future !== null ? PURCHASE_IN_FUTURE[code] : undefined;
  const what = code ? whatOf?.(code) : undefined;
  if (instead) out.push(pool.reason(dimension, level, instead, { ...evidence[0]?.params, date: future as string }));
  else if (code) out.push(pool.reason(dimension, level, code, what === undefined ? evidence[0]?.params ?? {} : { ...evidence[0]?.params, what }));
  else if (evidence.length === 0) out.push(pool.reason(dimension, level, 'classify.reason.else', {}));
  else for (let k = 0; k < evidence.length && k < MAX_REASONS; k++) out.push(pool.reason(dimension, level, REASON_BY_OP[evidence[k].op], evidence[k].params));
}

/**
 * The first day from `last` (his last activity) to `today` on which the activity levels read
 * dormant, asking them as if each day were today: recency only moves on (active → dormant → lost),
 * so a halving search finds it in a few asks, whatever days the settings give (activityByRecency's
 * activeDays, or a user's own levels). `hint`, the day found for an earlier row with the same last
 * activity, is checked first (two asks): most rows share their day with others. Null when the
 * levels read dormant on no day of it.
 */
function dormantSince(levels: Parameters<typeof matchLevel>[0], lookup: Parameters<typeof matchLevel>[1], last: number, today: number, hint: number | undefined, level = 'dormant'): number | null {
  const dormantOn = (day: number) => matchLevel(levels, lookup, day)?.level.id === level;
  if (hint !== undefined && hint > last && hint <= today && dormantOn(hint) && !dormantOn(hint - 1)) return hint;
  let lo = last, hi = today;
  if (lo > hi || !dormantOn(hi)) return null;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (dormantOn(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Whether a level matched says churned by the time since a purchase or activity alone, not by a status or a day he left. */
function churnedByTime(hit: NonNullable<ReturnType<typeof matchLevel>>): boolean {
  return hit.level.id === 'churned' && !hit.evidence.some((ev) => ev.params.field === 'endedAt' || ev.params.field === '@standing');
}

/** Each record's customer as an index into `records` (itself unless `customerRow` names a row present). */
function customerIndexes(records: readonly CustomerRecord[], customerRow: ReadonlyMap<number, number> | undefined): number[] | undefined {
  if (!customerRow || customerRow.size === 0) return undefined;
  const at = new Map(records.map((r, i) => [r.sheetRow, i]));
  return records.map((r, i) => {
    const kept = customerRow.get(r.sheetRow);
    return kept === undefined ? i : at.get(kept) ?? i;
  });
}

/**
 * `compared`: the records the what-if compares (default all): a customer typed twice and not merged
 * yet is one customer to compare, not two. `customerRow`: such a customer's other rows (sheet row →
 * the row a merge would keep), which RFM ranks once and scores as that row. `creditTier`: the tier
 * column is named for credit (信用等级): compared, never taken for a value tier (stated-tier.ts).
 */
function classifyWithin(
  typed: readonly CustomerRecord[],
  settings: ClassifySettings,
  today: CivilDate,
  compared?: ReadonlySet<number>,
  customerRow?: ReadonlyMap<number, number>,
  creditTier = false,
  columns?: SheetColumns,
  context: ClassifyContext = {},
): ClassifyResult {
  const compiled = compileClassifySettings(settings, 'classify', columns);
  const todayDay = toDayNumber(today);
  // A purchase or contact of a month (2026年11月) is read as its last day, for every rule and RFM alike.
  const { records, reads: monthReads } = readMonthDates(typed, ACTIVITY_FIELDS, todayDay);
  const rfm = compiled.usesRfm ? computeRfm(records, today, customerIndexes(records, customerRow)) : undefined;
  // A label decided on an RFM total that leaves a component out says so (fields as in noColumns).
  const rfmWithout = rfm && rfm.summary.missing.length > 0 ? rfm.summary.missing.map((c) => RFM_COLUMNS[c]).join(',') : '';
  // A dimension whose rules read only columns the sheet does not have cannot judge anyone: a
  // contact list without purchase columns is not a list of potential customers.
  // A column a rule names by header (欠款) is the sheet's whenever the records carry it.
  const mapped = (field: FieldId) => records.some((r) => r.fields[field] !== undefined || r.ruleCells?.has(field) === true);
  // A salon's cards (卡类型, 储值余额: schema/held-card.ts) are a purchase column of their own to a dimension that reads them.
  // Money owed on account (赊账, a QuickBooks Balance) says so too: he was sold something on credit.
  const holds = records.some((r) => r.held !== undefined || r.owes !== undefined);
  const blind = new Set(compiled.dimensions.filter((d) => d.reads.length > 0 && !d.reads.some(mapped) && !(holds && d.readsHeld)).map((d) => d.id));
  const vipMarks = blind.has('vip') ? sheetVipMarks(records, compiled) : null;
  // Where the VIP rule can judge (a sheet with amounts), the sheet's own VIP marks still stand beside it:
  // a shop's VIP list set by hand is kept, as member tools keep a hand-set VIP tag beside their automatic
  // ones; the rule only adds (tester h74: a jeweller's 19 是否VIP 是 became 普通 while their dormancy
  // reminders still said VIP客户).
  // Only a VIP mark is kept, and a row marked VIP is a sheet that speaks of VIP (sheetVipMarks): each
  // row's mark is read as the row is classified, not in a pass of its own over every row.
  const keptVipMark = vipMarks === null && compiled.dimensions.some((d) => d.builtin && d.id === 'vip') ? vipMarkReader(compiled) : null;
  // The grade the sheet states (客户等级 A/B/C), read for a customer the tier rule cannot judge; made
  // when a first such customer is met (a sheet whose every row has an amount never needs it).
  const tierDim = compiled.dimensions.find((d) => d.builtin && d.id === 'tier');
  // A store's member ladder (会员等级 金卡 / 钻石卡) is its own, not a grade of what was spent.
  const ladder = context.loyaltyTier === true && !Array.isArray(settings.tier);
  let gradeOf: ((record: CustomerRecord) => StatedTier | null) | null | undefined;
  const statedGrade = (record: CustomerRecord) => {
    if (gradeOf === undefined) gradeOf = tierDim ? statedTiers(records, definedLevels(tierDim.legend, DIMENSION_LABELS.tier), creditTier || ladder) : null;
    return gradeOf ? gradeOf(record) : null;
  };

  const labelCells = new Map<string, Cell>();
  const labelCell = (label: string): Cell => {
    let cell = labelCells.get(label);
    if (!cell) labelCells.set(label, (cell = { kind: 'text', value: label }));
    return cell;
  };
  let fields: Partial<Record<FieldId, Cell>> = {};
  // The row's cells of the columns rules name by header (欠款), read as typed: every record carries each of them.
  let named: ReadonlyMap<string, Cell> | undefined;
  // A row's derived values. Emptied by blanking its few keys, not by clear(), which gives the Map a
  // new table on every row.
  const derived = new Map<string, Cell | undefined>();
  const blank = (_: Cell | undefined, key: string) => derived.set(key, undefined);
  const lookup = (field: string): Cell =>
    (field.charCodeAt(0) === 64 ? derived.get(field) : named !== undefined && named.has(field) ? named.get(field) : fields[field as FieldId]) ?? EMPTY;

  // The name later rules read a dimension's label by (@tier, @custom.region), made once, not per row.
  const derivedKey = new Map(compiled.dimensions.map((d) => [d.id, d.builtin ? `@${d.id}` : `@custom.${d.id}`]));
  // Rows share equal reasons, reason lists and labels (reason-pool.ts): a row's are gathered in
  // these scratch ones, then swapped for the pooled ones.
  const pool = new ReasonPool();
  const reasons: Reason[] = [];
  // Every row sets each user rule's label (pool.labels copies them), so one `custom` serves all rows.
  const labels: RowLabels = { lifecycle: null, activity: null, tier: null, vip: null, custom: {} };
  // The row's activity days in ACTIVITY_FROM's order, one scratch array for every row.
  const days: (number | null)[] = [null, null, null, null, null];
  // Last activity day → the day found dormant from it, a hint for the next row of that day (dormantSince).
  const dormantHints = new Map<number, { day: number; iso: IsoDate }>();
  const lostHints = new Map<number, { day: number; iso: IsoDate }>();
  // What the status columns say (已退费, 停课), read once per distinct text, as the reminders read it.
  const standingMemo: StandingMemo = new Map();
  const standingCells = new Map<Standing, Cell>(STANDINGS.map((st) => [st, { kind: 'text', value: st }]));
  const runningMemo = new Map<string, boolean>();
  const inForceMemo = new Map<string, boolean>();
  // The lifecycle a stage text states (已签约, Customer), read once per distinct text (statedClass).
  const stageWords = new Map<string, string | null>();
  const rows = records.map((record, i): ClassifiedRow => {
    fields = record.fields;
    named = record.ruleCells;
    derived.forEach(blank);
    const purchase = cellDay(record.fields.lastPurchase);
    const contact = cellDay(record.fields.lastContact);
    // A last purchase after today: the date, for the reasons that would otherwise call it unreadable.
    // Not a stay booked ahead (入住日期 at Christmas): that is no typo, and @bookedAhead reads it.
    const future = purchase !== null && purchase > todayDay && !context.booked?.has('lastPurchase') ? formatIso(fromDayNumber(purchase)) : null;
    reasons.length = 0;
    labels.lifecycle = labels.activity = labels.tier = labels.vip = null;
    const row: ClassifiedRow = { sheetRow: record.sheetRow, labels, reasons };
    // A last purchase or contact after today is a typo the run flags (rule.dateInFuture): beside the
    // other date, read and not after today, it is left out, and his activity is judged by the day
    // that can be read (bought 2062-05-03 for 2026, called last week: active), as a sales manager
    // reads the row. Alone, or beside another date after today, it still leaves his activity unknown.
    // The first purchase counts too: a car bought once (购车日期) is his last activity until he comes
    // for a service; beside a last purchase it is never the later one.
    const first = cellDay(record.fields.firstPurchase);
    // A contract or policy taken out (合同开始日, an insurance agent's 生效日期) is a purchase made that
    // day: a policy signed last month is no silent customer.
    const signed = cellDay(record.fields.contractStart);
    // The classes read the relationship: 黑名单 beside 已流失 is a customer gone (only his reminders are silenced).
    const standing = readRelationship(record, standingMemo, todayDay);
    // A premium due date passed (缴费日期 last month) of a policy not lapsed: a premium paid that day,
    // so a policyholder who paid last month is no silent customer.
    const paid = context.dues ? premiumPaid(record, context.dues, todayDay, standing) : null;
    days[0] = purchase;
    days[1] = contact;
    days[2] = first;
    days[3] = signed;
    days[PREMIUM_AT] = paid === null ? null : paid.day;
    let anyPast = false;
    for (let k = 0; k < days.length; k++) if (days[k] !== null && (days[k] as number) <= todayDay) anyPast = true;
    let pick = -1;
    let leftOut: FieldId | null = null;
    for (let k = 0; k < ACTIVITY_FROM.length; k++) {
      const day = days[k];
      if (day === null) continue;
      if (anyPast && day > todayDay) leftOut ??= ACTIVITY_FROM[k];
      else if (pick < 0 || day > (days[pick] as number)) pick = k;
    }
    if (pick >= 0) {
      // The later date cell itself stands for @lastActivity (no new cell per row).
      const cell = (pick === PREMIUM_AT ? (paid as { cell: Cell }).cell : record.fields[ACTIVITY_FROM[pick]]) as Cell & { value: string };
      const last = days[pick] as number;
      row.lastActivity = cell.value.length === 10 ? cell.value : formatIso(fromDayNumber(last));
      row.daysSinceActivity = todayDay - last;
      derived.set('@lastActivity', cell);
    }
    if (record.held !== undefined) derived.set('@held', record.held);
    if (record.owes !== undefined) derived.set('@owes', record.owes);
    if (standing !== null) derived.set('@standing', standingCells.get(standing));
    // Nothing ended, and the status says he is served now (在租, 服务中, In force): a current customer,
    // whatever day he moved in or last paid (existing-labels.ts RUNNING_WORDS).
    else if (runningMark(record, runningMemo) !== null || (context.policies === true && policyInForce(record, inForceMemo))) derived.set('@standing', CURRENT);
    // A recurring service still to come (保养到期 next year: remind/service-cycle.ts, as the stale reminder reads it).
    const due = context.dues ? serviceDueAhead(record, context.dues, todayDay) : null;
    if (due) derived.set('@serviceDue', due.cell);
    // A day booked ahead (入住日期 at Christmas), the soonest of the columns that book.
    let booked: { day: number; cell: Cell; header: string } | null = null;
    if (context.booked) {
      for (const [field, header] of context.booked) {
        const cell = record.fields[field];
        const day = cellDay(cell);
        if (day !== null && day > todayDay && (booked === null || day < booked.day)) booked = { day, cell: cell as Cell, header };
      }
      if (booked) derived.set('@bookedAhead', booked.cell);
    }
    // The next visit the clinic booked (复诊日期), passed: the latest such day up to today.
    let visitDue: { day: number; cell: Cell; header: string } | null = null;
    if (context.visits) {
      for (const [field, header] of context.visits) {
        const cell = record.fields[field];
        const day = cellDay(cell);
        if (day !== null && day <= todayDay && (visitDue === null || day > visitDue.day)) visitDue = { day, cell: cell as Cell, header };
      }
      if (visitDue) derived.set('@visitDue', visitDue.cell);
    }
    const whatOf = (code: MessageKey): string | undefined =>
      SERVICE_REASONS.has(code) ? due?.what : BOOKED_REASONS.has(code) ? booked?.header : VISIT_REASONS.has(code) ? visitDue?.header : undefined;
    // 黑名单 beside 已流失 reads as churned above; the mark itself still outweighs his spending for VIP.
    const marked = standing === 'doNotContact' || standing === 'ended' || standing === 'paused' ? doNotContactMark(record, standingMemo) : null;
    if (marked) row.doNotContact = true;
    const scores = rfm?.scores[i];
    if (scores) {
      row.rfm = scores;
      // A component the sheet has no column for stays blank: a rule on it matches no one.
      if (scores.r !== undefined) derived.set('@rfm.r', { kind: 'number', value: scores.r });
      if (scores.f !== undefined) derived.set('@rfm.f', { kind: 'number', value: scores.f });
      if (scores.m !== undefined) derived.set('@rfm.m', { kind: 'number', value: scores.m });
      derived.set('@rfm.total', { kind: 'number', value: scores.total });
    }
    const held = record.heldAmount ? { ...record.fields, amount: record.heldAmount } : null;
    for (const dim of compiled.dimensions) {
      const from = reasons.length;
      fields = held && dim.builtin && READS_HELD_AMOUNT.has(dim.id) ? held : record.fields;
      const hit = blind.has(dim.id) ? null : matchLevel(dim.levels, lookup, todayDay);
      let label: string | null;
      let grade: StatedTier | null = null;
      // A lifecycle no rule can judge (a CRM export without purchases) is the one the sheet states
      // (HubSpot's Lifecycle Stage: Customer, Lead), said to be the sheet's own: counting its
      // customers as unknown would throw away the one thing it says of them.
      // So is one the rules call potential only for want of a purchase on record, where the sheet says he
      // signed (状态 已签约, a deposit paid and the package's price still blank: tester h72 #3) or is served
      // now (在住): a blank amount is no evidence that he bought nothing, the sale his stage records is.
      const signedStage = dim.id === 'lifecycle' && dim.builtin && hit?.level.reason === 'classify.reason.noPurchase' ? statedClass(record, 'lifecycle', stageWords) : null;
      const unbought = signedStage !== null && signedStage.id === 'existing' && saysSigned(signedStage.text);
      const unjudged = dim.id === 'lifecycle' && dim.builtin && (blind.has(dim.id) || hit?.level.id === 'unknown' || unbought);
      // Nor a deal closed on a day the sheet names (an agent's Closing Date passed): he bought (closed-deal.ts).
      const closed = unjudged && standing !== 'ended' ? closedDealDay(record, todayDay) : null;
      // A lead's stage (Buyer, Contacted) beside a note that he left says less than the note.
      const statedAny = unjudged && closed === null ? statedClass(record, 'lifecycle', stageWords) : null;
      const stated = statedAny && !(standing === 'ended' && statedAny.id === 'potential') ? statedAny : null;
      if (closed !== null) {
        label = 'existing';
        reasons.push(pool.reason(dim.id, label, 'classify.reason.dealClosed', { field: 'closeDate', date: formatIso(fromDayNumber(closed)) }));
      } else if (stated) {
        label = stated.id;
        const params = { field: stated.field, value: stated.text };
        reasons.push(future === null
          ? pool.reason(dim.id, label, 'classify.reason.stated', params)
          : pool.reason(dim.id, label, 'classify.reason.statedPurchaseInFuture', { ...params, date: future }));
      } else if (dim === tierDim && (blind.has(dim.id) || (hit?.level.id === 'unknown' && !record.heldAmount && dim.reads.every((f) => isBlank(lookup(f)))))
        && (grade = statedGrade(record)) !== null) {
        // A value tier no amount can tell (a sheet without amounts, a customer whose amount is blank)
        // is the grade the sheet gives him (客户等级 A), said to be the sheet's own, as the lifecycle
        // above. An amount, where there is one, wins: it is what he spent, a grade what someone once
        // judged, and the what-if shows where the two differ.
        label = grade.id;
        const params = { field: grade.field, value: grade.text, fields: dim.reads.join(',') };
        reasons.push(pool.reason(dim.id, label, blind.has(dim.id) ? 'classify.reason.statedTier' : 'classify.reason.statedTierNoAmount', params));
      } else if (vipMarks && dim.id === 'vip' && dim.builtin) {
        // A VIP rule with no amount to read is the VIP mark the sheet gives (是否VIP 是, a tag VIP客户), said to
        // be the sheet's own, as the lifecycle above: on a sheet that marks its VIPs, one it does not mark is regular.
        const mark = vipMarks[i];
        label = mark?.id ?? 'regular';
        const fields = dim.reads.join(',');
        reasons.push(mark
          ? pool.reason(dim.id, label, 'classify.reason.statedVip', { field: mark.field, value: mark.text, fields })
          : pool.reason(dim.id, label, 'classify.reason.statedNotVip', { fields }));
      } else if (blind.has(dim.id) && dim.builtin && standing === 'ended' && LEFT_LABEL[dim.id]) {
        // A list with no purchase or contact columns still says who has left (停止合作, 已解约): the
        // default rules' own verdict on such a row, though they cannot judge anyone else on it.
        label = LEFT_LABEL[dim.id] as string;
        reasons.push(pool.reason(dim.id, label, 'classify.reason.statusEnded', {}));
      } else if (blind.has(dim.id)) {
        label = dim.builtin ? 'unknown' : null;
        reasons.push(pool.reason(dim.id, label ?? '', 'classify.reason.noColumns', { fields: dim.reads.join(',') }));
      } else if (hit) {
        label = hit.level.id;
        addReasons(reasons, pool, dim.id, label, hit.level.reason, hit.evidence, future, whatOf);
        const clauses = reasons.length - from;
        if (leftOut && hit.evidence.some((ev) => ev.params.field === '@lastActivity')) {
          const date = formatIso(fromDayNumber(days[ACTIVITY_FROM.indexOf(leftOut)] as number));
          reasons.push(pool.reason(dim.id, label, 'classify.reason.futureLeftOut', { field: leftOut, date }));
        }
        // A last activity that is a premium paid says so: no purchase or contact column gave it.
        if (pick === PREMIUM_AT && paid && hit.evidence.some((ev) => ev.params.field === '@lastActivity')) {
          const params: Params = { what: paid.what, date: row.lastActivity as string };
          reasons.push(pool.reason(dim.id, label, 'classify.reason.premiumPaid', params));
        }
        const months = monthReads.get(i);
        if (months) {
          const latest = pick >= 0 ? ACTIVITY_FROM[pick] : null;
          for (const m of months) {
            if (hit.evidence.some((ev) => ev.params.field === m.field || (ev.params.field === '@lastActivity' && latest === m.field))) {
              reasons.push(pool.reason(dim.id, label, 'classify.reason.monthEnd', { field: m.field, value: m.value, date: m.date }));
            }
          }
        }
        const byRfm = rfm !== undefined && hit.evidence.some((ev) => String(ev.params.field).startsWith('@rfm.'));
        if (byRfm && rfmWithout) {
          reasons.push(pool.reason(dim.id, label, 'classify.reason.rfmWithout', { fields: rfmWithout }));
        }
        // A frequency counted in the sheet's months (no orders column) says so, and how many.
        const periods = byRfm ? rfm.fromPeriods[i] : null;
        if (periods) reasons.push(pool.reason(dim.id, label, PERIODS_REASON[periods.kind], { count: periods.periods }));
        // So does one counted in the visits (到店次数), a salon's purchases.
        const visits = byRfm ? rfm.fromVisits[i] : null;
        if (visits !== null) reasons.push(pool.reason(dim.id, label, 'classify.reason.rfmFrequencyVisits', { count: visits }));
        // The notes beside a rule's own clauses count to MAX_REASONS too: a rule of four RFM clauses showed five or six.
        if (byRfm && reasons.length - from > MAX_REASONS && !hit.level.reason && clauses === Math.min(hit.evidence.length, MAX_REASONS)) {
          const notes = reasons.splice(from + clauses);
          const said = reasons.splice(from);
          const kept = mostTelling(hit.evidence.slice(0, clauses), MAX_REASONS - notes.length);
          reasons.push(...kept.map((k) => said[k]), ...notes.slice(0, MAX_REASONS - kept.length));
        }
      } else if (dim.builtin) {
        label = 'unknown';
        reasons.push(pool.reason(dim.id, label, 'classify.reason.noMatch', {}));
      } else label = null;
      // A car or a home is bought once: its buyer not buying again is no churn (schema/one-off-purchase.ts).
      // Only a churn told by time; one the sheet states (已流失, 解约日期) stands.
      if (context.oneOffPurchases === true && dim.builtin && dim.id === 'lifecycle' && label === 'churned' && hit && churnedByTime(hit)) {
        label = 'existing';
        reasons.length = from;
        reasons.push(pool.reason(dim.id, label, 'classify.reason.boughtOneOff', {}));
      }
      const kept = keptVipMark && dim.builtin && dim.id === 'vip' && label === 'regular' ? keptVipMark(record) : null;
      if (kept?.id === 'vip') {
        label = 'vip';
        reasons.length = from;
        reasons.push(pool.reason(dim.id, label, 'classify.reason.statedVipKept', { field: kept.field, value: kept.text }));
      }
      if (marked && dim.builtin && dim.id === 'vip' && label === 'vip') {
        // A customer the sheet blacklists is no VIP to look after, however much he spent (tester h60).
        label = 'regular';
        reasons.length = from;
        reasons.push(pool.reason(dim.id, label, 'classify.reason.vipDoNotContact', { field: marked.field, value: marked.text }));
      }
      if (dim.builtin) {
        if (dim.id === 'activity' && label === 'dormant' && hit && row.daysSinceActivity !== undefined) {
          const last = todayDay - row.daysSinceActivity;
          const hint = dormantHints.get(last);
          const since = dormantSince(dim.levels, lookup, last, todayDay, hint?.day);
          if (since !== null) {
            const iso = hint?.day === since ? hint.iso : formatIso(fromDayNumber(since));
            if (hint?.day !== since) dormantHints.set(last, { day: since, iso });
            row.dormantSince = iso;
          }
        }
        // Lost by his dates, not by a status that says he left (已流失): the day he went, for a win-back reminder.
        if (dim.id === 'activity' && label === 'lost' && hit && !hit.level.reason && row.daysSinceActivity !== undefined) {
          const last = todayDay - row.daysSinceActivity;
          const hint = lostHints.get(last);
          const since = dormantSince(dim.levels, lookup, last, todayDay, hint?.day, 'lost');
          if (since !== null) {
            const iso = hint?.day === since ? hint.iso : formatIso(fromDayNumber(since));
            if (hint?.day !== since) lostHints.set(last, { day: since, iso });
            row.lostSince = iso;
          }
        }
        labels[dim.id as BuiltinDimension] = label;
        if (label !== null) derived.set(derivedKey.get(dim.id)!, labelCell(label));
      } else {
        labels.custom[dim.id] = label;
        if (label !== null) derived.set(derivedKey.get(dim.id)!, labelCell(label));
      }
    }
    // A voided or deactivated record is said first, whatever its classes: the reader of 分类依据 sees why
    // a 作废 lead is no prospect to chase.
    const retired = recordState(record.fields, todayDay);
    if (retired) {
      row.record = retired.state;
      const first = compiled.dimensions.find((d) => d.builtin);
      const level = first ? labels[first.id as BuiltinDimension] ?? '' : '';
      reasons.unshift(pool.reason(first?.id ?? 'lifecycle', level, RECORD_REASONS[retired.state], { field: retired.field, value: retired.value }));
    }
    row.labels = pool.labels(labels);
    row.reasons = pool.list(reasons);
    return row;
  });

  const builtins = compiled.dimensions.filter((d) => d.builtin).map((d) => d.id as BuiltinDimension);
  const dims = BUILTIN_DIMENSIONS.filter((d) => builtins.includes(d));
  const defined: DefinedLabels = {};
  for (const d of compiled.dimensions) if (d.builtin) defined[d.id as BuiltinDimension] = definedLevels(d.legend, DIMENSION_LABELS[d.id as BuiltinDimension]);
  // Against a member ladder no tier is compared: its levels were never ours to change.
  const labelsOf = ladder ? (r: ClassifiedRow) => ({ ...r.labels, tier: null }) : (r: ClassifiedRow) => r.labels;
  const whatIf = compared
    ? computeWhatIf(records.filter((r) => compared.has(r.sheetRow)), rows.filter((r) => compared.has(r.sheetRow)).map(labelsOf), dims, defined)
    : computeWhatIf(records, rows.map(labelsOf), dims, defined);
  const result: ClassifyResult = {
    rows,
    whatIf,
    legend: compiled.dimensions.map((d) => ({ dimension: d.id, title: d.title, labels: d.legend })),
    errors: compiled.errors,
  };
  if (rfm) result.rfm = rfm.summary;
  return result;
}

/**
 * Each record's VIP mark as the sheet states it (statedVip), or null when the sheet never speaks of VIP
 * (no VIP column, no row marked VIP): then its rows say nothing of VIP, and a row without a mark is no regular.
 */
function sheetVipMarks(records: readonly CustomerRecord[], compiled: ReturnType<typeof compileClassifySettings>): (ReturnType<typeof statedVip>)[] | null {
  const marks = records.map(vipMarkReader(compiled));
  const speaksOfVip = records.some((r) => r.fields.vip !== undefined) || marks.some((m) => m?.id === 'vip');
  return speaksOfVip ? marks : null;
}

/** A record's VIP mark as the sheet states it (statedVip), each distinct text read once. */
function vipMarkReader(compiled: ReturnType<typeof compileClassifySettings>): (record: CustomerRecord) => ReturnType<typeof statedVip> {
  const tier = compiled.dimensions.find((d) => d.builtin && d.id === 'tier');
  const definedTier = tier ? definedLevels(tier.legend, DIMENSION_LABELS.tier) : undefined;
  const memo = vipMarkMemo();
  return (record) => statedVip(record, definedTier, memo);
}

/** classify, with the run's memos (text/run-memos.ts): a run of its own when a host or a bench calls it alone. */
export function classify(...args: Parameters<typeof classifyWithin>): ReturnType<typeof classifyWithin> {
  return withRunMemos(() => classifyWithin(...args));
}
