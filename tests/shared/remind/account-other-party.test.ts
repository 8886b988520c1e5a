/**
 * One account's contract is one reminder only when the company column is the customer's own company
 * (his employer, or the organisation he is). A column that names another party each customer merely
 * deals with (his bank, the courier, who referred him, his building's 物业, our own signing entity, a
 * pupil's school, a patient's hospital) joins no strangers into one account: twenty customers with
 * 中国银行 as 开户行 are twenty renewals, each reminded on his own row.
 */
import { planOf } from '../plan/helpers';

type Plan = ReturnType<typeof planOf>;
const contracts = (plan: Plan) => plan.reminders.reminders.filter((r) => r.kind === 'contract');

// TODAY is 2024-12-01; every contract below ends on 2024-12-28, held by one rep: only the company
// column could join them.
const PEOPLE = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄磊', '周杰', '吴霞', '徐涛', '孙丽', '胡军', '朱红', '高峰', '林静', '何平', '郭强', '马丽', '罗勇'];
const mobile = (i: number) => `139${String(10001000 + i * 7919).padStart(8, '0')}`;

/** A sheet of the 20 customers: `cells(person, i)` gives each row's cells under `header`. */
const sheet = (header: string[], cells: (person: string, i: number) => string[]) => [header, ...PEOPLE.map((p, i) => cells(p, i))];

const OTHER_PARTIES: [string, string[][]][] = [
  // An accounting firm's clients (代账): the bank each keeps his account at.
  ['开户行 of a 代账 firm\'s clients', sheet(['客户名称', '手机', '开户行', '银行账号', '服务到期', '负责人'], (p, i) => [p, mobile(i), '中国银行', `6217 8500 0000 ${String(1000 + i)}`, '2024-12-28', '王磊'])],
  // A wholesaler's yearly supply contracts: the courier its parcels go by.
  ['快递公司 of a wholesaler\'s buyers', sheet(['客户', '手机', '收货地址', '快递公司', '合同到期', '负责人'], (p, i) => [p, mobile(i), `杭州市西湖区文三路${i + 1}号`, '顺丰速运', '2024-12-28', '王磊'])],
  // A chamber of commerce referred them all.
  ['推荐单位 of referred customers', sheet(['姓名', '手机', '推荐单位', '合同到期', '负责人'], (p, i) => [p, mobile(i), '上海市浦东新区工商联', '2024-12-28', '王磊'])],
  // A broadband reseller's homeowners: their building's property manager.
  ['物业公司 of homeowners', sheet(['业主姓名', '手机', '小区', '物业公司', '合同到期', '负责人'], (p, i) => [p, mobile(i), '万科城市花园', '万科物业服务有限公司', '2024-12-28', '王磊'])],
  // Our own entity that signed each contract.
  ['我方公司 that signed each contract', sheet(['客户姓名', '手机', '我方公司', '合同到期', '负责人'], (p, i) => [p, mobile(i), '上海星云信息科技有限公司', '2024-12-28', '王磊'])],
  // A tutoring school's pupils: the school each attends; every course ends with the term.
  ['学校名称 of a tutoring school\'s pupils', sheet(['学生姓名', '家长姓名', '家长电话', '学校名称', '合同到期', '负责人'], (p, i) => [p, `${p}爸爸`, mobile(i), '北京市第八中学', '2024-12-28', '王磊'])],
];

describe('a company column that names another party than the customer\'s own company', () => {
  it.each(OTHER_PARTIES)('%s: each of the 20 customers keeps his own contract reminder', (_, rows) => {
    const plan = planOf(rows);
    const own = contracts(plan);
    expect(own.map((r) => r.sheetRow)).toEqual(PEOPLE.map((_p, i) => i + 2));
    expect(own.filter((r) => r.contacts || r.alsoRows)).toEqual([]);
    expect(plan.reminders.counts.contract).toBe(20);
  });
});

describe('a company column that is the customer\'s own company still makes one account of its contacts', () => {
  const contacts = (header: string, company: string) => [
    ['联系人', '手机', header, '合同到期', '负责人'],
    ['周立新', '13901110001', company, '2024-12-28', '王磊'],
    ['何莉', '13901110002', company, '2024-12-28', '王磊'],
    ['唐军', '13901110003', company, '2024-12-28', '王磊'],
  ];
  it.each([
    ['工作单位', '上海申达精工机械有限公司'],
    ['公司名称', '上海申达精工机械有限公司'],
    ['所属客户', '上海申达精工机械有限公司'],
    // A freight broker's customers are logistics firms: 物流公司 is theirs (schema/header-match.ts keeps it so outside order lists).
    ['物流公司', '德邦物流股份有限公司'],
    // A textbook supplier's customers are the schools: their teachers are one account's contacts.
    ['学校名称', '北京市第八中学'],
  ])('%s: one reminder naming the company and its three contacts', (header, company) => {
    const own = contracts(planOf(contacts(header, company)));
    expect(own.map((r) => [r.sheetRow, r.customer, r.alsoRows])).toEqual([[2, `${company} · 周立新、何莉、唐军`, [3, 4]]]);
  });
});
