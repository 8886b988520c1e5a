import { cleanCell } from '../../../shared/normalize';
import { parsePhone, formatPhone } from '../../../shared/normalize/phone';
import { cellText, type Cell } from '../../../shared/table/cell';
import { t } from '../../../shared/i18n';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

describe('parsePhone', () => {
  it.each([
    ['13812345678', '+8613812345678', 'mobile', undefined, 'plain CN mobile'],
    ['１３８ 1234 5678', '+8613812345678', 'mobile', undefined, 'full-width digits from a Chinese IME'],
    ['+86 138-1234-5678', '+8613812345678', 'mobile', undefined, 'international with dashes'],
    ['0086 13812345678', '+8613812345678', 'mobile', undefined, '00 international prefix'],
    ['86 13812345678', '+8613812345678', 'mobile', undefined, 'country code without +'],
    ['(+86)13812345678', '+8613812345678', 'mobile', undefined, 'country code in brackets'],
    ['手机：13812345678', '+8613812345678', 'mobile', undefined, 'a label before the number'],
    ['19212345678', '+8619212345678', 'mobile', undefined, 'new 192 range (FIELD.md user ask #8)'],
    ['010-12345678', '+861012345678', 'fixed', undefined, 'Beijing landline'],
    ['0755 8888 0000', '+8675588880000', 'fixed', undefined, 'Shenzhen landline with spaces'],
    ['(021)62345678', '+862162345678', 'fixed', undefined, 'area code in brackets'],
    ['（０２１）６２３４５６７８', '+862162345678', 'fixed', undefined, 'full-width brackets and digits'],
    ['010-12345678转801', '+861012345678', 'fixed', '801', 'extension with 转'],
    ['010-12345678分机801', '+861012345678', 'fixed', '801', 'extension with 分机'],
    ['010-12345678 ext. 12', '+861012345678', 'fixed', '12', 'extension with ext.'],
    ['010-12345678 x12', '+861012345678', 'fixed', '12', 'extension with x'],
    ['010-12345678-801', '+861012345678', 'fixed', '801', 'extension after a last hyphen'],
    ['400-800-8888', '+864008008888', 'other', undefined, 'shared-cost 400 number'],
    ['+1 415 555 0132', '+14155550132', 'other', undefined, 'US number: plan does not tell mobile from fixed'],
    ['852-91234567', '+85291234567', 'mobile', undefined, 'Hong Kong mobile with its calling code but no +'],
    ['(852) 2345 6789', '+85223456789', 'fixed', undefined, 'Hong Kong landline, calling code in brackets'],
    ['853 6612 3456', '+85366123456', 'mobile', undefined, 'Macau'],
    ['886912345678', '+886912345678', 'mobile', undefined, 'Taiwan, all digits'],
  ])('%s → %s (%s)', (raw, e164, type, ext, _why) => {
    const p = parsePhone(raw, 'CN');
    expect(p).not.toBeNull();
    expect(p!.e164).toBe(e164);
    expect(p!.type).toBe(type);
    expect(p!.extension).toBe(ext);
  });

  it.each([
    ['1381234567', 'ten digits: one short'],
    ['12345', 'too short'],
    ['95555', 'bank short code, not a subscriber number'],
    ['无', 'no digits'],
    ['13812345678;13987654321', 'two numbers are not one number with an extension'],
    ['', 'empty'],
  ])('%s is not a phone number (%s)', (raw) => {
    expect(parsePhone(raw, 'CN')).toBeNull();
  });

  it('gives the shape the duplicate finder relies on', () => {
    expect(parsePhone('+86 138 1234 5678', 'CN')).toEqual({
      e164: '+8613812345678', national: '13812345678', international: '+86 138 1234 5678', type: 'mobile', country: 'CN',
    });
    expect(parsePhone('0755-88880000-801', 'CN')).toEqual({
      e164: '+8675588880000', national: '0755-88880000', international: '+86 755 8888 0000', extension: '801', type: 'fixed', country: 'CN',
    });
  });

  it('gives the same key for every way of writing one number', () => {
    const keys = ['13812345678', '+86 138 1234 5678', '0086-138-1234-5678', '１３８１２３４５６７８', '(+86) 138 1234 5678']
      .map((s) => parsePhone(s, 'CN')?.e164);
    expect(new Set(keys)).toEqual(new Set(['+8613812345678']));
  });

  it('reads numbers without a country code in the default region', () => {
    expect(parsePhone('(415) 555-0132', 'US')?.e164).toBe('+14155550132');
    expect(parsePhone('415 555 0132', 'CN')?.e164).not.toBe('+14155550132');
  });

  it('does not throw on an unknown region and still reads international numbers', () => {
    expect(parsePhone('13812345678', 'XX')).toBeNull();
    expect(parsePhone('+8613812345678', 'XX')?.e164).toBe('+8613812345678');
  });
});

