/** A car dealer's or insurance agent's vehicle columns: the VIN (车架号) and the licence plate (车牌号). */
import { cleanCell } from '../../../shared/normalize';
import { t } from '../../../shared/i18n';
import type { Cell } from '../../../shared/table/cell';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });
const num = (value: number): Cell => ({ kind: 'number', value });

describe('cleaning a VIN (车架号)', () => {
  it.each<[Cell, string, string | undefined, string[], string]>([
    [text('lsvau2180n2183294'), 'LSVAU2180N2183294', 'fix.vin', [], 'typed in lower case'],
    [text('LSVAU 2180N 2183294'), 'LSVAU2180N2183294', 'fix.vin', [], 'copied in groups from a 行驶证'],
    [text('lsv au2180n-218 3294'), 'LSVAU2180N2183294', 'fix.vin', [], 'lower case with spaces and a dash'],
    [text('ＬＳＶＡＵ２１８０Ｎ２１８３２９４'), 'LSVAU2180N2183294', 'fix.vin', [], 'full-width, from a Chinese input method'],
    [text('WVWZZZ1JZXW000001'), 'WVWZZZ1JZXW000001', undefined, [], 'a European VIN without a check digit is no error'],
    [text('LSVAU2180N218329'), 'LSVAU2180N218329', undefined, ['vin.invalid'], 'sixteen characters: one is missing'],
    [text('LSVAU2180N2I83294'), 'LSVAU2180N2I83294', undefined, ['vin.invalid'], 'a VIN never holds I, O or Q: a 1 typed as I'],
    [text('见行驶证'), '见行驶证', undefined, ['vin.invalid'], 'words are no VIN, and stay as typed'],
    [text('无'), '无', undefined, [], 'a placeholder says there is none: nothing to warn of'],
    [text('LSVAU2180N2******'), 'LSVAU2180N2******', undefined, ['cell.masked'], 'masked by the system it came from'],
    [num(183294), '183294', 'fix.id', ['vin.invalid'], 'a number cell becomes text, and six digits are no VIN'],
  ])('%j → %j (%s)', (cell, expected, reason, codes) => {
    const r = cleanCell(cell, ctxFor('vin'));
    expect(r.cell).toEqual(text(expected));
    expect(r.reason).toBe(reason);
    expect(r.findings.map((f) => f.code)).toEqual(codes);
  });

  it('says what is wrong in both languages', () => {
    const [f] = cleanCell(text('LSVAU2180N218329'), ctxFor('vin')).findings;
    expect(t('zh-CN', f.code, f.params)).toBe('“LSVAU2180N218329”不是有效的车架号（VIN）：应为 17 位数字和大写字母（不含 I、O、Q），请核对行驶证。');
    expect(t('en', f.code, f.params)).toBe('"LSVAU2180N218329" is not a valid VIN: it should have 17 digits and capital letters (no I, O or Q); check the registration certificate.');
  });
});

describe('cleaning a licence plate (车牌号)', () => {
  it.each<[Cell, string, string | undefined, string]>([
    [text('粤b·12345'), '粤B12345', 'fix.plate', 'lower case and the dot of the printed plate'],
    [text('粤B 12345'), '粤B12345', 'fix.plate', 'a space'],
    [text('京A-D12345'), '京AD12345', 'fix.plate', 'a new-energy plate (eight characters) with a dash'],
    [text('粤Z1234港'), '粤Z1234港', undefined, 'a Hong Kong car\'s mainland plate'],
    [text('粤B12345'), '粤B12345', undefined, 'already written so'],
    [text('7abc123'), '7ABC123', 'fix.plate', 'a Californian plate in lower case'],
    [text('ab12 cde'), 'AB12 CDE', 'fix.plate', 'a British plate keeps its space: it is written so'],
    [text('未上牌'), '未上牌', undefined, 'not registered yet: kept as typed'],
    [text('临时牌照 有效期至3月'), '临时牌照 有效期至3月', undefined, 'a note, not a plate'],
    [num(1234567), '1234567', 'fix.id', 'a number becomes text'],
  ])('%j → %j (%s)', (cell, expected, reason) => {
    const r = cleanCell(cell, ctxFor('plate'));
    expect(r.cell).toEqual(text(expected));
    expect(r.reason).toBe(reason);
    expect(r.findings).toEqual([]);
  });

  it('says why it changed, in both languages', () => {
    expect(t('zh-CN', 'fix.plate')).toBe('车牌号已改为大写，并去掉了中间的点、空格和横线（粤b·12345 → 粤B12345）。');
    expect(t('en', 'fix.plate')).toBe('Wrote the licence plate in capitals, without the dots, spaces or dashes of a Chinese plate (粤b·12345 → 粤B12345).');
  });
});
