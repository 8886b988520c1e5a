/**
 * One person, several accounts: a 家装 owner's second house (another 工地地址), a mother's second
 * child's card (another 会员卡号, another 宝宝姓名), a landlord's second let (another Property), a
 * second contract (another 合同编号). The rows share the person's name and phone, yet each is a thing
 * the business sells or serves on its own, with its own amount and its own dates: shown as the same
 * customer's other account, never merged (a merge would fold the second house's ¥150,000 into the
 * first). And a seller who also buys (业主 beside 客户, Landlord beside Tenant) is two roles of one
 * person, each row its own listing or need, never a copy.
 *
 * Read from the columns by their headers, mapped to a field or not (工地地址 is read as the address,
 * 会员卡号 as the customer id, 宝宝姓名 and Property are read as nothing): the finder sees fields only.
 * A child's birthday (宝宝生日 beside 妈妈姓名) tells two children as his name does: it is no field of
 * the customer's, so the finder never compares it as hers.
 */
import type { Row, Table } from '../table/table';
import { cellText, type Cell } from '../table/cell';
import type { FieldId } from '../schema/fields';
import type { MessageKey } from '../i18n';
import { foldHeader } from '../schema/fold-header';
import { runColumns } from '../schema/run-columns';
import { childColumn } from '../schema/child-columns';
import { INSURED_NAME_HEADS } from '../schema/insured-columns';
import { isRunningNumber } from '../table/running-number';
import { columnFields, usable } from './merge';
import { valueKey } from './value-key';
import { flatTokens, mayBeOneFlat } from './listings';
import { lettersAndDigits, matchText } from './keys/fold';
// 2024-12-08, 2024/12/8, 2024年12月8日: one day, read as an event day is.
import { dayOf } from './event-day';

/**
 * Columns naming the one thing a row is about. `flat`: an address, compared as a flat is (6栋2单元2104
 * and 6-2-2104 are one; 保利花园 beside 保利花园6栋2104 says less of it); else compared as text.
 * `numbered`: a number a register might run down the rows (KH0001 …), which then tells nothing.
 * 套餐 / 疗程 are not here: one client's package is renewed and retyped as often as she buys a second.
 */
