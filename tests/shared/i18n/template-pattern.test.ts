/**
 * A catalog message read back as a pattern (shared/i18n/template-pattern.ts): the merged-values note's
 * items, an earlier archive's reasons, the issue lines of a cell's note and the text of the run's own
 * columns are all the catalog's messages, written by an earlier run, found again in a cell the user may
 * have typed beside. The fixed words match only themselves (full-width brackets, dots, a `+`, a `?`),
 * and each placeholder reads what the reader says it holds.
 */
import { t } from '../../../shared';
import { templateParams, templatePattern, templateSource, templateWords } from '../../../shared/i18n/template-pattern';

const DAY = '\\d{4}-\\d{2}-\\d{2}';

describe('templatePattern: a message of the catalog, its parameters caught by name', () => {
  it('reads a Chinese follow-up item back: 李娜 and her day by name, the row matched but not kept', () => {
    const re = templatePattern(t('zh-CN', 'dedupe.note.followUpOn'), { owner: '.+?', date: DAY }, { row: '\\d+', on: DAY });
    const m = re.exec('李娜 的待办跟进：2026-12-10（2026-11-20 原第12行）');
    expect(m?.groups).toEqual({ owner: '李娜', date: '2026-12-10' });
  });

  it('reads the English item, whose words place the owner and the day elsewhere', () => {
    const re = templatePattern(t('en', 'dedupe.note.followUp'), { owner: '.+?', date: DAY }, { row: '\\d+' });
    expect(re.exec('open follow-up of Robert Jones: 2026-12-10 (row 3)')?.groups).toEqual({ owner: 'Robert Jones', date: '2026-12-10' });
  });

  it('matches the whole text only: words before or after it are the user\'s', () => {
    const re = templatePattern(t('zh-CN', 'dedupe.note.item'), { field: '.+?', value: '.+' }, { row: '\\d+' });
    expect(re.test('生日: 1985-12-03（第2行）')).toBe(true);
    expect(re.test('王总说：生日: 1985-12-03（第2行）已核实')).toBe(false);
  });

  it('takes the full-width brackets of 第{row}行 as themselves, not as a group', () => {
    const re = templatePattern(t('zh-CN', 'dedupe.archive.copy'), { row: '\\d+', group: '.+?' });
    expect(re.exec('第 12 行的副本（G2，同一客户的多条记录之一）')?.groups).toEqual({ row: '12', group: 'G2' });
    expect(re.test('第 12 行的副本G2，同一客户的多条记录之一')).toBe(false);
  });

  it('takes English parentheses as themselves: a reason without them is not the run\'s', () => {
    const re = templatePattern(t('en', 'dedupe.archive.merged'), { row: '\\d+', group: '.+?', confidence: '.+?' });
    expect(re.exec('merged into row 40 (group G1, likely duplicate)')?.groups).toEqual({ row: '40', group: 'G1', confidence: 'likely duplicate' });
    expect(re.test('merged into row 40 group G1, likely duplicate')).toBe(false);
  });

  it('takes a `+` and a `.` as themselves (5+4 位, “ZIP”）。)', () => {
    const template = t('zh-CN', 'postcode.invalidUs');
    expect(template).toContain('5+4');
    const re = templatePattern(template, { value: '.+?' });
    expect(re.exec('“0213”不是有效的美国邮编（ZIP）：应为 5 位数字，或 5+4 位（02134-1234）。')?.groups?.value).toBe('0213');
    expect(re.test('“0213”不是有效的美国邮编（ZIP）：应为 5 位数字，或 55554 位（02134-1234）。')).toBe(false);
  });

  it('takes an English `?` and a `.` as themselves', () => {
    const template = t('en', 'classify.settings.headerForField');
    const re = templatePattern(template, { field: '.+?', path: '.+?', id: '.+?', other: '.+?' });
    const said = t('en', 'classify.settings.headerForField', { field: 'Debt', path: 'classify.custom[0]', id: 'amount', other: 'Amount' });
    expect(re.exec(said)?.groups).toEqual({ field: 'Debt', path: 'classify.custom[0]', id: 'amount', other: 'Amount' });
    expect(re.test(said.replace('?', '!'))).toBe(false);
    expect(re.test(said.replace('it.', 'itX'))).toBe(false);
  });

  it('reads a parameter written twice as the same text both times ("Debt" … headed "Debt")', () => {
    const template = t('en', 'classify.settings.headerForField');
    const re = templatePattern(template, { field: '.+?' }, { path: '.+?', id: '.+?', other: '.+?' });
    const said = t('en', 'classify.settings.headerForField', { field: 'Debt', path: 'classify.custom[0]', id: 'amount', other: 'Amount' });
    expect(re.exec(said)?.groups).toEqual({ field: 'Debt' });
    expect(re.test(said.replace('headed "Debt"', 'headed "Owed"'))).toBe(false);
  });

  it('reads a placeholder of words for one and other counts as one parameter', () => {
    const template = t('en', 'remind.reason.contractExpiring');
    expect(templateParams(template)).toEqual(['date', 'days', 'step']);
    const re = templatePattern(template, { date: DAY, days: '.+?' }, { step: '\\d+' });
    expect(re.exec('Contract ends on 2026-12-11, in 7 days (7-day reminder)')?.groups).toEqual({ date: '2026-12-11', days: 'in 7 days' });
    expect(re.exec('Contract ends on 2026-12-05, tomorrow (1-day reminder)')?.groups).toEqual({ date: '2026-12-05', days: 'tomorrow' });
  });

  it('ignores a reader\'s pattern for a parameter the template does not have (the item without its merge day)', () => {
    const re = templatePattern(t('en', 'dedupe.note.item'), { field: '.+?', value: '.+' }, { row: '\\d+', date: DAY });
    expect(re.exec('Birthday: 1985-12-03 (row 2)')?.groups).toEqual({ field: 'Birthday', value: '1985-12-03' });
  });

  it('refuses a template with a parameter the reader did not expect, rather than match its braces as text', () => {
    expect(() => templatePattern(t('zh-CN', 'dedupe.note.itemOn'), { field: '.+?', value: '.+' }, { row: '\\d+' })).toThrow(/\{date\}/);
  });
});

