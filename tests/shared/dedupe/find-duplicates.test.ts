import fc from 'fast-check';
import { findDuplicates } from '../../../shared/dedupe/find-duplicates';
import { DEFAULT_DEDUPE_SETTINGS } from '../../../shared/dedupe/settings';
import { resolveDedupeSettings } from '../../../shared/dedupe/validate-settings';
import { t } from '../../../shared/i18n';
import { records, type RowSpec } from './helpers';
import { legacyFingerprint } from '../../../shared/dedupe/fingerprint';

const run = (rows: RowSpec[], notDuplicates?: string[][]) =>
  findDuplicates(records(rows), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: 'CN', notDuplicates });
const rowsOf = (rows: RowSpec[]) => run(rows).groups.map((g) => g.rows);

describe('duplicates the issue names', () => {
  it.each<[string, RowSpec, RowSpec]>([
    ['phone in another format', { name: '张伟', mobile: '13812345678' }, { name: '张伟', mobile: '+86 138-1234-5678' }],
    ['company with and without legal form and city', { name: '张伟', mobile: '13812345678', company: '星辰科技' }, { name: '张伟', mobile: '13812345678', company: '北京星辰科技有限公司' }],
    ['homophone typo with the same mobile', { name: '张伟', mobile: '13812345678' }, { name: '张玮', mobile: '13812345678' }],
    ['upper-case e-mail', { name: '张伟', email: 'ZhangWei@QQ.com' }, { name: '张伟', email: 'zhangwei@qq.com' }],
    ['a missing field', { name: '张伟', mobile: '13812345678', email: 'zw@qq.com' }, { name: '张伟', mobile: '13812345678' }],
    ['Chinese name and its pinyin', { name: '张伟', mobile: '13812345678' }, { name: 'Wei Zhang', mobile: '138 1234 5678' }],
    ['English nickname', { firstName: 'Bob', lastName: 'Smith', email: 'bob@acme.com' }, { firstName: 'Robert', lastName: 'Smith', email: 'bob@acme.com' }],
    ['same ID card, name typed by ear', { name: '李娜', idCard: '11010519491231002X' }, { name: '李娜', idCard: '110105 19491231 002x' }],
    ['the mobile typed into the name cell', { name: '李娜 13812345678' }, { name: '李娜', mobile: '13812345678' }],
    ['a title after the name', { name: '陈静女士', mobile: '13812345678' }, { name: '陈静', mobile: '13812345678' }],
    ['a mobile-number mailbox (13812345678@163.com) and the mobile', { name: '张伟', email: '13812345678@163.com' }, { name: '张伟', mobile: '138 1234 5678' }],
    ['a WeChat found by its number and the mobile', { name: '张伟', wechat: '13812345678' }, { name: '张伟', mobile: '13812345678' }],
    ['a QQ Mail address and the QQ number', { name: '张伟', email: '384726153@qq.com' }, { name: '张伟', qq: '384726153' }],
    ['a surname called familiarly (老王) with the same mobile', { name: '老王', mobile: '13812345678' }, { name: '王建国', mobile: '13812345678' }],
    ['a note in brackets beside the name', { name: '张伟（老板）', mobile: '13812345678' }, { name: '张伟', mobile: '138 1234 5678', email: 'zw@qq.com' }],
    ['a role after a dash', { name: '李娜-财务', mobile: '13812345678' }, { name: '李娜', mobile: '13812345678' }],
    ['a Japanese name with and without its space', { name: '田中 太郎', company: '东京贸易', mobile: '13812345678' }, { name: '田中太郎', company: '东京贸易', email: 'tanaka@example.jp' }],
    ['a note beside an English name', { name: 'John Smith (CEO)', email: 'john.smith@acme.com' }, { firstName: 'John', lastName: 'Smith', email: 'john.smith@acme.com' }],
    ['a landline with and without its area code', { name: '张伟', phone: '010-64381234', company: '星辰科技' }, { name: '张伟', phone: '6438 1234', company: '星辰科技' }],
    ['one firm typed by ear, at one address (organisations, for review)', { company: '星辰科技有限公司', address: '北京市朝阳区建国路88号' }, { company: '星晨科技有限公司', address: '朝阳区建国路88号' }],
  ])('finds: %s', (_why, a, b) => {
    expect(rowsOf([a, { name: '无关人员', mobile: '13900009999' }, b])).toEqual([[2, 4]]);
  });

  it.each<[string, RowSpec, RowSpec]>([
    ['two 张伟 who both typed 123@qq.com to fill the e-mail cell', { name: '张伟', mobile: '13900001111', email: '123@qq.com' }, { name: '张伟', mobile: '13700002222', email: '123@qq.com' }],
    ['two 张伟 whose address cells say 同上 (as the row above)', { name: '张伟', address: '同上' }, { name: '张伟', address: '同上' }],
    ['two 张伟 whose address is 地址不详', { name: '张伟', email: 'a.zhang@qq.com', address: '地址不详' }, { name: '张伟', email: 'zw1990@163.com', address: '地址不详' }],
    ['two 张伟 exported with customer number 0', { name: '张伟', customerId: '0' }, { name: '张伟', customerId: '0' }],
    ['two 王芳 at different companies with different phones', { name: '王芳', mobile: '13900001111', company: '星辰科技' }, { name: '王芳', mobile: '13700002222', company: '月亮贸易有限公司' }],
    ['two 张伟 the sheet tells apart by notes, sharing the company landline', { name: '张伟(大)', phone: '010-87654321', company: '星辰科技' }, { name: '张伟(小)', phone: '010-87654321', company: '星辰科技' }],
    [
      'colleagues sharing the company landline and address',
      { name: '李娜', mobile: '13600003333', phone: '010-87654321', company: '北京星辰科技有限公司', address: '北京市朝阳区建国路88号' },
      { name: '刘洋', mobile: '13500004444', phone: '010-87654321', company: '星辰科技', address: '朝阳区建国路88号' },
    ],
    // Two 张伟 of one company, switchboard and address with their own mobiles are one contact's two
    // numbers as often as two colleagues: offered for review (one-contact-two-mobiles.test.ts).
    [
      'family members sharing address and landline',
      { name: '陈建国', phone: '010-66668888', address: '海淀区中关村大街1号', birthday: '1962-05-01' },
      { name: '陈小明', phone: '010-66668888', address: '海淀区中关村大街1号', birthday: '1990-09-12' },
    ],
    ['husband and wife sharing home and landline', { name: '王建华', phone: '021-55556666', address: '徐汇区漕溪北路100号' }, { name: '刘丽', phone: '021-55556666', address: '徐汇区漕溪北路100号' }],
    ['two desks on one switchboard', { name: '周杰', phone: '010-87654321-801', company: '星辰科技' }, { name: '周洁', phone: '010-87654321-802', company: '星辰科技' }],
    ['two valid, different ID cards', { name: '李娜', mobile: '13812345678', idCard: '11010519491231002X' }, { name: '李娜', mobile: '13812345678', idCard: '110101199003071233' }],
    ['branches of one company (B2B rows)', { company: '星辰科技上海分公司', phone: '021-12345678' }, { company: '星辰科技北京分公司', phone: '010-12345678' }],
    ['two 张伟 whose WeChat cells say 微信同号 ("same as the mobile"), not an ID', { name: '张伟', mobile: '13812345678', wechat: '微信同号' }, { name: '张伟', mobile: '13700001111', wechat: '微信同号' }],
    ['two 张伟 who are both 个人 (individuals, no company)', { name: '张伟', company: '个人' }, { name: '张伟', company: '个人' }],
    ['two 张伟 whose address is 不详', { name: '张伟', address: '不详', birthday: '' }, { name: '张伟', address: '不详' }],
    ['two rows whose name cell only says 先生 (Mr), at one company', { name: '先生', company: '星辰科技' }, { name: '先生', company: '星辰科技' }],
    ['two rows named 客户 (customer), at one company', { name: '客户', company: '星辰科技', city: '北京' }, { name: '客户', company: '星辰科技', city: '北京' }],
    ['张伟1 and 张伟2 at one company: the sheet numbers its namesakes', { name: '张伟1', company: '杭州某科技有限公司' }, { name: '张伟2', company: '杭州某科技有限公司' }],
    ['two WeChat nicknames told apart by a digit (企业微信 客户名称)', { name: '🌸花开2', company: '杭州某某贸易有限公司', owner: '张伟' }, { name: '🌸花开0', company: '杭州某某贸易有限公司', owner: '王芳' }],
    ['two 张伟 with 无 in the customer-id column', { name: '张伟', customerId: '无' }, { name: '张伟', customerId: '无' }],
    ['two 李娜 with 无 in the QQ column', { name: '李娜', mobile: '13812345678', qq: '无' }, { name: '李娜', mobile: '13700001111', qq: '无' }],
    ['two namesakes at two shops, each with its Facebook page (one host, two pages)', { name: 'John Smith', company: 'Acme', website: 'https://www.facebook.com/acmeshop' }, { name: 'John Smith', company: 'Globex', website: 'https://www.facebook.com/globexstore' }],
    ['siblings on their parent\'s mobile in a 培训 sheet, sharing the generation character', { name: '王欣怡', mobile: '13700002222', birthday: '2017-05-01' }, { name: '王欣雨', mobile: '13700002222', birthday: '2019-08-12' }],
    ['twins on one mobile', { name: '张子涵', mobile: '13600003333' }, { name: '张子轩', mobile: '13600003333' }],
    ['王先生 and 王太太 on one mobile (a couple, called by title)', { name: '王先生', mobile: '13811110001' }, { name: '王太太', mobile: '13811110001' }],
    ['two restaurants in one hotel (organisations)', { company: 'Palace Court', phone: '702-731-7547', address: '3570 Las Vegas Blvd' }, { company: 'Cafe Roma', phone: '702-731-7547', address: '3570 Las Vegas Blvd' }],
  ])('keeps apart: %s', (_why, a, b) => {
    expect(rowsOf([a, b])).toEqual([]);
  });

  it('never matches two blank rows, or rows that only share blanks', () => {
    expect(rowsOf([{}, {}, { name: '' , mobile: '' }, { notes: '同一备注' }, { notes: '同一备注' }])).toEqual([]);
  });
});

