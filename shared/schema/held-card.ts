/**
 * What a member holds of the shop's: a card (a 美容院's 卡类型 年卡 / 次卡 / 储值卡, a 会员卡号, a spa's
 * Membership Type) or money stored on one (储值余额 3200, Store Credit £120). A card is sold, so its
 * holder has bought, though a salon's sheet keeps no purchase column at all: read by the lifecycle as
 * `@held` (classify/creators.ts), where every member was 未知 or 潜在客户. Read by header, whatever
 * field (if any) reads the column: a 会员卡类型 may be the tier too, a 会员卡号 the customer id.
 */
import type { Cell } from '../table/cell';
import type { Row } from '../table/table';
import { foldHeader } from './fold-header';
import { isBalance } from '../plan/held-elsewhere';
import { isOwedIn } from '../dedupe/owed';

/** Headers of the card a member holds (its kind or its number). */
const CARD_HEADS: readonly string[] = [
  '卡类型', '卡种', '卡型', '卡项', '办卡类型', '持卡类型', '会员卡类型', '会员卡种', '会员卡', '会员卡号', '卡号', '储值卡号', 'vip卡号',
  'card type', 'member card', 'membership card', 'membership card no', 'membership type', 'card no', 'card number',
];
const CARD_KEYS: ReadonlySet<string> = new Set(CARD_HEADS.map((h) => foldHeader(h).key));

/** Values that say no card was sold: a walk-in's 无 or 未办卡, a guest's None, a free trial's 体验卡 or Free. */
const NO_CARD: ReadonlySet<string> = new Set(['无', '没有', '无卡', '未办', '未办卡', '没办卡', '不办卡', '非会员', '否', '散客', '体验卡', '免费卡', '试用卡',
  'none', 'no', 'n/a', 'na', 'nil', 'guest', 'non-member', 'non member', 'free', 'trial', 'free trial', '-', '—', '/', '0']);

/** A column read for what the member holds: its index and header (the reason names it), and whether it is money. */
export interface HeldColumn {
  col: number;
  header: string;
  money: boolean;
}

/** Whether a header names the card a member holds (卡类型, 会员卡号, Membership Type): read for it, no column left unread. */
export function isCardHeader(header: unknown): boolean {
  return typeof header === 'string' && CARD_KEYS.has(foldHeader(header).key);
}

/**
 * The columns of a card or a stored balance, cards first (the reason names the card before the money on it).
 * A bare Balance on a list kept to collect (QuickBooks' Balance beside Terms, Xero's beside a Due Date:
 * dedupe/owed.ts isOwedIn) is what the customer owes, not money the shop holds for him: owedColumns reads it.
 */
export function heldColumns(headers: readonly unknown[]): HeldColumn[] {
  const cards: HeldColumn[] = [];
  const money: HeldColumn[] = [];
  headers.forEach((h, col) => {
    if (typeof h !== 'string' || h.trim() === '') return;
    if (CARD_KEYS.has(foldHeader(h).key)) cards.push({ col, header: h.trim(), money: false });
    else if (isBalance(h) && !isOwedIn(h, headers)) money.push({ col, header: h.trim(), money: true });
  });
  return [...cards, ...money];
}

/**
 * The columns of money the customer owes the shop (赊账金额, 欠款, Balance Due, a QuickBooks Balance):
 * he was sold something on account, so he is a customer (`@owes`, classify/creators.ts), though the
 * sheet keeps no purchase column (tester h77 #15: QuickBooks' Balance read as a card held).
 */
export function owedColumns(headers: readonly unknown[]): HeldColumn[] {
  const out: HeldColumn[] = [];
  headers.forEach((h, col) => {
    if (typeof h === 'string' && h.trim() !== '' && isOwedIn(h, headers)) out.push({ col, header: h.trim(), money: true });
  });
  return out;
}

/** A balance's amount read loosely (¥580.00, 3,200 元): the run's own amount settings are not needed to tell it is above 0. */
function positive(c: Cell): boolean {
  if (c.kind === 'number') return c.value > 0;
  if (c.kind !== 'text') return false;
  const n = Number(c.value.replace(/[\s,，¥￥$£€元]|RMB|CNY/giu, ''));
  return Number.isFinite(n) && n > 0;
}

/**
 * What the row holds, as `header value` text (卡类型 储值卡, 储值余额 ¥580.00): the sheet's own words,
 * shown as typed in either language. Undefined when it holds nothing: no card typed (or 无), no money above 0
 * (a ¥0 balance on a sign-up is the sheet's default, not a card sold).
 */
export function heldCell(row: Row, cols: readonly HeldColumn[]): Cell | undefined {
  for (const { col, header, money } of cols) {
    const c = row.cells[col];
    if (c === undefined || (c.kind !== 'text' && c.kind !== 'number')) continue;
    const text = c.kind === 'text' ? c.value.trim() : String(c.value);
    if (text === '') continue;
    if (money ? !positive(c) : NO_CARD.has(text.toLowerCase())) continue;
    return { kind: 'text', value: `${header} ${text}` };
  }
  return undefined;
}