describe('formatPhone', () => {
  const p = parsePhone('010-12345678转801', 'CN')!;
  it.each([
    ['national', 'CN', '010-12345678-801'],
    ['international', 'CN', '+86 10 1234 5678 ext. 801'],
    ['e164', 'CN', '+861012345678 ext. 801'],
    ['national', 'US', '+86 10 1234 5678 ext. 801'],
  ] as const)('%s in a %s sheet → %s', (format, region, expected) => {
    expect(formatPhone(p, format, region)).toBe(expected);
  });
});

describe('cleanPhone (national, CN)', () => {
  const ctx = ctxFor('phone');
  it.each([
    [text('138 1234 5678'), '13812345678', 'CN mobile: 11 bare digits, what people paste into WeChat'],
    [text('+86 138-1234-5678'), '13812345678', 'own country code dropped'],
    [text('０１０－１２３４５６７８'), '010-12345678', 'full-width landline'],
    [text('0755 8888 0000'), '0755-88880000', 'landline: area-number'],
    [text('(021)62345678'), '021-62345678', 'brackets become the hyphen form'],
    [text('010-12345678转801'), '010-12345678-801', 'extension after one more hyphen'],
    [text('852-91234567'), '+852 9123 4567', 'a Hong Kong number gets its +, written the international way'],
    [text('010 1234 5678 ext. 801'), '010-12345678-801', 'English extension to the house form'],
    [text('+1 415 555 0132'), '+1 415 555 0132', 'foreign numbers stay international'],
    [text('001-415-555-0132'), '+1 415 555 0132', 'foreign number dialled from China'],
    [text('+852 2345 6789'), '+852 2345 6789', 'Hong Kong is another country code'],
    [text('400 800 8888'), '400-800-8888', '400 number in hyphenated groups'],
    [{ kind: 'number', value: 13812345678 } as Cell, '13812345678', 'number cell becomes text'],
    [{ kind: 'number', value: 75588880000 } as Cell, '0755-88880000', 'landline number cell that lost its leading 0'],
  ])('%j → %s (%s)', (cell, expected) => {
    const r = cleanCell(cell, ctx);
    expect(r.cell).toEqual({ kind: 'text', value: expected });
    if (cell.kind === 'text' && cell.value === expected) expect(r.cell).toBe(cell);
    else expect(r.reason).toBe('fix.phone');
  });

  it('keeps every number of a multi-number cell, joined by " / ", with an info finding', () => {
    for (const raw of ['13812345678/13987654321', '13812345678；13987654321', '13812345678、13987654321', '13812345678\n139 8765 4321', '13812345678 13987654321']) {
      const r = cleanCell(text(raw), ctx);
      expect(r.cell).toEqual(text('13812345678 / 13987654321'));
      expect(r.findings).toEqual([{ code: 'phone.multiple', severity: 'info', params: { count: 2, separator: ' / ' } }]);
    }
  });

  it('cleans each number of a Google Contacts cell and keeps Google\'s " ::: " between them: Google reads them apart by it alone', () => {
    const us = ctxFor('phone', { phone: { defaultRegion: 'US' } });
    const r = cleanCell(text('+1 305-672-0110 ::: +1 305-672-0111'), us);
    expect(r.cell).toEqual(text('(305) 672-0110 ::: (305) 672-0111'));
    expect(r.findings).toEqual([{ code: 'phone.multiple', severity: 'info', params: { count: 2, separator: ' ::: ' } }]);
    expect(cleanCell(text('13901234567 ::: 139 1111 2222'), ctx).cell).toEqual(text('13901234567 ::: 13911112222'));
    // Cleaned again, it stays as it is.
    expect(cleanCell(r.cell, us).cell).toBe(r.cell);
  });

  it('splits a cell whose numbers each carry a label (座机：… 手机：…), keeping each label behind its number, as a note', () => {
    for (const [raw, labels] of [['座机：010-64381234 手机：13812345678', ['座机', '手机']], ['座机:010-64381234手机:13812345678', ['座机', '手机']], ['Tel: 010-64381234 Mobile: 13812345678', ['Tel', 'Mobile']]] as const) {
      const r = cleanCell(text(raw), ctx);
      expect(r.cell).toEqual(text(`010-64381234 (${labels[0]}) / 13812345678 (${labels[1]})`));
      expect(r.findings).toEqual([{ code: 'phone.multiple', severity: 'info', params: { count: 2, separator: ' / ' } }]);
      // Cleaned again, it stays as it is.
      expect(cleanCell(r.cell, ctx).cell).toBe(r.cell);
    }
  });

  it('drops one label heading a cell of several numbers, as before a single number: it says what the column says', () => {
    expect(cleanCell(text('手机：13812345678/13912345678'), ctx).cell).toEqual(text('13812345678 / 13912345678'));
  });

  it('flags an invalid part of a multi-number cell but keeps it', () => {
    const r = cleanCell(text('13812345678/12345'), ctx);
    expect(r.cell).toEqual(text('13812345678 / 12345'));
    expect(codes(r)).toEqual(['phone.multiple', 'phone.invalid']);
  });

  it.each([
    ['１２３４５', '12345', 'only the width is fixed'],
    ['  1381234567 ', '1381234567', 'only white space is fixed'],
    ['待补充', '待补充', 'a note instead of a number'],
  ])('invalid %j → %j with phone.invalid (%s)', (raw, expected) => {
    const r = cleanCell(text(raw), ctx);
    expect(r.cell.kind === 'text' && r.cell.value).toBe(expected);
    expect(r.findings).toEqual([{ code: 'phone.invalid', severity: 'warning', params: { value: expected } }]);
    expect(r.reason).toBe(expected === raw ? undefined : 'fix.spaces');
  });

  it.each([
    [text('1.38E+10'), 'exponent text from a CSV export'],
    [text('1.38e10'), 'lower-case exponent'],
    [{ kind: 'number', value: 1.38e10 } as Cell, 'number already rounded to 3 significant digits'],
    [text('1.381234567E+10'), 'ten digits of eleven: the last one is gone'],
    [text('1.38123456789E+10'), 'more digits than a whole number has: not a number as typed'],
    [{ kind: 'number', value: 13812300000, format: '0.00E+00' } as Cell, '1.38123E+10 from a CSV, reopened and saved as xlsx: six digits under a scientific format'],
    [{ kind: 'number', value: 15900000000, format: '0.00E+00' } as Cell, 'three digits under a scientific format'],
    [{ kind: 'number', value: 13812300000, format: '0.00000E+00' } as Cell, 'any scientific format is the same evidence'],
    [{ kind: 'number', value: 14155500000, format: '0.00E+00' } as Cell, 'the same for an American number (1.41555E+10)'],
  ])('%j: precision lost, unchanged (%s)', (cell) => {
    const r = cleanCell(cell, ctx);
    expect(r.cell).toBe(cell);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['phone.precisionLost', 'error']]);
  });

  // The user sees 1.38E+10 in Excel, not 13800000000: quoted as that, the message names the cell he
  // can find, and never spells out a mobile that looks real.
  it.each([
    [{ kind: 'number', value: 13800000000 } as Cell, '1.38E+10', 'a General cell, as a narrow column shows it'],
    [{ kind: 'number', value: 10000000000 } as Cell, '1E+10', 'General drops the zeros after the point'],
    [{ kind: 'number', value: 13812300000, format: '0.00E+00' } as Cell, '1.38E+10', 'its own scientific format'],
    [{ kind: 'number', value: 13812300000, format: '0.00000E+00' } as Cell, '1.38123E+10', 'a scientific format with five decimals'],
    [{ kind: 'number', value: 900000000 } as Cell, '9E+08', 'a two-digit exponent, as Excel writes it'],
    [text('1.38E+10'), '1.38E+10', 'exponent text is quoted as typed'],
  ])('%j: the lost-digits message quotes %j (%s)', (cell, shown) => {
    const [finding] = cleanCell(cell, ctx).findings;
    expect(finding.params).toEqual({ value: shown });
    expect(t('zh-CN', 'phone.precisionLost', finding.params)).toContain(`“${shown}”被表格存成数字后丢失了末尾几位`);
    expect(t('en', 'phone.precisionLost', finding.params)).toContain(`"${shown}" lost its last digits`);
  });

  it.each([
    [text('1.3812345678E+10'), 'CN', '13812345678', 'a CSV export kept all eleven digits of the mobile in exponent form'],
    [text('1.4155550134E+10'), 'US', '(415) 555-0134', 'all eleven digits of +1 415 555 0134'],
    [text('１.３８１２３４５６７８e10'), 'CN', '13812345678', 'full-width, lower-case e, no + sign'],
    [{ kind: 'number', value: 14155550199, format: '0.00E+00' } as Cell, 'US', '(415) 555-0199', 'a number cell only shown as 1.42E+10: its value has every digit'],
    [{ kind: 'number', value: 13812345678, format: '0.00E+00' } as Cell, 'CN', '13812345678', 'the same for a Chinese mobile'],
    [{ kind: 'number', value: 13812340000, format: '0.00E+00' } as Cell, 'CN', '13812340000', 'seven significant digits: more than Excel\'s General writes (1.38123E+10), so not rounded by a CSV'],
    [{ kind: 'number', value: 13812300000, format: 'General' } as Cell, 'CN', '13812300000', 'six digits typed under General: a real number ending in zeros, no sign of a scientific display'],
    [{ kind: 'number', value: 13812300000 } as Cell, 'CN', '13812300000', 'the same with no format known'],
  ])('%j with every digit there is read, not flagged (%s): %s', (cell, defaultRegion, expected) => {
    const r = cleanCell(cell, ctxFor('phone', { phone: { defaultRegion } }));
    expect(r.cell).toEqual(text(expected));
    expect(r.reason).toBe('fix.phone');
    expect(r.findings).toEqual([]);
  });

  it('an exponent with every digit that is no phone number stays as typed, flagged invalid', () => {
    const cell = text('1.2345678901E+10');
    const r = cleanCell(cell, ctx);
    expect(r.cell).toBe(cell);
    expect(codes(r)).toEqual(['phone.invalid']);
  });

  it('keeps a number cell that is no phone number as it is', () => {
    const cell: Cell = { kind: 'number', value: 12345 };
    const r = cleanCell(cell, ctx);
    expect(r.cell).toBe(cell);
    expect(r.findings.map((f) => f.code)).toEqual(['phone.invalid']);
  });

  it('says when a landline sits in the mobile field', () => {
    const r = cleanCell(text('010-12345678'), ctxFor('mobile'));
    expect(r.findings).toEqual([{ code: 'phone.notMobile', severity: 'info', params: { value: '010-12345678' } }]);
    expect(cleanCell(text('010-12345678'), ctxFor('phone')).findings).toEqual([]);
    expect(cleanCell(text('13812345678'), ctxFor('mobile')).findings).toEqual([]);
    expect(cleanCell(text('+1 415 555 0132'), ctxFor('mobile')).findings).toEqual([]);
  });

  it('returns the very same cell when the number is already in house format', () => {
    const cell = text('13812345678');
    const r = cleanCell(cell, ctx);
    expect(r.cell).toBe(cell);
    expect(r.reason).toBeUndefined();
  });
});

