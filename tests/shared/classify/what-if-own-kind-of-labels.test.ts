/**
 * The what-if compares the classes the rules give with a column's own only where that column holds our
 * kind of labels (tester h72 #16, h73 #20). A travel agent's 签证状态 (已出签, 办理中, 未办理) names no
 * customer type: it is neither compared nor said to hold labels the tool could not read. An accountant's
 * Status of Active / Disengaged is a client's engagement: Active says he is a current client (a stage),
 * never how recently he was seen, so it is compared with the customer type and not with the activity.
 * A column of 活跃 / 休眠 / 流失 is compared with the activity, as ever.
 */
import { computeWhatIf, unrecognizedTexts } from '../../../shared/classify/what-if';
import { rec } from './helpers';

const by = (w: ReturnType<typeof computeWhatIf>, d: string) => w.dimensions.find((x) => x.dimension === d)!;

describe('a column of another kind of status', () => {
  it('(a visa status) is not compared, nor listed as unread labels', () => {
    const visas = ['已出签', '办理中', '未办理', '已出签', '办理中', '已出签'];
    const records = visas.map((status, i) => rec(i + 2, { name: `游客${i}`, status }));
    const w = computeWhatIf(records, records.map(() => ({ lifecycle: 'existing', activity: 'active' })), ['lifecycle', 'activity']);
    expect(by(w, 'lifecycle').unrecognized).toBe(0);
    expect(by(w, 'activity').unrecognized).toBe(0);
    expect(w.unreadColumns).toBeUndefined();
    expect(unrecognizedTexts('zh-CN', w, (d) => d)).toEqual([]);
  });
});

describe('an accountant\'s client Status of Active and Disengaged', () => {
  const statuses = ['Active', 'Active', 'Active', 'Disengaged', 'Active', 'Active'];
  const records = statuses.map((status, i) => rec(i + 2, { company: `Client ${i} Ltd`, status }));
  // The rules find two of the active clients dormant by their last contact.
  const computed = records.map((_, i) => ({ lifecycle: 'existing', activity: i < 2 ? 'dormant' : 'active' }));
  const w = computeWhatIf(records, computed, ['lifecycle', 'activity']);

  it('is compared as a customer type (Active: a current client)', () => {
    expect(by(w, 'lifecycle').compared).toBe(5);
    expect(by(w, 'lifecycle').changed).toBe(0);
  });

  it('is not compared as an activity: no row would "change" from Active to dormant', () => {
    expect(by(w, 'activity').compared).toBe(0);
    expect(by(w, 'activity').changed).toBe(0);
    expect(w.rowsChanged).toBe(0);
  });
});

describe('a column of activities', () => {
  it('(活跃 / 休眠 / 流失) is compared with the activity', () => {
    const statuses = ['活跃', '休眠', '流失', '活跃'];
    const records = statuses.map((status, i) => rec(i + 2, { name: `会员${i}`, status }));
    const w = computeWhatIf(records, records.map(() => ({ lifecycle: 'existing', activity: 'active' })), ['lifecycle', 'activity']);
    expect(by(w, 'activity').compared).toBe(4);
    expect(by(w, 'activity').changed).toBe(2);
  });

  it('(Active / Inactive, an English member list) is compared with the activity too', () => {
    const records = ['Active', 'Inactive', 'Active'].map((status, i) => rec(i + 2, { name: `Member ${i}`, status }));
    const w = computeWhatIf(records, records.map(() => ({ activity: 'dormant' })), ['activity']);
    expect(by(w, 'activity').compared).toBe(3);
    expect(by(w, 'activity').changed).toBe(2);
  });
});
