import { companyKey, hasLegalForm, wordsWithin } from '../../../../shared/dedupe/keys/company';

describe('companyKey: legal forms and places fold away', () => {
  it.each([
    ['北京星辰科技有限公司', '星辰科技', '', 'city prefix and 有限公司'],
    ['星辰科技', '星辰科技', '', 'already the core'],
    ['星辰科技（北京）有限公司', '星辰科技', '', 'place in full-width brackets'],
    ['星辰科技(北京)有限责任公司', '星辰科技', '', 'place in half-width brackets, 有限责任公司'],
    ['广东省深圳市星辰科技股份有限公司', '星辰科技', '', 'province + city prefixes, 股份有限公司'],
    ['星辰集团有限公司', '星辰', '', '集团有限公司'],
    ['星辰科技上海分公司', '星辰科技', '上海', 'branch kept apart'],
    ['星辰科技有限公司上海分公司', '星辰科技', '上海', 'branch after the legal form'],
    ['北京银行', '北京银行', '', 'place kept: 银行 alone is generic'],
    ['上海银行股份有限公司', '上海银行', '', 'a different bank from 北京银行'],
    ['Acme Co., Ltd.', 'acme', '', 'Co., Ltd.'],
    ['ACME Inc', 'acme', '', 'Inc, upper case'],
    ['Müller GmbH', 'muller', '', 'GmbH, diacritics folded'],
    ['The Boring Company', 'boring', '', 'leading "the", trailing company'],
    ['Ｓｔａｒ Ｔｅｃｈ ＬＬＣ', 'startech', '', 'full-width letters'],
  ])('%s → core %s, branch "%s" (%s)', (raw, core, branch) => {
    const k = companyKey(raw);
    expect(k?.core).toBe(core);
    expect(k?.branch).toBe(branch);
  });

  it.each([
    ['北京星辰科技有限公司', '北京'],
    ['星辰科技（北京）有限公司', '北京'],
    ['北京市星辰科技有限公司', '北京'],
    ['深圳华星电子有限公司', '深圳'],
    ['星辰科技', ''],
    ['北京银行', ''],
  ])('%s states the place %j (two places, two companies)', (raw, place) => {
    expect(companyKey(raw)?.place).toBe(place);
  });

  it('splits a branch written in brackets as one written without them', () => {
    expect(companyKey('星辰科技(上海分公司)')).toMatchObject({ core: '星辰科技', branch: '上海' });
  });

  it.each([[''], ['  '], ['（）'], ['---']])('gives no key for %j (a blank never matches)', (raw) => {
    expect(companyKey(raw)).toBeNull();
  });

  it('never returns an empty core for a non-empty name', () => {
    expect(companyKey('星辰有限公司')?.core).toBe('星辰');
    expect(companyKey('Acme Ltd')?.core).toBe('acme');
  });

  it.each([['有限公司'], ['股份有限公司'], ['公司'], ['Ltd'], ['Co., Ltd.']])('gives no key for %j: a legal form alone (a name\'s second line carried into the next row) names no company', (raw) => {
    expect(companyKey(raw)).toBeNull();
  });
});

describe('wordsWithin: one name\'s words inside the other\'s', () => {
  it.each<[string, string, boolean, string]>([
    ["Bone's", "Bone's Restaurant", true, 'the kind of place added'],
    ['Katsu', 'Restaurant Katsu', true, 'in front'],
    ['Fenix', 'Fenix at the Argyle', true, 'where it is'],
    ["Yujean Kang's", "Yujean Kang's Gourmet Chinese Cuisine", true, 'what it serves'],
    ['Cafe', 'Cafe Roma', false, 'a kind of place alone names none'],
    ['Ritz-Carlton Cafe (Buckhead)', 'Ritz-Carlton Dining Room (Buckhead)', false, 'two rooms of one hotel'],
    ['Acme Corp', 'Acme Widgets Inc', true, 'legal forms dropped first'],
    ['星辰科技', '星辰科技发展', false, 'Han names are compared by their characters'],
  ])('%j / %j → %s (%s)', (a, b, expected) => {
    expect(wordsWithin(companyKey(a)!, companyKey(b)!)).toBe(expected);
  });
});

describe('hasLegalForm: a name that says it is an organisation', () => {
  it.each<[string, boolean]>([
    ['北京星辰科技有限公司', true],
    ['星辰科技（北京）有限公司', true],
    ['深圳前海微众银行股份有限公司', true],
    ['星辰科技上海分公司', true],
    ['Acme Corp', true],
    ['Globex, LLC', true],
    ['Initech Inc.', true],
    ['星辰科技', false],
    ['张伟', false],
    ['公司', false],
    ['John Company', true],
    ['Inc', false],
    ['', false],
  ])('%j → %s', (name, expected) => {
    expect(hasLegalForm(name)).toBe(expected);
  });
});
