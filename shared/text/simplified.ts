/**
 * Traditional Chinese characters to simplified, for the words the core looks up (standings such as
 * 黑名單, 請勿聯繫, 已過世): a Hong Kong or Taiwan sheet says the same thing in other characters.
 * Only the characters those word lists use are here; a full conversion (OpenCC) is far more than
 * matching a few dozen words needs.
 */
const TO_SIMPLIFIED: Readonly<Record<string, string>> = {
  單: '单', 請: '请', 聯: '联', 繫: '系', 絡: '络', 過: '过', 註: '注', 銷: '销', 閉: '闭', 無: '无',
  錯: '错', 號: '号', 擾: '扰', 絕: '绝', 來: '来', 電: '电', 終: '终', 結: '结', 約: '约', 丟: '丢',
  輸: '输', 棄: '弃', 關: '关', 沒: '没', 興: '兴', 確: '确', 暫: '暂', 戶: '户', 預: '预',
};

const TRADITIONAL = new RegExp(`[${Object.keys(TO_SIMPLIFIED).join('')}]`, 'gu');

/** `s` with the traditional characters of the core's word lists written simplified. */
export function toSimplified(s: string): string {
  return s.replace(TRADITIONAL, (c) => TO_SIMPLIFIED[c]);
}
