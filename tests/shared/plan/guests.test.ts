/**
 * A hotel's guest register and a travel agency's travellers: 证件号 / 护照号 hold passports beside
 * resident IDs. A passport number is read as the ID number (idCard): it names one person as surely,
 * so two rows of one passport are one guest; only an attempt at a resident ID is held to its rules.
 */
import { DEFAULT_SETTINGS, run, t } from '../../../shared';
import { gridOf, planOf, TODAY } from './helpers';

// The tester's register, its dates moved before helpers' TODAY (2024-12-01).
const REGISTER = [
  ['客人', '性别', '证件类型', '证件号', '国籍', '手机', '入住日期', '离店日期', '房型', '消费金额', '来源', '备注'],
  ['John Smith', '男', '护照', 'E12345678', '美国', '+1 646 555 0199', '2024-03-02', '2024-03-05', '大床房', '2380', '携程', ''],
  ['Smith John', 'M', '护照', 'E12345678', 'USA', '+1 (646) 555-0199', '2024-05-20', '2024-05-23', '大床房', '2580', 'Booking', '回头客'],
  ['田中 太郎', '男', '护照', 'TK1234567', '日本', '+81 90-1234-5678', '2024-04-10', '2024-04-12', '双床房', '1600', '携程', ''],
  ['Maria Garcia', '女', '护照', 'PAB123456', '西班牙', '+34 612 345 678', '2024-06-14', '2024-06-18', '大床房', '3200', 'Booking', ''],
  ['李娜', '女', '港澳通行证', 'C12345678', '中国', '13922223333', '2024-02-14', '2024-02-15', '情侣房', '1314', '飞猪', '情人节'],
  ['王芳', '女', '身份证', '310101198512120028', '中国', '13633334444', '2024-06-16', '2024-06-17', '大床房', '480', '携程', ''],
  ['陈静', '女', '身份证', '3101011985121200', '中国', '13611112222', '2024-05-01', '2024-05-04', '套房', '6600', '官网', ''],
];