describe('colleagues who write the company\'s shared mailbox', () => {
  const desk = { company: '星辰科技', phone: '010-64381234', email: 'sales@xingchen.com' };

  it('are no duplicates: sales@, the company and its switchboard place them at one desk, not in one person', () => {
    expect(rowsOf([{ name: '张伟', ...desk }, { name: '李娜', ...desk }])).toEqual([]);
  });

  it('still finds one customer written twice with that mailbox', () => {
    expect(rowsOf([{ name: '张伟', ...desk }, { name: '张伟', ...desk, email: 'SALES@xingchen.com' }])).toEqual([[2, 3]]);
  });
});

describe('sheets of organisations (no person name)', () => {
  const us = (rows: RowSpec[]) => findDuplicates(records(rows), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: 'US' }).groups;

  it('offers for review one site listed by two sources under slightly different names', () => {
    // A Chinese sheet's local landline: workplace evidence, capped (a North American number would be an identifier).
    const groups = run([
      { company: 'Ravenswood Community Child Care Center', phone: '6438 1234', address: '4908 North Damen Avenue' },
      { company: 'Ravenswood Community Child Care', phone: '64381234', address: '4908 N. Damen Ave' },
    ]).groups;
    expect(groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'review']]);
  });

  it('finds a restaurant two guides list under a longer and a shorter name', () => {
    const groups = us([
      { company: "Bone's", phone: '404/237-2663', address: '3130 Piedmont Road', city: 'Atlanta' },
      { company: "Bone's Restaurant", phone: '404-237-2663', address: '3130 Piedmont Rd. NE', city: 'Atlanta' },
    ]);
    expect(groups.map((g) => g.rows)).toEqual([[2, 3]]);
  });

  it('reads a company in a mixed 客户名称 column (people and companies) as an organisation', () => {
    const res = run([
      { name: '北京星辰科技有限公司', phone: '010-64381234', address: '北京市朝阳区望京西路48号' },
      { name: '张伟', mobile: '13812345678', phone: '010-64381234' },
      { name: '星辰科技（北京）有限公司', phone: '010-6438 1234', address: '朝阳区望京西路48号' },
      { name: '北京月亮贸易有限公司', phone: '010-64381234', address: '北京市朝阳区望京西路48号' },
    ]);
    expect(res.groups.map((g) => g.rows)).toEqual([[2, 4]]);
    expect(res.groups[0].reasons.map((r) => r.code)).toContain('dedupe.reason.company.core');
  });

  it('meets a North American number written with and without its area code', () => {
    const groups = us([
      { firstName: 'Mary', lastName: 'Jones', phone: '(617) 535-0990', city: 'Boston' },
      { firstName: 'Mary', lastName: 'Jones', phone: '535-0990', city: 'Boston' },
    ]);
    expect(groups.map((g) => g.rows)).toEqual([[2, 3]]);
  });

  it('meets rows by a local number written without its area code', () => {
    const groups = run([
      { company: 'Salvation Army Red Shield', phone: '3583224', address: '945 W. 69th St.' },
      { company: 'SALVATION ARMY - RED SHIELD', phone: '358 3224', address: '69th and Sangamon' },
    ]).groups;
    expect(groups.map((g) => g.rows)).toEqual([[2, 3]]);
    expect(groups[0].reasons.map((r) => r.code)).toContain('dedupe.reason.landline.same');
  });

  it('never chains an organisation\'s other site into the group of one centre\'s listings by the name they share', () => {
    // Three directories list the Roosevelt Road centre, one by the charity's full name, all with the
    // centre's landline and mailbox; a fourth lists the North Avenue centre by the short name. That one
    // shares the short name with two of the listings (offered for review with them alone), but with the
    // full-name listing nothing beyond a similar name: two addresses, two phones, two sites.
    const res = run([
      { company: 'Easter Seals Gilchrist Marchman', phone: '9395115', address: '1001 W Roosevelt Rd', email: 'gilchrist.marchman@eastersealschicago.org' },
      { company: 'Easter Seals Gilchrist Marchman', phone: '939 5115', address: '1001 W. Roosevelt Rd', email: 'gilchrist.marchman@eastersealschicago.org' },
      { company: 'Easter Seals Society of Metropolitan Chicago - Gilchrist-Marchman', phone: '9395115', address: '1001 W Roosevelt Rd', email: 'gilchrist.marchman@eastersealschicago.org' },
      { company: 'Easter Seals Gilchrist Marchman', phone: '2764000', address: '2345 W North Ave' },
    ]);
    // It was one group of four for review: the North Avenue centre in it, the three listings never merged.
    expect(res.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3, 4], 'likely']]);
  });
});

describe('one company\'s two records, its contact called by a title or left blank', () => {
  // 金蝶 客户 list: 科沃斯 entered twice, once with the city before its name, one switchboard and
  // address. A contact written as 钱总, or left blank on one side, says nothing of who: the company is
  // the customer, as when both rows leave the contact blank.
  const kw = (a: string, b: string) => run([
    { customerId: 'C013', company: '苏州科沃斯机器人股份有限公司', name: a, phone: '0512-65875866', address: '苏州市吴中区石湖西路108号', owner: '王磊' },
    { customerId: 'C014', company: '科沃斯机器人股份有限公司', name: b, phone: '0512-65875866', address: '苏州市吴中区石湖西路108号', owner: '王磊' },
  ]).groups;

  it.each([
    ['', '', 'no contact on either side'],
    ['钱总', '钱总', 'one surname called by one title on both'],
    ['钱总', '', 'a title on one side, nothing on the other'],
    ['', '钱总', 'the other way round'],
    ['钱伟', '', 'a whole name on one side, nothing on the other'],
    ['钱伟', '钱总', 'a whole name and the same surname called by a title'],
    ['钱伟', '钱伟', 'the same whole name'],
  ])('%s / %s (%s): likely, scoring no less than with no contact', (a, b) => {
    const groups = kw(a, b);
    expect(groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'likely']]);
    expect(groups[0].score).toBeGreaterThanOrEqual(kw('', '')[0].score);
  });

  it.each([
    ['钱伟', '李强', 'two contacts of one account'],
    ['王先生', '王女士', 'a man and a woman of one surname'],
    ['钱总', '李总', 'two surnames'],
    ['王经理', '王总', 'two titles: a manager and the boss of one family firm as often as one man'],
  ])('%s / %s (%s): never likely', (a, b) => {
    expect(kw(a, b).filter((g) => g.confidence !== 'review')).toEqual([]);
  });

  it('a group and its company in another city (two addresses, two switchboards) is never likely, its 陈总 on both or on neither', () => {
    for (const name of ['陈总', '']) {
      const groups = run([
        { company: '美的集团股份有限公司', name, phone: '0757-26338888', mobile: '13900000005', address: '佛山市顺德区北滘镇美的大道6号' },
        { company: '美的集团(上海)有限公司', name, phone: '021-61200000', mobile: '13900000006', address: '上海市闵行区' },
      ]).groups;
      expect(groups.filter((g) => g.confidence !== 'review')).toEqual([]);
    }
  });
});

