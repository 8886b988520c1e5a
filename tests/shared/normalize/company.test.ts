import { cleanCell } from '../../../shared/normalize';
import type { Cell } from '../../../shared/table/cell';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });
const ctx = ctxFor('company');

describe('cleanCompany', () => {
  it.each([
    ['北京星辰科技（集团）有限公司', '北京星辰科技(集团)有限公司', 'full-width brackets, as the issue asks'],
    ['北京 星辰 科技 有限公司', '北京星辰科技有限公司', 'spaces between Chinese characters'],
    ['星辰科技 （北京） 有限公司', '星辰科技(北京)有限公司', 'spaces around brackets inside a Chinese name'],
    ['ＡＢＣ科技有限公司', 'ABC科技有限公司', 'full-width Latin letters'],
    ['  Acme   Trading  Ltd. ', 'Acme Trading Ltd.', 'white space; Ltd. keeps its full stop'],
    ['Shenzhen Star Tech Co.,Ltd.', 'Shenzhen Star Tech Co., Ltd.', 'Co.,Ltd spacing'],
    ['SHENZHEN STAR TECH CO.,LTD', 'SHENZHEN STAR TECH CO., LTD', 'case kept'],
    ['星辰科技有限公司，', '星辰科技有限公司', 'stray comma at the end'],
    ['Star Tech (China) Co., Ltd.', 'Star Tech (China) Co., Ltd.', 'English brackets keep their spaces'],
  ])('%j → %j (%s)', (raw, expected) => {
    const r = cleanCell(text(raw), ctx);
    expect(r.cell).toEqual(text(expected));
  });

  it.each([
    ['【重要】深圳华为技术有限公司', '【重要】深圳华为技术有限公司', 'a tag in lenticular brackets before the name'],
    ['腾讯科技（深圳）有限公司【老客户】', '腾讯科技(深圳)有限公司【老客户】', 'one after it: the round brackets fold, the tag keeps both sides'],
    ['〔2024〕星辰科技有限公司', '〔2024〕星辰科技有限公司', 'tortoise-shell brackets'],
  ])('%j → %j: a bracket whose partner is in the cell is no stray (%s)', (raw, expected) => {
    expect(cleanCell(text(raw), ctx).cell).toEqual(text(expected));
  });

  it.each([
    ["'t Hooft BV", "a Dutch firm: 't is het, the article"],
    ["'s-Hertogenbosch Bouw BV", "a Dutch town's name, 's for des"],
    ["'n Ouer Boerdery (Pty) Ltd", "an Afrikaans one, 'n the article"],
  ])('%j keeps its leading apostrophe: it is a word, no text mark (%s)', (raw) => {
    expect(cleanCell(text(raw), ctx).cell).toEqual(text(raw));
  });

  it('drops a text mark before a name still: \'Acme Ltd', () => {
    expect(cleanCell(text("'Acme Ltd"), ctx).cell).toEqual(text('Acme Ltd'));
  });

  it('keeps legal suffixes and full-width punctuation other than brackets', () => {
    const cell = text('北京星辰科技股份有限公司·研发中心');
    expect(cleanCell(cell, ctx).cell).toBe(cell);
  });

  it('gives fix.company for bracket folding and fix.spaces for spaces only', () => {
    expect(cleanCell(text('星辰（集团）'), ctx).reason).toBe('fix.company');
    expect(cleanCell(text('Acme  Ltd'), ctx).reason).toBe('fix.spaces');
  });
});
