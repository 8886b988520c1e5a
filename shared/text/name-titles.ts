/**
 * Titles and forms of address typed beside a Chinese name (张伟先生, 王伟 总经理, 李老师): read by the
 * duplicate keys, which take them off the name, and by the name cleaner, which keeps a space typed
 * between a whole name and its title. Only words of two characters or more: one character that may
 * end a given name (工, 总, 姐) is the keys' own business.
 */
export const HAN_TITLE_WORDS: readonly string[] = [
  '先生', '女士', '小姐', '太太', '夫人', '老师', '老師', '经理', '經理', '总经理', '总监', '總監', '主任', '老板', '老闆',
  '董事长', '董事長', '院长', '医生', '醫生', '律师', '同学', '师傅', '阿姨', '叔叔', '奶奶', '爷爷', '大爷', '大妈',
];

const TITLES = new Set(HAN_TITLE_WORDS);

/** Whether `word` is one of the titles above, whole. */
export const isHanTitle = (word: string): boolean => TITLES.has(word);
