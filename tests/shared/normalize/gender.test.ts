import { cleanCell } from '../../../shared/normalize';
import { columnGenderStyle, readGender } from '../../../shared/normalize/gender';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { FIELD_BY_ID } from '../../../shared/schema/fields';
import type { CleanContext } from '../../../shared/normalize/types';
import type { GenderStyle } from '../../../shared/normalize/gender';
import type { Cell } from '../../../shared/table/cell';

const text = (value: string): Cell => ({ kind: 'text', value });
const ctx = (genderStyle?: GenderStyle): CleanContext => ({
  field: FIELD_BY_ID.gender,
  settings: { ...DEFAULT_SETTINGS, normalize: { ...DEFAULT_SETTINGS.normalize, genderStyle } },
  today: { y: 2026, m: 12, d: 1 },
  dateSystem: '1900',
});

describe('readGender', () => {
  it.each([
    ['男', 'm', 'zh'], ['女性', 'f', 'zh'], [' M ', 'm', 'letter'], ['f', 'f', 'letter'], ['Female', 'f', 'word'], ['MALE', 'm', 'word'],
    ['先生', 'm', null], ['女士', 'f', null], ['小姐', 'f', null],
  ])('%j is %s, written %s', (t, sex, style) => {
    expect(readGender(t)).toEqual({ sex, style });
  });

  it.each(['保密', '未知', '1', '0', '', 'x'])('%j says no gender', (t) => {
    expect(readGender(t)).toBeNull();
  });
});

describe('columnGenderStyle: the way most of the column writes it', () => {
  it('counts the ways, titles (先生) not among them', () => {
    expect(columnGenderStyle(['男', '女', 'M', '男', '先生', '先生', '先生'], 'en')).toBe('zh');
    expect(columnGenderStyle(['M', 'F', 'F', 'male'], 'zh-CN')).toBe('letter');
  });

  it('a tie goes to the sheet\'s language; a column without a gender says nothing', () => {
    expect(columnGenderStyle(['男', 'M'], 'zh-CN')).toBe('zh');
    expect(columnGenderStyle(['Male', 'M'], 'en')).toBe('word');
    expect(columnGenderStyle(['保密', '未知'], 'zh-CN')).toBeNull();
  });
});

describe('cleaning a gender cell', () => {
  it.each([
    ['男性', 'zh', '男'], ['M', 'zh', '男'], ['先生', 'zh', '男'], ['女士', 'zh', '女'], ['female', 'letter', 'F'], ['男', 'word', 'Male'], ['f', 'word', 'Female'],
  ] as [string, GenderStyle, string][])('%j in a %s column → %j', (raw, style, written) => {
    const r = cleanCell(text(raw), ctx(style));
    expect(r.cell).toEqual(text(written));
    expect(r.reason).toBe('fix.gender');
  });

  it('keeps a value that says no gender, and a cell already written the column\'s way', () => {
    const secret = text('保密');
    expect(cleanCell(secret, ctx('zh')).cell).toBe(secret);
    const male = text('男');
    expect(cleanCell(male, ctx('zh')).cell).toBe(male);
  });

  it('only tidies when the column has no way of its own', () => {
    expect(cleanCell(text(' M '), ctx()).cell).toEqual(text('M'));
  });
});
