/**
 * Which phone columns keep every number's country code by their header: messaging apps that find an
 * account by its number with the code, and columns marked international. A shop's 手机 or Mobile
 * column is none of them.
 */
import { isInternationalPhoneHeader } from '../../../shared/plan/international-columns';

describe('a phone column dialled from anywhere, by its header', () => {
  it.each<[string, boolean, string]>([
    ['WhatsApp', true, 'a 外贸 lead sheet\'s buyer number'],
    ['Whatsapp', true, 'as typed in lower case'],
    ['WhatsApp号码', true, 'with a Chinese word after it'],
    ['Whats App No.', true, 'split in two'],
    ['WA No.', true, 'the short form'],
    ['Telegram', true, 'another messaging app'],
    ['Viber', true, 'and one more'],
    ['国际电话', true, 'said outright in Chinese'],
    ['海外手机', true, 'an overseas mobile'],
    ['International Phone', true, 'said outright in English'],
    ['Intl. Mobile', true, 'abbreviated'],
    ['手机', false, 'a shop\'s own mobiles'],
    ['Mobile', false, 'an English one'],
    ['联系电话', false, 'a contact number'],
    ['Wang Mobile', false, 'a word that only starts like WA'],
  ])('%j → %j: %s', (header, expected) => {
    expect(isInternationalPhoneHeader(header)).toBe(expected);
  });
});