describe('English rows with a blank name part and their own typos', () => {
  it('finds a row whose first name was left blank by its surname, birthday and city', () => {
    const res = run([
      { firstName: 'Jackson', lastName: 'Lee', birthday: '2009-11-10', city: 'Belfast', email: 'j.lee86@roberson.com' },
      { firstName: 'Amelia', lastName: 'Hughes', birthday: '1990-02-03', city: 'Leeds' },
      { lastName: 'Lee', birthday: '2009-11-10', city: 'Belfast' },
    ]);
    expect(res.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 4], 'review']]);
  });

  it.each<[string, RowSpec, RowSpec]>([
    ['a surname left blank, the first name one letter short', { firstName: 'Henry', lastName: 'Simmons', birthday: '2019-01-31', city: 'Leeds', email: 'hsimmons@roberts.com' }, { firstName: 'Hnry', birthday: '2019-01-31', city: 'Leeds' }],
    ['a pinyin name with the given name left blank, the surname typed with two letters swapped', { firstName: 'Wei', lastName: 'Zhang', birthday: '1990-05-12', city: '上海' }, { lastName: 'Zhnag', birthday: '1990-05-12', city: '上海' }],
  ])('finds a row with a blank name part whose other part has a slip: %s', (_why, a, b) => {
    const res = run([a, { firstName: 'Amelia', lastName: 'Hughes', birthday: '1990-02-03', city: 'Leeds' }, b]);
    expect(res.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 4], 'review']]);
  });

  it.each<[string, RowSpec, RowSpec]>([
    ['Mary (no surname) and Mark Jones born the same day in one city', { firstName: 'Mary', birthday: '1985-05-21', city: 'London' }, { firstName: 'Mark', lastName: 'Jones', birthday: '1985-05-21', city: 'London' }],
    ['a 李 (Li) and a 陆 (Lu) born the same day in one city', { lastName: 'Li', birthday: '1990-05-12', city: '上海' }, { firstName: 'Wei', lastName: 'Lu', birthday: '1990-05-12', city: '上海' }],
    ['Henry (no surname) and Henry Simmons born years apart', { firstName: 'Hnry', birthday: '1985-01-31', city: 'Leeds' }, { firstName: 'Henry', lastName: 'Simmons', birthday: '2019-01-31', city: 'Leeds' }],
  ])('keeps apart a blank-part row and a stranger whose name is one letter off: %s', (_why, a, b) => {
    expect(rowsOf([a, b])).toEqual([]);
  });

  it.each<[string, RowSpec, RowSpec]>([
    ['a surname left blank, the e-mail\'s company domain with a letter dropped', { firstName: 'Amelia', lastName: 'Morgan', city: 'Swindon', email: 'amelia.morgan92@davidson-taylor.com' }, { firstName: 'Amelia', city: 'Swindon', email: 'amelia.morgan92@davidsn-taylor.com' }],
    ['王总 (called by title) with 王磊\'s mailbox, 163 typed as 136', { name: '王磊', email: 'wanglei1988@163.com', company: '星辰科技' }, { name: '王总', email: 'wanglei1988@136.com' }],
  ])('finds one mailbox whose domain was mistyped: %s', (_why, a, b) => {
    const res = run([a, { name: '无关人员', mobile: '13900009999' }, b]);
    expect(res.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 4], 'review']]);
  });

  it.each<[string, RowSpec, RowSpec]>([
    ['an e-mail alone in the phone cell', { name: 'John Smith', company: 'Acme Tools', phone: 'john@acmetools.com' }, { name: 'John Smith', email: 'JOHN@acmetools.com' }],
    ['an e-mail beside the mobile in one 联系方式 cell', { name: '陈晓君', mobile: '13723456789 / chen.xj@pcdz.com' }, { name: '陈晓君', email: 'chen.xj@pcdz.com', company: '鹏城电子' }],
  ])('reads an e-mail typed in a phone column (a business card\'s 联系方式) as the customer\'s e-mail: %s', (_why, a, b) => {
    const res = run([a, { name: '无关人员', mobile: '13900009999' }, b]);
    expect(res.groups.map((g) => g.rows)).toEqual([[2, 4]]);
    expect(res.groups[0].reasons.map((r) => r.code)).toContainEqual(expect.stringMatching(/^dedupe\.reason\.email\.(same|case)$/));
  });

  it('keeps apart a 王总 and a 王磊 who only share a user name at two providers (163 / 126)', () => {
    expect(rowsOf([{ name: '王磊', email: 'wanglei1988@163.com', company: '星辰科技' }, { name: '王总', email: 'wanglei1988@126.com' }])).toEqual([]);
  });

  it('keeps apart a surname-only row and a namesake-free stranger born the same day', () => {
    expect(rowsOf([{ firstName: 'Mary', lastName: 'Smith', birthday: '1985-05-21', city: 'London' }, { lastName: 'Jones', birthday: '1985-05-21', city: 'London' }])).toEqual([]);
  });

  it('takes a birthday one keystroke off as a slip, not another person', () => {
    expect(rowsOf([
      { firstName: 'Freya', lastName: 'Shah', birthday: '1970-12-17', city: 'London' },
      { firstName: 'Freya', lastName: 'Shah', birthday: '1970-12-16', city: 'London' },
    ])).toEqual([[2, 3]]);
  });

  // Birthdays that neither row shares with the ones under test, so that no 1 January below is a
  // platform's stand-in (one birthday in twenty of the column at least).
  const others: RowSpec[] = [
    { firstName: 'Grace', lastName: 'Okafor', birthday: '1979-08-03', city: 'Bristol' },
    { firstName: 'Tomasz', lastName: 'Nowak', birthday: '1984-10-22', city: 'Bristol' },
    { firstName: 'Priya', lastName: 'Patel', birthday: '1991-04-17', city: 'Bristol' },
    { firstName: 'Callum', lastName: 'Reid', birthday: '1968-12-09', city: 'Bristol' },
    { firstName: 'Sofia', lastName: 'Russo', birthday: '2001-06-30', city: 'Bristol' },
    { firstName: 'Owen', lastName: 'Price', birthday: '1957-02-25', city: 'Bristol' },
    { firstName: 'Nadia', lastName: 'Haddad', birthday: '1988-09-14', city: 'Bristol' },
    { firstName: 'Liam', lastName: 'Byrne', birthday: '1995-11-05', city: 'Bristol' },
  ];
  const pairOf = (a: RowSpec, b: RowSpec) => findDuplicates(records([a, b, ...others]), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: 'GB' }).groups.map((g) => [g.rows, g.confidence]);

  it.each<[string, RowSpec, RowSpec]>([
    ['her first name one letter short, the day one off', { firstName: 'Amelia', lastName: 'Watson', birthday: '2006-11-27', city: 'Hull' }, { firstName: 'Amela', lastName: 'Watson', birthday: '2006-11-26', city: 'Hull' }],
    ['his first name one letter short, the year one digit off', { firstName: 'Harvey', lastName: 'Robertson', birthday: '1996-03-25', city: 'Leeds' }, { firstName: 'Harvy', lastName: 'Robertson', birthday: '1997-03-25', city: 'Leeds' }],
    ['month and day swapped, a letter of the surname mistyped', { firstName: 'Jessica', lastName: 'Miller', birthday: '2001-05-07', city: 'Coventry' }, { firstName: 'Jessica', lastName: 'Mlller', birthday: '2001-07-05', city: 'Coventry' }],
  ])('offers for review a copy whose name and birthday each have one slip, in the same town: %s', (_why, a, b) => {
    expect(pairOf(a, b)).toEqual([[[2, 3], 'review']]);
  });

  it.each<[string, RowSpec, RowSpec]>([
    ['a brother and a sister born a year apart to the day, at one address and home phone', { firstName: 'Emma', lastName: 'Carter', birthday: '2012-05-14', address: '14 Mill Lane', phone: '0113 496 0123', city: 'Leeds' }, { firstName: 'Ethan', lastName: 'Carter', birthday: '2013-05-14', address: '14 Mill Lane', phone: '0113 496 0123', city: 'Leeds' }],
    ['two Oliver Hughes whose birth years were typed alone (as 1 January), a year apart', { firstName: 'Oliver', lastName: 'Hughes', birthday: '1962-01-01', city: 'Leeds' }, { firstName: 'Olivier', lastName: 'Hughes', birthday: '1963-01-01', city: 'Leeds' }],
    ['a Jon with no surname and a John Walsh of the same town, born a day apart', { firstName: 'Jon', birthday: '1985-03-07', city: 'Leeds' }, { firstName: 'John', lastName: 'Walsh', birthday: '1985-03-08', city: 'Leeds' }],
  ])('keeps apart look-alikes whose birthdays are a keystroke apart: %s', (_why, a, b) => {
    expect(pairOf(a, b)).toEqual([]);
  });

  it('groups three copies of one customer though the two most garbled ones are unsure of each other', () => {
    const res = run([
      { firstName: 'Robert', lastName: 'Allen', birthday: '1971-06-24', city: 'London', email: 'roberta25@smith.net' },
      { firstName: 'Robert', lastName: 'Allen', birthday: '1971-05-24', city: 'London', email: 'roberta25@smith.net' },
      { firstName: 'Robert', lastName: 'Alen', birthday: '1971-06-24', city: 'London' },
    ]);
    // rows 3 and 4 (a misspelt surname, a birthday one digit off) score between review and likely: unsure, not different.
    expect(res.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3, 4], 'review']]);
  });
});