describe('cleanPhone other formats and regions', () => {
  it.each([
    ['international', '13812345678', '+86 138 1234 5678'],
    ['international', '010-12345678', '+86 10 1234 5678'],
    ['e164', '138 1234 5678', '+8613812345678'],
    ['e164', '0755-8888 0000', '+8675588880000'],
  ] as const)('%s: %s → %s', (format, raw, expected) => {
    expect(cleanCell(text(raw), ctxFor('phone', { phone: { format } })).cell).toEqual(text(expected));
  });

  it('uses the national format of another default region', () => {
    const us = ctxFor('phone', { phone: { defaultRegion: 'US' } });
    expect(cleanCell(text('415.555.0132'), us).cell).toEqual(text('(415) 555-0132'));
    expect(cleanCell(text('13812345678'), us).findings.map((f) => f.code)).toEqual(['phone.invalid']);
    expect(cleanCell(text('+86 13812345678'), us).cell).toEqual(text('+86 138 1234 5678'));
  });

  it.each([
    ["'+14155550199", 'US', '(415) 555-0199', "Shopify's export: an apostrophe keeps Excel from reading the number"],
    ["'13812345678", 'CN', '13812345678', 'a plain-text cell that kept the apostrophe typed into it'],
    ['’0755-88880000', 'CN', '0755-88880000', 'a curly apostrophe'],
  ])('drops the text mark before a number: %j (%s) → %j', (raw, defaultRegion, expected) => {
    const r = cleanCell(text(raw), ctxFor('phone', { phone: { defaultRegion } }));
    expect(r.cell).toEqual(text(expected));
    expect(r.findings).toEqual([]);
  });
});

