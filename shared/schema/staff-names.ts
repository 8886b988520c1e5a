/**
 * Whether a staff column (Instructor, 老师, 策划师) names the staff who look after each customer, as a
 * team types them: Emma Clarke, 陈老师, Anna老师, 小周, 阿杰, 王磊. The same headers hold what is taught
 * in other sheets (钢琴, 古筝, Hot Yoga): those name no one to remind (header-map.ts staffOfNames).
 */
import { cellText, type Cell } from '../table/cell';
import { toHalfWidth } from '../text/fold';
import { countFilled } from './sniff-column';
import { toSimplified } from '../text/simplified';
import { COMMON_SURNAMES, COMPOUND_SURNAMES, isWholeHanName } from '../text/surnames';
import { isPersonName } from './sniff-column';
import { foldHeader } from './fold-header';
import { SERVICE_STAFF, TRADE_STAFF } from './service-roles';

/** Values looked at, and how many must be present and how many must be names. */
const MIN_VALUES = 3;
const SHARE = 0.8;

/** What follows a surname or an English name in how a team calls its staff (陈老师, 王教练, Anna老师, 李姐). */
const TITLE = /(?:老师|教练|教师|导师|医生|师傅|师父|经理|店长|主管|顾问|设计师|策划师?|咨询师|验光师|技师|美容师|发型师|美甲师|总|姐|哥|工)$/u;
/** A nickname: 小周, 阿杰, 老王 (one character after 小, 阿 or 老). */
const NICKNAME = /^[小阿老]\p{Script=Han}$/u;
/** A shop's doubled nickname (丽丽, 婷婷, 菲菲: tester h72's 眼镜店 店员 小美 / 阿杰 / 丽丽). */
const DOUBLED = /^(\p{Script=Han})\1$/u;
/** Doubled words that say how often or how, no one's name. */
const DOUBLED_WORDS: ReadonlySet<string> = new Set(['常常', '天天', '刚刚', '渐渐', '慢慢', '好好', '偏偏', '往往', '人人', '个个', '仅仅', '默默',
  '悄悄', '统统', '处处', '时时', '年年', '月月', '日日', '次次', '多多', '少少', '大大', '早早']);