const ACCOUNT_COLUMNS: readonly { heads: readonly string[]; flat?: true; numbered?: true }[] = [
  // A 家装 or 装修 company's site: one owner's second house is a second contract.
  { flat: true, heads: ['工地地址', '工地', '施工地址', '装修地址', '工程地址', '项目地址', '装修房屋地址', 'site address', 'job address', 'job site', 'project address'] },
  // A landlord's let (an estate agent's Property column, a 房东's 出租房屋): one per let.
  { flat: true, heads: ['property', 'let address', 'rental property', 'rental address', 'tenancy address', '房号', '出租房屋', '出租地址', '出租房源'] },
  // A 物业's or a building manager's flat (房号 2-101, Unit 5B): one owner's two flats are two fee
  // accounts, each with its own 物业费 and debt. Not a bare Room or Unit: a hotel guest's room is one stay's,
  // and a price list's Unit is its measure.
  { flat: true, heads: ['房间号', '户号', '房屋编号', '房产编号', '单元房号', 'unit no', 'unit number', 'unit #', 'flat no', 'flat number', 'apartment no', 'apartment number', 'apt no', 'suite no'] },
  // A child of a 母婴店's or a school's parent: each child his own birthday and card.
  { heads: ['宝宝姓名', '宝宝名字', '宝宝名', '孩子姓名', '孩子名字', '儿童姓名', '幼儿姓名', '婴儿姓名', '小孩姓名', 'child name', 'child', 'baby name', 'kid name', "child's name"] },
  // An insurance agent's insured (被保险人 beside 投保人): a father's policies for his two children are
  // two policies, each renewed on its own, whatever dates and numbers they share (schema/insured-columns.ts).
  { heads: INSURED_NAME_HEADS },
  // A card or a contract the business issues, one per account. A card's number is the card's whatever
  // its values (schema/numbering-header.ts): a salon's cards run 00012, 00013, 00014 … down a sheet
  // sorted by card as a register's numbers would, and 何丽娟's second card is still a second card.
  { heads: ['会员卡号', '卡号', '会员卡', '储值卡号', 'vip卡号', 'card no', 'card number', 'member card', 'membership card', 'membership card no'] },
  { numbered: true, heads: ['合同编号', '合同号', 'contract no', 'contract number', 'agreement no', 'agreement number'] },
  // A law firm's matter (案件编号 (2026)粤律102号, Case No., Matter No.): one client's two cases are two
  // matters, each with its own hearing and fee (tester h68: a merge folded case 109 into 102).
  // A CRM's deal or opportunity (Pipedrive's Deal - Title, HubSpot's Deal Name, 销售易's 商机名称) in an export
  // of one row per deal: one person's second deal is her upsell, open beside the won renewal, its own value
  // and close date (tester h75 #7: a merge folded the upsell into the renewal's row as a note).
  { heads: ['deal title', 'deal name', 'deal', 'opportunity', 'opportunity name', 'opportunity title', '商机名称', '商机标题', '商机主题', '商机'] },
  // A trade account's number (Acct #, Account No., 月结账号) where it is no register's running number: one
  // business's two accounts (two buyers, two sites billed apart) are two, each with its own terms and balance.
  // Not a CRM's record id (Account ID, Cust #): a customer created twice there is given a second one.
  { numbered: true, heads: ['acct no', 'acct number', 'account no', 'account number', '月结账号', '月结帐号', '客户账号', '客户帐号'] },
  { numbered: true, heads: ['案件编号', '案号', '案件号', '案件编码', '卷宗号', 'case no', 'case number', 'case id', 'case ref', 'matter no', 'matter number', 'matter id', 'matter ref'] },
];

/** A role column (类型 业主 / 客户): which side of a deal a row's person is on. */
const ROLE_HEADS: readonly string[] = ['类型', '客户类型', '角色', '身份', '客户身份', '类别', '租售', '房源/需求', '需求类型', '租售类型', 'type', 'role', 'contact type', 'client type', 'customer type', 'party'];

/**
 * The two sides of a deal, as a role column writes them: one who holds (sells, lets) and one who
 * seeks (buys, rents). 客户 beside 业主 is the agent's buyer, as 客源 is beside 房源.
 */
const ROLE_SIDES: readonly (readonly string[])[] = [
  ['业主', '房东', '卖方', '卖家', '出售', '出租', '售房', '房源', 'landlord', 'vendor', 'seller', 'owner', 'lessor'],
  ['客户', '客源', '买方', '买家', '求购', '求租', '租客', '租户', '承租人', '承租方', '购房', '买房', '租房', 'tenant', 'buyer', 'applicant', 'purchaser', 'lessee', 'renter'],
];

const keyOf = (h: string) => foldHeader(h).key;
const ACCOUNT_KEYS = new Map<string, { flat: boolean; numbered: boolean }>(
  ACCOUNT_COLUMNS.flatMap((c) => c.heads.map((h) => [keyOf(h), { flat: c.flat === true, numbered: c.numbered === true }] as const)),
);
const CHILD_ACCOUNT = { flat: false, numbered: false };
const ROLE_KEYS: ReadonlySet<string> = new Set(ROLE_HEADS.map(keyOf));
const SIDE_OF = new Map<string, number>(ROLE_SIDES.flatMap((words, side) => words.map((w) => [w.toLowerCase(), side] as const)));

/** Name columns are the customer himself (a school's 孩子姓名 is its pupil): never an account of his. */
const PERSON_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['name', 'firstName', 'lastName', 'guardian']);

export interface OtherAccount {
  code: MessageKey;
  /** The column's header as the sheet writes it. */
  column: string;
  /** The things the rows name in it, as typed, in row order (00012 / 00014): what tells the accounts apart. */
  values?: readonly string[];
}

