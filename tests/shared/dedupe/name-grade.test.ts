import { gradeNames } from '../../../shared/dedupe/name-grade';
import { parsePersonName } from '../../../shared/dedupe/keys/person-name';

const name = (s: string) => {
  if (s.includes('|')) {
    const [first, last] = s.split('|');
    return parsePersonName('', first, last)!;
  }
  return parsePersonName(s)!;
};

describe('gradeNames', () => {
  it.each([
    ['张伟', '张伟', 'exact', 'same characters'],
    ['张伟', '张玮', 'homophone', 'same pinyin zhang wei, one character differs (PITFALLS: typed by ear)'],
    ['张伟', '章伟', 'homophone', 'homophone surname'],
    ['張偉', '张伟', 'exact', 'one name in traditional and simplified characters, not a homophone'],
    ['曾伟', '曾伟', 'exact', 'polyphone surname, same characters'],
    ['张伟', 'Zhang Wei', 'homophone', 'pinyin spelling, Chinese order'],
    ['张伟', 'Wei Zhang', 'homophone', 'pinyin spelling, Western order'],
    ['李明', '李敏', 'similar', 'ming / min: close pinyin, same surname'],
    ['陈建国', '陈小明', 'different', 'relatives share a surname only'],
    ['王欣怡', '王欣雨', 'different', 'siblings: the generation character shared, the other of another sound (yi / yu)'],
    ['张子涵', '张子轩', 'different', 'twins: han / xuan'],
    ['刘德华', '刘得华', 'homophone', 'de / de: a slip of the input method'],
    ['陈静', '程静', 'different', 'chen / cheng surnames are no homophones (and 静 alone is no given name to go by)'],
    ['张振宁', '张震林', 'similar', 'zhen / zhen, ning / lin: near sounds a southern typist\'s input method gives'],
    ['王先生', '王太太', 'different', 'a man and a woman by their titles (a couple)'],
    ['张先生', '张女士', 'different', 'titles of two sexes'],
    ['王先生', '王总', 'titled', '总 says neither sex, but two titles are no name to agree on'],
    ['王总', '王总', 'partial', 'one surname called by one title'],
    // Cantonese calls 黄先生 黄生 and 黄太太 黄太 (tester h65: 黄先生 / 黄生 on one phone were told apart as a title against a name).
    ['黄先生', '黄生', 'partial', 'Cantonese 黄生 is 黄先生: one surname called by one title'],
    ['陈太', '陈太太', 'partial', 'Cantonese 陈太 is 陈太太'],
    ['黄生', '黄太', 'different', 'Mr and Mrs Wong: a man and a woman (a couple)'],
    ['黄生', '黄志强', 'titled', 'a salutation beside a given name of its surname: only the surname agrees'],
    ['张女士', '张小姐', 'titled', 'two titles of one sex: a mother and her daughter as often as one woman'],
    ['陈阿姨', '陈小姐', 'titled', '阿姨 is a title, not a given name'],
    ['陈阿姨', '陈先生', 'different', '阿姨 and 先生: a woman and a man'],
    ['王芳', '李芳', 'different', 'different surnames'],
    ['王总', '王芳', 'titled', 'a titled surname is no given name: only the surname agrees'],
    ['王总', '李芳', 'different', 'titled surname differs'],
    ['小明', '王小明', 'part', 'the given name alone: the surname left out'],
    ['王小明', '小明', 'part', 'either way round'],
    ['阿伟', '张伟', 'part', 'called 阿 and the last character of the given name'],
    ['小伟', '张伟', 'part', 'called 小 and the last character'],
    ['明明', '王明', 'part', 'the last character doubled'],
    ['李小明', '王小明', 'different', 'two full names: the surnames differ'],
    ['伟', '张伟', 'different', 'one character is no given name to go by'],
    ['阿芳', '张伟', 'different', 'called by another character'],
    ['John Smith', 'John Smith', 'exact', 'same'],
    ['John Smith', 'Smith, John', 'exact', 'comma order is read as family first'],
    ['John Smith', 'Smith John', 'swapped', 'order swapped without a comma'],
    ['Bob Smith', 'Robert Smith', 'nickname', 'Bob is Robert'],
    ['J. Smith', 'John Smith', 'initial', 'initial'],
    ['Jhon Smith', 'John Smith', 'similar', 'one-letter typo'],
    ['Isaac|', 'Isaac|James', 'part', 'surname missing on one side, the given names agree'],
    ['|Edwards', 'Adam|Edwards', 'part', 'first name missing on one side, the surnames agree'],
    ['|Eddwards', 'Adam|Edwards', 'part-similar', 'first name missing on one side, the surnames one letter off'],
    ['Hnry|', 'Henry|Simmons', 'part-similar', 'surname missing on one side, the first name one letter short'],
    ['|Tyalor', 'Lola|Taylor', 'part-similar', 'two letters swapped in the one part both have'],
    ['|Zhnag', 'Wei|Zhang', 'part-similar', 'a pinyin surname typed with two letters swapped'],
    ['|Eddwardes', 'Adam|Edwards', 'partial', 'two slips: nearly agrees, no more'],
    ['Mary|', 'Mark|Jones', 'partial', 'a short name one letter off is another name (Mary / Mark)'],
    ['|Li', 'Wei|Lu', 'part-differs', 'short pinyin surnames one letter apart are two families (李 / 陆)'],
    ['|Jones', 'Mary|Smith', 'part-differs', 'first name missing on one side, the surnames differ'],
    ['Oscar|', 'Moore|Oscar', 'part-crossed', 'the lone first name is the other row\'s surname: the columns swapped'],
    ['|Moore', 'Moore|Oscar', 'part-crossed', 'the lone surname is the other row\'s first name'],
    ['John Smith Jr.', 'John Smith Sr.', 'different', 'a father and his son'],
    ['John Smith', 'John|Smith Jr', 'similar', 'one side says Jr: the son, or the father written without it'],
    ['Smith, John, III', 'John Smith III', 'exact', 'the same generation'],
    ['Ann Mc Donald', 'Ann McDonald', 'exact', 'a family name\'s particle written apart'],
    ['Maria De la Cruz', 'Maria Delacruz', 'exact', 'two particles written apart'],
    ['Sean O Brien', "Sean O'Brien", 'exact', 'O written apart, and with its apostrophe'],
    ['Ludwig van Beethoven', 'Ludwig Beethoven', 'exact', 'a particle left out'],
    ['张伟(大)', '张伟(小)', 'similar', 'one name, two notes that may tell two people apart'],
    ['张伟（老板）', '张伟', 'exact', 'a note on one side only'],
    ['Arlo|', '|West', 'apart', 'a first name only and a surname only: nothing to compare'],
    ['West|', '|West', 'partial', 'the same word filed as a first name and as a surname'],
    ['Mikado', 'Bistro', 'different', 'both rows hold one word, and it differs'],
    ['Spago', 'Spago', 'part', 'both rows hold one word, and it agrees'],
    ['Harry|Reid', 'William|Reid', 'different', 'different given names, same family'],
    ['John Smith', 'Jane Smith', 'different', 'a couple: the joined names look alike only through the surname'],
    ['Emily|Carter', 'Emma|Carter', 'different', 'a parent and child of one surname'],
    ['Steven|Carter', 'Stephen|Carter', 'similar', 'one given name spelt two ways'],
    ['John Adam Smith', 'John Smith', 'exact', 'a middle name on one side only'],
    ['John A. Smith', 'John Adam Smith', 'exact', 'a middle initial and the middle name'],
    ['Mary Elizabeth|Lee', 'Mary Liz|Lee', 'exact', 'a middle nickname (first-name cell holding two names)'],
    ['John Adam Smith', 'John Brian Smith', 'similar', 'different middle names: a father and son, not one person'],
    ['Anna Marie Jones', 'Anna Maria Jones', 'similar', 'a middle name one letter off: a slip, as Jhon / John, never equal'],
    ['Anna Marie|Jones', 'Anna Maria|Jones', 'similar', 'the same in first-name and surname cells'],
    ['Anna Marie Louise Jones', 'Anna Maria Jones', 'similar', 'a second middle name on one side only, the first one letter off'],
    ['Ritz-Carlton Dining Room (Buckhead)', 'Ritz-Carlton Cafe (Buckhead)', 'similar', 'an organisation in a name column: its ends agree, its middle does not'],
    // India and Malaysia: forms of address before the name, and patronymics that name the father.
    ['Smt. Anita Sharma', 'ANITA SHARMA', 'exact', 'Smt. is a form of address, not a given name'],
    ['Shri Venkat Rao', 'Venkat Rao', 'exact', 'Shri too'],
    ['Puan Siti Aminah', 'Siti Aminah', 'exact', 'Puan (Mrs) in Malaysia'],
    ["Dato' Lee Chong Wei", 'Lee Chong Wei', 'exact', "Dato' is an honour, not a name"],
    ['Encik Ahmad Zaki', 'Ahmad Zaki', 'exact', 'Encik (Mr)'],
    ['Sri Wahyuni', 'Dewi Wahyuni', 'different', 'Sri before a single name is a given name (Indonesia), kept: two women'],
    // Given names as often as forms of address: kept wherever they stand (the testers' d6_en_viet_tuan.csv).
    ['Tuan Anh Nguyen', 'Anh Nguyen', 'different', 'Tuan Anh is a Vietnamese given name, Anh his brother\'s'],
    ['Tuan Kiet Tran', 'Kiet Tran', 'different', 'Tuan is no Mr. in a Vietnamese name'],
    // Sri Devi is a given name in India as often as Sri a form of address, and Kumari a given name as
    // often as Miss: the same name with a word more in front, no more (a household's two women as
    // often as one: households.test.ts), never the same whole name.
    ['Sri Devi Ramesh', 'Devi Ramesh', 'prefixed', 'Sri kept: Sridevi or Devi called Sri, never the same whole name'],
    ['Kumari Priya Nair', 'Priya Nair', 'prefixed', 'Kumari kept as well'],
    ['Ahmad bin Ismail', 'Ismail bin Ahmad', 'different', 'a father and his son: bin names the father, the order is no choice'],
    ['Siti binti Abdullah', 'Abdullah binti Siti', 'different', 'binti too'],
    ['Rajesh a/l Kumar', 'Kumar a/l Rajesh', 'different', 'a/l (son of) in a Malaysian Indian name'],
    ['Ahmad bin Ismail', 'Ahmad bin Ismail', 'exact', 'the same patronymic name'],
    ['Rajesh Kumar', 'Kumar Rajesh', 'swapped', 'without a patronymic the order may still be turned'],
  ])('%s / %s → %s (%s)', (a, b, kind) => {
    expect(gradeNames(name(a), name(b)).kind).toBe(kind);
  });

  it('does not call names alike whose middles differ (below the default "similar" level)', () => {
    expect(gradeNames(name('John Adam Smith'), name('John Brian Smith')).sim).toBeLessThan(0.92);
  });

  it('calls a middle name one letter off alike (at the default "similar" level), unlike two middle names', () => {
    expect(gradeNames(name('Anna Marie Jones'), name('Anna Maria Jones')).sim).toBeGreaterThanOrEqual(0.92);
    // Lee / Leo: a short name one letter off is another name.
    expect(gradeNames(name('Mary Lee Smith'), name('Mary Leo Smith')).sim).toBeLessThan(0.92);
  });

  it('puts the pinyin in the homophone reason', () => {
    expect(gradeNames(name('张伟'), name('张玮')).params).toEqual({ pinyin: 'zhang wei' });
  });

  it('is symmetric in kind', () => {
    const names = ['张伟', '张玮', 'Zhang Wei', '王总', '李明', '李敏', 'John Smith', 'Bob Smith', 'J. Smith', 'John Adam Smith', 'John B. Smith'];
    for (const a of names) for (const b of names) expect(gradeNames(name(a), name(b)).kind).toBe(gradeNames(name(b), name(a)).kind);
  });
});