describe('copies of one customer that are unsure of each other', () => {
  it.each<[string, RowSpec[], string]>([
    [
      'a third 王建国 row linked by the address, whose birthday is three weeks off the first row\'s',
      [{ name: '王建国', mobile: '13812345678', birthday: '1975-06-12' }, { name: '王建国', mobile: '13812345678', address: '北京市朝阳区建国路88号' }, { name: '王建国', address: '朝阳区建国路88号', birthday: '1975-07-02' }],
      'CN',
    ],
    [
      'a third Oliver Hughes row linked by the address, whose birthday is a month off the first row\'s',
      [
        { firstName: 'Oliver', lastName: 'Hughes', email: 'ohughes@page-kim.info', birthday: '1983-03-07' },
        { firstName: 'Oliver', lastName: 'Hughes', email: 'ohughes@page-kim.info', address: '12 Elm Street', city: 'Northampton' },
        { firstName: 'Oliver', lastName: 'Hughes', address: '12 Elm Street', city: 'Northampton', birthday: '1983-04-01' },
      ],
      'GB',
    ],
  ])('are one group for review when nothing across says two customers: %s', (_why, rows, region) => {
    const res = findDuplicates(records(rows), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: region });
    expect(res.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3, 4], 'review']]);
  });

  it.each<[string, RowSpec[], string]>([
    ['a couple on one household e-mail and a row that names neither (J. Smith)', [{ firstName: 'John', lastName: 'Smith', email: 'john.jane.smith@gmail.com' }, { name: 'J. Smith', email: 'john.jane.smith@gmail.com' }, { firstName: 'Jane', lastName: 'Smith', email: 'john.jane.smith@gmail.com' }], 'GB'],
    ['王先生 and 王太太 on one mobile, and a 王总 on it too', [{ name: '王先生', mobile: '13811110001' }, { name: '王总', mobile: '13811110001' }, { name: '王太太', mobile: '13811110001' }], 'CN'],
  ])('are never chained through a row that fits both when two names say two people: %s', (_why, rows, region) => {
    const res = findDuplicates(records(rows), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: region });
    expect(res.groups.some((g) => g.rows.includes(2) && g.rows.includes(4))).toBe(false);
  });
});

describe('salutations', () => {
  // An estate agent's 黄先生 and, typed by another rep, 黄生 (Cantonese for 黄先生) on one mobile (tester h65).
  it('reads 黄生 as the Cantonese 黄先生: two salutations of one surname say nothing against each other', () => {
    const res = run([
      { name: '黄先生', mobile: '13926051288', owner: '小刘' },
      { name: '黄生', mobile: '13926051288', owner: '小陈' },
    ]);
    expect(res.groups.map((g) => g.rows)).toEqual([[2, 3]]);
    const reasons = res.groups[0].reasons.map((r) => (r.evidence === 'against' ? '✗ ' : '') + t('zh-CN', r.code, r.params));
    expect(reasons.filter((r) => r.startsWith('✗'))).toEqual([]);
    expect(reasons).toContain('手机号相同');
  });
});

describe('birthdays', () => {
  it('reads a birthday written once as the 农历 date and once as the 公历 one as the same birthday', () => {
    const res = run([
      { name: '张伟', company: '星辰科技', birthday: '1990-03-08' },
      { name: '张伟', company: '北京星辰科技有限公司', birthday: '1990-04-03' },
    ]);
    expect(res.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'likely']]);
    expect(res.groups[0].reasons.map((r) => t('zh-CN', r.code, r.params))).toContain('生日相同（一方写的是农历）');
  });

  it('keeps apart two 张伟 at one company whose 农历 birthdays differ, though both were born in 1990', () => {
    const res = run([
      { name: '张伟', company: '星辰科技', birthday: '农历1990年三月初八' },
      { name: '张伟', company: '星辰科技', birthday: '农历1990年腊月初二' },
    ]);
    // "1990" was their key once, and they were likely the same customer on 生日相同.
    expect(res.groups.filter((g) => g.confidence !== 'review')).toEqual([]);
  });

  it('reads a 农历生日 column: the same customer with the lunar birthday in one row and the solar one in the other', () => {
    const res = run([
      { name: '张伟', company: '星辰科技', lunarBirthday: '1990年三月初八' },
      { name: '张伟', company: '北京星辰科技有限公司', birthday: '1990-04-03' },
    ]);
    expect(res.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'likely']]);
    expect(res.groups[0].reasons.map((r) => t('zh-CN', r.code, r.params))).toContain('生日相同');
  });

  it.each<[string, RowSpec, RowSpec]>([
    ['a month typed wrong, at one address', { name: '李娜', address: '北京市朝阳区建国路88号', birthday: '1990-03-15' }, { name: '李娜', address: '朝阳区建国路88号', birthday: '1990-04-02' }],
    ['two digits slipped (year and day), at one address', { name: '王建国', address: '海淀区中关村大街1号', birthday: '1975-06-12' }, { name: '王建国', address: '海淀区中关村大街1号', birthday: '1976-06-13' }],
    ['an English customer whose birthday month was mistyped, at one address', { firstName: 'Olivia', lastName: 'Edwards', address: '12 Elm Street', birthday: '1988-12-25' }, { firstName: 'Olivia', lastName: 'Edwards', address: '12 Elm Street', birthday: '1988-11-28' }],
  ])('offers for review one customer whose birthday has a slip: %s', (_why, a, b) => {
    const res = run([a, { name: '无关人员', mobile: '13900009999' }, b]);
    expect(res.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 4], 'review']]);
  });

  it.each<[string, RowSpec, RowSpec, string]>([
    ['two 王芳 at one company and its landline, born two weeks apart', { name: '王芳', company: '星辰科技', phone: '010-87654321', birthday: '1990-03-05' }, { name: '王芳', company: '星辰科技', phone: '010-87654321', birthday: '1990-03-19' }, 'CN'],
    ['two John Smiths at one firm, born with one digit of the year and one of the day apart', { firstName: 'John', lastName: 'Smith', company: 'Acme Supply', birthday: '1985-03-07' }, { firstName: 'John', lastName: 'Smith', company: 'Acme Supply', birthday: '1986-03-08' }, 'US'],
  ])('never merges unasked namesakes whose birthdays are merely close: %s', (_why, a, b, region) => {
    const res = findDuplicates(records([a, b]), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: region });
    expect(res.groups.map((g) => g.confidence)).toEqual(['review']);
    expect(res.groups[0].reasons.filter((r) => r.evidence === 'against').map((r) => t('zh-CN', r.code, r.params))).toContain('生日相近但不同（笔误，还是两个人？）');
  });

  it.each<[string, RowSpec, RowSpec]>([
    ['two 王芳 in one city born two weeks apart', { name: '王芳', city: '北京', birthday: '1990-03-05' }, { name: '王芳', city: '北京', birthday: '1990-03-19' }],
    ['two John Smiths in London born the same month', { firstName: 'John', lastName: 'Smith', city: 'London', birthday: '1985-03-07' }, { firstName: 'John', lastName: 'Smith', city: 'London', birthday: '1985-03-28' }],
    ['two 张伟 whose birthdays differ in two digits', { name: '张伟', birthday: '1985-03-07' }, { name: '张伟', birthday: '1988-03-17' }],
  ])('keeps apart namesakes whose birthdays are merely close: %s', (_why, a, b) => {
    expect(rowsOf([a, b])).toEqual([]);
  });

  it('never calls a father and son of one name, phone and address likely: they were born 30 years apart', () => {
    const home = { phone: '(617) 555-0199', address: '12 Elm St', city: 'Boston' };
    for (const son of ['Smith Jr', 'Smith']) {
      const res = findDuplicates(
        records([{ firstName: 'John', lastName: 'Smith', birthday: '1950-03-02', ...home }, { firstName: 'John', lastName: son, birthday: '1980-07-09', ...home }]),
        DEFAULT_DEDUPE_SETTINGS,
        { defaultRegion: 'US' },
      );
      expect(res.groups.filter((g) => g.confidence !== 'review')).toEqual([]);
    }
  });
});

