import { findDuplicates } from '../../../shared/dedupe/find-duplicates';
import { DEFAULT_DEDUPE_SETTINGS } from '../../../shared/dedupe/settings';
import { planMerge } from '../../../shared/dedupe/merge';
import { records, table, type RowSpec } from './helpers';

const groupsOf = (rows: RowSpec[]) => findDuplicates(records(rows), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: 'CN' }).groups;

// A distributor's key-account sheet: one row per contact, the account's number, code and switchboard on each.
const huaqiang = { customerId: 'KH001', company: '深圳市华强电子有限公司', uscc: '91440300MA5EXXXX1K', phone: '0755-26881234', owner: '李明' };

describe('several contacts of one account', () => {
  it('three people of one company, each with his own mobile, are no duplicates: the 信用代码 is their company\'s', () => {
    const groups = groupsOf([
      { ...huaqiang, name: '王建国', mobile: '13800138000', email: 'wangjg@hqdz.com' },
      { ...huaqiang, name: '陈丽', mobile: '13922334455', email: 'chenli@hqdz.com' },
      { ...huaqiang, name: '赵工', mobile: '13700001234' },
    ]);
    expect(groups).toEqual([]);
  });

  it('an old ledger\'s contacts with only the switchboard are shown together, flagged as contacts, said so', () => {
    const groups = groupsOf([
      { ...huaqiang, name: '王建国' },
      { ...huaqiang, name: '陈丽' },
      { ...huaqiang, name: '赵工' },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ rows: [2, 3, 4], confidence: 'review', contacts: true });
    expect(groups[0].records).toBeUndefined();
    expect(groups[0].reasons).toContainEqual({ code: 'dedupe.reason.contacts', evidence: 'against' });
  });

  it('no merge takes them, not even one that accepts the review groups', () => {
    const rows: RowSpec[] = [
      { ...huaqiang, name: '王建国' },
      { ...huaqiang, name: '陈丽' },
    ];
    const groups = groupsOf(rows);
    expect(groups[0].contacts).toBe(true);
    const fields = ['customerId', 'company', 'uscc', 'phone', 'owner', 'name'] as const;
    const { table: t, fieldCols } = table([...fields], rows);
    const plan = planMerge(t, fieldCols, groups, { language: 'zh-CN', accept: ['exact', 'likely', 'review'], defaultRegion: 'CN' });
    expect(plan.removeRows).toEqual([]);
    expect(plan.archive).toEqual([]);
  });

  it('one contact typed twice is still a duplicate, not a second contact', () => {
    const groups = groupsOf([
      { ...huaqiang, name: '王建国', mobile: '13800138000' },
      { ...huaqiang, name: '王建国', mobile: '138 0013 8000' },
      { ...huaqiang, name: '陈丽', mobile: '13922334455' },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ rows: [2, 3], confidence: 'exact' });
    expect(groups[0].contacts).toBeUndefined();
  });

  it('one contact typed twice beside a colleague known only by the office line: the copy grouped alone, the colleague in no group', () => {
    const account = { customerId: 'YJ990001', company: '北京恒通电子科技有限公司', owner: '马超' };
    const groups = groupsOf([
      { ...account, name: '刘经理', mobile: '13911118888' },
      { ...account, company: '恒通电子科技（北京）有限公司', name: '刘建', mobile: '139-1111-8888', owner: '宋佳' },
      { ...account, name: '赵会计', phone: '010-88886666' },
    ]);
    expect(groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'likely']]);
    expect(groups[0].contacts).toBeUndefined();
  });

  it('a name typed two ways with one mobile is one person: no contacts flag', () => {
    const groups = groupsOf([
      { ...huaqiang, name: '张伟', mobile: '13800138000' },
      { ...huaqiang, name: '张玮', mobile: '13800138000' },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0].contacts).toBeUndefined();
  });

  it('two people sharing a personal mobile (a couple on one account) are no account\'s contacts', () => {
    const groups = groupsOf([
      { customerId: 'VIP-0088', name: '刘德明', mobile: '13912345678', address: '杭州市西湖区文三路 90 号' },
      { customerId: 'VIP-0088', name: '周婉', mobile: '13912345678', address: '杭州市西湖区文三路 90 号' },
    ]);
    for (const g of groups) expect(g.contacts).toBeUndefined();
  });

  it('a US account\'s buyer and its payables clerk, under one account number at one address: contacts', () => {
    const acme = { customerId: 'ACC-1042', company: 'Acme Supply Co., Ltd.', address: '1200 Industrial Blvd, Austin, TX 78744' };
    const groups = findDuplicates(
      records([
        { ...acme, firstName: 'Laura', lastName: 'Chen' },
        { ...acme, firstName: 'Marcus', lastName: 'Webb' },
      ]),
      DEFAULT_DEDUPE_SETTINGS,
      { defaultRegion: 'US' },
    ).groups;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ confidence: 'review', contacts: true });
  });
});
