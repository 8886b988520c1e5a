/**
 * A remark that speaks only of its own row being a duplicate (重复录入？, 重复, 疑似重复, duplicate?, dup,
 * entered twice, second account, 小号: the copy is his other account;
 * duplicate created by mistake, 误建, 勿用): a fact about that row, not the customer. A merge does not fill the kept row's empty
 * 备注 with it (it would sit on the surviving customer as his remark, h61 9); it stays in the merged
 * values and the archive. A remark that says more (重复录入，客户说下周签) is the customer's and fills as any.
 */
import { foldText } from './keys/fold';

/** Remarks, once folded and stripped of punctuation and spaces, that say only "this row is a duplicate" (rules as data). */
const ONLY_DUPLICATE: readonly RegExp[] = [
  /^(疑似|可能|或许|应该|好像)?(是)?(重复|重複|重)(录入|输入|登记|录|填|添加|建档|建|客户|数据|记录|行|的|了)*(吗|吧)?$/,
  /^(录|输|填|建)(重|重复|重複)(了)?$/,
  /^(possible|possibly|probable|probably|maybe|likely)?(a)?(dup|dupe|dupl|duplicate|duplicated)(entry|record|row|contact|customer)?$/,
  /^(double|twice)(entry|entered)$/,
  // A copy that says it was made by mistake (QuickBooks' `duplicate created by mistake`, 误建, 建错了, 勿用): the other row is the customer's.
  /^(duplicate|dup|dupe|copy|record|customer|account|row|entry)?(created|entered|added|made|opened)(by|in)(mistake|error)$/,
  /^(duplicate|dup|dupe|copy)?(donotuse|dontuse|notinuse)$/,
  /^(重复|重)?(误建|误录|误填|建错了?|录错了?)(勿用|不要用|别用)?$/,
  /^(重复(录入|建档)?)?(勿用|不要用|别用|作废)$/,
  /^(entered|typed|added)twice$/,
  // A copy that says it is the customer's other account (Shopify's `second account`, 小号): that row's, not his.
  /^(his|her|their|customers?|a)?(second|2nd|another|other|alt|alternate|backup|duplicate|old|new)(shop|store|customer)?(account|acct|login|profile)$/,
  /^(他的|她的|客户的)?(第二个|第2个|第二|另一个|另外一个|备用|新|旧|老)(会员)?(账号|帐号|账户|帐户|会员号)$/,
  /^(小号|副号|二号|马甲号?)$/,
];

export function onlySaysDuplicate(text: string): boolean {
  const bare = foldText(text).replace(/[\s\p{P}\p{S}]+/gu, '');
  return bare !== '' && ONLY_DUPLICATE.some((re) => re.test(bare));
}
