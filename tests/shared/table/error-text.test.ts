/**
 * A spreadsheet's error value written out as text (a CSV export's #N/A, a pasted #REF!, Bloomberg's
 * #N/A N/A) is the error, not a value: the table reads it as an error cell, the value kept as typed.
 */
import { errorOfText } from '../../../shared/table/error-text';

describe('errorOfText: the text forms of spreadsheet errors', () => {
  it.each([
    ['#N/A', 'a lookup that found nothing (VLOOKUP, XLOOKUP)'],
    ['#REF!', 'a reference to deleted cells'],
    ['#VALUE!', 'text where a number was needed'],
    ['#DIV/0!', 'a division by an empty cell'],
    ['#NAME?', 'a misspelt function'],
    ['#NUM!', 'a number out of range'],
    ['#NULL!', 'two ranges that do not meet'],
    ['#SPILL!', 'a dynamic array with no room'],
    ['#CALC!', 'an empty array'],
    ['#FIELD!', 'a data type without that field'],
    ['#GETTING_DATA', 'a cube formula still loading'],
    ['#ERROR!', 'Google Sheets\' parse error'],
    ['#N/A N/A', 'Bloomberg\'s add-in, no data'],
    ['#N/A Invalid Security', 'Bloomberg\'s add-in, an unknown ticker'],
    ['Err:502', 'LibreOffice Calc\'s error, as its CSV writes it'],
    [' #REF! ', 'with the spaces an export leaves'],
    ['#n/a', 'typed in lower case (Excel reads it as #N/A)'],
  ])('%j is an error value (%s)', (typed) => {
    expect(errorOfText(typed)).toBe(typed.trim());
  });

  // A Chinese IME types the full-width forms, and a sheet pasted from a chat or a web page keeps them;
  // Excel shows them as typed text, but they say the same error (a lookup that failed).
  it.each([
    ['＃Ｎ／Ａ', 'typed all in full width with a Chinese IME'],
    ['＃ＲＥＦ！', 'full-width letters and exclamation mark'],
    ['#N／A', 'half-width letters, the full-width slash an IME puts in'],
    ['＃N/A', 'a full-width number sign only'],
    ['＃ＶＡＬＵＥ！', '#VALUE! in full width'],
    ['＃ＮＡＭＥ？', 'a full-width question mark'],
    ['＃ＤＩＶ／０！', 'a full-width zero'],
    ['　＃Ｎ／Ａ　', 'with the ideographic spaces around it'],
    ['\t#N/A', 'after a tab pasted from a TSV'],
    ['\u00a0#REF!', 'after the no-break space a web page leaves'],
    ['\ufeff#N/A', 'after the byte-order mark of a CSV\'s first cell'],
    ['\r\n#VALUE!', 'after a line break typed in the cell'],
    ['\u2003＃Ｎ／Ａ', 'after an em space from a document'],
    ['Ｅｒｒ：５０２', 'LibreOffice\'s error typed in full width'],
  ])('%j is the same error value (%s), returned as typed', (typed) => {
    expect(errorOfText(typed)).toBe(typed.trim());
  });

  it.each([
    ['N/A', 'a placeholder somebody typed: no value, not an error'],
    ['Ｎ／Ａ', 'the placeholder in full width: still no error'],
    ['＃１ 店', 'a shop\'s number in full width'],
    ['REF', 'a word'],
    ['#REF', 'no exclamation mark: not what Excel shows'],
    ['#1 Store', 'a shop\'s name'],
    ['#N/A，待补', 'an error pasted into a note with more text'],
    ['#N/AB', 'no space after #N/A: not the Bloomberg form'],
    ['房号#A301', 'a room number'],
    ['Err:50', 'LibreOffice writes three digits'],
    ['', 'empty'],
  ])('%j is not (%s)', (typed) => {
    expect(errorOfText(typed)).toBeNull();
  });
});