describe('a Singapore number in a sheet read as Malaysian (a Johor–Singapore customer list)', () => {
  it('8990 5228, Singapore\'s way of writing a mobile, is left as typed and said, not made the Sabah landline 089-905 228', () => {
    const r = cleanCell(text('8990 5228'), ctxFor('mobile', { phone: { defaultRegion: 'MY' } }));
    expect(r.cell).toEqual(text('8990 5228'));
    expect(r.findings).toEqual([{ code: 'phone.writtenAbroad', severity: 'warning', params: { value: '8990 5228', international: '+65 8990 5228', country: 'SG', countryCode: 'SG', region: 'MY' } }]);
  });

  it.each([
    ['089-905 228', '089-905 228'],
    ['012-345 6789', '012-345 6789'],
    ['+65 8990 5228', '+65 8990 5228'],
  ])('Malaysia\'s own numbers, and Singapore\'s with +65, are read as before: %j → %j', (raw, expected) => {
    const r = cleanCell(text(raw), ctxFor('phone', { phone: { defaultRegion: 'MY' } }));
    expect(r.cell).toEqual(text(expected));
    expect(r.findings.filter((f) => f.code === 'phone.writtenAbroad')).toEqual([]);
  });
});

describe('a number written another country\'s way in a sheet read as Chinese', () => {
  it.each([
    ['07523 456789', '+44 7523 456789', 'GB', 'a London mobile, 5 and 6 digits; China would make it the Huizhou landline 0752-3456789'],
    ['07500 654 321', '+44 7500 654321', 'GB', 'the same, its six digits split'],
  ])('%j is left as typed and said (%s, %s): %s', (raw, international, country) => {
    const r = cleanCell(text(raw), ctxFor('phone'));
    expect(r.cell).toEqual(text(raw));
    expect(r.findings).toEqual([{ code: 'phone.writtenAbroad', severity: 'warning', params: { value: raw, international, country, countryCode: country, region: 'CN' } }]);
  });

  it.each([
    ['0752-3456789', '0752-3456789'],
    ['0752 345 6789', '0752-3456789'],
    ['010 6234 5678', '010-62345678'],
    ['020 7946 0958', '020-79460958'],
    ['07523456789', '0752-3456789'],
  ])('a Chinese landline written China\'s way, or with no grouping to tell, is still read as Chinese: %j → %j', (raw, expected) => {
    const r = cleanCell(text(raw), ctxFor('phone'));
    expect(r.cell).toEqual(text(expected));
    expect(r.findings).toEqual([]);
  });
});

