/**
 * Columns a user expects to be read (testers h68, h69): the last call to a client, the crew or the
 * clinician who looks after him, a guesthouse's stays and room charges, a law firm's fees. Each word
 * in Chinese and English, each beside a look-alike header that is NOT that field (Crew Size is no
 * owner, 房费标准 a price list, Last Call Outcome no date).
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { text, type Cell } from '../../../shared/table/cell';
import type { FieldId } from '../../../shared/schema/fields';

const fieldsOf = (headers: string[], sample?: Cell[][]): (FieldId | null)[] =>
  mapHeaders(headers, DEFAULT_SETTINGS, sample).map((m) => m.field);
const column = (...values: string[]): Cell[] => values.map((v) => text(v));

describe('the last call to a client is his last contact', () => {
  it('reads an Indian account list\'s Last Call beside its Account Manager', () => {
    expect(fieldsOf(['Client Name', 'Mobile', 'Total Purchase (₹)', 'Account Manager', 'Last Call', 'Notes']))
      .toEqual(['name', 'mobile', 'amount', 'owner', 'lastContact', 'notes']);
  });
  it('reads Last Called, Date of Last Call and a Chinese 最近通话 / 上次通话时间 the same way', () => {
    expect(fieldsOf(['Name', 'Last Called'])).toEqual(['name', 'lastContact']);
    expect(fieldsOf(['Name', 'Date of Last Call'])).toEqual(['name', 'lastContact']);
    expect(fieldsOf(['客户姓名', '手机', '最近通话'])).toEqual(['name', 'mobile', 'lastContact']);
    expect(fieldsOf(['客户姓名', '手机', '上次通话时间'])).toEqual(['name', 'mobile', 'lastContact']);
  });
  it('leaves what a call was about or how long it took unread: Last Call Outcome, Last Call Duration, 最近通话时长', () => {
    expect(fieldsOf(['Name', 'Last Call Outcome', 'Last Call Duration'])).toEqual(['name', null, null]);
    expect(fieldsOf(['客户姓名', '最近通话时长'])).toEqual(['name', null]);
  });
});

describe('the crew that looks after a customer holds him', () => {
  it('reads a UK landscaper\'s Crew as the owner, a 绿化 firm\'s 养护班组 too', () => {
    expect(fieldsOf(['Customer', 'Mobile', 'Last Visit', 'Contract Renewal', 'Annual Fee', 'Crew', 'Notes']))
      .toEqual(['name', 'mobile', 'lastContact', 'contractEnd', 'amount', 'owner', 'notes']);
    expect(fieldsOf(['业主', '电话', '合同到期', '养护班组'])).toEqual(['name', 'phone', 'contractEnd', 'owner']);
  });
  it('never reads how big a crew is, or its phone, as the customer\'s: Crew Size, 班组人数, Crew Mobile', () => {
    expect(fieldsOf(['Customer', 'Mobile', 'Crew Size'])).toEqual(['name', 'mobile', null]);
    expect(fieldsOf(['业主', '电话', '班组人数'])).toEqual(['name', 'phone', null]);
    expect(fieldsOf(['Customer', 'Mobile', 'Crew', 'Crew Mobile'])).toEqual(['name', 'mobile', 'owner', null]);
  });
  it('leaves the crew behind the account manager who holds the customer, read as the carer', () => {
    expect(fieldsOf(['Customer', 'Crew', 'Account Manager'])).toEqual(['name', 'carer', 'owner']);
  });
});

describe('a practice\'s clinician holds the patient', () => {
  const patients = ['Patient #', 'Last Name', 'First Name', 'DOB', 'Cell Phone', 'Last Visit', 'Next Recall Due', 'Insurance', 'Provider', 'Balance'];
  const sample = (provider: Cell[]): Cell[][] => patients.map((h) => (h === 'Provider' ? provider : []));
  it('reads a US dentist\'s Provider as the owner when it names the dentists and hygienists', () => {
    const providers = column('Dr. Patel', 'Dr. Patel', 'Hyg. Amy', 'Dr. Nguyen', 'Hyg. Amy', 'Dr. Patel', 'Hyg. Amy', 'Dr. Nguyen');
    expect(fieldsOf(patients, sample(providers))).toEqual(['customerId', 'lastName', 'firstName', 'birthday', 'mobile', 'lastContact', 'nextFollowUp', null, 'owner', null]);
  });
  it('leaves a Provider of insurers, or a telecom\'s carriers beside its customers, unread', () => {
    const insurers = column('Aetna', 'Cigna', 'MetLife', 'Aetna', 'Cigna', 'Delta Dental', 'MetLife', 'Aetna');
    expect(fieldsOf(patients, sample(insurers))[8]).toBeNull();
    const carriers = column('Telstra', 'Optus', 'Vodafone', 'Telstra', 'Optus', 'Telstra', 'Vodafone', 'Optus');
    const telecom = ['Customer', 'Mobile', 'Plan', 'Provider'];
    expect(fieldsOf(telecom, [[], [], [], carriers])).toEqual(['name', 'mobile', null, null]);
  });
  it('never reads an Insurance Provider or a Payment Provider as the owner', () => {
    expect(fieldsOf(['Patient Name', 'Insurance Provider', 'Payment Provider'])).toEqual(['name', null, null]);
  });
  it('reads a Hygienist, a 洁牙师 and a 接诊医生 as the owner where no one else holds the patient', () => {
    expect(fieldsOf(['Patient Name', 'Cell Phone', 'Hygienist'])).toEqual(['name', 'mobile', 'owner']);
    expect(fieldsOf(['患者姓名', '手机', '洁牙师'])).toEqual(['name', 'mobile', 'owner']);
    expect(fieldsOf(['患者姓名', '手机', '接诊医生'])).toEqual(['name', 'mobile', 'owner']);
    // Her phone is the practice's, no second number of the patient's.
    expect(fieldsOf(['Patient Name', 'Cell Phone', 'Hygienist', 'Hygienist Phone'])).toEqual(['name', 'mobile', 'owner', null]);
    expect(fieldsOf(['患者姓名', '手机', '洁牙师', '洁牙师电话'])).toEqual(['name', 'mobile', 'owner', null]);
  });
});

describe('a guesthouse\'s stays are purchases, its front desk who served the guest', () => {
  const hotel = ['客人姓名', '手机', '入住日期', '退房日期', '房型', '房费', '生日', '前台', '备注'];
  const staff = column('阿珍', '小杨', '阿珍', '阿珍', '小杨', '阿珍', '小杨', '阿珍');
  const sample = hotel.map((h) => (h === '前台' ? staff : []));
  it('reads 入住日期 as the purchase, 房费 as what the guest spent and 前台 as who holds him', () => {
    expect(fieldsOf(hotel, sample)).toEqual(['name', 'mobile', 'lastPurchase', null, null, 'amount', 'birthday', 'owner', 'notes']);
  });
  it('reads an English booking list the same way: Check-in Date, Room Charges, Receptionist', () => {
    expect(fieldsOf(['Guest Name', 'Mobile', 'Check-in Date', 'Check-out Date', 'Room Type', 'Room Charges', 'Receptionist']))
      .toEqual(['name', 'mobile', 'lastPurchase', null, null, 'amount', 'owner']);
  });
  it('reads the check-out as the stay where no check-in column says it', () => {
    expect(fieldsOf(['客人姓名', '手机', '离店日期', '房费'])).toEqual(['name', 'mobile', 'lastPurchase', 'amount']);
  });
  it('leaves a price list\'s 房费标准, the number of guests and a front desk of phone numbers unread', () => {
    expect(fieldsOf(['客人姓名', '手机', '房费标准', '入住人数'])).toEqual(['name', 'mobile', null, null]);
    const phones = column('0872-2661234', '0872-2661235', '0872-2661234', '0872-2661236', '0872-2661234', '0872-2661235');
    expect(fieldsOf(['客人姓名', '手机', '前台'], [[], [], phones])).toEqual(['name', 'mobile', null]);
  });
  it('keeps the front desk behind a 管家 who holds the guest', () => {
    expect(fieldsOf(['客人姓名', '手机', '前台', '管家'], [[], [], staff, column('何丽', '何丽', '罗斌', '何丽', '罗斌', '何丽')])).toEqual(['name', 'mobile', null, 'owner']);
  });
});

describe('a law firm\'s fee is what the client spent', () => {
  it('reads 律师费 and an English Legal Fees (£) as the amount', () => {
    expect(fieldsOf(['案件编号', '委托人', '联系电话', '承办律师', '律师费', '下次跟进'])).toEqual([null, 'name', 'phone', 'owner', 'amount', 'nextFollowUp']);
    expect(fieldsOf(['Client', 'Phone', 'Fee Earner', 'Legal Fees (£)'])).toEqual(['name', 'phone', 'owner', 'amount']);
  });
  it('leaves what is still unpaid of it, or its rate, unread: 未付律师费, 律师费率', () => {
    expect(fieldsOf(['委托人', '联系电话', '未付律师费', '律师费率'])).toEqual(['name', 'phone', null, null]);
  });
});
