import { compileCondition, type ConditionScope } from '../../../shared/classify/condition';
import { toDayNumber } from '../../../shared/table/civil-date';
import { EMPTY } from '../../../shared/table/cell';
import { cell, civil, d, type Value } from './helpers';

const scope = (): ConditionScope => ({ available: new Set(['@lastActivity']), later: new Set(['@tier']), used: new Set() });
const TODAY = toDayNumber(civil('2025-06-30'));

function run(cond: unknown, value: Value, field = 'amount') {
  const compiled = compileCondition(cond, 'c', scope());
  expect(compiled.errors).toEqual([]);
  const lookup = (f: string) => (f === field ? cell(value) : EMPTY);
  return compiled.test!(lookup, TODAY);
}

describe('compileCondition: leaf semantics', () => {
  it.each<[string, unknown, Value, boolean]>([
    ['number equals number', { field: 'amount', op: 'eq', value: 0 }, 0, true],
    ['a number cell never equals another number', { field: 'amount', op: 'eq', value: 0 }, 5, false],
    ['text 0 that the cleaner left still reads as text "0"', { field: 'amount', op: 'eq', value: 0 }, '0', true],
    ['full-width and case are folded', { field: 'industry', op: 'eq', value: 'it' }, 'ＩＴ', true],
    ['Chinese text equality ignores spaces around', { field: 'industry', op: 'eq', value: '制造业' }, ' 制造业　', true],
    ['ne on a different value', { field: 'industry', op: 'ne', value: '制造业' }, '零售', true],
    ['ne on a blank cell is true (literal meaning)', { field: 'industry', op: 'ne', value: '制造业' }, null, true],
    ['in: one of a list', { field: 'province', op: 'in', value: ['广东', '广西', '海南'] }, '广西', true],
    ['in: not in the list', { field: 'province', op: 'in', value: ['广东', '广西'] }, '湖南', false],
    ['contains: substring of Chinese text', { field: 'company', op: 'contains', value: '科技' }, '深圳前海科技有限公司', true],
    ['contains: any of a list, case-insensitive', { field: 'tags', op: 'contains', value: ['vip', '大客户'] }, 'Gold, VIP', true],
    ['contains never matches a blank cell', { field: 'tags', op: 'contains', value: 'vip' }, null, false],
    ['gte at the boundary', { field: 'amount', op: 'gte', value: 100000 }, 100000, true],
    ['gt at the boundary', { field: 'amount', op: 'gt', value: 100000 }, 100000, false],
    ['lt below', { field: 'amount', op: 'lt', value: 10000 }, 9999.99, true],
    ['lte with a negative refund', { field: 'amount', op: 'lte', value: 0 }, -120, true],
    ['gte on unreadable text is unknown, not a match', { field: 'amount', op: 'gte', value: 0 }, '面议', false],
    ['lt on unreadable text is unknown too', { field: 'amount', op: 'lt', value: 1e12 }, '约1.2万', false],
    ['date gte an ISO date', { field: 'contractEnd', op: 'gte', value: '2025-01-01' }, d('2025-01-01'), true],
    ['date lt an ISO date', { field: 'contractEnd', op: 'lt', value: '2025-01-01' }, d('2024-12-31'), true],
    ['date comparison on a number cell is unknown', { field: 'contractEnd', op: 'lt', value: '2025-01-01' }, 45000, false],
    ['empty: blank cell', { field: 'email', op: 'empty' }, null, true],
    ['empty: ideographic space only', { field: 'email', op: 'empty' }, '\u3000', true],
    ['empty: an error cell is not empty', { field: 'email', op: 'empty' }, { kind: 'error', value: '#N/A' }, false],
    ['notEmpty: any text', { field: 'email', op: 'notEmpty' }, 'a@b.cn', true],
    ['withinDays: today is 0 days ago', { field: 'lastContact', op: 'withinDays', value: 90 }, d('2025-06-30'), true],
    ['withinDays: exactly 90 days ago matches', { field: 'lastContact', op: 'withinDays', value: 90 }, d('2025-04-01'), true],
    ['withinDays: 91 days ago does not', { field: 'lastContact', op: 'withinDays', value: 90 }, d('2025-03-31'), false],
    ['withinDays: a future date does not', { field: 'lastContact', op: 'withinDays', value: 90 }, d('2025-07-01'), false],
    ['olderThanDays: 366 days ago > 365', { field: 'lastPurchase', op: 'olderThanDays', value: 365 }, d('2024-06-29'), true],
    ['olderThanDays: exactly 365 days is not older', { field: 'lastPurchase', op: 'olderThanDays', value: 365 }, d('2024-06-30'), false],
    ['olderThanDays: text date is unknown', { field: 'lastPurchase', op: 'olderThanDays', value: 365 }, '去年', false],
    ['olderThanDays: malformed date cell is unknown', { field: 'lastPurchase', op: 'olderThanDays', value: 365 }, d('2024-02-30'), false],
  ])('%s', (_why, cond, value, expected) => {
    const field = (cond as { field: string }).field;
    expect(run(cond, value, field) !== null).toBe(expected);
  });
});

