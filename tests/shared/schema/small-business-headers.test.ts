/**
 * Header words a small business's own sheet uses and the run did not read (tester h63): a US dental
 * practice's Patient #, a UK letting agent's Landlord, Property and Negotiator, an Australian gym's Last
 * Check-in, a 母婴店's 上次下单, a 医美 clinic's 下次预约 and bare 归属, a 家装 firm's 量房日期, 开工日期 and
 * 预计竣工. Each reaches the field it means, and takes no other header's.
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import type { FieldId } from '../../../shared/schema/fields';

const fieldsOf = (headers: string[]): (FieldId | null)[] => mapHeaders(headers, DEFAULT_SETTINGS).map((m) => m.field);

describe('a small business\'s own headers', () => {
  it.each<[string, string[], (FieldId | null)[]]>([
    [
      'a US dental practice: Patient # is the patient\'s number, First and Last Name name him',
      ['Patient #', 'First Name', 'Last Name', 'DOB', 'Phone', 'Email', 'Insurance Renewal', 'Last Visit', 'Next Recall', 'Notes'],
      ['customerId', 'firstName', 'lastName', 'birthday', 'phone', 'email', 'contractEnd', 'lastContact', 'nextFollowUp', 'notes'],
    ],
    [
      'a US practice writing Patient No. and Patient ID',
      ['Patient No.', 'Patient Name', 'Cell Phone'],
      ['customerId', 'name', 'mobile'],
    ],
    [
      'a UK letting agent: the landlord is the client, Property the let, the Negotiator holds him',
      ['Landlord', 'Mobile', 'Email', 'Property', 'Rent pcm', 'Tenancy End', 'Negotiator'],
      ['name', 'mobile', 'email', 'listing', null, 'contractEnd', 'owner'],
    ],
    [
      'the same agent\'s other export: Landlord Name beside Property Address',
      ['Landlord Name', 'Mobile', 'Email', 'Property Address', 'Tenancy End', 'Negotiator Name'],
      ['name', 'mobile', 'email', 'listing', 'contractEnd', 'owner'],
    ],
    [
      'a tenant list: the Tenant is the customer, the Landlord beside him the other party',
      ['Tenant', 'Mobile', 'Landlord', 'Property Address', 'Lease End'],
      ['name', 'mobile', null, 'listing', 'contractEnd'],
    ],
    [
      'an Australian gym: Last Check-in is the member\'s last visit',
      ['Member ID', 'Name', 'Mobile', 'DOB', 'Membership', 'Joined', 'Expiry', 'Last Check-in', 'Trainer'],
      ['customerId', 'name', 'mobile', 'birthday', null, 'createdAt', 'contractEnd', 'lastContact', 'owner'],
    ],
    [
      '一家批发档口的客户：上次下单是最近一次购买',
      ['客户', '手机', '上次下单', '累计金额', '业务员'],
      ['name', 'mobile', 'lastPurchase', 'amount', 'owner'],
    ],
    [
      '医美诊所的汇总：下次预约是下次跟进，单独的“归属”是负责人',
      ['顾客姓名', '手机', '最近到店', '下次预约', '归属'],
      ['name', 'mobile', 'lastContact', 'nextFollowUp', 'owner'],
    ],
    [
      '家装公司：量房是客户来的那天，开工到预计竣工是工期',
      ['业主', '电话', '小区', '量房日期', '开工日期', '预计竣工', '合同金额', '设计师'],
      ['name', 'phone', null, 'createdAt', 'contractStart', 'contractEnd', 'amount', null],
    ],
  ])('%s', (_, headers, fields) => {
    expect(fieldsOf(headers)).toEqual(fields);
  });

  it.each<[string, string[], (FieldId | null)[]]>([
    ['号码归属地 stays the phone\'s place, never the owner', ['姓名', '手机', '号码归属地', '负责人'], ['name', 'mobile', null, 'owner']],
    ['手机号码归属 too, where no owner column stands', ['姓名', '手机', '手机号码归属'], ['name', 'mobile', null]],
    ['Property Value is no listing', ['Landlord', 'Mobile', 'Property Value'], ['name', 'mobile', null]],
    ['a bare Patient is still the name', ['Patient', 'Phone', 'Next Recall'], ['name', 'phone', 'nextFollowUp']],
    ['Property Type beside Property Address is no second listing', ['Landlord Name', 'Property Type', 'Property Address'], ['name', null, 'listing']],
  ])('takes no other header: %s', (_, headers, fields) => {
    expect(fieldsOf(headers)).toEqual(fields);
  });
});
