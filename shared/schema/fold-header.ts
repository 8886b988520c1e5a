/**
 * Folds a header cell's text to the form header words are compared in, so that '*手机号码（必填）：',
 * 'Mobile Phone #2', 'E-Mail', 'MobilePhone', '2、您的手机号码' and Taiwan's '行動電話' meet their synonyms.
 */
import { toSimplified } from '../text/simplified';

export interface FoldedHeader {
  /** The words run together ('mobilephone', '客户手机号'): what exact matches and overrides compare. */
  key: string;
  /** The words, in order: Latin words separated, each run of Han characters one word. */
  words: string[];
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Bracketed notes and units: 金额(元), 手机号码(必填), Amount [USD], 【选填】 (after NFKC, （） are ()). */
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}|<[^<>]*>|【[^【】]*】|〔[^〔〕]*〕|《[^《》]*》|〈[^〈〉]*〉|「[^「」]*」/gu;
/** An opening bracket never closed: '手机(必填' loses its tail. */
const UNCLOSED = /[([{<【〔《〈「].*$/su;
/** Question numbering of form exports: '1、', '2.', 'Q3)', '一、', '01 '. */
const LEADING_NUMBER = /^\s*(?:q?\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.、):：_\-]\s*|^\s*\d{1,3}\s+(?=\p{L})/u;
/** Salesforce API names of custom fields end in '__c' (Phone__c). */
const SALESFORCE_SUFFIX = /__c$/i;

/**
 * English plurals fold to the singular on both sides (Emails, Notes, Tags); 'ss' stays (address),
 * and short words are left alone (ids, bus).
 */
function singular(word: string): string {
  return /^[a-z]{3,}s$/.test(word) && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export function foldHeader(text: string): FoldedHeader {
  // Traditional characters are written simplified: 電話 and 电话 are one header word.
  let s = toSimplified(text.replace(ZERO_WIDTH, '').normalize('NFKC')).trim().replace(SALESFORCE_SUFFIX, '');
  // camelCase and PascalCase API names (firstName, MobilePhone, EMailAddress) split before lowercasing.
  s = s.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2');
  // 'e-mail', 'E mail', 'e_mail' are one word, not 'e' and 'mail'.
  s = s.toLowerCase().replace(LEADING_NUMBER, '').replace(/\be[\s\-_.]*mail/g, 'email');
  // 'Customer #', 'Order #', 'Phone #': the sign says number, as 'No.' does (Customer No, Order No).
  s = s.replace(/([\p{L}\p{N}])\s*#\s*$/u, '$1 no');
  const unbracketed = s;
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(BRACKETED, ' ');
  }
  s = s.replace(UNCLOSED, ' ');
  // A header that is nothing but a note in brackets ('(备注)') keeps the note.
  if (!/[\p{L}\p{N}]/u.test(s)) s = unbracketed;
  s = s
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    // Han and Latin runs are separate words ('qq号' → qq 号, '客户email' → 客户 email).
    .replace(/(\p{Script=Han})(?=[\p{Script=Latin}\p{N}])|([\p{Script=Latin}\p{N}])(?=\p{Script=Han})/gu, '$1$2 ')
    // Numbering at the end of a word ('Phone2', 'address1').
    .replace(/(\p{L})(\d+)(?=\s|$)/gu, '$1 $2');
  let words = s.split(' ').filter((w) => w !== '');
  // Numbering of repeated columns ('电话 1', 'Phone 2') is dropped, unless the header is only a number.
  while (words.length > 1 && /^\d+$/.test(words[words.length - 1])) words.pop();
  words = words.map(singular);
  return { key: words.join(''), words };
}
