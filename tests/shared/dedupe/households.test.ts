/**
 * A shared phone (and address, and often a mailbox) is a household's evidence as much as a person's:
 * a mother and her daughter at a salon, sisters on a family mobile. Identity attributes that clearly
 * disagree, or names that do not agree, keep such a pair out of 'likely'; one customer typed twice
 * is still found.
 */
import { findDuplicates } from '../../../shared/dedupe/find-duplicates';
import { DEFAULT_DEDUPE_SETTINGS } from '../../../shared/dedupe/settings';
import { t } from '../../../shared';
import { records, type RowSpec } from './helpers';
import { planOf } from '../plan/helpers';

const groupsOf = (rows: RowSpec[], region = 'CN', children = false) =>
  findDuplicates(records(rows), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: region, children }).groups;
const summary = (rows: RowSpec[], region?: string) => groupsOf(rows, region).map((g) => [g.rows, g.confidence]);
const zh = (g: ReturnType<typeof groupsOf>[number]) => g.reasons.map((r) => t('zh-CN', r.code, r.params));

describe('a salon\'s cards: a mother and her daughter on one phone', () => {
  // After the testers' salon-cards.csv: names, one mobile each pair, the two cards' balances in 备注.
  it('张女士 / 张小姐 and 陈阿姨 / 陈小姐 are two titles, no names: review at most, said why', () => {
    for (const [a, b] of [['张女士', '张小姐'], ['陈阿姨', '陈小姐']]) {
      const groups = groupsOf([
        { name: a, mobile: '13812340001', notes: '卡内余额 3000' },
        { name: b, mobile: '13812340001', notes: '卡内余额 1500' },
      ]);
      expect(groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'review']]);
      expect(zh(groups[0])).toContain('同姓，但一方只写了称呼（如张女士），没有名字可比');
    }
  });

  it('a surname and a title meet another woman\'s given name no better (张女士 / 张丽)', () => {
    expect(summary([
      { name: '张女士', mobile: '13812340001' },
      { name: '张丽', mobile: '13812340001' },
    ])).toEqual([[[2, 3], 'review']]);
  });

  it('王婷 / 王婷婷 on one mobile and nothing else of theirs: review, not merged on the phone alone, and said why', () => {
    const groups = groupsOf([
      { name: '王婷', mobile: '13912345678', birthday: '' },
      { name: '王婷婷', mobile: '13912345678' },
    ]);
    expect(groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'review']]);
    // "Same mobile" alone would leave the user wondering why a group scoring 0.97 is not merged.
    expect(zh(groups[0])).toEqual(['手机号相同', '只有一家人会共用的电话、地址或邮箱相同，姓名对不上：是同一人，还是一家人？']);
    expect(groups[0].reasons[1].evidence).toBe('against');
    expect(t('en', groups[0].reasons[1].code)).toBe('only a phone, address or mailbox a family shares agrees, and the names do not: one person, or two of a family?');
  });

  it('陈丽 / 陈丽丽 of one flat: the city and postcode are the household\'s too, so review, as without them', () => {
    // After the testers' hh_city_zh.csv: with 城市 and 邮编 filled the mother and her daughter came out
    // likely, and --merge archived the daughter's row.
    const flat = { mobile: '15866660006', city: '广州', postcode: '510620', address: '广州市天河路88号2栋1201室' };
    const groups = groupsOf([
      { name: '陈丽', email: 'chenli66@sina.com', birthday: '1966-12-01', ...flat },
      { name: '陈丽丽', ...flat },
    ]);
    expect(groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'review']]);
    expect(groups[0].reasons.map((r) => r.code)).toContain('dedupe.reason.household');
  });

  it('a title where a name should be (张女士 / 张丽) says that, not also the household\'s caveat', () => {
    const groups = groupsOf([
      { name: '张女士', mobile: '13812340001' },
      { name: '张丽', mobile: '13812340001' },
    ]);
    expect(groups[0].reasons.map((r) => r.code)).not.toContain('dedupe.reason.household');
  });

  it('the same woman typed twice is still likely: her name and phone agree (李红 / 李红), or her company besides a phone', () => {
    expect(summary([
      { name: '李红', mobile: '13700001111', notes: '会员' },
      { name: '李红', mobile: '137 0000 1111', notes: '老会员' },
    ])).toEqual([[[2, 3], 'likely']]);
    expect(summary([
      { name: 'Siti Nurhaliza binti Tarudin', company: 'Firm 6 Pvt Ltd', mobile: '9800100822' },
      { name: 'Siti Nurhaliza', company: 'Firm 6 Pvt Ltd', mobile: '9800100822' },
    ], 'IN')).toEqual([[[2, 3], 'likely']]);
  });

  it('王先生 / 王先生 stays as it was: one surname called by one title on one phone', () => {
    expect(summary([
      { name: '王先生', mobile: '13600001111', email: 'wang@163.com' },
      { name: '王先生', mobile: '13600001111', email: 'wang@163.com' },
    ])[0][0]).toEqual([2, 3]);
  });
});