describe('Indian numbers in an Indian sheet (IN)', () => {
  it.each([
    ['+91 98765 43210', '98765 43210', 'a mobile is written 5 and 5, without the trunk 0 libphonenumber puts before it'],
    ['+91-98765-43210', '98765 43210', 'hyphens as Indian forms write them'],
    ['09845012345', '98450 12345', 'the trunk 0 some people still type'],
    ['9802469134', '98024 69134', 'ten bare digits (also a North Carolina number, but not in this sheet)'],
    ['080 2222 3333', '080 2222 3333', 'a Bengaluru landline keeps its 0'],
  ])('%s → %s (%s)', (raw, expected) => {
    const r = cleanCell(text(raw), ctxFor('phone', { phone: { defaultRegion: 'IN' } }));
    expect(r.cell).toEqual(text(expected));
    expect(r.findings).toEqual([]);
  });
});

describe('a number written the North American way, (206) 555-0144, in a sheet read for another region', () => {
  it.each([
    ['(206) 555-0144', 'CN', '+1 206 555 0144', 'would read as the Guangzhou landline 020-65550144'],
    ['(212) 555-1000', 'CN', '+1 212 555 1000', 'would read as the Shanghai landline 021-25551000'],
    ['(617) 555-1002', 'CN', '+1 617 555 1002', 'no Chinese number at all, but plainly a Boston one'],
    ['(206) 555-0144', 'GB', '+1 206 555 0144', 'would read as the London number 020 6555 0144'],
    ['217-522-0100', 'CN', '+1 217 522 0100', 'a Mailchimp audience\'s Springfield number, which read as the Shanghai landline 021-75220100'],
    ['217.522.0100', 'CN', '+1 217 522 0100', 'dotted the same'],
    ['415 555 0199', 'GB', '+1 415 555 0199', 'spaced, in a British sheet whose numbers start with 0'],
  ])('%s under %s is left as typed and said to be North American (%s)', (raw, defaultRegion, international) => {
    const cell = text(raw);
    const r = cleanCell(cell, ctxFor('phone', { phone: { defaultRegion } }));
    expect(r.cell).toBe(cell);
    expect(r.findings).toEqual([{ code: 'phone.northAmerican', severity: 'warning', params: { value: raw, international, region: defaultRegion } }]);
  });

  it.each([
    ['(404) 555-0101\n(404) 555-0199', ['(404) 555-0101', '(404) 555-0199'], 'two on two lines (tester h59, a US trade-show buyer in a sheet read as China\'s)'],
    ['(404) 555-0101 / 404-555-0199', ['(404) 555-0101', '404-555-0199'], 'two beside a slash'],
    ['(206) 555-0144；13812345678', ['(206) 555-0144', '13812345678'], 'one beside a Chinese mobile'],
  ])('several in one cell are split like two Chinese mobiles, each kept as typed and said to be North American: %j (%s)', (raw, parts) => {
    const r = cleanCell(text(raw), ctxFor('phone'));
    expect(r.cell).toEqual(text(parts.join(' / ')));
    const american = parts.filter((x) => !x.startsWith('138'));
    expect(r.findings).toEqual([
      { code: 'phone.multiple', severity: 'info', params: { count: 2, separator: ' / ' } },
      ...american.map((value) => ({ code: 'phone.northAmerican', severity: 'warning', params: { value, international: parsePhone(value, 'US')!.international, region: 'CN' } })),
    ]);
    expect(codes(r)).not.toContain('phone.invalid');
    // Cleaned again, it stays as it is.
    expect(cleanCell(r.cell, ctxFor('phone')).cell).toEqual(r.cell);
  });

  it('is cleaned where the region is North American', () => {
    expect(cleanCell(text('(206)555-0144'), ctxFor('phone', { phone: { defaultRegion: 'US' } })).cell).toEqual(text('(206) 555-0144'));
    expect(cleanCell(text('(416) 555-0144'), ctxFor('phone', { phone: { defaultRegion: 'CA' } })).findings).toEqual([]);
  });

  it.each([
    ['(021)62345678', '021-62345678', 'a Chinese area code in brackets has its 0'],
    ['(0755) 8888-0000', '0755-88880000', 'so has Shenzhen\'s'],
    ['+1 (206) 555-0144', '+1 206 555 0144', 'with its +1 the number says where it is'],
  ])('%s is still cleaned under CN: %s (%s)', (raw, expected) => {
    const r = cleanCell(text(raw), ctxFor('phone'));
    expect(r.cell).toEqual(text(expected));
    expect(r.findings).toEqual([]);
  });

  it.each([
    ['347-123-4567', 'IT', 'an Italian mobile, 3xx xxx xxxx: the 0 is no trunk prefix there, so the number is Italy\'s'],
    ['021-6234-5678', 'CN', 'a Shanghai landline with its 0'],
    ['138-1234-5678', 'CN', 'a Chinese mobile, 3-4-4'],
  ])('%s under %s is read for its region (%s)', (raw, defaultRegion) => {
    const r = cleanCell(text(raw), ctxFor('phone', { phone: { defaultRegion } }));
    expect(r.findings.map((f) => f.code)).not.toContain('phone.northAmerican');
  });
});

