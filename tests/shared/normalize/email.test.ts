import { cleanCell } from '../../../shared/normalize';
import { suggestDomain, suggestEmail } from '../../../shared/normalize/email-typo';
import { isValidEmail } from '../../../shared/normalize/email';
import type { Cell } from '../../../shared/table/cell';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });
const ctx = ctxFor('email');

describe('cleanEmail', () => {
  it.each([
    ['  Zhang.Wei@QQ.com ', 'zhang.wei@qq.com', 'trimmed and lower-cased'],
    ['ｚｈａｎｇｗｅｉ＠１６３．ｃｏｍ', 'zhangwei@163.com', 'full-width letters, ＠ and ．'],
    ['zhangwei@163。com', 'zhangwei@163.com', 'the IME full stop 。 in the domain'],
    ['mailto:li.na@sina.com', 'li.na@sina.com', 'copied link prefix'],
    ['MAILTO:Li.Na@Sina.com', 'li.na@sina.com', 'prefix in capitals'],
    ['wang @ 126.com', 'wang@126.com', 'spaces around @'],
    ['<john.smith@gmail.com>', 'john.smith@gmail.com', 'angle brackets from a mail client'],
    ['张伟 <ZW@qq.com>', 'zw@qq.com', 'a display name before the address, as a mail program copies it'],
    ['"Wei Zhang" <zw@qq.com>', 'zw@qq.com', 'a quoted display name'],
    ['john.smith@gmail.com.', 'john.smith@gmail.com', 'the full stop that ended a sentence'],
    ['zhang\u200Bwei@qq.com', 'zhangwei@qq.com', 'zero-width space from a web page'],
  ])('%j → %j (%s)', (raw, expected) => {
    const r = cleanCell(text(raw), ctx);
    expect(r.cell).toEqual(text(expected));
    expect(r.reason).toBe('fix.email');
    expect(r.findings).toEqual([]);
  });

  it('returns the very same cell for a clean address', () => {
    const cell = text('zhangwei@qq.com');
    const r = cleanCell(cell, ctx);
    expect(r.cell).toBe(cell);
    expect(r.reason).toBeUndefined();
  });

  it.each([
    ['zhangwei@qq.con', 'zhangwei@qq.com'],
    ['zhangwei@163.cmo', 'zhangwei@163.com'],
    ['zhangwei@126.con', 'zhangwei@126.com'],
    ['zhangwei@sina.cm', 'zhangwei@sina.com'],
    ['john@gmial.com', 'john@gmail.com'],
    ['john@gamil.com', 'john@gmail.com'],
    ['john@hotmial.com', 'john@hotmail.com'],
    ['li@foxmial.com', 'li@foxmail.com'],
    ['li@outlok.com', 'li@outlook.com'],
    ['li@yahooo.com', 'li@yahoo.com'],
    ['li@qq', 'li@qq.com'],
    ['arjun@gmail.co', 'arjun@gmail.com'],
    ['arjun@hotmail.co', 'arjun@hotmail.com'],
    ['zhangwei@qq.om', 'zhangwei@qq.com'],
    ['sales@acme.con', 'sales@acme.com'],
  ])('typo %s: unchanged, warning with suggestion %s', (raw, suggestion) => {
    const cell = text(raw);
    const r = cleanCell(cell, ctx);
    expect(r.cell).toBe(cell);
    expect(r.findings).toEqual([{ code: 'email.typo', severity: 'warning', params: { value: raw, suggestion }, suggestion }]);
  });

  it.each([
    ['li@ge.com', 'one letter from me.com, but a real company'],
    ['li@mail.com', 'a real provider one edit from gmail.com'],
    ['li@163.net', 'a real old NetEase domain'],
    ['li@vip.163.com', 'a subdomain of a known provider'],
    ['li@pku.edu.cn', 'a university'],
    ['li@company.cn.com', '.cn.com is a real registry zone'],
    ['li@sina.cn', 'both sina.com and sina.cn are known'],
    ['li@126.com', 'two edits from 163.com but known itself'],
    ['arjun@globex.co', '.co is a real ending businesses choose (Colombia\'s, sold worldwide)'],
    ['info@douala-trading.cm', '.cm is Cameroon\'s'],
    ['sales@muscat-oil.om', '.om is Oman\'s'],
    ['contact@niamey-export.ne', '.ne is Niger\'s'],
  ])('%s: no typo warning (%s)', (raw) => {
    expect(cleanCell(text(raw), ctx).findings).toEqual([]);
  });

  it.each([
    ['zhang wei@qq.com', 'zhang wei@qq.com', 'a space inside the local part'],
    ['zhangwei#qq.com', 'zhangwei#qq.com', 'no @ at all'],
    ['ＮＯＮＥ', 'NONE', 'only the width is fixed, no lower-casing of non-addresses'],
    ['li@-qq.com', 'li@-qq.com', 'a domain label cannot start with a hyphen'],
  ])('invalid %j → %j with email.invalid (%s)', (raw, expected) => {
    const r = cleanCell(text(raw), ctx);
    expect(r.cell).toEqual(text(expected));
    expect(r.findings).toEqual([{ code: 'email.invalid', severity: 'warning', params: { value: expected } }]);
  });

  // A domain with no ending after its last dot (ann@acme, priya.patel@summitfoods) is no Internet
  // mailbox: mail to it bounces, and an intranet host's address is no customer's (tester h65, finding 2).
  it.each([
    ['ann@acme', 'a company name with its .com forgotten'],
    ['priya.patel@summitfoods', 'a Salesforce-style contact, the domain cut short'],
    ['Wang.Fang@XingChen-Tech', 'lower-cased, but still no ending'],
    ['zhangsan@mailserver', 'an intranet host\'s address'],
  ])('%s: kept, warned that the domain has no ending (%s)', (raw) => {
    const r = cleanCell(text(raw), ctx);
    const value = raw.toLowerCase();
    expect(r.cell).toEqual(text(value));
    expect(r.findings).toEqual([{ code: 'email.noDomainEnding', severity: 'warning', params: { value } }]);
  });

  it.each([
    ['cy.doe@gmail', 'cy.doe@gmail.com'],
    ['li@qq', 'li@qq.com'],
    ['wangfang@163', 'wangfang@163.com'],
  ])('a well-known provider with no ending (%s) keeps its typo suggestion %s', (raw, suggestion) => {
    expect(cleanCell(text(raw), ctx).findings).toEqual([{ code: 'email.typo', severity: 'warning', params: { value: raw, suggestion }, suggestion }]);
  });

  it('warns of a domain with no ending in a cell of several addresses, the others untouched', () => {
    const r = cleanCell(text('ann@acme; ann.lee@gmail.com'), ctx);
    expect(r.findings.map((f) => f.code)).toEqual(['email.multiple', 'email.noDomainEnding']);
  });

  it('keeps several addresses, joined by "; ", each cleaned', () => {
    for (const raw of ['A@qq.com；B@163.com', 'a@qq.com, b@163.com', 'a@qq.com/b@163.com', 'a@qq.com\nb@163.com', 'a@qq.com b@163.com']) {
      const r = cleanCell(text(raw), ctx);
      expect(r.cell).toEqual(text('a@qq.com; b@163.com'));
      expect(r.findings).toEqual([{ code: 'email.multiple', severity: 'info', params: { count: 2, separator: '; ' } }]);
    }
  });

  it('keeps Google Contacts\' " ::: " between a contact\'s addresses: Google reads them apart by it alone', () => {
    const r = cleanCell(text('wangfang@xingchen-tech.cn ::: Wang.Fang@Gmail.com'), ctx);
    expect(r.cell).toEqual(text('wangfang@xingchen-tech.cn ::: wang.fang@gmail.com'));
    expect(r.findings).toEqual([{ code: 'email.multiple', severity: 'info', params: { count: 2, separator: ' ::: ' } }]);
    expect(cleanCell(r.cell, ctx).cell).toBe(r.cell);
  });

  it('checks each address of a multi-address cell', () => {
    const r = cleanCell(text('a@qq.con; b@163.com; c'), ctx);
    expect(r.cell).toEqual(text('a@qq.con; b@163.com; c'));
    expect(r.findings.map((f) => f.code)).toEqual(['email.multiple', 'email.typo', 'email.invalid']);
  });

  it('leaves numbers alone, but says a number is no address', () => {
    const cell: Cell = { kind: 'number', value: 1234 };
    const r = cleanCell(cell, ctx);
    expect(r.cell).toBe(cell);
    expect(r.findings.map((f) => f.code)).toEqual(['email.invalid']);
  });

  it.each<[Cell, string]>([
    [text('123456789'), 'as text'],
    [{ kind: 'number', value: 123456789 }, 'as a number cell'],
  ])('suggests the QQ mailbox of a QQ number typed where the address belongs (%s), writing nothing', (cell) => {
    const r = cleanCell(cell, ctx);
    expect(r.cell).toBe(cell);
    expect(r.findings).toEqual([{ code: 'email.qqNumber', severity: 'warning', params: { value: '123456789', suggestion: '123456789@qq.com' }, suggestion: '123456789@qq.com' }]);
  });

  // Outlook's contacts export writes a colleague of the same Exchange organisation by his internal
  // address (E-mail Type EX), his SMTP address in E-mail 2 Address when it has one (tester h60, finding 10).
  it('names an Outlook Exchange internal address as one, not a mistyped e-mail, and leaves it as typed', () => {
    const dn = '/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=3f2a9c-Emily Wong';
    const r = cleanCell(text(dn), ctx);
    expect(r.cell).toEqual(text(dn));
    expect(r.findings).toEqual([{ code: 'email.exchangeAddress', severity: 'info', params: { value: dn } }]);
  });

  it('still calls a mistyped address with slashes invalid', () => {
    expect(cleanCell(text('wang/qq.com'), ctx).findings.map((f) => f.code)).toEqual(['email.invalid']);
  });

  it('cleans every address of a cell of display-name addresses', () => {
    expect(cleanCell(text('张伟 <zw@qq.com>, 李娜 <LN@163.com>'), ctx).cell).toEqual(text('zw@qq.com; ln@163.com'));
  });
});

describe('isValidEmail (WHATWG pattern)', () => {
  it.each([
    ['a@b', true, 'WHATWG accepts a dotless domain'],
    ["o'neil+crm@example.co.uk", true, 'apostrophe and plus in the local part'],
    ['a..b@example.com', true, 'WHATWG does not forbid consecutive dots'],
    ['a@b..com', false, 'empty domain label'],
    ['张伟@qq.com', false, 'non-ASCII local part is outside the pattern'],
    ['@qq.com', false, 'no local part'],
  ])('%s → %s (%s)', (s, ok) => {
    expect(isValidEmail(s)).toBe(ok);
  });
});

describe('suggestDomain', () => {
  it('prefers the more common of two equally close providers', () => {
    expect(suggestDomain('sina.cm')).toBe('sina.com');
  });
  it('suggests nothing for known domains', () => {
    expect(suggestEmail('x@qq.com')).toBeNull();
  });
});
