/**
 * Tone-less pinyin of Chinese names through pinyin-pro, cached per character (a sheet holds few
 * distinct characters, so this stays fast at 100k rows). Surnames read with their surname
 * pronunciation (曾 zeng, 单 shan, 解 xie, 区 ou, 仇 qiu), and polyphone surnames also give their
 * other common reading, because typists and pinyin-pro's context rules do not always agree.
 */
import { pinyin } from 'pinyin-pro';
import { remembered, runMemos } from '../../text/run-memos';

/** Surnames read differently from the character's common reading, with every reading in use. */
export const POLYPHONE_SURNAMES: Readonly<Record<string, readonly string[]>> = {
  曾: ['zeng', 'ceng'],
  单: ['shan', 'dan'],
  解: ['xie', 'jie'],
  区: ['ou', 'qu'],
  仇: ['qiu', 'chou'],
  查: ['zha', 'cha'],
  朴: ['piao', 'pu'],
  乐: ['yue', 'le'],
  覃: ['qin', 'tan'],
  盖: ['ge', 'gai'],
  缪: ['miao', 'mou'],
  翟: ['zhai', 'di'],
  折: ['she', 'zhe'],
  召: ['shao', 'zhao'],
  种: ['chong', 'zhong'],
  繁: ['po', 'fan'],
  秘: ['bi', 'mi'],
  句: ['gou', 'ju'],
  员: ['yun', 'yuan'],
  能: ['nai', 'neng'],
  尉: ['yu', 'wei'],
  长: ['chang', 'zhang'],
  重: ['chong', 'zhong'],
  沈: ['shen'],
  燕: ['yan'],
  华: ['hua'],
  任: ['ren'],
  纪: ['ji'],
  宁: ['ning'],
  占: ['zhan'],
};

/** ü is written v, as Chinese keyboards and passports' "LV" / "NV" do. */
const plain = (s: string): string => s.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z]/g, '');

/**
 * Readings are remembered by the run (RunMemos.pinyinDefault, pinyinAll, pinyinSurnames), per
 * character or surname: a sheet holds a few thousand at most, so they are not bounded.
 */
const UNBOUNDED = Infinity;

/** The most common reading of one character ('' when it has none). */
export function defaultReading(ch: string): string {
  return remembered(runMemos()?.pinyinDefault, ch, UNBOUNDED, readDefault);
}

function readDefault(ch: string): string {
  return plain(pinyin(ch, { toneType: 'none' }));
}

/** Every reading of one character, the most common first. */
export function allReadings(ch: string): readonly string[] {
  return remembered(runMemos()?.pinyinAll, ch, UNBOUNDED, readAll);
}

function readAll(ch: string): readonly string[] {
  const first = defaultReading(ch);
  const rest = pinyin(ch, { toneType: 'none', multiple: true, type: 'array' }).map(plain);
  return [...new Set([first, ...rest].filter((x) => x !== ''))];
}

/** Readings of a surname (one or two characters): the surname reading first, then alternates. */
export function surnameReadings(surname: string): readonly string[] {
  return remembered(runMemos()?.pinyinSurnames, surname, UNBOUNDED, readSurname);
}

function readSurname(surname: string): readonly string[] {
  const table = POLYPHONE_SURNAMES[surname];
  const asSurname = plain(pinyin(surname, { toneType: 'none', mode: 'surname', surname: 'head', separator: '' }));
  const r = [...new Set([...(table ?? []), asSurname].filter((x) => x !== ''))];
  return table ? [...new Set([table[0], ...r])] : r;
}
