/**
 * Small creators that return the default rules as plain levels (Splink's comparison-level helpers),
 * with defaults from customer-management practice: churn after a year without purchase, active
 * within a quarter, tiers at ¥100,000 and ¥10,000, VIP at ¥500,000. They expect valid numbers;
 * settings reach them through presets.ts, which checks the numbers first.
 */
import type { Level } from './levels';
import type { Condition } from './condition';

/**
 * No purchase on record: no purchase day, no orders nor amount (blank or 0), no package held (a
 * 教培 roster's 剩余课时, a salon's 剩余次数: lessons left, even 0, are of a package bought), no
 * card nor stored money held (`@held`: a 美容院's 年卡 or 储值卡, 储值余额 3200: a card is sold), no money
 * owed on account (`@owes`: 赊账 8600, a QuickBooks Balance), and no contract taken out.
 */
const NO_PURCHASE: readonly Condition[] = [
  { field: 'lastPurchase', op: 'empty' },
  { field: 'firstPurchase', op: 'empty' },
  { any: [{ field: 'orders', op: 'empty' }, { field: 'orders', op: 'eq', value: 0 }] },
  { any: [{ field: 'amount', op: 'empty' }, { field: 'amount', op: 'eq', value: 0 }] },
  { field: 'remaining', op: 'empty' },
  { field: '@held', op: 'empty' },
  // Nor money owed on account (赊账, a QuickBooks Balance): he was sold something on credit.
  { field: '@owes', op: 'empty' },
  // Nor a contract or policy taken out (合同开始日, Tenancy Start, Effective Date): signing it was a purchase.
  { field: 'contractStart', op: 'empty' },
];

/**
 * A status column's word for a customer the team still serves (Active, 合作中): not a running service
 * (RUNNING_WORDS), since a label left standing is questioned by a purchase two years back; but on a
 * row with no purchase date (an HVAC firm's plan customers, dated by their last service alone) nothing
 * says otherwise, and the team's own word holds over a churn inferred from an old visit (tester h77 #10:
 * 27 Active customers churned). A Lapsed or Cancelled one is churned by his status first.
 */
const STATED_ACTIVE: Condition = { field: 'status', op: 'in', value: ['active', 'active customer', 'active client', 'active member', 'active account', '合作中', '正常合作', '在合作'] };

/**
 * 潜在 (no purchase at all, and no contract running) / 流失 (last purchase more than `churnDays` ago,
 * or, bought once, nothing since for as long, unless a recurring service is still to come) / 现有
 * (and a stay booked ahead), else unknown.
 */