describe('confidence', () => {
  it('is exact when the rows are equal after normalization and an identifier agrees', () => {
    const [g] = run([
      { name: '张伟', mobile: '13812345678', email: 'ZW@qq.com', company: '北京星辰科技有限公司', province: '广西' },
      { name: '张伟', mobile: '138 1234 5678', email: 'zw@qq.com', company: '星辰科技', province: '广西壮族自治区' },
    ]).groups;
    expect(g.confidence).toBe('exact');
    expect(g.score).toBeGreaterThan(0.99);
  });

  it('is likely, not exact, for one customer\'s rows that differ in a value the comparison does not weigh (an amount, a purchase day, an owner)', () => {
    const same = { name: '张伟', mobile: '13812345678', company: '星辰科技' };
    expect(run([{ ...same, amount: '880' }, { ...same, amount: '960' }]).groups[0].confidence).toBe('likely');
    expect(run([{ ...same, lastPurchase: '2024-05-01' }, { ...same, lastPurchase: '2024-08-10' }]).groups[0].confidence).toBe('likely');
    expect(run([{ ...same, owner: '王芳' }, { ...same, owner: '赵磊' }]).groups[0].confidence).toBe('likely');
    // An amount on one row only is a gap the merge fills, not a difference.
    expect(run([{ ...same, amount: '880' }, { ...same, company: '北京星辰科技有限公司' }]).groups[0].confidence).toBe('exact');
  });

  it('reads a placeholder (N/A, 无) as no value: no conflict, and not the value a merge keeps', () => {
    const [g] = run([
      { firstName: 'Ann', lastName: 'Lee', email: 'ann@gmail.com', source: 'N/A' },
      { firstName: 'Ann', lastName: 'Lee', email: 'ann@gmail.com', source: 'Trade show' },
    ]).groups;
    expect([g.confidence, g.conflicts]).toEqual(['exact', []]);
    expect(g.fields.find((f) => f.field === 'source')).toMatchObject({ value: 'Trade show', sheetRow: 3 });
  });

  it('is likely, not exact, for a homophone name with the same mobile', () => {
    expect(run([{ name: '张伟', mobile: '13812345678' }, { name: '张玮', mobile: '13812345678' }]).groups[0].confidence).toBe('likely');
  });

  // An English shop's sheet with a Middle Name column: one customer whose middle name was typed once
  // with a slip. One letter off is a slip as in a given name (Jhon / John), so with her mobile and
  // mailbox she is one customer; the two middle names differ, so the rows are no copies to merge unasked.
  it('is likely, never exact, for a middle name one letter off beside one mobile and mailbox (Anna Marie / Anna Maria Jones)', () => {
    const anna = { lastName: 'Jones', mobile: '(617) 555-0143', email: 'anna.jones@example.com', city: 'Boston' };
    const sheet = (rows: RowSpec[]) => findDuplicates(records(rows), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: 'US' }).groups;
    const [g] = sheet([
      { ...anna, firstName: 'Anna', middleName: 'Marie' },
      { firstName: 'Peter', lastName: 'Walsh', mobile: '(617) 555-0178', email: 'pwalsh@example.com' },
      { ...anna, firstName: 'Anna', middleName: 'Maria' },
    ]);
    expect([g.rows, g.confidence]).toEqual([[2, 4], 'likely']);
    expect(g.reasons.map((r) => r.code)).toContain('dedupe.reason.name.similar');
    // Her name in one cell reads the same.
    expect(sheet([{ ...anna, name: 'Anna Marie Jones' }, { ...anna, name: 'Anna Maria Jones' }]).map((x) => x.confidence)).toEqual(['likely']);
  });

  it('keeps middle names that are two names apart for review on a family phone (John Adam / John Brian Smith, a father and his son)', () => {
    const groups = findDuplicates(records([
      { name: 'John Adam Smith', mobile: '(617) 555-0190', city: 'Boston' },
      { name: 'John Brian Smith', mobile: '(617) 555-0190', city: 'Boston' },
    ]), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: 'US' }).groups;
    expect(groups.filter((g) => g.confidence !== 'review')).toEqual([]);
  });

  it('is review for fuzzy evidence without a personal identifier (PITFALLS D3)', () => {
    const [g] = run([
      { name: '张伟', company: '星辰科技', address: '朝阳区建国路88号' },
      { name: '张玮', company: '北京星辰科技有限公司', address: '北京市朝阳区建国路88号' },
    ]).groups;
    expect(g.confidence).toBe('review');
  });

  it('is review, never likely, for two people of whole different names sharing a household e-mail and home phone', () => {
    const home = { email: 'thejmillers@gmail.com', phone: '(206) 555-0144', address: '9 Oak Ave', city: 'Seattle' };
    const res = findDuplicates(
      records([{ firstName: 'John', lastName: 'Miller', ...home }, { firstName: 'Mary', lastName: 'Miller', ...home }]),
      DEFAULT_DEDUPE_SETTINGS,
      { defaultRegion: 'US' },
    );
    expect(res.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'review']]);
    const smiths = findDuplicates(
      records([{ name: 'John Smith', email: 'smithfamily@gmail.com', phone: '(512) 555-0101' }, { name: 'Jane Smith', email: 'smithfamily@gmail.com', phone: '(512) 555-0101' }]),
      DEFAULT_DEDUPE_SETTINGS,
      { defaultRegion: 'US' },
    );
    expect(smiths.groups.filter((g) => g.confidence !== 'review')).toEqual([]);
    const zh = run([{ name: '王建国', mobile: '13812345678', email: 'wangjia@163.com' }, { name: '李秀英', mobile: '13812345678', email: 'wangjia@163.com' }]);
    expect(zh.groups.filter((g) => g.confidence !== 'review')).toEqual([]);
  });

  it('says why against, with its figures: born so many years apart', () => {
    const home = { phone: '(617) 555-0199', address: '12 Elm St', city: 'Boston' };
    const res = findDuplicates(
      records([{ firstName: 'John', lastName: 'Smith', birthday: '1950-03-02', ...home }, { firstName: 'John', lastName: 'Smith', birthday: '1980-07-09', ...home }]),
      DEFAULT_DEDUPE_SETTINGS,
      { defaultRegion: 'US' },
    );
    const texts = res.groups[0].reasons.map((r) => t('en', r.code, r.params));
    expect(texts.find((s) => s.includes('apart'))).toMatch(/born 30 years apart/);
  });

  it('is review for one person\'s two contracts (a 4S customer\'s two cars, each insured to its own day)', () => {
    const [g] = run([
      { name: '张伟', mobile: '13912345678', contractEnd: '2026-12-04' },
      { name: '张伟', mobile: '13912345678', contractEnd: '2027-06-17' },
    ]).groups;
    expect(g.confidence).toBe('review');
    expect(g.reasons.map((r) => t('zh-CN', r.code, r.params))).toContain('合同日期或编号不同：可能是两份合同、保单或订单，不宜合并');
    // The same contract typed twice is still one.
    const [same] = run([
      { name: '张伟', mobile: '13912345678', contractEnd: '2026-12-04' },
      { name: '张伟', mobile: '139 1234 5678', contractEnd: '2026/12/4' },
    ]).groups;
    expect(same.confidence).toBe('exact');
    // A contract day that is no date (2023年2月30日, left as typed) is a slip, not a second contract.
    const [slip] = run([
      { name: '张伟', mobile: '13912345678', contractEnd: '2026-12-04' },
      { name: '张伟', mobile: '139 1234 5678', contractEnd: '2026年2月30日' },
    ]).groups;
    expect(slip.confidence).not.toBe('review');
  });

  it('is review for one customer\'s two vehicles: two VINs, or two plates where no VIN tells (a 4S sheet, one row per car)', () => {
    const cars = (a: RowSpec, b: RowSpec) => run([{ name: '王建国', mobile: '13812345678', ...a }, { name: '王建国', mobile: '13812345678', ...b }]).groups;
    const [two] = cars({ vin: 'LSVAU2180N2183294' }, { vin: 'LFV2A21K5M4067812' });
    expect(two.confidence).toBe('review');
    expect(two.reasons).toContainEqual({ code: 'dedupe.reason.twoVehicles', evidence: 'against' });
    expect(cars({ plate: '粤B12345' }, { plate: '粤B6F789' }).map((g) => g.confidence)).toEqual(['review']);
    // The same car: one VIN in two writings, one plate with and without its dot, a VIN on one row only,
    // a plate changed on one VIN (the VIN tells), a placeholder or a note where a plate would be.
    expect(cars({ vin: 'LSVAU2180N2183294' }, { vin: 'lsvau 2180n 2183294' }).map((g) => g.confidence)).toEqual(['exact']);
    expect(cars({ plate: '粤B·12345' }, { plate: '粤b 12345' }).map((g) => g.confidence)).toEqual(['exact']);
    expect(cars({ vin: 'LSVAU2180N2183294', plate: '粤B12345' }, {}).map((g) => g.confidence)).toEqual(['exact']);
    expect(cars({ vin: 'LSVAU2180N2183294', plate: '粤B12345' }, { vin: 'LSVAU2180N2183294', plate: '京A12345' }).map((g) => g.confidence)).toEqual(['exact']);
    expect(cars({ plate: '粤B12345' }, { plate: '未上牌' }).map((g) => g.confidence)).toEqual(['exact']);
    expect(cars({ plate: '粤B12345' }, { plate: 'B12345' }).map((g) => g.confidence)).toEqual(['exact']);
    expect(cars({ vin: 'LSVAU2180N2183294' }, { vin: '183294' }).map((g) => g.confidence)).toEqual(['exact']);
  });

  it('is review for a QuickBooks sub-customer beside its parent (Cool Cars and Cool Cars:Grace share what they inherit)', () => {
    const shared = { phone: '(415) 555-9933', email: 'cooldrivin@intuit.com', company: 'Cool Cars', address: '65 Ocean Dr. Half Moon Bay CA 94213' };
    const qb = (...names: string[]) => findDuplicates(records(names.map((name) => ({ name, ...shared }))), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: 'US' }).groups;
    const [parentAndJob] = qb('Cool Cars', 'Cool Cars:Grace');
    expect(parentAndJob.confidence).toBe('review');
    expect(parentAndJob.reasons).toContainEqual({ code: 'dedupe.reason.subCustomers', evidence: 'against' });
    // Two jobs of one parent, without the parent's row.
    expect(qb('Freeman Sporting Goods:0969 Ocean View Road', 'Freeman Sporting Goods:55 Twin Lane').map((g) => g.confidence)).toEqual(['review']);
    // One customer typed twice is still one, and a Chinese note after a colon is no sub-customer.
    expect(qb('Cool Cars', 'Cool Cars').map((g) => g.confidence)).toEqual(['exact']);
    expect(run([{ name: '张伟:老板', mobile: '13812345678' }, { name: '张伟', mobile: '13812345678' }]).groups[0].reasons.map((r) => r.code)).not.toContain('dedupe.reason.subCustomers');
  });

  it('reads a Notion relation by its page\'s name: a web address\'s "https:" is no QuickBooks Parent:Job colon', () => {
    // The tester's Notion_CRM_Contacts_two_company_pages.csv (h46): Emily's second row links a second "Acme Corp" page.
    const emily = { name: 'Emily Johnson', email: 'emily.johnson@acmecorp.com', phone: '+1 415 555 0132' };
    const [pair] = findDuplicates(records([
      { ...emily, company: 'Acme Corp (https://www.notion.so/Acme-Corp-d7210dff076ce2ef87b0b125ec1d7da0)' },
      { ...emily, company: 'Acme Corp (https://www.notion.so/Acme-Corp-0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f)' },
    ]), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: 'US' }).groups;
    expect(pair.reasons.map((r) => r.code)).not.toContain('dedupe.reason.subCustomers');
    expect(pair.reasons).toContainEqual({ code: 'dedupe.reason.company.same', evidence: 'for' });
    expect(pair.confidence).not.toBe('review');
    // Two bare web addresses are no jobs under one parent "https".
    const sites = findDuplicates(records([
      { ...emily, company: 'https://acmecorp.com' },
      { ...emily, company: 'https://acme.example.com' },
    ]), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: 'US' }).groups;
    expect(sites[0].reasons.map((r) => r.code)).not.toContain('dedupe.reason.subCustomers');
  });

  it('is review for one owner\'s two pets (a pet shop\'s sheet, one row per pet), never for one pet typed twice', () => {
    const pets = (a: RowSpec, b: RowSpec) => run([{ name: '赵敏', mobile: '13733334444', ...a }, { name: '赵敏', mobile: '13733334444', ...b }]).groups;
    const [two] = pets({ petName: 'Lucky' }, { petName: 'Coco' });
    expect(two.confidence).toBe('review');
    expect(two.reasons).toContainEqual({ code: 'dedupe.reason.twoPets', evidence: 'against' });
    expect(pets({ petName: '豆豆' }, { petName: '球球' }).map((g) => g.confidence)).toEqual(['review']);
    // The same pet: in another case or width, with spaces; a blank or a placeholder is no evidence.
    expect(pets({ petName: 'Lucky' }, { petName: 'lucky' }).map((g) => g.confidence)).toEqual(['exact']);
    expect(pets({ petName: 'Lucky' }, { petName: ' Ｌｕｃｋｙ ' }).map((g) => g.confidence)).toEqual(['exact']);
    expect(pets({ petName: 'Lucky' }, {}).map((g) => g.confidence)).toEqual(['exact']);
    expect(pets({ petName: 'Lucky' }, { petName: '无' }).map((g) => g.confidence)).toEqual(['exact']);
  });

  it('is at most review for two companies of one brand in two cities, even on one 400 hotline (was exact: the hotline counted as a person\'s number)', () => {
    const hotline = run([{ company: '深圳华星电子有限公司', phone: '400-800-1234' }, { company: '武汉华星电子有限公司', phone: '400-800-1234' }]);
    expect(hotline.groups.filter((g) => g.confidence !== 'review')).toEqual([]);
    // Two 周杰 at two branches on the brand's hotline: the hotline says one brand, not one person.
    const namesakes = run([
      { name: '周杰', company: '星辰科技(上海分公司)', phone: '400-800-1234' },
      { name: '周杰', company: '星辰科技(北京分公司)', phone: '400-800-1234' },
    ]);
    expect(namesakes.groups.filter((g) => g.confidence !== 'review')).toEqual([]);
  });

  it('is review, never likely, for a distributor\'s head office and its branches on the boss\'s one mobile (each its own account)', () => {
    const res = run([
      { name: '周建军', company: '湘旺商贸有限公司', mobile: '13907310001' },
      { name: '周建军', company: '湘旺商贸有限公司长沙分公司', mobile: '13907310001' },
      { name: '周建军', company: '湘旺商贸有限公司株洲分公司', mobile: '13907310001' },
    ]);
    expect(res.groups.map((g) => [g.rows.length, g.confidence])).toEqual([[3, 'review']]);
    expect(res.groups[0].reasons).toContainEqual({ code: 'dedupe.reason.company.branch', evidence: 'against', params: { branches: '长沙分公司 / 株洲分公司' } });
    expect(res.groups[0].reasons).toContainEqual({ code: 'dedupe.reason.company.headBranch', evidence: 'against' });
    // The head office typed twice is still one customer.
    const twice = run([{ name: '周建军', company: '湘旺商贸有限公司', mobile: '13907310001' }, { name: '周建军', company: '湘旺商贸', mobile: '139 0731 0001' }]);
    expect(twice.groups.map((g) => g.confidence)).not.toContain('review');
  });

  it('is review, never likely, for a contact who moved from one company to another (two accounts)', () => {
    const res = run([
      { name: '卫九', company: '北京A科技有限公司', mobile: '18600001111', email: 'weijiu@a-tech.com' },
      { name: '卫九', company: '上海B贸易有限公司', mobile: '18600001111', email: 'weijiu@b-trade.com' },
    ]);
    expect(res.groups.map((g) => g.confidence)).toEqual(['review']);
    expect(res.groups[0].reasons).toContainEqual({ code: 'dedupe.reason.company.differ', evidence: 'against' });
  });

  it('a credit code mistyped by one character (it fails its check) beside the valid one is no disagreement', () => {
    const res = run([
      { company: '北京月光贸易有限公司', phone: '010-77778888', uscc: '91350100M000100Y43' },
      { company: '北京月光贸易有限公司', phone: '010-77778888', uscc: '91350100M000100Y44' },
    ]);
    expect(res.groups.map((g) => g.rows)).toEqual([[2, 3]]);
  });

  it('reads one person\'s old 15-digit ID card as the 18-digit one it became, and a QQ cell labelled QQ号：', () => {
    expect(run([{ name: '张伟', idCard: '110105491231002' }, { name: '张伟', idCard: '11010519491231002X' }]).groups.map((g) => g.confidence)).toEqual(['exact']);
    expect(run([{ name: '李娜', qq: 'QQ号：87654321' }, { name: '李娜', qq: '87654321' }]).groups.map((g) => g.confidence)).toEqual(['exact']);
  });

  it('is never exact when names are the same but nothing personal agrees', () => {
    const groups = run([{ name: '张伟', company: '星辰科技', birthday: '1985-03-07' }, { name: '张伟', company: '星辰科技', birthday: '1985-03-07' }]).groups;
    expect(groups.every((g) => g.confidence !== 'exact')).toBe(true);
  });
});

