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

  it('keeps legal suffixes and full-width punctuation other than brackets', () => {
    const cell = text('北京星辰科技股份有限公司·研发中心');
    expect(cleanCell(cell, ctx).cell).toBe(cell);
  });

  it('gives fix.company for bracket folding and fix.spaces for spaces only', () => {
    expect(cleanCell(text('星辰（集团）'), ctx).reason).toBe('fix.company');
    expect(cleanCell(text('Acme  Ltd'), ctx).reason).toBe('fix.spaces');
  });
});