export function lifecycleByPurchase(churnDays = 365): Level[] {
  return [
    // A contract signed and still running (Contract End today or later) before any order: he has signed,
    // so he is a customer, not a prospect (a B2B account whose first order is still to come). The
    // contract end comes first: the reason names it. An ended contract with nothing bought says nothing.
    // Not one the status says has ended (a policy Cancelled or Non-Renewed before its end day).
    { id: 'existing', reason: 'classify.reason.contractSignedNoPurchase', when: { all: [{ field: 'contractEnd', op: 'notPast' }, ...NO_PURCHASE, { field: '@standing', op: 'ne', value: 'ended' }] } },
    // A status that says he has left (已退费, 退学, 退卡, 已流失): a refunded student paid this term, and a
    // lead marked 已流失 who never bought is a prospect lost, not one still to win (tester h74 #17: six
    // 已流失 leads of a used-car sheet were 潜在客户 beside an activity of 流失).
    { id: 'churned', reason: 'classify.reason.statusEnded', when: { field: '@standing', op: 'eq', value: 'ended' } },
    { id: 'potential', reason: 'classify.reason.noPurchase', when: { all: [...NO_PURCHASE] } },
    // The sheet says when he left (Churned At, 解约日期): gone, however recent his last purchase.
    { id: 'churned', when: { field: 'endedAt', op: 'olderThanDays', value: 0 } },
    // A stay or a course booked ahead (入住日期 at Christmas, 入学日期 next term): the guest who booked is a customer.
    { id: 'existing', reason: 'classify.reason.bookedAhead', when: { field: '@bookedAhead', op: 'notEmpty' } },
    { id: 'existing', when: { field: 'lastPurchase', op: 'withinDays', value: churnDays } },
    // A recurring service still to come (保养到期, 疫苗到期 next year: the business set that day when it
    // last served him) keeps him in its cycle, not churned, where his last purchase, or with none his
    // last activity, would churn him (tester h68: half a 4S's owners 流失客户 with their 保养 booked).
    // Before the contract rules: a 疫苗到期 read as the contract end is a vaccine, not a contract.
    // Not a 保险到期: a policy runs whether he comes or not (remind/service-cycle.ts).
    {
      id: 'existing',
      reason: 'classify.reason.serviceDue',
      when: {
        all: [
          { field: '@serviceDue', op: 'notEmpty' },
          { any: [{ field: 'lastPurchase', op: 'olderThanDays', value: churnDays }, { all: [{ field: 'lastPurchase', op: 'empty' }, { field: '@lastActivity', op: 'olderThanDays', value: churnDays }] }] },
        ],
      },
    },
    // A contract that still runs today (Contract End, 合同到期日) keeps a buyer a customer, however long
    // since his last order: a B2B account on a two-year supply contract orders when it needs to (tester
    // h65, Summit Foods). Only where his last purchase would churn him: a recent one, or one whose date
    // cannot be read, says more in its own reason; and a car bought once (购车日期) with its 保险到期 to
    // come is the car's policy, its owner, never seen since, gone. An ended contract says nothing.
    // A next visit the clinic booked, passed within as long (复诊日期 last month): a patient in its cycle.
    {
      id: 'existing',
      reason: 'classify.reason.visitDue',
      when: {
        all: [
          { field: '@visitDue', op: 'withinDays', value: churnDays },
          { any: [{ field: 'lastPurchase', op: 'olderThanDays', value: churnDays }, { all: [{ field: 'lastPurchase', op: 'empty' }, { field: '@lastActivity', op: 'olderThanDays', value: churnDays }] }] },
        ],
      },
    },
    { id: 'existing', reason: 'classify.reason.contractRunning', when: { all: [{ field: 'contractEnd', op: 'notPast' }, { field: 'lastPurchase', op: 'olderThanDays', value: churnDays }] } },
    // The status says he is served now (在租, 在住, 服务中, In force: `@standing` current): a current customer,
    // where his dates alone would churn him (a tenant 在租 who moved in over a year ago: tester h72 #13). Only
    // there: a recent purchase or a package held says more in its own reason.
    {
      id: 'existing',
      reason: 'classify.reason.statusCurrent',
      when: {
        all: [
          { field: '@standing', op: 'eq', value: 'current' },
          { any: [{ field: 'lastPurchase', op: 'olderThanDays', value: churnDays }, { field: '@lastActivity', op: 'olderThanDays', value: churnDays }] },
        ],
      },
    },
    { id: 'churned', when: { field: 'lastPurchase', op: 'olderThanDays', value: churnDays } },
    // The sheet's own Active, where no purchase date says otherwise and his dates alone would churn him.
    { id: 'existing', reason: 'classify.reason.statusActive', when: { all: [STATED_ACTIVE, { field: 'lastPurchase', op: 'empty' }, { field: '@lastActivity', op: 'olderThanDays', value: churnDays }] } },
    // A car or a flat is bought once (购车日期, 购房日期: his first purchase, and his only one on the
    // sheet): that day says when he became a customer, and what he came for since (a service, a
    // visit, a call: @lastActivity, which counts the purchase too) says whether he still is one, as
    // the activity class reads it, so one row never says 流失客户 beside 活跃.
    {
      id: 'existing',
      reason: 'classify.reason.boughtOnceStillSeen',
      when: { all: [{ field: '@lastActivity', op: 'withinDays', value: churnDays }, { field: 'lastPurchase', op: 'empty' }, { field: 'firstPurchase', op: 'notEmpty' }] },
    },
    {
      id: 'churned',
      reason: 'classify.reason.boughtOnceNotSeen',
      when: { all: [{ field: '@lastActivity', op: 'olderThanDays', value: churnDays }, { field: 'lastPurchase', op: 'empty' }, { field: 'firstPurchase', op: 'notEmpty' }] },
    },
    // Nor does a contract or policy still in force (an agent's policy taken out in 2022, 生效日期 his last
    // activity, its 保险止期 to come) with no purchase date: he holds it, as contractRunning above says.
    {
      id: 'existing',
      reason: 'classify.reason.contractRunning',
      when: { all: [{ field: 'contractEnd', op: 'notPast' }, { field: 'lastPurchase', op: 'empty' }, { field: '@lastActivity', op: 'olderThanDays', value: churnDays }] },
    },
    // A customer who bought (a member's 累计消费) on a sheet without purchase dates, and whom nobody
    // has seen for as long (最近到店 two years ago), has gone: "existing" beside an activity of 流失
    // would contradict itself. The last activity is the only date that tells.
    {
      id: 'churned',
      reason: 'classify.reason.churnedNoPurchaseDate',
      when: {
        all: [
          { field: '@lastActivity', op: 'olderThanDays', value: churnDays },
          { field: 'lastPurchase', op: 'empty' },
          { any: [{ field: 'orders', op: 'gt', value: 0 }, { field: 'amount', op: 'gt', value: 0 }] },
        ],
      },
    },
    // A contract or policy taken out within as long (an agent's Effective Date, 合同开始日 last spring), with
    // no purchase date: the day he signed says he is a customer, as a purchase would (tester h73 #31: a
    // policy book read "no last purchase date" on every row beside its Effective Date).
    {
      id: 'existing',
      reason: 'classify.reason.contractTakenOut',
      // The start first: the reason names it.
      when: { all: [{ field: 'contractStart', op: 'withinDays', value: churnDays }, { field: 'lastPurchase', op: 'empty' }] },
    },
    {
      id: 'existing',
      reason: 'classify.reason.boughtNoDate',
      when: {
        all: [
          { field: 'lastPurchase', op: 'empty' },
          { any: [{ field: 'orders', op: 'gt', value: 0 }, { field: 'amount', op: 'gt', value: 0 }] },
        ],
      },
    },
    // A purchase date that gives no day (2026.2.30, 上个月: the cleaner flags it; a month, 2026年11月, is read
    // as its last day: month-dates.ts) beside a readable
    // amount or order count: he bought, as with no date at all; a partly filled date never makes him
    // worse off than a blank one (tester h60). A date read but after today is none of these (a typo the
    // run names: PURCHASE_IN_FUTURE).
    {
      id: 'existing',
      reason: 'classify.reason.boughtDateUnread',
      when: {
        all: [
          { field: 'lastPurchase', op: 'notDate' },
          { any: [{ field: 'orders', op: 'gt', value: 0 }, { field: 'amount', op: 'gt', value: 0 }] },
        ],
      },
    },
    // A roster keeps no purchase day, only the package a student holds (剩余课时 5, 2节): he has bought.
    // Last of the purchases: a spend or an order count (a gym's 累计金额 beside its 剩余课时) says more.
    // Used up (0 left) he bought before and is still a customer, the renewal the school's call to make;
    // who left (退学, 已退费) is churned above, by his status. Kept simple: any count typed is a package
    // held, and no recency is read here, as a roster dates only the renewal (续费日期), which says when
    // to call, not whether he has gone.
    { id: 'existing', reason: 'classify.reason.lessonsLeft', when: { all: [{ field: 'remaining', op: 'notEmpty' }, { field: 'lastPurchase', op: 'empty' }] } },
    // A member card or money stored on one (a 美容院's 卡类型 年卡 / 储值卡, 储值余额 3200, a spa's Store
    // Credit): the card was sold, so she has bought, though a salon keeps no purchase column. Read as the
    // package is, without recency: a running contract keeps a customer too, and a 最近到店 says how
    // active she is (the activity class), not whether the card she holds is hers.
    { id: 'existing', reason: 'classify.reason.cardHeld', when: { all: [{ field: '@held', op: 'notEmpty' }, { field: 'lastPurchase', op: 'empty' }] } },
    // Money owed on account (赊账金额 3500, QuickBooks' Balance 123.45): he was sold something on credit, so he
    // bought, though the ledger keeps no purchase column (tester h77 #15). Not the other way: nothing owed
    // says nothing, as a customer who paid every invoice owes nothing.
    { id: 'existing', reason: 'classify.reason.owesOnAccount', when: { all: [{ field: '@owes', op: 'notEmpty' }, { field: 'lastPurchase', op: 'empty' }] } },
    { id: 'unknown', reason: 'classify.reason.lifecycleUnknown' },
  ];
}