/**
 * What tells a group's rows apart as one person's accounts or roles: the first account column where
 * two rows name two things, else a role column where one row holds and another seeks; null otherwise.
 * A row that leaves the column blank is no evidence against (a copy left blank).
 */
export function accountColumns(
  table: Table,
  fieldCols: Partial<Record<FieldId, number>>,
  extraCols: Partial<Record<FieldId, number[]>>,
  region: string,
  ruleTitles: readonly string[] = [],
): (rows: readonly Row[]) => OtherAccount | null {
  const { accounts, roles } = accountCols(table, fieldCols, extraCols, ruleTitles);
  const headerOf = (col: number) => String(table.headers[col]).trim();
  return (rows) => {
    for (const a of accounts) {
      const things = twoThings(rows, a, region);
      if (things !== null) return { code: 'dedupe.reason.otherAccount', column: headerOf(a.col), values: things };
    }
    for (const col of roles) if (bothSides(rows, col)) return { code: 'dedupe.reason.twoRoles', column: headerOf(col) };
    return null;
  };
}

/**
 * Whether the rows name one account typed twice: an account column (房号, 案件编号, 会员卡号) that at
 * least two of them fill, each with the same thing ((2026)粤律102号 and （2026）粤律102号 are one case;
 * 6栋2单元2104 and 6-2-2104 one flat). Two rows that say nothing there are no evidence either way.
 */
export function oneAccountOf(
  table: Table,
  fieldCols: Partial<Record<FieldId, number>>,
  extraCols: Partial<Record<FieldId, number[]>>,
  region: string,
  ruleTitles: readonly string[] = [],
): (rows: readonly Row[]) => boolean {
  const { accounts } = accountCols(table, fieldCols, extraCols, ruleTitles);
  return (rows) => accounts.some((a) => oneThing(rows, a, region));
}

/** The columns of accounts and of roles, by their headers: a person's name column is neither. */
function accountCols(
  table: Table,
  fieldCols: Partial<Record<FieldId, number>>,
  extraCols: Partial<Record<FieldId, number[]>>,
  ruleTitles: readonly string[],
): { accounts: AccountCol[]; roles: number[] } {
  const fieldOf = columnFields(table.headers.length, fieldCols, extraCols);
  const run = runColumns(table.headers, ruleTitles);
  const accounts: AccountCol[] = [];
  const roles: number[] = [];
  // Each child's birthday column (宝宝生日 → child 1): what tells 朵朵 from 王朵朵's sister.
  const birthdays = new Map<number, number>();
  table.headers.forEach((h, col) => {
    const child = typeof h === 'string' && fieldOf[col] === null ? childColumn(h) : null;
    if (child?.field === 'birthday' && !birthdays.has(child.n)) birthdays.set(child.n, col);
  });
  for (let col = 0; col < table.headers.length; col++) {
    const header = table.headers[col];
    const field = fieldOf[col];
    if (typeof header !== 'string' || run.has(col) || (field !== null && PERSON_FIELDS.has(field))) continue;
    const key = keyOf(header);
    // A child of the customer's (宝宝生日, 二宝姓名, Child DOB, read as nobody's field): another child, another card.
    const child = field === null ? childColumn(header) : null;
    const account = ACCOUNT_KEYS.get(key) ?? (child !== null && child.field !== 'gender' ? CHILD_ACCOUNT : undefined);
    // A register's numbers (KH0001 …) give a customer typed twice a second one: no second account.
    // A child's name column: 朵朵 is 王朵朵 without the family name when the child's birthday agrees.
    const named = childColumn(header);
    const born = named?.field === 'name' ? birthdays.get(named.n) : undefined;
    if (account && !(account.numbered && isRunningNumber(table.rows, col, { prefixed: true, header }))) {
      accounts.push({ col, flat: account.flat, ...(born !== undefined ? { born } : {}), ...(child?.field === 'birthday' ? { day: true as const } : {}) });
    }
    else if (ROLE_KEYS.has(key)) roles.push(col);
  }
  return { accounts, roles };
}

