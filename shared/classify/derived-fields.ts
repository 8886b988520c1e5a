/**
 * Values a rule can test besides the sheet's own fields, named with a leading `@` so they never
 * clash with a field id: dates and scores computed per row, and the labels of earlier dimensions.
 */
import type { MessageKey } from '../i18n';
import type { FieldId } from '../schema/fields';

/**
 * Always available: the latest of last purchase, last contact, first purchase and contract start (and a
 * premium paid), the RFM scores (1–5, total 3–15), the standing the sheet's status columns state
 * (remind/standing.ts: doNotContact, ended, paused), the card or stored balance a member holds
 * (schema/held-card.ts: 卡类型 储值卡, 储值余额 3200), the money he owes on account (赊账金额 3500, a QuickBooks
 * Balance: held-card.ts owedColumns), the next recurring service due after today
 * (remind/service-cycle.ts: 保养到期, 疫苗到期), a day booked ahead (schema/booked-ahead.ts: 入住日期) and a
 * next visit the business booked that has passed (复诊日期, Next Recall Due: booked-ahead.ts booksVisit).
 */
export const BASE_DERIVED: readonly string[] = ['@lastActivity', '@rfm.r', '@rfm.f', '@rfm.m', '@rfm.total', '@standing', '@held', '@owes', '@serviceDue', '@bookedAhead', '@visitDue'];

export const RFM_FIELDS: readonly string[] = ['@rfm.r', '@rfm.f', '@rfm.m', '@rfm.total'];

const DERIVED_KEYS: Readonly<Record<string, MessageKey>> = {
  '@lastActivity': 'classify.field.lastActivity',
  '@rfm.r': 'classify.field.rfmR',
  '@rfm.f': 'classify.field.rfmF',
  '@rfm.m': 'classify.field.rfmM',
  '@rfm.total': 'classify.field.rfmTotal',
  '@standing': 'classify.field.standing',
  '@held': 'classify.field.held',
  '@owes': 'classify.field.owes',
  '@serviceDue': 'classify.field.serviceDue',
  '@bookedAhead': 'classify.field.bookedAhead',
  '@visitDue': 'classify.field.visitDue',
  '@lifecycle': 'classify.dimension.lifecycle',
  '@activity': 'classify.dimension.activity',
  '@tier': 'classify.dimension.tier',
  '@vip': 'classify.dimension.vip',
};

/**
 * The sheet fields a derived value is computed from (labels of other dimensions: none of their own).
 * A service due or a day booked ahead names none: like a contract's end (compile-settings.ts
 * QUALIFYING) it qualifies what the purchase and contact dates decide, never decides on its own that
 * a sheet can be classed.
 */
export function derivedSources(field: string): FieldId[] {
  if (field === '@lastActivity') return ['lastPurchase', 'lastContact', 'firstPurchase', 'contractStart'];
  if (field.startsWith('@rfm.')) return ['lastPurchase', 'orders', 'amount'];
  return [];
}

/** The message that names a derived value, if it has one (user rules' `@custom.<id>` do not). */
export function derivedFieldKey(field: string): MessageKey | undefined {
  return Object.prototype.hasOwnProperty.call(DERIVED_KEYS, field) ? DERIVED_KEYS[field] : undefined;
}
