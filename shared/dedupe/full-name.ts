/**
 * A name written as a surname and a title (张总, 李经理, 王老师, 老王, Mr. Smith) says how a rep addressed
 * the customer, not who he is: in a merge, a duplicate's full name of the same surname (张建国, John
 * Smith) takes its place, the title form listed with the merged values (h59: business cards typed at
 * an expo as 张总, typed again the next day with the full name).
 */
import { parsePersonName, type PersonName } from './keys/person-name';

/** Only a surname and a title: nothing of the given name. */
function titleOnly(n: PersonName): boolean {
  if (n.screen !== undefined) return false;
  return n.script === 'han' ? n.titled : n.given === '' && n.family !== '';
}

/** A whole name: a surname and a given name, no title standing in for either. */
function whole(n: PersonName): boolean {
  if (n.screen !== undefined) return false;
  return n.script === 'han' ? !n.titled && n.surname !== '' && n.given !== '' : n.given !== '' && n.family !== '';
}

const surnameOf = (n: PersonName): string => (n.script === 'han' ? n.surname : n.family);

/**
 * Whether `full` is the whole name of the person `titled` calls by surname and title (张建国 for
 * 张总, John Smith for Mr. Smith). Never between two whole names (张伟 stays 张伟 beside 张伟国),
 * nor across surnames or scripts (刘总 is no 陈建国).
 */
export function isFullNameOf(titled: string, full: string): boolean {
  const a = parsePersonName(titled.trim());
  const b = parsePersonName(full.trim());
  if (a === null || b === null || a.script !== b.script) return false;
  return titleOnly(a) && whole(b) && surnameOf(a) === surnameOf(b);
}