/**
 * 活跃 / 休眠 / 流失 by days since the latest of last purchase, last contact, first purchase and
 * contract start (`@lastActivity`), unless the status says he left (流失) or paused (休眠); a stay
 * booked ahead is active, a recurring service still to come keeps him from lost.
 */
export function activityByRecency(activeDays = 90, dormantDays = 365): Level[] {
  return [
    // The status says more than the dates: a student who withdrew last week is gone, not active, and
    // one whose classes are paused (停课, 停卡) is not coming for now, however recent his last class.
    { id: 'lost', reason: 'classify.reason.statusEnded', when: { field: '@standing', op: 'eq', value: 'ended' } },
    { id: 'dormant', reason: 'classify.reason.statusPaused', when: { field: '@standing', op: 'eq', value: 'paused' } },
    // A guest who booked a stay ahead is coming: active, though his only date lies after today.
    { id: 'active', reason: 'classify.reason.bookedAheadActive', when: { field: '@bookedAhead', op: 'notEmpty' } },
    { id: 'unknown', reason: 'classify.reason.noActivityDate', when: { field: '@lastActivity', op: 'empty' } },
    { id: 'active', when: { field: '@lastActivity', op: 'withinDays', value: activeDays } },
    { id: 'dormant', when: { field: '@lastActivity', op: 'withinDays', value: dormantDays } },
    // A recurring service still to come (保养到期, 疫苗到期) keeps him in the business's cycle: dormant, not
    // lost, as the lifecycle's serviceDue keeps him from churned.
    { id: 'dormant', reason: 'classify.reason.serviceDueDormant', when: { all: [{ field: '@serviceDue', op: 'notEmpty' }, { field: '@lastActivity', op: 'olderThanDays', value: dormantDays }] } },
    // A next visit the clinic booked (复诊日期, Next Recall Due), passed within as long: the patient first
    // seen long ago is still in its cycle, overdue, not gone (tester h70: 黄伟 流失 with a 复诊 nine days ago).
    { id: 'dormant', reason: 'classify.reason.visitDueDormant', when: { all: [{ field: '@visitDue', op: 'withinDays', value: dormantDays }, { field: '@lastActivity', op: 'olderThanDays', value: dormantDays }] } },
    // Under a contract that still runs he has not gone, however long unseen (the lifecycle's contractRunning,
    // beside a last purchase as long past as there, or none: a three-year contract signed two years ago,
    // its start his last activity, is dormant, not lost).
    {
      id: 'dormant',
      reason: 'classify.reason.contractRunningDormant',
      when: {
        all: [
          { field: 'contractEnd', op: 'notPast' },
          // Not a car bought once (购车日期) whose 保险到期 is to come: the car's policy, its owner gone, as the lifecycle says.
          { any: [{ field: 'lastPurchase', op: 'olderThanDays', value: dormantDays }, { all: [{ field: 'lastPurchase', op: 'empty' }, { field: 'firstPurchase', op: 'empty' }] }] },
          { field: '@lastActivity', op: 'olderThanDays', value: dormantDays },
        ],
      },
    },
    // Nor has one the status says is served now (在租, 服务中: `@standing` current), however long since his last date.
    { id: 'dormant', reason: 'classify.reason.statusCurrentDormant', when: { all: [{ field: '@standing', op: 'eq', value: 'current' }, { field: '@lastActivity', op: 'olderThanDays', value: dormantDays }] } },
    // Nor one the sheet calls Active with no purchase date (the lifecycle's statusActive): dormant, not lost.
    { id: 'dormant', reason: 'classify.reason.statusActiveDormant', when: { all: [STATED_ACTIVE, { field: 'lastPurchase', op: 'empty' }, { field: '@lastActivity', op: 'olderThanDays', value: dormantDays }] } },
    { id: 'lost', when: { field: '@lastActivity', op: 'olderThanDays', value: dormantDays } },
    { id: 'unknown', reason: 'classify.reason.futureActivity' },
  ];
}