describe('chains', () => {
  // A~B by mobile, B~C by e-mail, A and C share nothing personal: a weak link must not make A, C "likely".
  const chain: RowSpec[] = [
    { name: '张伟', mobile: '13812345678', company: '星辰科技' },
    { name: '张伟', mobile: '13812345678', email: 'zw@qq.com', company: '星辰科技' },
    { name: '张伟', email: 'zw@qq.com', company: '月亮贸易', birthday: '1990-01-01' },
  ];

  it('groups a chain only as review when its ends do not agree', () => {
    const res = run(chain);
    for (const g of res.groups) if (g.rows.includes(2) && g.rows.includes(4)) expect(g.confidence).toBe('review');
  });

  it('refuses a link that most cross pairs disagree with (the chain guard)', () => {
    const rows: RowSpec[] = [
      { name: '李娜', mobile: '13811112222', birthday: '1980-01-01' },
      { name: '李娜', mobile: '13811112222', birthday: '1980-01-01' },
      { name: '李娜', mobile: '13911113333', birthday: '1995-06-06', email: 'lina95@qq.com' },
      { name: '李娜', mobile: '13811112222', email: 'lina95@qq.com', birthday: '1995-06-06' },
    ];
    const res = run(rows);
    const big = res.groups.find((g) => g.rows.length === 4);
    if (big) expect(big.confidence).toBe('review');
    expect(res.stats.chainGuardLinks + res.groups.filter((g) => g.confidence === 'review').length).toBeGreaterThan(0);
  });

  it('caps group size: a shared identifier on many rows does not make one giant group', () => {
    const rows: RowSpec[] = Array.from({ length: 30 }, () => ({ name: '张伟', mobile: '13812345678' }));
    const settings = resolveDedupeSettings({ maxGroupSize: 10 });
    const res = findDuplicates(records(rows), settings, { defaultRegion: 'CN' });
    expect(Math.max(...res.groups.map((g) => g.rows.length))).toBeLessThanOrEqual(10);
    expect(res.stats.cappedLinks).toBeGreaterThan(0);
  });
});