describe('gradeNames: an Indian name written family name first', () => {
  it.each([
    ['Rajesh Kumar Sharma', 'Sharma Rajesh Kumar', 'swapped', 'the family name moved to the front, given and middle names in their order'],
    ['Sharma Rajesh Kumar', 'Rajesh Kumar Sharma', 'swapped', 'and back'],
    ['Venkata Sai Krishna Reddy', 'Reddy Venkata Sai Krishna', 'swapped', 'four parts'],
    ['R. K. Sharma', 'Rajesh Kumar Sharma', 'initial', 'initials of the given and middle names, as J. Smith is John Smith'],
    ['R. K. Sharma', 'Sharma Rajesh Kumar', 'initial', 'initials, and the family name first'],
    ['Sharma R. K.', 'Rajesh Kumar Sharma', 'initial', 'Sharma R. K. as a register writes it'],
  ])('%s / %s: %s (%s)', (a, b, kind) => {
    expect(gradeNames(name(a), name(b)).kind).toBe(kind);
  });

  it.each([
    ['Rajesh Kumar Sharma', 'Sharma Suresh Kumar', 'two Sharmas of the family: another given name'],
    ['Anil Kumar Sharma', 'Sharma Sunil Kumar', 'brothers, one letter apart'],
    ['Rajesh Kumar Sharma', 'Kumar Rajesh Sharma', 'the middle and given names exchanged: no family name moved'],
    // Pinyin syllables are family and given names alike: colleagues at one switchboard.
    ['Chen Jian Lin', 'Lin Chen Jian', 'two Chinese colleagues in pinyin'],
    ['Wang Xiao Li', 'Li Wang Xiao', 'two more'],
  ])('%s / %s stay apart (%s)', (a, b) => {
    expect(['swapped', 'initial', 'exact']).not.toContain(gradeNames(name(a), name(b)).kind);
  });
});