/** Tier ids for one or two thresholds, highest first. */
function tierIds(count: number): string[] {
  return count === 1 ? ['high', 'low'] : ['high', 'medium', 'low'];
}

function tierBy(field: string, thresholds: readonly number[], missingReason: string, unreadableReason: string): Level[] {
  const ids = tierIds(thresholds.length);
  const last = thresholds[thresholds.length - 1];
  return [
    { id: 'unknown', reason: missingReason, when: { field, op: 'empty' } },
    ...thresholds.map((value, i): Level => ({ id: ids[i], when: { field, op: 'gte', value } })),
    { id: ids[ids.length - 1], when: { field, op: 'lt', value: last } },
    { id: 'unknown', reason: unreadableReason },
  ];
}

/** 高 / 中 / 低 by cumulative amount: `tierByAmount([100000, 10000])` (one or two thresholds, highest first). */
export function tierByAmount(thresholds: readonly number[] = [100000, 10000]): Level[] {
  return tierBy('amount', thresholds, 'classify.reason.noAmount', 'classify.reason.amountUnreadable');
}

/** 高 / 中 / 低 by RFM total (3–15): `tierByRfm([12, 8])`. */
export function tierByRfm(thresholds: readonly number[] = [12, 8]): Level[] {
  return tierBy('@rfm.total', thresholds, 'classify.reason.noRfm', 'classify.reason.noRfm');
}

/** VIP when the amount or the RFM total reaches its bar (either may be left out). */
export function vipByRule(rule: { minAmount?: number; minRfmTotal?: number } = { minAmount: 500000 }): Level[] {
  const any: Level['when'][] = [];
  if (rule.minAmount !== undefined) any.push({ field: 'amount', op: 'gte', value: rule.minAmount });
  if (rule.minRfmTotal !== undefined) any.push({ field: '@rfm.total', op: 'gte', value: rule.minRfmTotal });
  const regular: Level = { id: 'regular', reason: 'classify.reason.notVip' };
  return any.length === 0 ? [regular] : [{ id: 'vip', when: { any: any as NonNullable<Level['when']>[] } }, regular];
}