describe('templateSource: one template of many in one pattern, no groups of its own', () => {
  it('gives each placeholder the reader\'s pattern, by name, between the fixed words escaped', () => {
    const source = templateSource('{field} {value} ≥ {limit}', (name) => (name === 'field' ? '[^；]+?' : '\\d+'));
    expect(source).toBe('[^；]+? \\d+ ≥ \\d+');
    expect(new RegExp(`^${source}$`).test('累计金额 75000 ≥ 10000')).toBe(true);
  });

  it('escapes the fixed words of a Chinese reason, full-width and ASCII alike', () => {
    const source = templateSource(t('zh-CN', 'dedupe.archive.merged'), '.*?');
    expect(new RegExp(`^${source}$`).test('已合并到第 188 行（G3，很可能重复）')).toBe(true);
    expect(templateSource('(VIP) {name}.', '.*?')).toBe('\\(VIP\\) .*?\\.');
  });
});

describe('templateWords: the fixed words between the placeholders', () => {
  it('splits a follow-up item at its placeholders, in both languages', () => {
    expect(templateWords(t('zh-CN', 'dedupe.note.followUpOn'))).toEqual([' 的待办跟进：', '（', ' 原第', '行）']);
    expect(templateWords(t('en', 'dedupe.note.followUp'))).toEqual(['open follow-up of ', ': ', ' (row ', ')']);
  });

  it('keeps no words of a plural placeholder: they vary with the count', () => {
    expect(templateWords(t('en', 'remind.reason.contractExpiring'))).toEqual(['Contract ends on ', ', ', ' (', '-day reminder)']);
  });
});