describe('reasons', () => {
  it('explains a group in words, both languages', () => {
    const [g] = run([
      { name: '张伟', mobile: '13812345678', email: 'ZhangWei@QQ.com', company: '北京星辰科技有限公司' },
      { name: '张玮', mobile: '138 1234 5678', email: 'zhangwei@qq.com', company: '星辰科技' },
    ]).groups;
    const en = g.reasons.filter((r) => r.evidence === 'for').map((r) => t('en', r.code, r.params));
    expect(en[0]).toBe('same mobile');
    expect(en).toEqual(expect.arrayContaining(['e-mail equal ignoring case', 'same company ignoring legal suffix', 'names sound alike (zhang wei)']));
    expect(t('zh-CN', g.reasons[0].code, g.reasons[0].params)).toBe('手机号相同');
  });

  it('reports owner conflicts (撞单)', () => {
    const [g] = run([
      { name: '张伟', mobile: '13812345678', owner: '李四' },
      { name: '张伟', mobile: '13812345678', owner: '王五' },
    ]).groups;
    expect(g.ownerConflict).toEqual({ owners: ['李四', '王五'] });
  });
});

describe('"not duplicates" memory', () => {
  const rows: RowSpec[] = [
    { name: '张伟', mobile: '13812345678', company: '星辰科技' },
    { name: '刘洋', mobile: '13900001111' },
    { name: '张伟', mobile: '13812345678', company: '北京星辰科技有限公司' },
  ];

  it('keeps a marked group apart on the next run, even after the rows moved', () => {
    const first = run(rows);
    expect(first.groups).toHaveLength(1);
    const marked = [first.groups[0].fingerprints];
    const moved = [rows[2], rows[1], rows[0], { name: '王芳', mobile: '13700000000' }];
    const next = run(moved, marked);
    expect(next.groups).toEqual([]);
    expect(next.stats.notDuplicateLinks).toBe(1);
  });

  it('does not hide a marked row\'s identical copy typed again later', () => {
    const twoWangFang: RowSpec[] = [
      { name: '王芳', company: '星辰科技', phone: '010-87654321', email: 'wangfang@xingchen.com' },
      { name: '王芳', company: '星辰科技', phone: '010-87654321', email: 'wf@xingchen.com' },
    ];
    const first = run(twoWangFang);
    expect(first.groups).toHaveLength(1);
    const next = run([...twoWangFang, { ...twoWangFang[0] }], [first.groups[0].fingerprints]);
    expect(next.groups.map((g) => g.rows)).toEqual([[2, 4]]);
  });

  it('holds after a number is retyped (154-7824-5040 → +86 154 7824 5040), and a mark saved before numbers were read one by one still holds', () => {
    const pair: RowSpec[] = [
      { name: '吴洋', mobile: '154-7824-5040', company: '星辰科技' },
      { name: '吴洋', mobile: '15478245040', company: '北京星辰科技有限公司', phone: '0571-88886666' },
    ];
    const first = run(pair);
    expect(first.groups).toHaveLength(1);
    const retyped = [{ ...pair[1], phone: '057188886666' }, { ...pair[0], mobile: '+86 154 7824 5040' }];
    expect(run(retyped, [first.groups[0].fingerprints]).groups).toEqual([]);
    // As an earlier version saved them: each run of digits apart.
    const saved = records(pair).map(legacyFingerprint);
    expect(run(pair, [saved]).groups).toEqual([]);
  });

  it('says when a mark names a row since edited, so the user knows why the pair is back', () => {
    const first = run(rows);
    const marked = [first.groups[0].fingerprints];
    // No warning: only the word that the mark kept its group apart.
    expect(run(rows, marked).problems).toEqual([{ code: 'dedupe.marksKeptApart', severity: 'info', params: { count: 1 } }]);
    // 张伟 of 星辰科技 has since given his e-mail: his row is no longer the one marked.
    const edited = [{ ...rows[0], email: 'zhangwei@xingchen.com' }, rows[1], rows[2]];
    const next = run(edited, marked);
    expect(next.groups.map((g) => g.rows)).toEqual([[2, 4]]);
    expect(next.problems).toEqual([{ code: 'dedupe.notDuplicatesStale', severity: 'warning', params: { count: 1, fingerprints: marked[0][0] } }]);
    expect(t('zh-CN', next.problems[0].code, next.problems[0].params)).toContain('重新标记');
  });

  describe('a mark one of whose rows has since changed', () => {
    // Two 李静 at one company, one landline and address: the user marked them as two people.
    const liJing: RowSpec[] = [
      { customerId: 'KH0051', name: '李静', mobile: '15988050390', phone: '0571-86001234', email: 'lijing@yunfan.cn', company: '杭州云帆贸易有限公司', address: '杭州市西湖区文三路 90 号', birthday: '1988-04-12' },
      { customerId: 'KH0101', name: '李静', mobile: '13655550123', phone: '0571-86001234', email: 'lijing@yunfan.cn', company: '杭州云帆贸易有限公司', address: '杭州市西湖区文三路 90 号', birthday: '1988-04-12' },
    ];
    const marked = () => [run(liJing).groups[0].fingerprints];

    it('leaves the marked row and the one that replaced its twin for review, naming the marked row, so --merge does not fold them together', () => {
      // Last week's --merge kept a re-typed copy of KH0101 (its own mobile, KH0999) and archived KH0101:
      // the row left in its place has a fingerprint no mark names.
      const afterMerge = [liJing[0], { ...liJing[1], customerId: 'KH0999', mobile: '13700001234' }];
      const next = run(afterMerge, marked());
      expect(next.groups).toHaveLength(1);
      const [g] = next.groups;
      expect(g.rows).toEqual([2, 3]);
      expect(g.confidence).toBe('review');
      expect(g.records).toBeUndefined();
      expect(g.reasons).toContainEqual({ code: 'dedupe.reason.markChanged', evidence: 'against', params: { row: 2 } });
      expect(t('zh-CN', 'dedupe.reason.markChanged', { row: 2 })).toContain('第2行曾被标记为与另一行“不是重复”');
      expect(t('en', 'dedupe.reason.markChanged', { row: 2 })).toContain('a row that has since changed');
      expect(next.problems.map((p) => p.code)).toEqual(['dedupe.notDuplicatesStale']);
    });

    it('after a typo fixed in the other row too (lijing@yunfan.cm → .cn), wherever the rows stand', () => {
      const typo = [liJing[0], { ...liJing[1], email: 'lijing@yunfan.cm' }];
      const first = [run(typo).groups[0].fingerprints];
      const next = run([liJing[1], { name: '王芳', mobile: '13700000000' }, liJing[0]], first);
      expect(next.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 4], 'review']]);
      expect(next.groups[0].reasons.map((r) => r.code)).toContain('dedupe.reason.markChanged');
    });

    it('does not hold back a copy of the marked row itself, typed again', () => {
      // KH0101 has left the sheet; KH0051 was typed in a second time.
      const next = run([liJing[0], { name: '王芳', mobile: '13700000000' }, { ...liJing[0] }], marked());
      expect(next.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 4], 'exact']]);
      expect(next.groups[0].reasons.map((r) => r.code)).not.toContain('dedupe.reason.markChanged');
    });

    it('says nothing while every row of the mark is there as it was', () => {
      const next = run([...liJing, { ...liJing[1], customerId: 'KH0999', mobile: '13700001234' }], marked());
      expect(next.groups.flatMap((g) => g.reasons.map((r) => r.code))).not.toContain('dedupe.reason.markChanged');
      // No warning: only the word that the mark kept its group apart.
      expect(next.problems).toEqual([{ code: 'dedupe.marksKeptApart', severity: 'info', params: { count: 1 } }]);
    });
  });

  it('says nothing of a mark that names no row here (another tab\'s customers)', () => {
    const first = run(rows);
    expect(run([{ name: '王芳', mobile: '13700000000' }, { name: '刘洋', mobile: '13900001111' }], [first.groups[0].fingerprints]).problems).toEqual([]);
  });

  describe('marks none of which names a row of the sheet any more', () => {
    // 王芳 of 星辰科技 twice, one landline and mailbox: two people, marked so; 刘洋 typed twice, one customer.
    const ledger: RowSpec[] = [
      { customerId: 'KH0013', name: '王芳', mobile: '13612340013', phone: '010-87654321', email: 'info@xingchen.com', company: '北京星辰科技有限公司' },
      { customerId: 'KH0040', name: '刘洋', mobile: '13900001111', company: '广州南方物流有限公司' },
      { customerId: 'KH0086', name: '王芳', mobile: '13612340086', phone: '010-87654321', email: 'info@xingchen.com', company: '北京星辰科技有限公司' },
      { customerId: 'KH0090', name: '刘洋', mobile: '139 0000 1111', company: '南方物流' },
    ];
    const marked = () => run(ledger).groups.filter((g) => g.rows.includes(2)).map((g) => g.fingerprints);

    it.each<[string, (r: RowSpec, i: number) => RowSpec]>([
      ['客户编号 renumbered as a new series', (r, i) => ({ ...r, customerId: `KH${1001 + i}` })],
      ['the 电话 column deleted', ({ phone: _phone, ...r }) => r],
    ])('%s: the run warns that the marks no longer match, in both languages', (_edit, edit) => {
      const next = run(ledger.map(edit), marked());
      expect(next.groups.map((g) => g.rows)).toContainEqual([2, 4]);
      const said = next.problems.find((p) => p.code === 'dedupe.notDuplicatesNoneHere');
      expect(said).toEqual({ code: 'dedupe.notDuplicatesNoneHere', severity: 'warning', params: { count: 1, groups: 2 } });
      expect(t('zh-CN', said!.code, said!.params)).toContain('重新编排了客户编号');
      expect(t('en', said!.code, said!.params)).toContain('a deleted identity column');
    });

    it('says nothing while a mark still names a row here, nor of a sheet with no groups', () => {
      // No warning: only the word that the mark kept its group apart.
      expect(run(ledger, marked()).problems).toEqual([{ code: 'dedupe.marksKeptApart', severity: 'info', params: { count: 1 } }]);
      expect(run([ledger[0], ledger[1]], [['fp0000000000aaaa', 'fp0000000000bbbb']]).problems).toEqual([]);
    });
  });

  it('does not block other rows that were not marked', () => {
    const first = run(rows);
    const next = run([...rows, { name: '张伟', mobile: '13812345678', email: 'zw@qq.com' }], [first.groups[0].fingerprints]);
    expect(next.groups.length).toBe(1);
    expect(next.groups[0].rows).toContain(5);
  });
});

