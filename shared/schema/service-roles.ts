/**
 * Service staff: who teaches, treats, trains or services a customer (a school's 班主任, a clinic's
 * 主治医生, a gym's 私教, a 4S dealer's 服务顾问, a salon's 美容师), as against the sales rep who holds
 * him and sells the renewal (课程顾问, 会籍顾问, 销售顾问). Two of them on one customer's rows are
 * co-carers (a pupil in two courses, a patient with two doctors), never a 撞单: the duplicate finder
 * keeps their rows as records, each carer's own (dedupe/find-duplicates.ts `serviceRole`).
 */
import { foldHeader } from './fold-header';

/**
 * The service staff whose column holds a customer only where no sales rep's column does: the owner
 * field's fallbackSynonyms (schema/fields.ts) spread this list, so the rep wins over them when both
 * columns exist and the 撞单 decision reads the same words.
 */
export const SERVICE_STAFF: readonly string[] = [
  // A gym's trainer (私教, 教练: only the members who bought personal training have one), a 4S dealer's
  // 服务顾问 and 技师 (who service the car), a clinic's doctor.
  '教练', '私教', '私人教练', 'coach', 'personal trainer', 'trainer', '服务顾问', '技师', '维修技师', '主治医生', '责任医生', '主诊医生',
  // A salon's 美容师 does the treatments; the 美容顾问 beside her sells the cards and holds the client.
  '美容师',
  // A dental practice's hygienist, and a clinic's 接诊医生 (the doctor who saw the patient): who treats
  // him, behind a doctor or a rep who holds him. A bare Provider only over clinicians' names (header-map.ts).
  'hygienist', 'dental hygienist', 'assigned hygienist', '洁牙师', '口腔卫生士', '接诊医生', '就诊医生',
  // A 眼镜店's 验光师 tests the eyes, the 店员 beside him sells the frames and holds the customer; a 理发店's
  // 发型师 and a 美甲店's 美甲师 do the work (tester h72 #9: every reminder of the 眼镜店 went to 未分配).
  '验光师', '验光员', '视光师', '配镜师', '发型师', '理发师', '美甲师',
  // A 药房's 药师 follows the chronic patient's refills; the 店员 or 会籍顾问 beside him sells (tester h76 #5).
  '药师', '执业药师', '驻店药师', '责任药师', '药剂师', 'pharmacist',
  // A care home's 社工 (a 長照中心's 林社工) and its 个案管理师, a UK home's Key Worker or Social Worker, serve
  // their residents: each resident's reminders are theirs where no rep column exists (tester h78 #7: all 未分配).
  '社工', '社工师', '社会工作者', '个案社工', '责任社工', '个案管理师', '个管师', '照服员', '照顾服务员',
  'social worker', 'key worker', 'keyworker', 'case manager', 'care manager', 'care coordinator',
];

/**
 * The staff of a trade who each serve their own clients, as a salon's Stylist does: a photo studio's
 * photographer, a massage clinic's therapist, a groomer, a tutor, a beautician, a 影楼's 摄影师. Over
 * their names (Kate, Dom, 阿伟) they hold the client where no rep's column does (staff-names.ts
 * STAFF_KEYS); beside a rep they are his carer; two on one client are no 撞单 (SERVICE_ROLES). Only over
 * names: a Photographer column of Yes / No says whether one was booked.
 */
export const TRADE_STAFF: readonly string[] = [
  'photographer', 'lead photographer', 'main photographer', 'assigned photographer', 'photographer name', 'videographer',
  'therapist', 'assigned therapist', 'massage therapist', 'physiotherapist', 'physio', 'counsellor', 'counselor',
  'groomer', 'dog groomer', 'pet groomer', 'assigned groomer', 'tutor name', 'assigned tutor', 'personal tutor', 'private tutor',
  'beautician', 'esthetician', 'aesthetician', 'makeup artist', 'tattoo artist', 'lash technician', 'nail tech', 'driving instructor',
  '摄影师', '主摄', '主摄影师', '摄像师', '化妆师', '跟妆师', '宠物美容师', '美容师', '按摩师', '推拿师', '理疗师', '家教', '家教老师', '陪练', '陪练老师', '训犬师',
  // A vet practice's vet (Veterinarian: Dr. Kim) sees the pets of the owners he holds, as a groomer does
  // (tester h77 #9: 31 reminders Unassigned beside a Veterinarian column).
  'veterinarian', 'vet', 'attending vet', 'attending veterinarian', 'assigned vet', 'primary vet', 'dvm', '兽医', '兽医师', '主治兽医', '宠物医生',
];