const LATIN_NAME = /^\p{Script=Latin}[\p{Script=Latin}'’.-]*$/u;
/**
 * Words of what a class or a plan is (Hot Yoga, Beginner Piano, Private Lessons): a staff column of
 * these says what is taught, no one's name. A name has at least one word outside this list.
 */
const COURSE_WORDS: ReadonlySet<string> = new Set([
  'yoga', 'hot', 'flow', 'vinyasa', 'hatha', 'yin', 'power', 'pilates', 'reformer', 'barre', 'spin', 'spinning', 'cycle', 'hiit', 'boxing',
  'zumba', 'dance', 'ballet', 'swim', 'swimming', 'tennis', 'golf', 'piano', 'violin', 'guitar', 'drums', 'voice', 'vocal', 'singing', 'cello',
  'math', 'maths', 'english', 'science', 'art', 'beginner', 'beginners', 'intermediate', 'advanced', 'kids', 'teens', 'adult', 'adults',
  'private', 'group', 'class', 'classes', 'course', 'lesson', 'lessons', 'session', 'sessions', 'level', 'intro', 'trial', 'unlimited',
  'premium', 'standard', 'basic', 'package', 'plan', 'membership', 'monthly', 'annual', 'online', 'gold', 'silver', 'bronze', 'vip',
]);

/** One value names a staff member. */
export function isStaffName(value: string): boolean {
  const s = toSimplified(toHalfWidth(value).trim());
  if (s === '') return false;
  if (NICKNAME.test(s) || isWholeHanName(s) || (DOUBLED.test(s) && !DOUBLED_WORDS.has(s))) return true;
  const titled = TITLE.exec(s);
  if (titled && titled.index > 0) {
    const before = s.slice(0, titled.index).trim();
    return COMMON_SURNAMES.has(before) || COMPOUND_SURNAMES.has(before) || isWholeHanName(before) || LATIN_NAME.test(before);
  }
  // A Chinese word that is no name by the above (钢琴, 古筝, 前台) names no one.
  if (/\p{Script=Han}/u.test(s) || !isPersonName(s)) return false;
  return !s.toLowerCase().split(/\s+/u).every((w) => COURSE_WORDS.has(w));
}

/**
 * Enough of the column's first filled values are read, and most name no staff member: a column of
 * courses (钢琴, Hot Yoga) under a staff header. Too few to tell is no verdict.
 */
export function namesNoStaff(cells: readonly Cell[]): boolean {
  const { seen, hits } = countFilled(cells, (cell) => cell.kind === 'text' && isStaffName(cellText(cell)));
  return seen >= MIN_VALUES && hits < seen * SHARE;
}

/** Most of the column's first filled values name staff members (isStaffName). */
export function holdsStaffNames(cells: readonly Cell[]): boolean {
  const { seen, hits } = countFilled(cells, (cell) => cell.kind === 'text' && isStaffName(cellText(cell)));
  return seen >= MIN_VALUES && hits >= seen * SHARE;
}

/**
 * Headers of staff (header-map.ts carerOfNames): a studio's Instructor, a school's 老师, a wedding
 * firm's 策划师, a decorator's 设计师, a consultancy's Consultant. Where no rep's column says who holds a customer, the one member of staff who looks after
 * him is whom his reminders go to (tester h71: every reminder of a yoga studio, a music school and a
 * wedding planner went to Unassigned). Only over staff names (陈老师, 小周, Emma Clarke): the same
 * headers hold what is taught (钢琴, Hot Yoga) in other sheets.
 */
const STAFF_KEYS: ReadonlySet<string> = new Set(['instructor', 'assigned instructor', 'primary instructor', 'instructor name', 'teacher', 'teacher name',
  'class teacher', 'tutor', 'planner', 'wedding planner', 'event planner', 'designer', 'interior designer', 'consultant', 'assigned consultant',
  '老师', '任课老师', '授课老师', '主课老师', '负责老师', '教师', '策划师', '策划', '婚礼策划', '婚礼策划师', '策划人', '负责策划',
  // A clinic's 咨询师 is its rep (an owner synonym: fields.ts); a 心理咨询师 treats.
  '设计师', '主案设计师', '负责设计师', '心理咨询师',
  // A salon's Stylist and a garage's Mechanic (tester h73: every reminder of both went to Unassigned).
  'stylist', 'hair stylist', 'hairdresser', 'barber', 'nail technician', 'mechanic', 'technician', 'assigned technician',
  // The trades whose staff each serve their own clients (tester h75 #11: a photo studio's every reminder went to Unassigned).
  ...TRADE_STAFF].map((w) => foldHeader(w).key));

/** The folded header key (foldHeader) is one of STAFF_KEYS. */
export const isStaffKey = (key: string): boolean => STAFF_KEYS.has(key);

/**
 * The owner's column is staff who look after the customer (an Instructor, a 老师, a 策划师, a coach,
 * a 前台), not a rep who holds him: what the summary says of the owner it read.
 */
export function isStaffHeader(header: string): boolean {
  const key = foldHeader(header).key;
  return STAFF_KEYS.has(key) || STAFF_FALLBACK_KEYS.has(key);
}

/** The owner's fallback words of service staff (service-roles.ts SERVICE_STAFF: 教练, Coach, 美容师, Hygienist). */
const STAFF_FALLBACK_KEYS: ReadonlySet<string> = new Set([...SERVICE_STAFF, 'crew', 'receptionist', '前台', '接待人', '接待员'].map((w) => foldHeader(w).key));

/** A practice's Provider (Primary Provider, Provider Name): its clinicians where it names them (header-map.ts carerOfNames). */
const PROVIDER_KEYS: ReadonlySet<string> = new Set(['provider', 'provider name', 'primary provider', 'preferred provider', 'treating provider',
  'assigned provider', 'rendering provider', 'dental provider', 'usual provider'].map((w) => foldHeader(w).key));

/** The header is a practice's Provider: over clinicians' names, the staff who treat the patient. */
export const isProviderHeader = (header: string): boolean => PROVIDER_KEYS.has(foldHeader(header).key);
