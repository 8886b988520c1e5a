/**
 * A Japanese name keeps the space between family and given name (田中 太郎, 佐藤　花子): it is how the
 * name is written, not the typing noise a space inside a Chinese name is (张 伟). Told by kana, or by
 * a common Japanese family name that no Chinese name begins with, before the space.
 */

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Common Japanese family names of two or more kanji (Chinese names begin with none of them). */
const FAMILY_NAMES = new Set([
  '佐藤', '鈴木', '高橋', '髙橋', '田中', '伊藤', '渡辺', '渡邊', '渡邉', '山本', '中村', '小林', '加藤', '吉田', '山田',
  '佐々木', '山口', '松本', '井上', '木村', '斎藤', '斉藤', '齋藤', '清水', '山崎', '池田', '橋本', '阿部', '石川', '山下',
  '中島', '石井', '小川', '前田', '岡田', '長谷川', '藤田', '後藤', '近藤', '村上', '遠藤', '青木', '坂本', '福田', '太田',
  '西村', '藤井', '金子', '岡本', '藤原', '中野', '三浦', '原田', '松田', '竹内', '小野', '田村', '中山', '和田', '石田',
  '森田', '上田', '柴田', '酒井', '工藤', '横山', '宮崎', '宮本', '内田', '高木', '安藤', '島田', '谷口', '大野',
  '高田', '丸山', '今井', '河野', '藤本', '村田', '武田', '上野', '杉山', '増田', '小山', '大塚', '平野', '菅原', '久保',
  '松井', '千葉', '岩崎', '桜井', '木下', '野口', '松尾', '菊地', '野村', '新井', '渡部', '佐野', '杉本', '古川', '大西',
]);

const SPACED = /^(\S+)\s(\S+)$/u;

export function isJapaneseName(name: string): boolean {
  return KANA.test(name) || isSpacedJapaneseName(name);
}

/** 田中 太郎: a common Japanese family name, a space, and a given name of one to three kanji. */
export function isSpacedJapaneseName(name: string): boolean {
  const m = SPACED.exec(name.trim());
  return m !== null && m[1].length >= 2 && FAMILY_NAMES.has(m[1]) && /^\p{Script=Han}{1,3}$/u.test(m[2]);
}