/**
 * Every header word of a carer (folded as headers are: simplified, lower case). A school's 班主任 holds
 * its pupils (an owner synonym of its own) yet is a carer: a pupil in two classes has two.
 */
export const SERVICE_ROLES: readonly string[] = [
  ...SERVICE_STAFF,
  '班主任', '老师', '任课老师', '授课老师', '带班老师', '主讲老师', '教师', '辅导老师',
  '医生', '医师', '主治医师', '牙医', '治疗师', '康复师', '护士', '理疗师', '美甲师', '发型师', '造型师', '健身教练',
  // A law firm's lawyers on a client's cases (承办律师, 主办 and 协办 on one case), a 物业's 管家 of each
  // building: one client's matters and one owner's flats are each their carer's, no 撞单 (tester h68).
  '律师', '承办律师', '主办律师', '经办律师', '管家', '物业管家', '楼栋管家', 'lawyer', 'attorney', 'solicitor',
  // A guesthouse's front desk (前台, 接待人, Receptionist): a guest's two stays checked in by two of them are not a 撞单.
  '前台', '前台接待', '接待人', '接待员', 'front desk', 'receptionist', 'checked in by',
  // A 家政 firm's 阿姨 (保姆, 月嫂, 育儿嫂) works in the employer's home; the firm's 负责人 holds the employer.
  '阿姨', '阿姨姓名', '服务阿姨', '保姆', '保姆姓名', '月嫂', '月嫂姓名', '育儿嫂', '家政员', '家政人员', 'nanny', 'caregiver',
  'teacher', 'class teacher', 'homeroom teacher', 'tutor', 'instructor', 'doctor', 'dentist', 'physician', 'therapist', 'stylist',
  // A salon's hairdresser and a garage's mechanic do the work; two on one client typed twice are no 撞单.
  'hair stylist', 'hairdresser', 'barber', 'nail technician', 'mechanic', 'technician', 'assigned technician',
  ...TRADE_STAFF,
];

/**
 * Words of a sales role inside a longer header (销售老师, 顾问老师, 学管老师): the rep who sells the
 * renewal, whose two on one customer are a 撞单 still.
 */
const SALES_MARKS: readonly string[] = ['销售', '顾问', '学管', '业务', '客户经理', '归属', 'sales', 'account', 'advis',
  // A bank's or a club's 专属管家 / 客户管家 holds the client as an account manager does; a 物业's 管家 serves a building.
  '专属管家', '客户管家'];

const EXACT: ReadonlySet<string> = new Set(SERVICE_ROLES.map((w) => foldHeader(w).key));
const HAN_ROLES: readonly string[] = SERVICE_ROLES.filter((w) => /^\p{Script=Han}+$/u.test(w));

/**
 * The owner column's header names a carer: one of SERVICE_ROLES, or a Chinese header ending in one
 * (私教教练, 负责老师) that names no sales role.
 */
export function isServiceRoleHeader(header: string): boolean {
  const { key, words } = foldHeader(header);
  if (key === '') return false;
  if (EXACT.has(key) || EXACT.has(words.join(' '))) return true;
  if (SALES_MARKS.some((m) => key.includes(m))) return false;
  return HAN_ROLES.some((w) => key.endsWith(w));
}

/**
 * Who typed the customer in (录入人, 登记人: the owner field's fallbacks that are no service staff): beside
 * a service-staff column it makes no rep, and no carer of the staff.
 */
const ENTRY_KEYS: ReadonlySet<string> = new Set(['录入人', '登记人'].map((w) => foldHeader(w).key));

/** The owner column's header names who typed the customer in (录入人), neither a rep nor a carer. */
export const isEntryHeader = (header: string): boolean => ENTRY_KEYS.has(foldHeader(header).key);

/**
 * A shop's 店员 (服务店员, 接待店员): the clerk who served the customer keeps his reminders, as a 导购 does,
 * yet a customer two clerks each registered once is normal in a shop, as a clinic's two carers are: said
 * as served by two clerks (DuplicateGroup.ownerConflict.carers), never a 撞单, the copy still merged. A
 * 专属导购 or 所属店员 is assigned to hold members of her own: two of them on one member are a 撞单 still.
 */
const SHOP_CLERK_KEYS: ReadonlySet<string> = new Set(['店员', '服务店员', '接待店员', '店员姓名', '营业员姓名', '收银员', '收银',
  'shop assistant', 'sales assistant', 'served by', 'cashier', 'clerk', 'store clerk'].map((w) => foldHeader(w).key));

/** The owner column's header names a shop's clerk who served the customer (店员), not one assigned to hold him. */
export const isShopClerkHeader = (header: string): boolean => SHOP_CLERK_KEYS.has(foldHeader(header).key);