describe('a customer written by the name he is called', () => {
  it.each([['小明', '王小明'], ['阿伟', '张伟'], ['明明', '王明']])('%s / %s with one mobile: one customer, likely, not exact', (a, b) => {
    const out = run([{ name: a, mobile: '13812345678' }, { name: b, mobile: '138 1234 5678' }]);
    expect(out.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'likely']]);
  });

  it('without a shared identity, no group', () => {
    expect(rowsOf([{ name: '小明', company: '星辰科技' }, { name: '王小明', company: '星辰科技' }])).toEqual([]);
  });
});

describe('values a platform export masked', () => {
  it('two rows sharing 138****5678, z***@qq.com and 张* share the mask, not a customer', () => {
    expect(rowsOf([
      { name: '张*', mobile: '138****5678', email: 'z***@qq.com' },
      { name: '张*', mobile: '138****5678', email: 'z***@qq.com' },
    ])).toEqual([]);
  });
});

describe('keepApartBy: one customer base per business line', () => {
  // An agency sells insurance and wealth products; each line keeps its own customers.
  const rows: RowSpec[] = [
    { name: '张伟', mobile: '13812345678', industry: '保险' },
    { name: '张伟', mobile: '13812345678', industry: '理财' },
    { name: '张伟', mobile: '138 1234 5678', industry: ' 保险 ' },
    { name: '张伟', mobile: '13812345678' },
  ];
  const settings = resolveDedupeSettings({ keepApartBy: ['industry'] });

  it('links rows of one line, and a row without a line to either, never two lines', () => {
    expect(rowsOf(rows)).toEqual([[2, 3, 4, 5]]);
    const apart = findDuplicates(records(rows), settings, { defaultRegion: 'CN' });
    expect(apart.groups).toHaveLength(1);
    expect(apart.groups[0].rows).toContain(2);
    expect(apart.groups[0].rows).toContain(4);
    expect(apart.groups[0].rows).not.toContain(3);
  });

  it('an unknown field is a settings error, not a crash', () => {
    const out = findDuplicates(records(rows), resolveDedupeSettings({ keepApartBy: ['businessLine' as never] }), { defaultRegion: 'CN' });
    expect(out.problems.map((p) => p.code)).toEqual(['dedupe.settings.unknownField']);
    expect(t('zh-CN', out.problems[0].code, out.problems[0].params)).toContain('dedupe.keepApartBy[0] 中的字段“businessLine”未知');
  });
});

/** 100 different two-character names (赵伟, 赵芳 … 陈洋). */
const distinctName = (i: number) => '赵钱孙李周吴郑王冯陈'[Math.floor(i / 10) % 10] + '伟芳娜敏静丽强磊军洋'[i % 10];

describe('stats and scale', () => {
  it('never compares all pairs: rows without shared keys are not compared', () => {
    const rows: RowSpec[] = Array.from({ length: 100 }, (_, i) => ({ name: distinctName(i), mobile: `139${String(10000000 + i)}` }));
    const res = run(rows);
    expect(res.stats.candidatePairs).toBe(0);
    expect(res.groups).toEqual([]);
  });

  it('skips an over-large block and says so', () => {
    // 100 colleagues on the company switchboard: the phone block is too big to say anything.
    const people: RowSpec[] = Array.from({ length: 100 }, (_, i) => ({ name: distinctName(i), phone: '010-87654321', company: '星辰科技' }));
    const res = run(people);
    expect(res.stats.skippedBlocks.phone).toBe(1);
    expect(res.stats.skippedBlockRows).toBe(100);
    expect(res.stats.candidatePairs).toBe(0);
    // Organisation rows (no person name) are keyed by company too.
    const orgs: RowSpec[] = Array.from({ length: 100 }, (_, i) => ({ company: '星辰科技', phone: `010-8765${String(1000 + i)}` }));
    expect(run(orgs).stats.skippedBlocks.company).toBe(1);
  });

  it('returns settings errors instead of throwing', () => {
    const bad = resolveDedupeSettings({ blocking: { keys: ['phone', 'soundex-of-doom'] } });
    const res = findDuplicates(records([{ name: '张伟' }]), bad, { defaultRegion: 'CN' });
    expect(res.groups).toEqual([]);
    expect(res.problems.map((p) => p.code)).toEqual(['dedupe.settings.unknownKeyer']);
  });

  it('is deterministic and independent of row order (property)', () => {
    const names = ['张伟', '张玮', '王芳', '李娜', 'Zhang Wei'];
    const phones = ['13812345678', '138 1234 5678', '13900001111', ''];
    const companies = ['星辰科技', '北京星辰科技有限公司', '月亮贸易', ''];
    const row = fc.record({ name: fc.constantFrom(...names), mobile: fc.constantFrom(...phones), company: fc.constantFrom(...companies) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 12 }), fc.integer(), (rs, seed) => {
        const recs = records(rs);
        const a = findDuplicates(recs, DEFAULT_DEDUPE_SETTINGS, { defaultRegion: 'CN' });
        const b = findDuplicates(recs, DEFAULT_DEDUPE_SETTINGS, { defaultRegion: 'CN' });
        expect(b).toEqual(a);
        // Same rows in another order (sheet rows kept): the same groups of sheet rows.
        const shuffled = [...recs].sort((x, y) => ((x.sheetRow * 7919 + seed) % 97) - ((y.sheetRow * 7919 + seed) % 97));
        const c = findDuplicates(shuffled, DEFAULT_DEDUPE_SETTINGS, { defaultRegion: 'CN' });
        const norm = (r: typeof a) => r.groups.map((g) => g.rows.join(',')).sort();
        expect(norm(c)).toEqual(norm(a));
      }),
      { numRuns: 60 },
    );
  });
});