describe('a note in brackets after a number', () => {
  it.each([
    ['18972438283(微信同号)', '18972438283 (微信同号)', 'same number on WeChat'],
    ['0755-8888 0000（前台）', '0755-88880000 (前台)', 'full-width brackets, reception desk'],
    ['138 1234 5678 (仅工作日)', '13812345678 (仅工作日)', 'weekdays only'],
  ])('%s → %s (%s): the number is cleaned, the note kept', (raw, expected) => {
    const r = cleanCell({ kind: 'text', value: raw }, ctxFor('mobile'));
    expect(r.cell).toEqual({ kind: 'text', value: expected });
    expect(r.findings.map((f) => f.code).filter((c) => c !== 'phone.notMobile')).toEqual([]);
    expect(cleanCell(r.cell, ctxFor('mobile')).cell).toBe(r.cell);
  });

  it('the duplicate finder reads the number behind the note', () => {
    expect(parsePhone('18972438283（微信同号）', 'CN')?.e164).toBe('+8618972438283');
  });

  it.each([
    ['13912345678 李总', '13912345678 (李总)', 'whose number it is'],
    ['0755-88880000 前台', '0755-88880000 (前台)', 'which desk'],
  ])('a note without brackets: %s → %s (%s)', (raw, expected) => {
    const r = cleanCell({ kind: 'text', value: raw }, ctxFor('phone'));
    expect(r.cell).toEqual({ kind: 'text', value: expected });
    expect(r.findings).toEqual([]);
    expect(cleanCell(r.cell, ctxFor('phone')).cell).toBe(r.cell);
  });
});

