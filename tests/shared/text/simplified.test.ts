import { toSimplified } from '../../../shared/text/simplified';

describe('toSimplified: traditional characters written simplified (OpenCC, Hong Kong → mainland)', () => {
  it.each([
    ['黑名單', '黑名单', 'a Taiwan or Hong Kong blacklist tag'],
    ['請勿聯繫', '请勿联系', 'do not contact'],
    ['已過世', '已过世', 'deceased'],
    ['陳經理', '陈经理', 'an owner as Taiwan writes him'],
    ['廣州電器有限公司', '广州电器有限公司', 'a company'],
    ['臺北貿易', '台北贸易', '臺 is 台'],
    ['身分證字號', '身分证字号', 'a header word'],
    ['綫上客戶', '线上客户', 'a Hong Kong variant (綫)'],
    ['陈经理', '陈经理', 'simplified text is unchanged'],
    ['黑名单', '黑名单', 'simplified text is unchanged'],
    ['VIP, Do Not Contact', 'VIP, Do Not Contact', 'Latin text is unchanged'],
  ])('%j → %j (%s)', (text, expected) => {
    expect(toSimplified(text)).toBe(expected);
  });
});
