/**
 * One contact of a firm written twice, each time with another mobile: his work phone and his own, or
 * an old number and a new one, taken down by two reps. The same whole name at the same company (and
 * address) is offered for review, saying what agrees and that the mobiles differ; a merge never takes
 * it unasked. Colleagues of other names at that company and address stay apart, as do namesakes at
 * two companies or with nothing but a city in common.
 */
import { findDuplicates } from '../../../shared/dedupe/find-duplicates';
import { DEFAULT_DEDUPE_SETTINGS } from '../../../shared/dedupe/settings';
import { planMerge } from '../../../shared/dedupe/merge';
import { reasonTexts } from '../../../shared/dedupe/reason-text';
import { records, table, type RowSpec } from './helpers';

const groupsOf = (rows: RowSpec[]) => findDuplicates(records(rows), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: 'CN' }).groups;

describe('one contact at one company with two mobiles', () => {
  it.each<[string, RowSpec, RowSpec, string[]]>([
    [
      'the same name, company and address, the mobiles unrelated (a logistics firm\'s manager under two reps)',
      { name: '周杰', company: '成都天府物流', mobile: '13911110001', address: '成都市武侯区天府大道100号', owner: '王芳', status: '正常' },
      { name: '周杰', company: '成都天府物流有限公司', mobile: '15866667777', address: '成都市武侯区天府大道100号', owner: '赵磊', status: '黑名单' },
      ['姓名相同', '公司相同（忽略有限公司等后缀和地名）', '地址相同', '✗ 手机号不同'],
    ],
    [
      'the same name and company, no address (a hotpot restaurant\'s owner)',
      { name: '何平', company: '重庆山城火锅', mobile: '13500001111', owner: '王芳' },
      { name: '何平', company: '重庆山城火锅', mobile: '13600002222', owner: '赵磊' },
      ['姓名相同', '公司相同', '✗ 手机号不同'],
    ],
    [
      'the same name at one firm and its switchboard, a new mobile in the later row',
      { name: '张伟', company: '北京星辰科技有限公司', mobile: '13600003333', phone: '010-87654321', address: '北京市朝阳区建国路88号' },
      { name: '张伟', company: '星辰科技', mobile: '13500004444', phone: '010-87654321', address: '朝阳区建国路88号' },
      ['姓名相同', '公司相同（忽略有限公司等后缀和地名）', '座机相同（同事或家人可能共用）', '地址相同', '✗ 手机号不同'],
    ],
    [
      'an English contact with his work cell and his own',
      { firstName: 'David', lastName: 'Chen', company: 'Harbour Freight Ltd', mobile: '+44 7400 123456', address: '12 Dock Road, Felixstowe' },
      { firstName: 'David', lastName: 'Chen', company: 'Harbour Freight', mobile: '+44 7911 123456', address: '12 Dock Road, Felixstowe' },
      ['姓名相同', '公司相同（忽略有限公司等后缀和地名）', '地址相同', '✗ 手机号不同'],
    ],
  ])('is offered for review, saying what agrees and that the mobiles differ: %s', (_why, a, b, reasons) => {
    const groups = groupsOf([a, { name: '无关客户', mobile: '13700009999' }, b]);
    expect(groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 4], 'review']]);
    expect(reasonTexts('zh-CN', groups[0].reasons).filter((r) => !r.startsWith('可能撞单'))).toEqual(reasons);
    expect(reasonTexts('en', groups[0].reasons)).toContain('✗ different mobiles');
  });

  it('is never merged unasked: a merge of the sure groups leaves both rows and both mobiles', () => {
    const rows: RowSpec[] = [
      { name: '周杰', company: '成都天府物流', mobile: '13911110001', address: '成都市武侯区天府大道100号' },
      { name: '周杰', company: '成都天府物流有限公司', mobile: '15866667777', address: '成都市武侯区天府大道100号' },
    ];
    const groups = groupsOf(rows);
    expect(groups.map((g) => g.confidence)).toEqual(['review']);
    const { table: t, fieldCols } = table(['name', 'company', 'mobile', 'address'], rows);
    const plan = planMerge(t, fieldCols, groups, { language: 'zh-CN', accept: ['exact', 'likely'], defaultRegion: 'CN' });
    expect(plan.removeRows).toEqual([]);
    expect(plan.archive).toEqual([]);
  });
});

describe('people the same company and address hold, who are not one contact', () => {
  it.each<[string, RowSpec, RowSpec]>([
    [
      'two colleagues of two names, each with his mobile',
      { name: '周杰', company: '成都天府物流有限公司', mobile: '13911110001', address: '成都市武侯区天府大道100号' },
      { name: '刘洋', company: '成都天府物流', mobile: '15866667777', address: '成都市武侯区天府大道100号' },
    ],
    [
      'two colleagues whose names sound alike (周杰 / 周洁), each with his mobile',
      { name: '周杰', company: '成都天府物流有限公司', mobile: '13911110001', address: '成都市武侯区天府大道100号', phone: '028-85551234' },
      { name: '周洁', company: '成都天府物流有限公司', mobile: '15866667777', address: '成都市武侯区天府大道100号', phone: '028-85551234' },
    ],
    [
      'two colleagues of one surname, an English firm',
      { firstName: 'John', lastName: 'Smith', company: 'Acme Supply Co.', mobile: '+1 617 555 0142', address: '100 Main St, Boston' },
      { firstName: 'Jane', lastName: 'Smith', company: 'Acme Supply Co.', mobile: '+1 617 555 0199', address: '100 Main St, Boston' },
    ],
  ])('stay apart: %s', (_why, a, b) => {
    expect(groupsOf([a, b])).toEqual([]);
  });

  it.each<[string, RowSpec, RowSpec]>([
    ['two 张伟 at two companies, each with his mobile', { name: '张伟', company: '星辰科技', mobile: '13600003333' }, { name: '张伟', company: '月亮贸易', mobile: '13500004444' }],
    ['two 王芳 of one city, each with her mobile', { name: '王芳', city: '北京', mobile: '13600003333' }, { name: '王芳', city: '北京', mobile: '13500004444' }],
    ['two 李娜 at one address, no company, each with her mobile', { name: '李娜', address: '北京市朝阳区建国路88号', mobile: '13600003333' }, { name: '李娜', address: '北京市朝阳区建国路88号', mobile: '13500004444' }],
  ])('namesakes with no company in common stay apart: %s', (_why, a, b) => {
    expect(groupsOf([a, b])).toEqual([]);
  });
});