describe('compileCondition: a rule value meets a cleaned field in the cleaner\'s form', () => {
  // The cleaner writes 广东省, 男 and 2024-03-05; users write rules the short way they speak.
  it.each<[string, unknown, Value, boolean]>([
    ['the example of settings.ts: 广东 in the list, 广东省 in the sheet', { field: 'province', op: 'in', value: ['广东', '广西', '海南'] }, '广东省', true],
    ['广西 is 广西壮族自治区', { field: 'province', op: 'in', value: ['广东', '广西', '海南'] }, '广西壮族自治区', true],
    ['湖南省 is not in the list', { field: 'province', op: 'in', value: ['广东', '广西', '海南'] }, '湖南省', false],
    ['eq with the abbreviation 沪', { field: 'province', op: 'eq', value: '沪' }, '上海市', true],
    ['eq with pinyin, as an English-speaking user writes it', { field: 'province', op: 'eq', value: 'Guangdong' }, '广东省', true],
    ['ne: 北京 is 北京市', { field: 'province', op: 'ne', value: '北京' }, '北京市', false],
    ['a city-level cell is not its province', { field: 'province', op: 'eq', value: '广东' }, '广东省深圳市', false],
    ['gender: M is 男', { field: 'gender', op: 'eq', value: 'M' }, '男', true],
    ['gender: 女 is Female', { field: 'gender', op: 'eq', value: '女' }, 'Female', true],
    ['gender: M is not 女', { field: 'gender', op: 'eq', value: 'M' }, '女', false],
    ['gender: a value that is no gender compares as text', { field: 'gender', op: 'eq', value: '保密' }, '保密', true],
    ['a date written the Chinese way', { field: 'birthday', op: 'eq', value: '1990年3月5日' }, d('1990-03-05'), true],
    ['a date with slashes', { field: 'contractEnd', op: 'in', value: ['2025/1/31', '2025/2/28'] }, d('2025-02-28'), true],
    ['another day is not equal', { field: 'birthday', op: 'eq', value: '1990年3月5日' }, d('1990-03-06'), false],
    ['other fields still compare as folded text (no province reading of 广东 in 行业)', { field: 'industry', op: 'eq', value: '广东' }, '广东省', false],
  ])('%s', (_why, cond, value, expected) => {
    expect(run(cond, value, (cond as { field: string }).field) !== null).toBe(expected);
  });
});

describe('compileCondition: all / any and evidence', () => {
  it('all gathers the evidence of every leaf; any keeps the first that holds', () => {
    const cond = {
      all: [
        { field: 'province', op: 'eq', value: '广东' },
        { any: [{ field: 'amount', op: 'gte', value: 1e6 }, { field: 'amount', op: 'gte', value: 1e5 }] },
      ],
    };
    const compiled = compileCondition(cond, 'c', scope());
    const values: Record<string, Value> = { province: '广东', amount: 200000 };
    const ev = compiled.test!((f) => cell(values[f] ?? null), TODAY);
    expect(ev).toEqual([
      { op: 'eq', params: { field: 'province', value: '广东', limit: '广东' } },
      { op: 'gte', params: { field: 'amount', value: '200000', limit: '100000' } },
    ]);
  });

  it('withinDays evidence carries the days and the limit for the reason', () => {
    expect(run({ field: 'lastPurchase', op: 'olderThanDays', value: 365 }, d('2024-05-26'), 'lastPurchase')).toEqual([
      { op: 'olderThanDays', params: { field: 'lastPurchase', value: '2024-05-26', days: 400, limit: 365 } },
    ]);
  });

  it('records every field it reads (so RFM is computed only when needed)', () => {
    const s = scope();
    compileCondition({ any: [{ field: 'amount', op: 'empty' }, { field: '@lastActivity', op: 'empty' }] }, 'c', s);
    expect([...s.used].sort()).toEqual(['@lastActivity', 'amount']);
  });
});

describe('compileCondition: settings errors, never a throw', () => {
  it.each<[string, unknown, string, string]>([
    ['unknown field', { field: 'salary', op: 'gt', value: 1 }, 'classify.settings.unknownField', 'c.field'],
    ['unknown derived value', { field: '@mood', op: 'empty' }, 'classify.settings.unknownField', 'c.field'],
    ['a label computed later', { field: '@tier', op: 'eq', value: 'high' }, 'classify.settings.fieldNotAvailable', 'c.field'],
    ['unknown op', { field: 'amount', op: 'between', value: [1, 2] }, 'classify.settings.unknownOp', 'c.op'],
    ['op missing', { field: 'amount' }, 'classify.settings.unknownOp', 'c.op'],
    ['gte with a text value', { field: 'amount', op: 'gte', value: 'lots' }, 'classify.settings.badValue', 'c.value'],
    ['withinDays with a negative value', { field: 'lastContact', op: 'withinDays', value: -3 }, 'classify.settings.badValue', 'c.value'],
    ['withinDays with a fraction', { field: 'lastContact', op: 'withinDays', value: 1.5 }, 'classify.settings.badValue', 'c.value'],
    ['in without a list', { field: 'province', op: 'in', value: '广东' }, 'classify.settings.badValue', 'c.value'],
    ['contains with an empty needle', { field: 'tags', op: 'contains', value: ' ' }, 'classify.settings.badValue', 'c.value'],
    ['eq without a value', { field: 'tags', op: 'eq' }, 'classify.settings.badValue', 'c.value'],
    ['not an object', 'amount > 5', 'classify.settings.badCondition', 'c'],
    ['both field and all', { field: 'amount', op: 'empty', all: [] }, 'classify.settings.badCondition', 'c'],
    ['empty any', { any: [] }, 'classify.settings.emptyGroup', 'c.any'],
    ['a bad leaf deep inside', { all: [{ any: [{ field: 'x', op: 'eq', value: 1 }] }] }, 'classify.settings.unknownField', 'c.all[0].any[0].field'],
  ])('%s', (_why, cond, code, path) => {
    const compiled = compileCondition(cond, 'c', scope());
    expect(compiled.test).toBeNull();
    expect(compiled.errors[0]).toMatchObject({ code, path });
  });
});
