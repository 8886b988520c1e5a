/**
 * A child of the customer, as a mother-and-baby shop, a 月子中心 or a kids' dentist keeps him beside
 * the parent (宝宝姓名 | 宝宝生日 | 宝宝性别, Child Name | Child DOB): another person of the row, read
 * as the child's (ColumnMapping.child) and never as the customer's. Read as hers, the baby's birthday
 * made the mother "满 2 岁", and its sex made her 先生; left unread, the shop's most important
 * reminder, the baby's birthday (a gift, a party voucher, the next stage of milk powder), was lost.
 * Only where the customer is not the child (header-map.ts): an early-education centre naming only the
 * baby, or a school beside a parent column, keeps the child as its customer.
 */
import { foldHeader } from './fold-header';

/** What a child column holds of him. */
export type ChildField = 'name' | 'birthday' | 'gender';

export interface ChildColumn {
  /** Which child: 1 for 宝宝生日 and 大宝生日, 2 for 宝宝2生日, 二宝生日, Child 2 DOB. */
  n: number;
  field: ChildField;
}

/** Who (宝宝, 孩子 …, 学员 where the student is not the customer) and which (大宝, 二宝, 三宝). */
const ZH_CHILD = /^(宝宝|孩子|儿童|小孩|婴儿|新生儿|幼儿|学员|大宝|二宝|三宝)(\d)?的?(.+)$/u;
const ZH_NTH: Readonly<Record<string, number>> = { 大宝: 1, 二宝: 2, 三宝: 3 };
const ZH_TAIL: Readonly<Record<string, ChildField>> = {
  姓名: 'name', 名字: 'name', 名: 'name', 小名: 'name', 乳名: 'name', 昵称: 'name',
  生日: 'birthday', 出生日期: 'birthday', 出生年月日: 'birthday', 出生年月: 'birthday', 出生日: 'birthday',
  性别: 'gender',
};

const EN_CHILD: ReadonlySet<string> = new Set(['child', 'kid', 'baby', 'infant', 'newborn']);
const EN_TAIL: Readonly<Record<string, ChildField>> = {
  name: 'name', 'first name': 'name', 'full name': 'name', nickname: 'name',
  dob: 'birthday', 'd o b': 'birthday', birthday: 'birthday', bday: 'birthday', 'birth date': 'birthday', birthdate: 'birthday', 'date of birth': 'birthday',
  gender: 'gender', sex: 'gender',
};

/** The child and field a header names (宝宝生日 → 1 birthday, 二宝姓名 → 2 name, Child's Birthday), or null. */
export function childColumn(header: string): ChildColumn | null {
  const { key, words } = foldHeader(header);
  const zh = ZH_CHILD.exec(key);
  if (zh) {
    const field = ZH_TAIL[zh[3]];
    if (field === undefined) return null;
    const nth = ZH_NTH[zh[1]];
    if (nth !== undefined && zh[2] !== undefined) return null;
    return { n: nth ?? (zh[2] !== undefined ? Number(zh[2]) : 1), field };
  }
  if (words.length < 2 || !EN_CHILD.has(words[0])) return null;
  let i = 1;
  if (words[i] === 's') i++;
  let n = 1;
  if (i < words.length && /^\d$/.test(words[i])) n = Number(words[i++]);
  const field = EN_TAIL[words.slice(i).join(' ')];
  return field === undefined || n < 1 ? null : { n, field };
}