describe('gradeNames: a word put before names and left out at will (Md., Mst., Syed, Sri)', () => {
  // Customer sheets of India, Bangladesh and Pakistan: a religious prefix (Muhammad and its spellings,
  // Mosammat before a woman's name), a family's line (Syed, Sheikh) or a form of address that is a
  // given name as often (Sri, Kumari) is written in one row and left out in the other.
  it.each([
    ['Sri Ramesh Kumar', 'Ramesh Kumar', 'Sri'],
    ['Mohammed Ali Khan', 'Ali Khan', 'Mohammed'],
    ['Mohammad Rafiqul Islam', 'Rafiqul Islam', 'Mohammad'],
    ['Muhammad Usman Tariq', 'Usman Tariq', 'Muhammad'],
    ['Mohd Faizal Rahman', 'Faizal Rahman', 'Mohd'],
    ['Mst. Rokeya Begum', 'Rokeya Begum', 'Mst'],
    ['Syed Ahmed Hussain', 'Ahmed Hussain', 'Syed'],
    ['Sheikh Abdul Karim', 'Abdul Karim', 'Sheikh'],
    ['Ali Khan', 'MOHAMMED ALI KHAN', 'Mohammed'],
    ['Islam, Mohammad Rafiqul', 'Rafiqul Islam', 'Mohammad'],
    ['Mohammed Ali|Khan', 'Ali|Khan', 'Mohammed'],
    ['Mohammad Rafiqul Islam Chowdhury', 'Rafiqul I. Chowdhury', 'Mohammad'],
  ])('%s / %s: the same name with %s in front', (a, b, word) => {
    expect(gradeNames(name(a), name(b))).toEqual({ kind: 'prefixed', sim: expect.any(Number), params: { word } });
    expect(gradeNames(name(b), name(a)).kind).toBe('prefixed');
  });

  it.each([
    // A given name of its own in front: a man's son is named after his middle name as often as he is
    // called by it (two whole given names, as John / Jane Smith).
    ['John Michael Smith', 'Michael Smith', 'different', 'a father and his son named after his middle name'],
    ['Mary Ann Jones', 'Ann Jones', 'different', 'a mother and her daughter'],
    ['Rajesh Kumar Sharma', 'Kumar Sharma', 'different', 'Rajesh is a given name, no prefix'],
    ['Tuan Anh Nguyen', 'Anh Nguyen', 'different', 'Tuan Anh is a Vietnamese given name whole, Anh his brother\'s'],
    // One word more only, and the rest the same whole name.
    ['Mohammed Ali Khan', 'Ali Hassan Khan', 'different', 'Ali Khan and Ali Hassan Khan are two names'],
    ['Mohammed Ali Khan', 'Ali Khan Jr', 'different', 'the son by his suffix'],
    ['Sri Wahyuni', 'Wahyuni', 'part-crossed', 'Sri before a single name is her given name: one name part, as before (the lone word is her other part)'],
    // Md. is dropped already as the suffix M.D. is, wherever it stands: the same whole name.
    ['Md. Rafiqul Islam', 'Rafiqul Islam', 'exact', 'Md. read as before'],
    // Chinese names, in characters or pinyin, are not read so.
    ['Chen Xiao Ming', 'Xiao Ming', 'different', 'pinyin: a surname more is another family\'s child'],
    ['王小明', '小明', 'part', 'the given name alone, as before'],
    // One leading word spelt two ways before one name: alike, as Steven / Stephen Carter, never equal.
    ['Mohd Ali Khan', 'Mohammed Ali Khan', 'similar', 'Mohd is Mohammed abbreviated (a Malaysian and a Pakistani spelling)'],
    ['Muhd Faizal bin Rahman', 'Muhammad Faizal bin Rahman', 'similar', 'with a patronymic'],
    ['Mst. Rokeya Begum', 'Mosammat Rokeya Begum', 'similar', 'Mst. is Mosammat'],
    ['Sk. Abdul Karim', 'Sheikh Abdul Karim', 'similar', 'Sk. is Sheikh'],
    ['Syed Ali Khan', 'Mohammed Ali Khan', 'different', 'two words: two lines of a family, no spelling'],
    ['Mohd Ali Khan', 'Mohammed Hassan Khan', 'different', 'one word spelt two ways, before two names'],
    ['张伟', 'Wei Zhang', 'homophone', 'as before'],
  ])('%s / %s → %s (%s)', (a, b, kind) => {
    expect(gradeNames(name(a), name(b)).kind).toBe(kind);
    expect(gradeNames(name(b), name(a)).kind).toBe(kind);
  });
});