describe('a contact called by surname and title (张总, 刘经理, 王先生) beside his full name', () => {
  // After the testers' d10_zh_b2b_titles.csv and d1_zh_b2c_dups.csv: a second rep typed the boss
  // as he is called; the company, the mobile and the switchboard are his.
  it('张伟 / 张总, 陈明 / 陈总, 刘洋 / 刘经理 of one company on one mobile: likely, the title said as a caveat', () => {
    const groups = groupsOf([
      { company: '上海蓝海贸易有限公司', name: '张伟', title: '总经理', phone: '021-58881234', mobile: '13916001111', email: 'zhangwei@lanhai.com', address: '上海市浦东新区张江路100号' },
      { company: '上海蓝海贸易有限公司', name: '李静', title: '采购经理', phone: '021-58881234', mobile: '13916002222', email: 'lijing@lanhai.com', address: '上海市浦东新区张江路100号' },
      { company: '上海蓝海贸易有限公司', name: '张总', phone: '021-58881234', mobile: '13916001111', address: '上海市浦东新区张江路100号' },
      { company: '北京恒信科技有限公司', name: '陈明', title: 'CEO', phone: '010-62221111', mobile: '13801003333', email: 'chenming@hengxin.cn' },
      { company: '北京恒信科技', name: '陈总', title: '总经理', phone: '010-62221111', mobile: '13801003333' },
      { company: '深圳华创电子有限公司', name: '刘洋', title: '经理', phone: '0755-86661111', mobile: '13602004444', email: 'liuyang@huachuang.com' },
      { company: '深圳华创电子有限公司', name: '刘经理', phone: '0755-86661111', mobile: '13602004444', email: 'liuyang@huachuang.com' },
    ]);
    expect(groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 4], 'likely'], [[5, 6], 'likely'], [[7, 8], 'likely']]);
    expect(zh(groups[0])).toContain('同姓，但一方只写了称呼（如张女士），没有名字可比');
    expect(groups[0].reasons.find((r) => r.code === 'dedupe.reason.name.titled')?.evidence).toBe('against');
  });

  it('王建国 / 王先生 and 吴刚 / 吴总 of a shop\'s customers, with their company on one mobile: likely', () => {
    expect(summary([
      { name: '王建国', mobile: '13812345678', gender: '男', birthday: '1980-05-03', address: '上海市浦东新区张江路100号', company: '上海蓝海贸易有限公司', email: 'wjg@lanhai.com' },
      { name: '吴刚', mobile: '18800001234', gender: '男', birthday: '1975-08-08', address: '天津市和平区', company: '天津吴氏', email: 'wugang@wushi.cn' },
      { name: '王先生', mobile: '13812345678', address: '上海市浦东新区张江路100号', company: '上海蓝海贸易有限公司' },
      { name: '吴总', mobile: '18800001234', company: '天津吴氏' },
    ])).toEqual([[[2, 4], 'likely'], [[3, 5], 'likely']]);
  });

  it('赵女士 beside 赵敏 with only the household\'s mobile and address: review, the title names no one', () => {
    expect(summary([
      { name: '赵敏', mobile: '13000009999', gender: '女', birthday: '1992-02-14', address: '重庆市渝中区', email: 'zhaomin@qq.com' },
      { name: '赵女士', mobile: '13000009999', address: '重庆市渝中区' },
    ])).toEqual([[[2, 3], 'review']]);
  });
});

