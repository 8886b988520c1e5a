import { toSimplified } from '../../../shared/text/simplified';

describe('toSimplified: the traditional characters of the words the core looks up', () => {
  it.each([
    ['黑名單', '黑名单', 'a Taiwan or Hong Kong blacklist tag'],
    ['請勿聯繫', '请勿联系', 'do not contact'],
    ['已過世', '已过世', 'deceased'],
    ['黑名单', '黑名单', 'simplified text is unchanged'],
    ['VIP, Do Not Contact', 'VIP, Do Not Contact', 'Latin text is unchanged'],
  ])('%j → %j (%s)', (text, expected) => {
    expect(toSimplified(text)).toBe(expected);
  });
});
