/**
 * A sheet with a sales-role column (咨询师, 顾问, 客户经理, 业务员, 销售, 导购, Account Manager, Sales Rep)
 * and a service-staff column (主治医生, 医生, 老师, 教练, 美容师, 技师, Doctor, Instructor, Teacher, Therapist):
 * the rep owns the customer and his reminders, as a clinic's 咨询师 follows the patient up and books his
 * 复诊 (tester h70 #5: the doctor was taken as owner and the 咨询师 left unread). The service staff is
 * still read, as the customer's carer (`carer`), never listed as unread. Alone, the service staff
 * keeps the customer (staff-owner.test.ts, sales-rep-owner.test.ts).
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { columnsLeftUnread } from '../../../shared/plan/left-unread';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { text, type Cell } from '../../../shared/table/cell';

const column = (...values: string[]): Cell[] => values.map((v) => (v === '' ? { kind: 'empty' } : text(v)));
const mapped = (headers: string[], sample?: Cell[][]) => mapHeaders(headers, DEFAULT_SETTINGS, sample);
const fieldOf = (headers: string[], header: string, sample?: Cell[][]) => mapped(headers, sample).find((m) => m.header === header)?.field ?? null;

describe('the rep owns the customer, the service staff beside him is his carer', () => {
  // After a 口腔诊所's WPS export: 主治医生 and 咨询师 both name people.
  const CLINIC = ['序号', '顾客姓名', '性别', '手机号码', '首诊日期', '治疗项目', '主治医生', '咨询师', '复诊日期', '消费金额', '备注'];
  const clinicSample = CLINIC.map((h) => (h === '主治医生' ? column('李医生', '王医生', '李医生', '王医生')
    : h === '咨询师' ? column('小美', '小丽', '小美', '小丽') : h === '顾客姓名' ? column('何静', '曹阳', '严琳', '黄伟') : []));

  it('a dental clinic: 咨询师 is the owner, 主治医生 the carer, with or without the values', () => {
    for (const sample of [clinicSample, undefined]) {
      expect(fieldOf(CLINIC, '咨询师', sample)).toBe('owner');
      expect(fieldOf(CLINIC, '主治医生', sample)).toBe('carer');
    }
  });

  it('a 医美 clinic whose doctor column is a bare 医生 beside the 客户姓名: the doctor is the carer', () => {
    const headers = ['客户姓名', '手机', '项目', '医生', '咨询师', '下次复查'];
    expect(fieldOf(headers, '医生')).toBe('carer');
    expect(fieldOf(headers, '咨询师')).toBe('owner');
  });

  it.each([
    [['学员姓名', '家长电话', '班主任', '课程顾问'], '课程顾问', '班主任'],
    [['会籍卡号', '姓名', '手机', '私教教练', '会籍顾问'], '会籍顾问', '私教教练'],
    [['车主', '手机', '车牌号', '技师', '业务员'], '业务员', '技师'],
    [['顾客', '手机', '美容师', '导购'], '导购', '美容师'],
    [['患者姓名', '手机', '主治医生', '客户经理'], '客户经理', '主治医生'],
    [['Client', 'Mobile', 'Therapist', 'Account Manager'], 'Account Manager', 'Therapist'],
    [['客户姓名', '联系电话', '服务地址', '阿姨姓名', '阿姨电话', '负责人'], '负责人', '阿姨姓名'],
  ])('%j: %s owns, %s cares', (headers, rep, carer) => {
    expect(fieldOf(headers, rep)).toBe('owner');
    expect(fieldOf(headers, carer)).toBe('carer');
  });

  it('a 家政 firm\'s 阿姨电话 is neither the customer\'s phone nor a carer', () => {
    expect(fieldOf(['客户姓名', '联系电话', '阿姨姓名', '阿姨电话', '负责人'], '阿姨电话')).toBeNull();
  });

  it('a studio\'s Instructor of names beside its Sales Rep is the carer', () => {
    const headers = ['First Name', 'Mobile', 'Instructor', 'Sales Rep'];
    const sample = [[], [], column('Emma Clarke', 'Jake Romero', 'Emma Clarke', 'Jake Romero'), column('Ann Lee', 'Ann Lee', 'Bob Hart', 'Ann Lee')];
    expect(mapped(headers, sample).map((m) => m.field)).toEqual(['firstName', 'mobile', 'carer', 'owner']);
  });

  it('a column of courses under a staff header is still no carer (钢琴, Hot Yoga name no one)', () => {
    const headers = ['学员姓名', '家长电话', '老师', '课程顾问'];
    expect(fieldOf(headers, '老师', [[], [], column('钢琴', '古筝', '钢琴', '吉他'), column('王芳', '王芳', '李强')])).toBeNull();
  });

  it('the carer is read, so it is not among the columns left unread', () => {
    const unread = columnsLeftUnread(mapped(CLINIC, clinicSample)).map((c) => c.header);
    expect(unread).not.toContain('主治医生');
    expect(unread).not.toContain('咨询师');
  });

  it.each([
    [['顾客姓名', '手机号码', '主治医生', '复诊日期'], '主治医生'],
    [['患者姓名', '联系电话', '医生'], '医生'],
    [['First Name', 'Mobile', 'Trainer'], 'Trainer'],
  ])('%j: the service staff alone still owns the customer', (headers, staff) => {
    expect(fieldOf(headers, staff)).toBe('owner');
    expect(mapped(headers).some((m) => m.field === 'carer')).toBe(false);
  });

  it('a 录入人 (who typed the card in) makes no carer of the doctor: only a rep who holds the customer does', () => {
    const headers = ['患者姓名', '手机', '主治医生', '录入人'];
    expect(fieldOf(headers, '主治医生')).toBe('owner');
  });
});