describe('given names that are also forms of address (Tuan, Sri) on a family phone', () => {
  // After the testers' d6_en_viet_tuan.csv: a US sheet of Vietnamese and Indian families.
  it('Tuan Anh Nguyen / Anh Nguyen and Sri Devi Ramesh / Devi Ramesh are two names, never \'same name\' likely', () => {
    const groups = groupsOf([
      { name: 'Tuan Anh Nguyen', mobile: '(714) 555-0101', birthday: '1990-03-04', owner: 'Amy' },
      { name: 'Anh Nguyen', mobile: '(714) 555-0101', owner: 'Bob' },
      { name: 'Sri Devi Ramesh', mobile: '(408) 555-0102', birthday: '1985-01-01', owner: 'Amy' },
      { name: 'Devi Ramesh', mobile: '(408) 555-0102', owner: 'Bob' },
    ], 'US');
    expect(groups.filter((g) => g.confidence !== 'review')).toEqual([]);
    expect(groups.flatMap((g) => g.reasons).map((r) => r.code)).not.toContain('dedupe.reason.name.exact');
  });
});

describe('a word put before names and left out at will (Mohammad, Mst., Syed, Sri) in one row of two', () => {
  // Sheets of India, Bangladesh and Pakistan: one customer is Mohammad Rafiqul Islam in the CRM export
  // and Rafiqul Islam in the shop's own sheet. The same name with a word more in front: his as often
  // as a relative's, so with a company, a birthday or an identifier of his own it is one customer, and
  // on the household's phone alone it is for review, the word said. Never 'two different names'.
  const en = (g: ReturnType<typeof groupsOf>[number]) => g.reasons.map((r) => t('en', r.code, r.params));

  it('Mohammad Rafiqul Islam / Rafiqul Islam of one company on one mobile (a Dhaka wholesaler\'s sheet): likely, the word said as a caveat', () => {
    const groups = groupsOf([
      { name: 'Mohammad Rafiqul Islam', mobile: '01711-234567', company: 'Rahman Textiles Ltd', city: 'Dhaka' },
      { name: 'Nusrat Jahan', mobile: '01819-876543', company: 'Jahan Fashion House', city: 'Dhaka' },
      { name: 'Rafiqul Islam', mobile: '+880 1711 234567', company: 'Rahman Textiles', city: 'Dhaka' },
    ], 'BD');
    expect(groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 4], 'likely']]);
    expect(groups[0].reasons.find((r) => r.code === 'dedupe.reason.name.prefixed')).toEqual({
      code: 'dedupe.reason.name.prefixed', evidence: 'against', params: { word: 'Mohammad' },
    });
    expect(en(groups[0])).toContain('same name, but one side has Mohammad in front: one person, or two of one family');
    expect(zh(groups[0])).toContain('姓名相同，但一方名字前多了 Mohammad：可能是同一人，也可能是一家两人');
  });

  it('Sri Ramesh Kumar / Ramesh Kumar of one birthday on one mobile (a Bengaluru shop): likely', () => {
    expect(summary([
      { name: 'Sri Ramesh Kumar', mobile: '98450 12345', birthday: '1976-08-15', city: 'Bengaluru' },
      { name: 'Ramesh Kumar', mobile: '+91 98450 12345', birthday: '1976-08-15', city: 'Bengaluru' },
    ], 'IN')).toEqual([[[2, 3], 'likely']]);
  });

  it('Mst. Rokeya Begum / Rokeya Begum with nothing but the household\'s mobile: review, not merged on the phone alone', () => {
    const groups = groupsOf([
      { name: 'Mst. Rokeya Begum', mobile: '01912-345678', address: 'House 12, Road 5, Dhanmondi, Dhaka' },
      { name: 'Rokeya Begum', mobile: '01912345678' },
    ], 'BD');
    expect(groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'review']]);
    expect(groups[0].reasons.map((r) => r.code)).toContain('dedupe.reason.name.prefixed');
  });

  it('groups three copies of Mohammed Ali Khan, one of them Ali Khan, as one customer (the pair no longer holds the others apart)', () => {
    expect(summary([
      { name: 'Mohammed Ali Khan', mobile: '98200 11223', company: 'Khan Steel Traders' },
      { name: 'Ali Khan', mobile: '98200 11223', company: 'Khan Steel Traders' },
      { name: 'Priya Nair', mobile: '98470 55667', company: 'Nair Spices' },
      { name: 'Mohammed Ali Khan', mobile: '98200 11223', email: 'ali.khan@gmail.com' },
    ], 'IN')).toEqual([[[2, 3, 5], 'likely']]);
  });

  it('meets by name alone what no phone brings together: Syed Ahmed Hussain / Ahmed Hussain of one company and birthday, for review', () => {
    expect(summary([
      { name: 'Syed Ahmed Hussain', company: 'Hussain Pharma', birthday: '1969-11-02', city: 'Hyderabad' },
      { name: 'Ahmed Hussain', company: 'Hussain Pharma Pvt Ltd', birthday: '1969-11-02', city: 'Hyderabad' },
    ], 'IN')).toEqual([[[2, 3], 'review']]);
  });

  it('Mohd Faizal Rahman / Muhammad Faizal Rahman on one mobile and mailbox (a Kuala Lumpur sheet): one name spelt two ways, likely, never exact', () => {
    const groups = groupsOf([
      { name: 'Mohd Faizal Rahman', mobile: '012-345 6789', email: 'faizal.rahman@gmail.com', city: 'Kuala Lumpur' },
      { name: 'Siti Aminah', mobile: '019-876 5432', city: 'Shah Alam' },
      { name: 'Muhammad Faizal Rahman', mobile: '+60 12-345 6789', email: 'faizal.rahman@gmail.com', city: 'Kuala Lumpur' },
    ], 'MY');
    expect(groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 4], 'likely']]);
    expect(en(groups[0])).toContain('names spelled alike');
  });

  it('Mohammed Ali Khan / Ali Khan born 31 years apart on one family mobile: a father and his son, review at most', () => {
    expect(groupsOf([
      { name: 'Mohammed Ali Khan', mobile: '98200 11223', birthday: '1958-04-10' },
      { name: 'Ali Khan', mobile: '98200 11223', birthday: '1989-09-21' },
    ], 'IN').filter((g) => g.confidence !== 'review')).toEqual([]);
  });

  it('John Michael Smith / Michael Smith of one firm and phone (Smith & Sons Plumbing, a father and his son): two names, no group', () => {
    expect(summary([
      { name: 'John Michael Smith', mobile: '(617) 555-0190', company: 'Smith & Sons Plumbing' },
      { name: 'Michael Smith', mobile: '(617) 555-0190', company: 'Smith & Sons Plumbing' },
    ], 'US')).toEqual([]);
  });
});

