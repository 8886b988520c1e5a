/**
 * A policy's status saying it is in force (有效, 宽限期, 缴费中, In Force, Grace Period): in a sheet of
 * policies only, where the status is the policy's. Elsewhere 有效 is a lead's (有效线索 vs 无效) and
 * says nothing of a purchase. A holder whose policy is in force is a current customer however long ago
 * he took it out (tester h78 #2: an agent's whole book was 流失客户 though 保单状态 said 有效).
 */
import type { CustomerRecord } from '../table/records';
import { isBlank } from '../table/cell';
import { foldValue } from './fold-value';
import { toSimplified } from '../text/simplified';

/** Words of a policy in force, simplified and folded (rules as data). 失效, 退保, 满期 end it (standing.ts). */
const IN_FORCE: ReadonlySet<string> = new Set([
  '有效', '有效中', '生效', '生效中', '已生效', '保障中', '在保', '承保', '已承保', '正常', '正常缴费', '缴费中', '交费中', '续期正常',
  '宽限期', '宽限期内', '宽限期中', '缴费宽限期', '已缴清', '缴清', '缴费已满', '交清',
  'in force', 'inforce', 'active', 'premium paying', 'paid up', 'paid-up', 'grace', 'grace period', 'in grace period',
]);

/** The record's status says its policy is in force. `memo`: text → answer, for a book whose few statuses repeat. */
export function policyInForce(record: CustomerRecord, memo?: Map<string, boolean>): boolean {
  const cell = record.fields.status;
  if (!cell || isBlank(cell) || cell.kind !== 'text') return false;
  let says = memo?.get(cell.value);
  if (says === undefined) {
    says = IN_FORCE.has(toSimplified(foldValue(cell.value)).trim());
    memo?.set(cell.value, says);
  }
  return says;
}
