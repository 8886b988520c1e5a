import { headingOwner } from '../../../shared/table/heading-owner';

describe('headingOwner: the rep a block heading names', () => {
  it.each([
    ['【张经理】', '张经理', 'his surname and how he is called'],
    ['〖李姐〗', '李姐', 'a colleague called 姐'],
    ['［王芳］', '王芳', 'a whole name in full-width brackets'],
    ['【小王】', '小王', 'an everyday name'],
    ['【阿珍】', '阿珍', 'a Cantonese everyday name'],
    ['【张总】', '张总', 'the boss, by his surname'],
    ['[Team Li]', 'Team Li', 'a team by its lead'],
    ['[Emma\'s clients]', 'Emma', 'someone\'s list'],
    ['[Emma Lewis]', 'Emma Lewis', 'a whole English name'],
  ])('%j → %j (%s)', (label, owner) => {
    expect(headingOwner(label)).toBe(owner);
  });

  it.each([
    ['【华东】', 'a region, though 华 is a surname'],
    ['【重点客户】', 'a class of customers'],
    ['[VIP]', 'a class'],
    ['【老客户】', 'old customers, not 老 and a surname'],
    ['【销售一部】', 'a team by its number'],
    ['【2024】', 'a year'],
    ['【老板】', 'the word boss, no surname'],
    ['[North Region]', 'a region'],
    ['张经理', 'no brackets: a customer\'s contact typed alone'],
  ])('%j names no one (%s)', (label) => {
    expect(headingOwner(label)).toBeNull();
  });
});
