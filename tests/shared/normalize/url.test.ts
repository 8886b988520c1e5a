import { cleanCell } from '../../../shared/normalize';
import type { Cell } from '../../../shared/table/cell';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });

describe('cleanUrl', () => {
  it.each([
    [' HTTPS://WWW.Example.COM/Path/Page?Q=A ', 'https://www.example.com/Path/Page?Q=A', 'scheme and host only'],
    ['ｗｗｗ．ｂａｉｄｕ．ｃｏｍ', 'www.baidu.com', 'full-width'],
    ['www。baidu。com', 'www.baidu.com', 'IME full stops in the host'],
    ['HTTP://User@Example.COM:8080/A', 'http://User@example.com:8080/A', 'user info and port untouched'],
    ['Example.com/About', 'example.com/About', 'no scheme: not added'],
    ['www.example.com。', 'www.example.com', 'the full stop of the sentence it was copied from'],
    ['见官网 。', '见官网', 'no space left behind when the full stop goes'],
  ])('%j → %j (%s)', (raw, expected) => {
    expect(cleanCell(text(raw), ctxFor('website')).cell).toEqual(text(expected));
  });
  it('leaves non-addresses alone', () => {
    const cell = text('N/A');
    expect(cleanCell(cell, ctxFor('website')).cell).toBe(cell);
  });
});