describe('whose number it is, written before it (a school\'s 家长电话)', () => {
  it.each([
    ['妈妈 138-1234-5678', '13812345678 (妈妈)', 'mother, a space between'],
    ['妈妈13812345678', '13812345678 (妈妈)', 'nothing between'],
    ['宝妈13812345678', '13812345678 (宝妈)', 'the child\'s mum'],
    ['张妈妈13812345678', '13812345678 (张妈妈)', 'with the surname'],
    ['母亲 13812345678', '13812345678 (母亲)', 'mother, formally'],
    ['妈：138 1234 5678', '13812345678 (妈)', 'a colon after the word'],
    ['朵朵妈妈 0755-88880000转801', '0755-88880000-801 (朵朵妈妈)', 'a landline with its extension'],
    ['妈妈 138-1234-5678（微信同号）', '13812345678 (妈妈, 微信同号)', 'and a note after it'],
  ])('%s → %s (%s): the number is cleaned, whose it is kept after it', (raw, expected) => {
    const r = cleanCell(text(raw), ctxFor('phone'));
    expect(r.cell).toEqual(text(expected));
    expect(codes(r)).toEqual([]);
    expect(cleanCell(r.cell, ctxFor('phone')).cell).toBe(r.cell);
  });

  it.each([
    ['爸13812345678 妈13987654321', '13812345678 (爸) / 13987654321 (妈)'],
    ['老公 13912345678 / 老婆 13812345678', '13912345678 (老公) / 13812345678 (老婆)'],
  ])('both parents in one cell: %s → %s', (raw, expected) => {
    const r = cleanCell(text(raw), ctxFor('phone'));
    expect(r.cell).toEqual(text(expected));
    expect(codes(r)).toEqual(['phone.multiple']);
  });

  it.each([
    ['Mom: (646) 743-7902', '(646) 743-7902 (Mom)'],
    ['Dad (646) 743-7903', '(646) 743-7903 (Dad)'],
    ['Home: (646) 743-7904', '(646) 743-7904 (Home)'],
  ])('in a US sheet: %s → %s', (raw, expected) => {
    const r = cleanCell(text(raw), ctxFor('phone', { phone: { defaultRegion: 'US' } }));
    expect(r.cell).toEqual(text(expected));
    expect(codes(r)).toEqual([]);
  });

  it('the duplicate finder reads the number behind the word: one family typed twice meets on it', () => {
    expect(parsePhone('妈妈 138-1234-5678', 'CN')?.e164).toBe('+8613812345678');
    expect(parsePhone('宝妈13812345678', 'CN')?.e164).toBe('+8613812345678');
  });

  it('a label that says what the column says still goes (手机：138…), and a word alone is still no number', () => {
    expect(cleanCell(text('手机：13812345678'), ctxFor('phone')).cell).toEqual(text('13812345678'));
    expect(codes(cleanCell(text('妈妈'), ctxFor('phone')))).toEqual(['phone.invalid']);
  });
});

