import { headingRegion } from '../../../shared/table/heading-region';

describe('headingRegion: the region a block heading names', () => {
  it.each([
    ['【华东】', '华东', 'a sales region'],
    ['【西南】', '西南', 'a sales region in the west'],
    ['〖东北〗', '东北', 'in other brackets'],
    ['华南大区', '华南大区', 'a region that says it is one, unbracketed'],
    ['【浙江】', '浙江', 'a province by its short name'],
    ['【广东省】', '广东省', 'a province by its full name'],
    ['【上海】', '上海', 'a municipality'],
    ['【深圳市】', '深圳市', 'a big city'],
    ['[North]', 'North', 'a compass point'],
    ['[EMEA]', 'EMEA', 'the trade\'s continent'],
    ['[APAC]', 'APAC', 'the trade\'s continent'],
    ['[West Coast]', 'West Coast', 'a coast'],
    ['Region: South', 'South', 'a heading that says it is a region'],
    ['East Region', 'East Region', 'a compass region'],
  ])('%j → %j (%s)', (label, region) => {
    expect(headingRegion(label)).toBe(region);
  });

  it.each([
    ['【重点客户】', 'a class of customers'],
    ['【2024年新客户】', 'a period'],
    ['【张经理】', 'a rep'],
    ['[Team Li]', 'a rep\'s team'],
    ['[VIP]', 'a class'],
    ['【新】', 'a province\'s one-character 简称 alone is no heading of a region'],
    ['上海恒信贸易有限公司', 'a customer'],
    ['华东', 'an unbracketed word, which may be anything typed'],
  ])('%j names no region (%s)', (label) => {
    expect(headingRegion(label)).toBeNull();
  });
});
