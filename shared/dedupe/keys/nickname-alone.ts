/**
 * A row its sheet knows only by the WeChat nickname: 企业微信's 客户联系 export names each customer by the
 * nickname he chose (客户名称: Tony苏华鹏, 小白杰娟, 🌸陶梓飞) and by the 备注名 staff typed, mostly left blank.
 * Left out, two such rows of one company met on the company alone, two colleagues taken for one
 * customer held by two reps (tester h76 #4: 30 people 可能撞单). The nickname is compared as one
 * (name-grade.ts gradeScreen): within one export it is the WeChat user's, so two differ as two users do.
 */
import type { PersonName } from './person-name';
import { screenKey } from './screen-name';

/** The nickname as the row's name, compared only as a nickname; null when there is none. */
export function nicknameAlone(nickname: string, parse: (text: string) => PersonName | null): PersonName | null {
  if (nickname.trim() === '') return null;
  const parsed = parse(nickname);
  return parsed === null ? null : { ...parsed, screen: screenKey(nickname), nicknameOnly: true };
}
