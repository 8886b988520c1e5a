import { cleanCell } from '../../../shared/normalize';
import { looksLikeFormula } from '../../../shared/normalize/formula-text';
import type { Cell } from '../../../shared/table/cell';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });

describe('text that reads as a formula is no name: the name and company cleaners leave it as typed', () => {
  it.each([
    ['=HYPERLINK("http://evil/","x")', 'name', 'not proper-cased to =Hyperlink(…)'],
    ['=HYPERLINK("http://evil/","x")', 'company', 'as typed'],
    ['@SUM(1+1)', 'company', 'its leading @ not dropped as a stray'],
    ['@SUM(1+1)', 'name', 'its leading @ not dropped as a stray'],
    ['+A1', 'owner', 'a reference'],
    ['-2+3', 'name', 'a sum'],
    ["=cmd|' /C calc'!A0", 'company', 'a DDE call'],
  ])('%j in a %s column (%s)', (raw, field) => {
    expect(cleanCell(text(raw), ctxFor(field as 'name')).cell).toEqual(text(raw));
  });

  it.each([
    ['-李四-', 'name', '李四', 'a name between strays is still tidied'],
    [',张三', 'name', '张三', 'a leading comma is a stray'],
    ['JOHN SMITH', 'name', 'John Smith', 'a name in one case is still proper-cased'],
    ['-Acme Trading-', 'company', 'Acme Trading', 'a company between dashes'],
  ])('%j in a %s column → %j (%s)', (raw, field, expected) => {
    expect(cleanCell(text(raw), ctxFor(field as 'name')).cell).toEqual(text(expected));
  });

  it.each([
    ['=1+1', true], ['@SUM(1+1)', true], ['+86 138', true], ['-2', true], ['-(A1)', true], ['- A1+B1', true],
    ['-李四-', false], ['张三', false], ['Smith-Jones', false], ['-Smith-', false],
  ])('looksLikeFormula(%j) is %s', (value, expected) => {
    expect(looksLikeFormula(value)).toBe(expected);
  });
});
