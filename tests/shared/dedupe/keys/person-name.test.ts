import { parsePersonName, type HanName, type LatinName } from '../../../../shared/dedupe/keys/person-name';

const han = (s: string) => parsePersonName(s) as HanName;
const latin = (s: string, first = '', last = '') => parsePersonName(s, first, last) as LatinName;

describe('Chinese names: pinyin keys, tone-less, with polyphone surnames', () => {
  it.each([
    ['张伟', ['zhangwei'], 'plain'],
    ['张玮', ['zhangwei'], 'homophone of 张伟: same key'],
    ['張偉', ['zhangwei'], 'traditional characters'],
    ['曾伟', ['zengwei', 'cengwei'], '曾 as a surname is zeng, ceng kept as alternate'],
    ['单田芳', ['shantianfang', 'dantianfang'], '单 shan/dan'],
    ['解晓东', ['xiexiaodong', 'jiexiaodong'], '解 xie/jie'],
    ['区志明', ['ouzhiming', 'quzhiming'], '区 ou/qu'],
    ['仇英', ['qiuying', 'chouying'], '仇 qiu/chou'],
    ['吕芳', ['lvfang'], 'ü written v'],
    ['欧阳娜娜', ['ouyangnana'], 'compound surname'],
    ['张 伟', ['zhangwei'], 'space inside the name'],
  ])('%s → %j (%s)', (name, keys) => {
    expect(han(name).keys).toEqual(keys);
  });

  it.each([
    ['欧阳娜娜', '欧阳', '娜娜'],
    ['司马光', '司马', '光'],
    ['王小明', '王', '小明'],
  ])('%s splits into surname %s and given name %s', (name, surname, given) => {
    expect(han(name)).toMatchObject({ surname, given });
  });

  it.each([
    ['王总', '王'],
    ['张先生', '张'],
    ['李女士', '李'],
    ['欧阳经理', '欧阳'],
    ['老王', '王'],
    ['小李', '李'],
  ])('%s is a titled surname only (%s)', (name, surname) => {
    expect(han(name)).toMatchObject({ titled: true, surname, given: '' });
  });

  it('keeps a real name that ends in a title-like character', () => {
    expect(han('王建工').titled).toBe(false);
  });

  it.each(['小明', '小红', '阿强'])('%s is a given name called familiarly, not a surname', (name) => {
    expect(han(name).titled).toBe(false);
  });

  it.each([
    ['张伟(老板)', '张伟', '老板', 'a note in brackets'],
    ['李娜【VIP】', '李娜', 'vip', 'in other brackets'],
    ['张伟（采购', '张伟', '采购', 'an unclosed bracket runs to the end'],
    ['李娜-财务', '李娜', '财务', 'a note after a dash'],
    ['王芳/采购部', '王芳', '采购部', 'after a slash'],
    ['张伟 13812345678', '张伟', '13812345678', 'a number after the name'],
    ['陈静女士', '陈静', '女士', 'a title after a whole name'],
    ['欧阳娜娜经理', '欧阳娜娜', '经理', 'after a compound-surname name'],
  ])('%s is the name %s with the note %s (%s)', (cell, chars, note) => {
    expect(han(cell)).toMatchObject({ chars, note, titled: false });
  });

  it.each([
    ['张 伟', '张伟', 'a space inside the name'],
    ['欧阳 娜娜', '欧阳娜娜', 'a space after a compound surname'],
    ['(张伟)', '张伟', 'a name that is all in brackets'],
    ['买买提·艾力', '买买提艾力', 'the dot of a Uyghur name'],
    ['李红姐', '李红姐', 'one title-like character after a whole name stays (it may be the given name)'],
  ])('%s stays one name: %s (%s)', (cell, chars) => {
    expect(han(cell)).toMatchObject({ chars });
    expect(han(cell).note).toBeUndefined();
  });
});

describe('Latin names: given and family', () => {
  it.each([
    ['John Smith', 'john', 'smith', 'given first'],
    ['Smith, John', 'john', 'smith', 'comma: family first'],
    ['John A. Smith', 'john', 'smith', 'middle initial ignored'],
    ['Dr. John Smith Jr.', 'john', 'smith', 'title and suffix dropped'],
    ['José Martínez', 'jose', 'martinez', 'diacritics folded'],
    ['Wei Zhang', 'wei', 'zhang', 'Chinese name in Western order'],
    ['Madonna', 'madonna', '', 'one word: given only'],
    ['Dr. Smith', '', 'smith', 'a title and one word: the family name'],
    ['Mrs Jones', '', 'jones', 'the same without the dot'],
    ['John Smith (CEO)', 'john', 'smith', 'a note in brackets'],
    ['Smith, John (Acme)', 'john', 'smith', 'a note after family-first'],
    ['John Smith - Sales', 'john', 'smith', 'a note after a spaced dash'],
    ['Mary Smith-Jones', 'mary', 'jones', 'a hyphenated family name is no note'],
  ])('%s → %s / %s (%s)', (name, given, family) => {
    expect(latin(name)).toMatchObject({ given, family });
  });

  it('reads first and last name columns', () => {
    expect(latin('', 'isabelle', '')).toMatchObject({ given: 'isabelle', family: '' });
    expect(latin('', 'Mary Ann', 'Lee')).toMatchObject({ given: 'mary', family: 'lee' });
  });

  it.each([[''], ['   '], ['123'], ['--']])('gives no name for %j', (s) => {
    expect(parsePersonName(s)).toBeNull();
  });
});