describe('identity attributes that clearly disagree', () => {
  it('two real birthdays years apart on one family mobile (Maria Clara Reyes 1985 / 1990): review, never likely', () => {
    expect(summary([
      { firstName: 'Maria Clara', lastName: 'Reyes', mobile: '+63 917 123 4567', email: 'mc.reyes@gmail.com', birthday: '1985-03-12' },
      { firstName: 'Maria Clara', lastName: 'Reyes', mobile: '+63 917 123 4567', birthday: '1990-11-22' },
    ], 'PH')).toEqual([[[2, 3], 'review']]);
  });

  it('a birthday typed with a slip (day and month swapped) is no disagreement: still likely', () => {
    expect(summary([
      { name: '陈静', mobile: '13500002222', birthday: '1988-05-07' },
      { name: '陈静', mobile: '13500002222', birthday: '1988-07-05' },
    ])).toEqual([[[2, 3], 'likely']]);
  });

  it('a birthday that is no day at all (1989-02-30, flagged by the cleaning) beside a real one is a slip, not a sister: still likely', () => {
    expect(summary([
      { name: '朱艳', mobile: '15221834424', email: 'zhuyan@163.com', birthday: '1989/2/30' },
      { name: '朱艳', mobile: '15221834424', email: 'zhuyan@163.com', birthday: '1989-06-29' },
    ])).toEqual([[[2, 3], 'likely']]);
  });

  it('two birthdays of one year less than nine months apart (1980-05-03 / 1980-06-16) are one birthday typed wrong, no siblings\': likely, said', () => {
    // After the testers' d5_zh_birthday_typos.csv: no two siblings are born so close (twins share the day).
    const groups = groupsOf([
      { name: '张志强', mobile: '13912340002', gender: '男', birthday: '1980-05-03', email: 'u2@163.com', owner: '王芳' },
      { name: '刘桂兰', mobile: '13912340003', gender: '女', birthday: '1979-11-21', email: 'u3@163.com', owner: '王芳' },
      { name: '张志强', mobile: '13912340002', gender: '男', birthday: '1980-06-16', owner: '李娜' },
      { name: '刘桂兰', mobile: '13912340003', gender: '女', birthday: '1979-12-28', owner: '李娜' },
    ]);
    expect(groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 4], 'likely'], [[3, 5], 'likely']]);
    expect(zh(groups[0])).toContain('生日不同');
    expect(groups.every((g) => g.ownerConflict !== undefined)).toBe(true);
  });

  it('two birthdays of one name more than nine months apart (1980-05-03 / 1981-04-20) are still two people\'s: review', () => {
    expect(summary([
      { name: '张志强', mobile: '13912340002', birthday: '1980-05-03' },
      { name: '张志强', mobile: '13912340002', birthday: '1981-04-20' },
    ])).toEqual([[[2, 3], 'review']]);
  });

  it('one birthday typed 5/6/70 and read in two centuries (2070, 1970) is a slip, not a parent: still likely', () => {
    expect(summary([
      { firstName: 'Gregory', lastName: 'Young', email: 'gregory.young@riverbenddental.com', company: 'Riverbend Dental, Inc.', birthday: '2070-05-06' },
      { firstName: 'Gregory', lastName: 'Young', email: 'GREGORY.YOUNG@RIVERBENDDENTAL.COM', company: 'Riverbend Dental Inc.', birthday: '1970-05-06' },
    ], 'US')).toEqual([[[2, 3], 'likely']]);
  });

  it('a mother 25 years older stays a generation apart though her birthday is a day that does not exist (杨丽 1965/2/30, 杨莉 1990/5/1): review', () => {
    // After the testers' n6_zh_salon_bday_holes.csv.
    expect(summary([
      { name: '杨丽', mobile: '13816604422', birthday: '1965/2/30' },
      { name: '杨莉', mobile: '13816604422', birthday: '1990-05-01' },
    ])).toEqual([[[2, 3], 'review']]);
  });

  it('two stated sexes and two birthdays: a family, flagged and never merged', () => {
    const groups = groupsOf([
      { name: '林子琳', gender: '女', birthday: '2013-04-04', mobile: '18274651229' },
      { name: '林子琳', gender: '男', birthday: '2016-10-10', mobile: '18274651229' },
    ]);
    expect(groups.map((g) => [g.rows, g.confidence, g.family])).toEqual([[[2, 3], 'review', true]]);
  });

  it('the sex mistyped on an otherwise identical row (张丽 女 / 男, one birthday) is a slip: likely, and the 撞单 still said', () => {
    // After the testers' d1_zh_b2c_dups.csv: a second rep re-typed her and picked the wrong sex.
    const groups = groupsOf([
      { name: '张丽', mobile: '13600003333', gender: '女', birthday: '1990-01-20', address: '深圳市南山区科技园', email: 'zhangli90@qq.com', owner: '赵磊' },
      { name: '张丽', mobile: '13600003333', gender: '男', birthday: '1990-01-20', address: '深圳市南山区科技园', email: 'zhangli90@qq.com', owner: '李娜' },
    ]);
    expect(groups.map((g) => [g.rows, g.confidence, g.family ?? false])).toEqual([[[2, 3], 'likely', false]]);
    expect(groups[0].ownerConflict).toBeDefined();
    expect(zh(groups[0])).toContain('性别不同');
  });

  it('Michael Johnson twice, one birthday, e-mail, phone and address, F typed for M: likely, 撞单 said', () => {
    // After the testers' d2_en_us_dups.csv.
    const groups = groupsOf([
      { name: 'Michael Johnson', mobile: '(617) 555-0177', email: 'mjohnson@yahoo.com', address: '10 Beacon St', birthday: '1990-01-20', gender: 'M', owner: 'Mark Davis' },
      { name: 'Michael Johnson', mobile: '(617) 555-0177', email: 'mjohnson@yahoo.com', address: '10 Beacon St', birthday: '1990-01-20', gender: 'F', owner: 'Alice Wong' },
    ], 'US');
    expect(groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'likely']]);
    expect(groups[0].ownerConflict).toBeDefined();
  });

  it('boy-and-girl twins typed by a short name (Alex / Alexandra, Sam / Samantha) of one birthday on the parents\' phone and mail stay review: their sexes tell them apart', () => {
    // After the testers' n8_en_twins_nickname.csv.
    for (const [boy, girl] of [['Alex Brown', 'Alexandra Brown'], ['Sam Wilson', 'Samantha Wilson']]) {
      expect(summary([
        { name: boy, gender: 'M', birthday: '2016-03-09', mobile: '(617) 555-0142', email: 'brownfamily@gmail.com', address: '22 Elm St' },
        { name: girl, gender: 'F', birthday: '2016-03-09', mobile: '(617) 555-0142', email: 'brownfamily@gmail.com', address: '22 Elm St' },
      ], 'US')).toEqual([[[2, 3], 'review']]);
    }
  });

  it('one birthday and two sexes but names of one sound only (龙凤胎 刘思远 / 刘思源) stay review: twins bear two names', () => {
    expect(summary([
      { name: '刘思远', mobile: '13912340011', gender: '男', birthday: '2015-06-01' },
      { name: '刘思源', mobile: '13912340011', gender: '女', birthday: '2015-06-01' },
    ])).toEqual([[[2, 3], 'review']]);
  });

  it('an ID card number agreeing is the person\'s own, not the household\'s: a birthday typed wrong then leaves the pair likely', () => {
    expect(summary([
      { name: '赵敏', mobile: '13733334444', idCard: '110101199003077777', birthday: '1990-03-07' },
      { name: '赵敏', mobile: '13733334444', idCard: '110101199003077777', birthday: '1980-12-01' },
    ])[0]).toEqual([[2, 3], 'likely']);
  });

  it('in a sheet of children, a name of the same sound (李欣怡 / 李欣宜) on the parent\'s phone is another child as often: review', () => {
    const twins: RowSpec[] = [
      { name: '李欣怡', gender: '女', birthday: '2018-01-15', mobile: '15597859096' },
      { name: '李欣宜', gender: '女', birthday: '2018-01-15', mobile: '15597859096' },
    ];
    expect(groupsOf(twins, 'CN', true).map((g) => g.confidence)).toEqual(['review']);
    // Among adults the same pair is one woman typed by her name's sound.
    expect(groupsOf(twins, 'CN', false).map((g) => g.confidence)).toEqual(['likely']);
  });
});