describe('a hotel\'s guest register', () => {
  const plan = planOf(REGISTER);

  it('reads 客人 as the customer, 证件号 as the ID number, 国籍 as no field', () => {
    // A stay is paid for: its 入住日期 is the guest's purchase (tester h68).
    expect(plan.columns.map((c) => c.field)).toEqual(['name', 'gender', null, 'idCard', null, 'mobile', 'lastPurchase', null, null, 'amount', 'source', 'notes']);
  });

  it('keeps passports as typed, without calling them invalid resident IDs; a resident ID short of two digits or with a wrong check digit is still flagged', () => {
    expect(plan.issues.filter((i) => i.code.startsWith('idCard.')).map((i) => [i.code, i.sheetRow])).toEqual([['idCard.checksum', 7], ['idCard.invalid', 8]]);
    expect(plan.edits.filter((e) => e.field === 'idCard')).toEqual([]);
  });

  it('finds one guest by his passport, his name written family name first', () => {
    expect(plan.duplicates.groups.map((g) => g.rows)).toEqual([[2, 3]]);
  });

  it('calls his two stays one guest\'s two records (离店日期, a column no field reads, and 入住日期, his purchase, hold two days): review, never merged', () => {
    const [g] = plan.duplicates.groups;
    expect([g.confidence, g.records]).toEqual(['review', true]);
    expect(g.reasons.map((r) => t('zh-CN', r.code, r.params))).toContain('离店日期不同：可能是同一客户的两次到访或预订（入住、配送、出行、体检、预约、报名），不宜合并');
    expect(g.reasons.map((r) => t('en', r.code, r.params))).toContain('different 离店日期: likely one customer\'s two visits or bookings (stays, deliveries, trips, check-ups, appointments, courses), keep apart?');
    const merged = run(gridOf(REGISTER), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely', 'review'] });
    expect(merged.ok && merged.plan.merge?.removeRows).toEqual([]);
  });

  it('keeps a guest\'s two stays apart by his 入住日期 alone, read as his purchases', () => {
    const stays = planOf([
      ['客人姓名', '手机', '房型', '入住日期', '房费'],
      ['赵雅琪', '15811112222', '海景大床', '2026-05-01', '1200'],
      ['赵雅琪', '15811112222', '海景大床', '2026-10-02', '1200'],
    ]);
    expect(stays.columns.map((c) => c.field)).toEqual(['name', 'mobile', null, 'lastPurchase', 'amount']);
    expect(stays.duplicates.groups.map((g) => [g.rows, g.records === true])).toEqual([[[2, 3], true]]);
  });

  it('a stay typed twice (one check-out left blank) is a copy; two rows of one guest that differ in a room type but not a day are one guest, likely', () => {
    const stays = planOf([
      ['客人姓名', '手机', '房型', '入住日期', '离店日期'],
      ['张伟', '13812345678', '大床房', '2024-05-01', '2024-05-03'],
      ['张伟', '138 1234 5678', '双床房', '2024-05-01', '2024-05-03'],
      ['李娜', '13912345678', '大床房', '2024-06-01', '2024-06-02'],
      ['李娜', '13912345678', '大床房', '2024-06-01', ''],
    ]);
    expect(stays.columns.map((c) => c.field)).toEqual(['name', 'mobile', null, 'lastPurchase', null]);
    expect(stays.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'likely'], [[4, 5], 'exact']]);
  });

  it('keeps a Hong Kong guest\'s two stays apart when the sheet writes its dates day first, as with ISO dates', () => {
    const hotel = [
      ['姓名', '电话', '入住日期', '房型', '金额'],
      ['陈大文', '+852 9123 4567', '05/12/2025', '豪华双人房', '1200'],
      ['陈大文', '+852 9123 4567', '20/03/2026', '标准房', '800'],
      ['李美仪', '+852 9876 5432', '13/01/2026', '标准房', '800'],
    ];
    const merged = run(gridOf(hotel), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely'] });
    expect(merged.ok && merged.plan.duplicates.groups.map((g) => [g.rows, g.confidence, g.records])).toEqual([[[2, 3], 'review', true]]);
    expect(merged.ok && merged.plan.merge?.removeRows).toEqual([]);
  });

  it('a running number (序号) tells no copy from another', () => {
    const numbered = planOf([
      ['序号', '客人姓名', '手机', '房型'],
      ['1', '李娜', '13912345678', '大床房'],
      ['2', '李娜', '139 1234 5678', '大床房'],
      ['3', '张伟', '13812345678', '双床房'],
    ]);
    expect(numbered.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'exact']]);
  });

  it('a travel agency\'s 护照号 is the ID number; a passport or visa running out is reminded as the document, never a contract', () => {
    const agency = planOf([
      ['姓名', '手机', '护照号', '护照有效期', '签证到期', '出团日期', '线路', '团费', '销售', '备注'],
      ['高明', '13800138001', 'E23456789', '2030-05-01', '2024-12-20', '2025-01-10', '日本7日', '12800', '小刘', ''],
      ['林芳', '13900139002', 'EA1234567', '2024-12-15', '2024-12-18', '2025-02-01', '欧洲12日', '26800', '小刘', '护照快过期'],
    ]);
    expect(agency.columns.map((c) => c.field)).toEqual(['name', 'mobile', 'idCard', 'contractEnd', 'contractEnd', 'appointment', 'product', 'amount', 'owner', 'notes']);
    expect(agency.issues.filter((i) => i.code.startsWith('idCard.'))).toEqual([]);
    expect(agency.reminders.reminders.filter((r) => r.kind.startsWith('contract')).map((r) => [r.sheetRow, r.due, r.reason.code])).toEqual(expect.arrayContaining([
      [3, '2024-12-15', 'remind.reason.documentExpiring'], [3, '2024-12-18', 'remind.reason.documentExpiring'], [2, '2024-12-20', 'remind.reason.documentExpiring'],
    ]));
    expect(agency.reminders.reminders.filter((r) => r.kind.startsWith('contract')).map((r) => r.reason.code)).not.toContain('remind.reason.contractExpiring');
  });
});