describe('what else a phone cell says', () => {
  it.each([
    ['021-6234 5678/6234 5679', '021-62345678 / 021-62345679', 'Shanghai twice'],
    ['010-62345678、62345679', '010-62345678 / 010-62345679', 'Beijing, 8 digits'],
  ])('a second number without the area code of the first: %s → %s (%s)', (raw, expected) => {
    const r = cleanCell({ kind: 'text', value: raw }, ctxFor('phone'));
    expect(r.cell).toEqual({ kind: 'text', value: expected });
    expect(r.findings.map((f) => f.code)).toEqual(['phone.multiple']);
  });

  it('a mobile lends no area code: 13812345678 / 62345679 keeps the second as it is, flagged', () => {
    const r = cleanCell({ kind: 'text', value: '13812345678 / 62345679' }, ctxFor('phone'));
    expect(r.findings.map((f) => f.code)).toEqual(['phone.multiple', 'phone.invalid']);
  });

  it('in a US sheet too', () => {
    const r = cleanCell({ kind: 'text', value: '(646) 743-7902 / 743-7903' }, ctxFor('phone', { phone: { defaultRegion: 'US' } }));
    expect(r.cell).toEqual({ kind: 'text', value: '(646) 743-7902 / (646) 743-7903' });
  });

  it('two numbers on two lines that it cannot read stay on two lines (never joined into one long number)', () => {
    // Numbers of a calling code no country has (+99). The (404) 555-0101 on two lines this case once
    // held now reads as two North American numbers: see 'several in one cell are split like two Chinese mobiles'.
    const r = cleanCell({ kind: 'text', value: '+99 1234 5678\n+99  8765 4321 ' }, ctxFor('phone'));
    expect(r.cell).toEqual({ kind: 'text', value: '+99 1234 5678\n+99 8765 4321' });
    expect(codes(r)).toEqual(['phone.invalid']);
  });

  // Two local numbers of seven digits, one per line, in a sheet read as China's: joined, the digits
  // once read as one landline of area code 0555 (0555-0101555-0199), a number nobody typed.
  it('two seven-digit numbers on two lines are never read as one number', () => {
    const r = cleanCell({ kind: 'text', value: '555-0101\n555-0199' }, ctxFor('mobile'));
    expect(cellText(r.cell).replace(/\D+/g, ' ').trim()).toBe('555 0101 555 0199');
    expect(cellText(r.cell)).not.toContain('0555-0101555');
    expect(r.findings).toEqual([
      { code: 'phone.invalid', severity: 'warning', params: { value: '555-0101' } },
      { code: 'phone.invalid', severity: 'warning', params: { value: '555-0199' } },
    ]);
  });

  describe('an e-mail typed in a phone cell (a 联系方式 or "Phone / Email" column)', () => {
    it('alone is said to be an e-mail, never "not a valid number", and kept as typed', () => {
      const cell: Cell = { kind: 'text', value: 'david@hctrading.hk' };
      expect(cleanCell(cell, ctxFor('phone'))).toEqual({ cell, findings: [{ code: 'phone.email', severity: 'info', params: { value: 'david@hctrading.hk' } }] });
    });

    it('beside a mobile: the number is read and written in the house form, the e-mail kept after it as typed', () => {
      const r = cleanCell({ kind: 'text', value: '137 2345 6789 / chen.xj@pcdz.com' }, ctxFor('phone'));
      expect(r.cell).toEqual({ kind: 'text', value: '13723456789 / chen.xj@pcdz.com' });
      expect(r.findings).toEqual([{ code: 'phone.email', severity: 'info', params: { value: 'chen.xj@pcdz.com' } }]);
    });

    it('first, then a US number: the order the user typed stays, and so does his separator', () => {
      const r = cleanCell({ kind: 'text', value: 'maria@garciahw.com, +1 305 555 0177' }, ctxFor('phone', { phone: { defaultRegion: 'US' } }));
      expect(r.cell).toEqual({ kind: 'text', value: 'maria@garciahw.com, (305) 555-0177' });
      expect(r.findings.map((f) => f.code)).toEqual(['phone.email']);
    });

    it('beside a number that is no number: both said', () => {
      const r = cleanCell({ kind: 'text', value: 'amy@corp.cn；12345' }, ctxFor('mobile'));
      expect(r.findings.map((f) => f.code)).toEqual(['phone.email', 'phone.invalid']);
      expect(r.cell).toEqual({ kind: 'text', value: 'amy@corp.cn；12345' });
    });
  });

  it.each([['空号'], ['已停机'], ['销号'], ['Disconnected']])('%j: a number that no longer works is said, not "invalid"', (raw) => {
    const cell: Cell = { kind: 'text', value: raw };
    expect(cleanCell(cell, ctxFor('mobile'))).toEqual({ cell, findings: [{ code: 'phone.dead', severity: 'info', params: { value: raw } }] });
  });
});

describe('a WeChat remark in a phone cell (a business-card list\'s 手机 and 联系方式)', () => {
  it.each([
    ['13812345678（微信同号）', '13812345678 (微信同号)', 'full-width brackets'],
    ['138 1234 5678 微信同号', '13812345678 (微信同号)', 'spaced digits, the remark after a space'],
    ['13812345678(同微信)', '13812345678 (同微信)', 'the other word order'],
    ['13812345678微信同号', '13812345678 (微信同号)', 'the remark typed straight after the digits'],
  ])('%s → %s (%s): the number is read, the remark kept, nothing flagged', (raw, expected) => {
    const r = cleanCell(text(raw), ctxFor('mobile'));
    expect(r.cell).toEqual(text(expected));
    expect(codes(r)).toEqual([]);
    expect(cleanCell(r.cell, ctxFor('mobile')).cell).toBe(r.cell);
  });

  it.each([
    ['微信同号', 'WeChat is the mobile beside it'],
    ['同微信', 'the other word order'],
    ['（微信同号）', 'in brackets'],
    ['微信同手机', 'said in full'],
    ['同手机号', 'a second phone column that is the mobile'],
  ])('%s alone is a remark about the row\'s number (%s): kept as typed, not an invalid number', (raw) => {
    const cell = text(raw);
    const r = cleanCell(cell, ctxFor('phone'));
    expect(r.cell).toBe(cell);
    expect(codes(r)).toEqual([]);
  });
});
