import { findDuplicates } from '../../../shared/dedupe/find-duplicates';
import { DEFAULT_DEDUPE_SETTINGS } from '../../../shared/dedupe/settings';
import { records } from '../dedupe/helpers';
import { isCutShortAccount, isMasked, isZeroDate, isFillerRun, isPlaceholder, isSkipCode } from '../../../shared/normalize/placeholder';
import { cleanCell } from '../../../shared/normalize';
import { ctxFor } from './context';

describe('isPlaceholder: what people type to say a cell has no value', () => {
  it.each([['无'], ['暂无'], [' / '], ['N/A'], ['tbd']])('%j is a placeholder', (t) => expect(isPlaceholder(t)).toBe(true));
  it.each([['无锡'], ['张伟'], ['13812345678']])('%j is a value', (t) => expect(isPlaceholder(t)).toBe(false));
});

describe('a survey\'s unanswered question', () => {
  it.each(['(跳过)', '（空）', '(空)', '(未作答)', 'anonymous', 'Anonymous', '匿名'])('%j is no value (问卷星, Microsoft Forms)', (t) => expect(isPlaceholder(t)).toBe(true));
  it.each(['空调', '跳过了', '匿名者科技'])('%j is a value', (t) => expect(isPlaceholder(t)).toBe(false));

  it('问卷星\'s -3 (skipped) in a company cell stays as it is, never the company "3", and agrees with no other row', () => {
    expect(isSkipCode('-3')).toBe(true);
    expect(isSkipCode('-30')).toBe(false);
    expect(cleanCell({ kind: 'text', value: '-3' }, ctxFor('company')).cell).toEqual({ kind: 'text', value: '-3' });
    // In an amount column, -3 is a refund of three.
    expect(cleanCell({ kind: 'text', value: '-3' }, ctxFor('amount')).cell).toEqual({ kind: 'number', value: -3 });
    expect(findDuplicates(records([{ name: '张伟', company: '-3', mobile: '13812345678' }, { name: '张伟', company: '-3', mobile: '13812345679' }]), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: 'CN' })
      .groups.flatMap((g) => g.reasons.map((r) => r.code))).not.toContain('dedupe.reason.company.same');
  });
});

describe('isFillerRun: keys typed to fill a required cell', () => {
  it.each([['8888888'], ['0000000'], ['1234567'], ['87654321'], ['123'], ['aaa'], ['a'], ['1']])('%j is filler', (t) => expect(isFillerRun(t)).toBe(true));
  it.each([['64381234'], ['5350990'], ['12'], ['zhangwei'], ['214360069'], ['1357911']])('%j is a value', (t) =>
    expect(isFillerRun(t)).toBe(false));
});

describe('isPlaceholder: a cell that is another cell\'s, or says its own field is missing', () => {
  it.each(['同上', '同左', '〃', 'ditto', 'Same as above', '地址不详', '电话未填', '无地址', '暂无邮箱', '未填写'])('%j is none', (t) => {
    expect(isPlaceholder(t)).toBe(true);
  });
  it.each(['同上海路1号', '不详细', '地址', '无锡', '无锡市新区'])('%j is a value', (t) => {
    expect(isPlaceholder(t)).toBe(false);
  });
});

describe('isZeroDate: a date that stands for none', () => {
  it.each(['0000-00-00', '0000-00-00 00:00:00', '0000/00/00', ' 0000-0-0 ', '1900-01-00', '1900/1/0',
    '0/0/00', '00/00/0000'])('%j is none', (t) => {
    expect(isZeroDate(t)).toBe(true);
  });
  it.each(['1900-01-01', '2024-00-00', '0000', '00:00:00', '1990-05-00', '0/0/24', '0000-12-03'])('%j is a date, or a mistake to flag', (t) => {
    expect(isZeroDate(t)).toBe(false);
  });
});

describe('an address book\'s birthdays exported without a value or a year', () => {
  it('Outlook\'s 0/0/00 (a contact with no birthday) is a blank birthday, no impossible date', () => {
    const cell = { kind: 'text', value: '0/0/00' } as const;
    expect(cleanCell(cell, ctxFor('birthday', { dates: { ambiguous: 'month-first' } }))).toEqual({ cell, findings: [] });
  });

  it.each([
    ['0000-12-03', 'Square writes a birthday without its year 0000-MM-DD'],
    ['1604-12-04', 'an iPhone (Apple Contacts, vCard) writes it 1604-MM-DD'],
    ['1604-02-29', '1604 is a leap year: 29 February fits'],
    ['0000-12-03 00:00:00', 'with a database\'s midnight'],
  ])('%j is a birthday without its year, kept as written (%s)', (value) => {
    const cell = { kind: 'text', value } as const;
    expect(cleanCell(cell, ctxFor('birthday'))).toEqual({ cell, findings: [{ code: 'date.noYear', severity: 'info', params: { value } }] });
  });

  it('is no day to place as a contract\'s end', () => {
    expect(cleanCell({ kind: 'text', value: '0000-12-03' }, ctxFor('contractEnd')).findings.map((f) => f.code)).toEqual(['date.noYearNeeded']);
  });
});

describe('isCutShortAccount: a buyer\'s account hidden only at its end, enough of it shown to tell it apart', () => {
  it.each([['jd_d62a3a210***'], ['tb12345678**']])('%j is one', (text) => {
    expect(isCutShortAccount(text)).toBe(true);
  });

  it.each([['138****5678'], ['jd_***'], ['张*'], ['z***@qq.com'], ['jd_d62a3a210'], ['110105********0035']])('%j is not', (text) => {
    expect(isCutShortAccount(text)).toBe(false);
  });
});

describe('isMasked: a value an export hid part of', () => {
  it.each([['138****5678'], ['110105********0035'], ['z***@qq.com'], ['张*'], ['李**'], ['＊＊＊5678']])('%j is masked', (text) => {
    expect(isMasked(text)).toBe(true);
  });

  it.each([['13812345678'], ['zw@qq.com'], ['张伟'], ['***'], ['']])('%j is not', (text) => {
    expect(isMasked(text)).toBe(false);
  });

  it('in a phone, ID or e-mail column it is said as a fact, not flagged invalid', () => {
    for (const [field, value] of [['mobile', '138****5678'], ['idCard', '110105********0035'], ['email', 'z***@qq.com']] as const) {
      const cell = { kind: 'text', value } as const;
      expect(cleanCell(cell, ctxFor(field))).toEqual({ cell, findings: [{ code: 'cell.masked', severity: 'info', params: { value } }] });
    }
  });

  it('a masked name keeps its asterisk (tidied to 张 it would look like a name)', () => {
    const cell = { kind: 'text', value: '张*' } as const;
    expect(cleanCell(cell, ctxFor('name'))).toEqual({ cell, findings: [] });
  });
});
