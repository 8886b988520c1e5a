/**
 * What a column of numbers says it numbers, by its header: the sheet's rows (序号, No., #), the
 * customers as the sheet registers them, one number per row typed (客户编号 KH0001 …), or nothing it
 * tells (会员卡号, 卡号, 账号, Customer ID, Account, 客户ID: an account's number, which its values decide).
 */
import { foldHeader } from './fold-header';

/**
 * 'rows': the header only counts the rows, whatever the numbers (a 序号 of 17, 45, 102 … is the rows a
 * region's export kept of the company's list). 'register': the sheet numbers its customers as they are
 * typed (客户编号 KH0001, KH0002 …), a register when the values are numbered so, by one pattern.
 */
export type NumberingHeader = 'rows' | 'register';

/** Headers that only count rows: a bare number word, a row's or an entry's number (folded keys: 'No.' → no, 'S/N' → sn). */
const ROW_COUNTERS: readonly string[] = ['序号', '编号', '行号', '顺序号', 'no', 'nr', 'sn', 'slno', 'row', 'rowno', 'rownumber', 'recordno', 'recordnumber', 'entryno', 'entrynumber'];

/**
 * Headers of a number the sheet gives each customer as he is typed in. An account's number (会员卡号,
 * 会员编号, 病历号, Customer ID, Account No) is not here: a platform, a card or a clinic gives it, one per
 * account, and a customer typed twice there has it twice, never a second one.
 */
const REGISTERS: readonly string[] = ['客户编号', '客户序号', '客户号', '登记号', '登记编号', '客户登记号', '录入编号', '记录编号', 'customerno', 'customernumber', 'clientno', 'clientnumber'];

const KINDS: ReadonlyMap<string, NumberingHeader> = new Map<string, NumberingHeader>([
  ...ROW_COUNTERS.map((k) => [foldHeader(k).key, 'rows'] as const),
  ...REGISTERS.map((k) => [foldHeader(k).key, 'register'] as const),
]);

/** A bare '#' folds to no word at all. */
const HASH_ONLY = /^\s*[#＃]\s*$/u;

export function numberingHeader(header: unknown): NumberingHeader | undefined {
  if (typeof header !== 'string') return undefined;
  if (HASH_ONLY.test(header)) return 'rows';
  return KINDS.get(foldHeader(header).key);
}