/**
 * A cell of an account column as compared: a flat by its numbers and words, else its letters and
 * digits (brackets, dashes, spaces and width aside: （2026）粤律102号 is (2026)粤律102号).
 */
function accountKey(c: Cell, flat: boolean, region: string): string | string[] {
  return flat ? flatTokens(matchText(c)) : lettersAndDigits(valueKey(null, c, region));
}

/** An account column; `born`: the birthday column of the child whose name it holds. */
interface AccountCol {
  col: number;
  flat: boolean;
  born?: number;
  /** A child's birthday: compared by its day (2024-12-08 is 2024/12/8). */
  day?: true;
}

/** A Chinese given name written with and without its family name (王朵朵, 朵朵): the longer is one or two Han characters more in front. */
function withFamilyName(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return /^\p{Script=Han}+$/u.test(long) && short.length >= 1 && long.length - short.length >= 1 && long.length - short.length <= 2 && long.endsWith(short);
}

/** A row's value in an account column, as compared; null when it says nothing. */
function entryOf(r: Row, a: AccountCol, region: string): { v: string | string[]; text: string; born: string } | null {
  const c: Cell | undefined = r.cells[a.col];
  if (!usable(c)) return null;
  const v = a.day ? dayOf(c) || accountKey(c, false, region) : accountKey(c, a.flat, region);
  if (v.length === 0) return null;
  return { v, text: cellText(c).trim(), born: a.born === undefined ? '' : dayOf(r.cells[a.born]) };
}

type Entry = NonNullable<ReturnType<typeof entryOf>>;

/**
 * Two entries name two things. A child named with and without his family name (王朵朵, 朵朵) on the same
 * birthday is one child typed twice by two 导购 (h70 8); 王小虎, another name, is another child.
 */
function twoOf(a: AccountCol, x: Entry, y: Entry): boolean {
  if (a.flat) return !mayBeOneFlat(x.v as string[], y.v as string[]);
  if (x.v === y.v) return false;
  return !(x.born !== '' && x.born === y.born && withFamilyName(x.v as string, y.v as string));
}

/** At least two of the rows fill the column, all with one thing (a flat written whole, not one that says less of it). */
function oneThing(rows: readonly Row[], a: AccountCol, region: string): boolean {
  const seen: Entry[] = [];
  for (const r of rows) {
    const e = entryOf(r, a, region);
    if (e === null) continue;
    // A flat is one only as written whole alike (6栋2单元2104, 6-2-2104); 保利花园 says less of it.
    if (seen.length > 0 && (a.flat ? (seen[0].v as string[]).join('-') !== (e.v as string[]).join('-') : twoOf(a, seen[0], e))) return false;
    seen.push(e);
  }
  return seen.length >= 2;
}

/** The things the rows name in the column (as typed, one text each), when two of them differ; null otherwise. */
function twoThings(rows: readonly Row[], a: AccountCol, region: string): string[] | null {
  const seen: Entry[] = [];
  const texts: string[] = [];
  let differ = false;
  for (const r of rows) {
    const e = entryOf(r, a, region);
    if (e === null) continue;
    const other = (s: Entry) => twoOf(a, s, e);
    if (seen.some(other)) differ = true;
    // One thing typed twice (6栋2单元2104 beside 6-2-2104) is named once, as the first row types it.
    if (seen.every(other)) texts.push(e.text);
    seen.push(e);
  }
  return differ ? texts : null;
}

function bothSides(rows: readonly Row[], col: number): boolean {
  const sides = new Set<number>();
  for (const r of rows) {
    const side = SIDE_OF.get(matchText(r.cells[col]).trim().toLowerCase());
    if (side !== undefined) sides.add(side);
  }
  return sides.size > 1;
}
