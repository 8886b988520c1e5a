/**
 * A 房产中介's client register (客户, 电话, 意向区域, 预算(万), 户型, 带看次数, 最近带看, 状态, 经纪人): the
 * trade's own status words are its clients' stages. 有意向 is a buyer still being shown flats
 * (potential), 已成交 one who bought, 无效 a dead lead (a wrong number, no real buyer): no prospect to
 * chase, and said so. 最近带看 (the last viewing) is the last contact.
 */
import { classify, type ClassifiedRow } from '../../../shared/classify/classify';
import { DEFAULT_CLASSIFY_SETTINGS } from '../../../shared/classify/settings';
import { readLabelWord } from '../../../shared/classify/existing-labels';
import { reasonText } from '../../../shared/classify/reason';
import { mapHeaders } from '../../../shared/schema/header-map';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { civil, d, rec } from './helpers';

const TODAY = civil('2024-12-01');

const SHEET = [
  rec(2, { name: '黄先生', phone: '18612345678', lastContact: d('2024-11-28'), status: '有意向', owner: '小刘' }),
  rec(3, { name: '林女士', phone: '13500001111', lastContact: d('2024-06-01'), status: '无效', owner: '小刘' }),
  rec(4, { name: '周总', phone: '13600002222', lastContact: d('2024-10-15'), status: '已成交', owner: '小陈' }),
  rec(5, { name: '吴小姐', phone: '13700003333', status: '高意向', owner: '小刘' }),
  rec(6, { name: '郑先生', phone: '13800004444', lastContact: d('2024-06-01'), status: '有意向', owner: '小陈' }),
  rec(7, { name: '何先生', phone: '13900005555', lastContact: d('2024-09-20'), status: '空号', owner: '小陈' }),
];

const result = classify(SHEET, DEFAULT_CLASSIFY_SETTINGS, TODAY);
const byRow = new Map(result.rows.map((r) => [r.sheetRow, r]));
const row = (n: number) => byRow.get(n) as ClassifiedRow;
const reasons = (n: number, lang: 'zh-CN' | 'en') => row(n).reasons.filter((r) => r.dimension === 'lifecycle').map((r) => reasonText(lang, r));

describe("a 房产中介's status words", () => {
  it.each(['有意向', '意向客户', '意向', '有意愿', '高意向', '低意向', '中意向'])('%s is a potential customer', (word) => {
    expect(readLabelWord('lifecycle', word)).toBe('potential');
  });

  it.each(['已成交', '已签约', '成交'])('%s is an existing customer', (word) => {
    expect(readLabelWord('lifecycle', word)).toBe('existing');
  });

  it('无意向 is no prospect', () => {
    expect(readLabelWord('lifecycle', '无意向')).not.toBe('potential');
  });

  it('a client still being shown flats is a potential customer, one who bought an existing one', () => {
    expect(row(2).labels.lifecycle).toBe('potential');
    expect(row(5).labels.lifecycle).toBe('potential');
    expect(row(6).labels.lifecycle).toBe('potential');
    expect(row(4).labels.lifecycle).toBe('existing');
    expect(reasons(2, 'zh-CN').join('')).toContain('有意向');
  });

  it.each([[3, '无效'], [7, '空号']])('a dead lead (row %i, 状态 %s) is no potential customer, and its reason names the word', (n, word) => {
    expect(row(n).labels.lifecycle).not.toBe('potential');
    expect(row(n).record).toBe('voided');
    expect(reasons(n, 'zh-CN').join('')).toContain(word);
    expect(reasons(n, 'en').join('')).toContain(word);
  });
});

describe("a 房产中介's last viewing", () => {
  it.each(['最近带看', '上次带看', '带看日期', '最近带看日期', '最近到访'])('%s is the last contact', (header) => {
    expect(mapHeaders(['客户', '电话', header, '状态', '经纪人'], DEFAULT_SETTINGS).map((m) => m.field)[2]).toBe('lastContact');
  });

  it('带看次数 (how many viewings) is not a date', () => {
    expect(mapHeaders(['客户', '带看次数', '最近带看'], DEFAULT_SETTINGS).map((m) => m.field)[1]).not.toBe('lastContact');
  });

  it("a client last shown a flat in June has gone quiet: his activity says so", () => {
    expect(row(6).labels.activity).toBe('dormant');
    expect(row(2).labels.activity).toBe('active');
  });
});