describe('a Filipino sheet in First / Middle / Last Name columns', () => {
  // After the testers' ph-middle-sisters-34.csv.
  const SHEET = [
    ['First Name', 'Middle Name', 'Last Name', 'Mobile No.', 'Email ID', 'Birthday', 'Account Manager'],
    ['Maria Clara', 'Santos', 'Reyes', '+63 917 123 4567', 'mc.reyes@gmail.com', '12-03-1985', 'Joy'],
    ['Maria Clara', 'Cruz', 'Reyes', '+63 917 123 4567', '', '22-11-1990', 'Joy'],
    ['Juan', 'Bautista', 'Dela Cruz', '+63 918 555 1234', 'juan.dc@yahoo.com', '01-05-1970', 'Mark'],
    ['Juan', 'Bautista', 'dela Cruz', '0918 555 1234', '', '01-05-1970', 'Mark'],
  ];
  const plan = planOf(SHEET, { phone: { defaultRegion: 'PH' } });

  it('reads Middle Name as the middle name', () => {
    expect(plan.columns.map((c) => c.field).slice(0, 3)).toEqual(['firstName', 'middleName', 'lastName']);
  });

  it('two Maria Clara Reyes of two middle names and birthdays on one family mobile are never merged unasked', () => {
    const g = plan.duplicates.groups.find((x) => x.rows.includes(2));
    expect(g?.confidence ?? 'none').not.toMatch(/exact|likely/);
  });

  it('Juan Bautista Dela Cruz typed twice is still one customer', () => {
    const g = plan.duplicates.groups.find((x) => x.rows.includes(4))!;
    expect([g.rows, g.confidence]).toEqual([[4, 5], 'exact']);
  });
});
