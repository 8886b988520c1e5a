/**
 * A service business's own columns (tester h77): an HVAC firm's Warranty End, a physio's Visits Left and
 * Next Appointment, a vet's Owner First / Owner Last and Veterinarian. Each is read as the other trades'
 * words are: a warranty ending is a due date reminded in its own word, visits left run low as lessons do,
 * the vet holds his patients' owners as a groomer does, and a vaccine falls due (DHPP), it never "ends".
 */
import { reminderText, run, DEFAULT_SETTINGS, t, type Cell, type Plan } from '../../../shared';
import { gridOf, planOf, TODAY } from './helpers';

// Today is helpers' TODAY, 2024-12-01.
const fieldsOf = (plan: Plan) => plan.columns.map((c) => c.field);
const texts = (plan: Plan, lang: 'zh-CN' | 'en', row?: number) =>
  plan.reminders.reminders.filter((r) => row === undefined || r.sheetRow === row).map((r) => reminderText(lang, r));

describe('an HVAC firm\'s warranty end', () => {
  const plan = planOf([
    ['Customer', 'Phone', 'Email', 'Last Service', 'Annual Service Due', 'Warranty End', 'Technician', 'Sales Rep', 'Status'],
    ['Bob McAllister', '303-555-0199', 'bob.mcallister@gmail.com', '2024-11-20', '2025-11-20', '2024-12-07', 'Mike T.', 'Karen Price', 'Active'],
    ['Denver Dental Group', '303.555.0170', 'office@denverdental.com', '2024-10-02', '2025-10-02', '2024-12-30', 'Jose R.', 'Tom Bell', 'Active'],
    ['James Smith', '(617) 555-2850', 'james0@yahoo.com', '2024-09-01', '2025-09-01', '2027-01-01', 'Jose R.', 'Tom Bell', 'Active'],
  ], { phone: { defaultRegion: 'US' } });

  it('reads Warranty End as a due date of its own beside the annual service', () => {
    const warranty = plan.columns.find((c) => c.header === 'Warranty End')!;
    expect(warranty.field).toBe('contractEnd');
    expect(plan.columns.find((c) => c.header === 'Annual Service Due')!.field).toBe('contractEnd');
  });

  it('reminds of a warranty ending in 6 and in 29 days, in its own word, and of none ending in 2027', () => {
    expect(texts(plan, 'en', 2)).toEqual(['Warranty ends on 2024-12-07, in 6 days (7-day reminder)']);
    expect(texts(plan, 'en', 3)).toEqual(['Warranty ends on 2024-12-30, in 29 days (30-day reminder)']);
    expect(texts(plan, 'en', 4)).toEqual([]);
    expect(texts(plan, 'zh-CN', 2)[0]).toContain('2024-12-07');
    expect(texts(plan, 'zh-CN', 2)[0]).not.toContain('合同');
  });

  it('reads a Chinese 质保到期 and 保修到期 the same way, beside a 保养到期', () => {
    const zh = planOf([
      ['客户', '手机', '保养到期', '质保到期', '负责人'],
      ['王建国', '13812345678', '2025-06-01', '2024-12-05', '李娜'],
    ]);
    expect(fieldsOf(zh)).toEqual(['name', 'mobile', 'contractEnd', 'contractEnd', 'owner']);
    expect(texts(zh, 'zh-CN')).toEqual([expect.stringContaining('质保')]);
    const bx = planOf([['客户', '手机', '保修到期', '负责人'], ['王建国', '13812345678', '2024-12-05', '李娜']]);
    expect(texts(bx, 'zh-CN')).toEqual([expect.stringContaining('保修')]);
  });
});

describe('a furniture shop\'s 保修到期, its only due column', () => {
  it('keeps a buyer under warranty a customer, as a contract still running does (h74\'s furniture sheet)', () => {
    const plan = planOf([
      ['客户姓名', '手机', '销售顾问', '下单日期', '成交金额', '保修到期', '最近回访'],
      ['王建国', '13812345678', '李娜', '2023-06-01', '12800', '2026-06-01', '2023-06-10'],
    ]);
    expect(plan.columns.find((c) => c.header === '保修到期')!.field).toBe('contractEnd');
    expect(plan.classification.rows.map((r) => r.labels.lifecycle)).toEqual(['existing']);
  });
});

describe('an HVAC firm\'s own Status and its overdue annual services', () => {
  const plan = planOf([
    ['Customer', 'Phone', 'Last Service', 'Annual Service Due', 'Technician', 'Sales Rep', 'Contract Value ($)', 'Status'],
    ['James Smith', '(617) 555-2850', '2023-01-02', '2024-01-02', 'Jose R.', 'Tom Bell', '$1,200.00', 'Active'],
    ['Lisa Martinez', '(415) 555-3331', '2023-02-14', '2024-02-14', 'Jose R.', 'Tom Bell', '$3,150.00', 'Lapsed'],
    ['Mary Harris', '(512) 555-3257', '2023-08-01', '2024-08-01', 'Mike T.', 'Karen Price', '$2,850.00', 'Active'],
  ], { phone: { defaultRegion: 'US' }, amount: { currency: 'USD' } });

  it('keeps a customer the sheet calls Active existing, though his dates alone would churn him, and one it calls Lapsed churned', () => {
    expect(plan.classification.rows.map((r) => r.labels.lifecycle)).toEqual(['existing', 'churned', 'existing']);
    const said = (lang: 'zh-CN' | 'en') => plan.classification.rows[0].reasons.filter((r) => r.dimension === 'lifecycle').map((r) => t(lang, r.code, r.params));
    expect(said('en')).toEqual(['the status says Active, and no purchase date says otherwise']);
    expect(said('zh-CN')).toEqual(['状态写明客户仍在合作（Active、合作中），且没有购买日期表明其已流失']);
    // Not seen for long, he is dormant, not lost: the team still serves him.
    expect(plan.classification.rows[0].labels.activity).toBe('dormant');
  });

  it('still lists an annual service overdue for four months: it is work to book, not a contract that ended', () => {
    expect(texts(plan, 'en', 4)).toEqual(['Annual Service was due on 2024-08-01, 122 days ago']);
    // A Lapsed customer is reminded of nothing; one overdue for eleven months is still listed, within a year.
    expect(texts(plan, 'en', 3)).toEqual([]);
    expect(texts(plan, 'en', 2)).toEqual(['Annual Service was due on 2024-01-02, 334 days ago']);
  });
});

describe('a physiotherapy practice\'s patients', () => {
  const HEADER = ['Patient Name', 'Mobile', 'Insurance Expiry', 'Visits Left', 'Next Appointment', 'Therapist', 'Last Visit', 'Notes'];
  const plan = planOf([
    HEADER,
    ['Olivia McKenzie', '0412 345 678', '2025-06-20', '1', '', 'Amy Ross', '2024-11-20', ''],
    ['Richard Perez', '0410 493 828', '2025-09-05', '6', '2024-12-02', 'Amy Ross', '2024-05-15', ''],
    ['Liam O\'Brien', '0498 765 432', '2024-12-02', '0', '', 'Dr. Chen', '2024-11-01', 'Discharged'],
    ['Grace Nguyen', '0413 827 167', '2025-03-31', '4', '', 'Sam Patel', '2024-05-01', ''],
  ], { phone: { defaultRegion: 'AU' } });

  it('reads Visits Left as the visits left of a package, as Sessions Left is read', () => {
    expect(plan.columns.find((c) => c.header === 'Visits Left')!.field).toBe('remaining');
    for (const header of ['Visits Remaining', 'Treatments Left', 'Remaining Visits']) {
      const other = planOf([['Patient Name', 'Mobile', header], ['Olivia McKenzie', '0412 345 678', '1']], { phone: { defaultRegion: 'AU' } });
      expect(other.columns.find((c) => c.header === header)!.field).toBe('remaining');
    }
  });

  it('reminds of a patient running low on visits in the sheet\'s own word', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'remaining').map((r) => r.sheetRow)).toEqual([2]);
    expect(texts(plan, 'en', 2).join(' | ')).toContain('Visits Left');
  });

  it('raises no stale reminder for a patient with an appointment booked, and one for a patient without', () => {
    const stale = plan.reminders.reminders.filter((r) => r.kind === 'stale').map((r) => r.sheetRow);
    expect(stale).toEqual([5]);
    expect(plan.reminders.reminders.filter((r) => r.sheetRow === 3).map((r) => r.kind)).toEqual(['appointment']);
  });

  it('reads Discharged in the notes as a patient who left: no insurance reminder for him', () => {
    expect(plan.reminders.reminders.filter((r) => r.sheetRow === 4)).toEqual([]);
    const zh = planOf([
      ['姓名', '手机', '保险到期', '备注'],
      ['陈立', '13812345678', '2024-12-05', '已出院'],
      ['周敏', '13912345678', '2024-12-05', ''],
    ]);
    expect(zh.reminders.reminders.map((r) => r.sheetRow)).toEqual([3]);
  });

  it('skips the summary row Total visits left with its SUM, as a TOTAL row is', () => {
    const grid = gridOf([HEADER, ['Olivia McKenzie', '0412 345 678', '2025-06-20', '1', '', 'Amy Ross', '2024-11-20', ''],
      ['Grace Nguyen', '0413 827 167', '2025-03-31', '4', '', 'Sam Patel', '2024-11-01', '']]);
    const total: Cell[] = [{ kind: 'text', value: 'Total visits left' }, { kind: 'empty' }, { kind: 'empty' }, { kind: 'number', value: 5, formula: '=SUM(D2:D3)' },
      { kind: 'empty' }, { kind: 'empty' }, { kind: 'empty' }, { kind: 'empty' }];
    const out = run({ ...grid, cells: [...grid.cells, total] }, { settings: DEFAULT_SETTINGS, today: TODAY });
    if (!out.ok) throw new Error(out.problem.code);
    expect(out.plan.classification.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
    expect(out.plan.totalRows).toEqual([4]);
  });
});

describe('a veterinary practice\'s patients', () => {
  const plan = planOf([
    ['Owner Last', 'Owner First', 'Pet Name', 'Species', 'Phone', 'Email', 'Rabies Due', 'DHPP Due', 'Last Visit', 'Veterinarian'],
    ['OConnor', 'Kathleen', 'Rex', 'Canine', '(415) 555-0123', 'kathy.oconnor@gmail.com', '2024-12-07', '2025-01-15', '2024-11-02', 'Dr. Kim'],
    ['OConnor', 'Kathleen', 'Whiskers', 'Feline', '(415) 555-0123', 'kathy.oconnor@gmail.com', '2025-06-01', '2024-11-10', '2024-11-02', 'Dr. Kim'],
    ['Smith', 'James', 'Max', 'Feline', '(415) 555-5440', 'james.smith@icloud.com', '2025-01-01', '2024-06-01', '2024-01-01', 'Dr. Alvarez'],
  ], { phone: { defaultRegion: 'US' } });

  it('reads the owner\'s first and last name, the pet\'s name and the vet who holds the owner', () => {
    expect(fieldsOf(plan)).toEqual(['lastName', 'firstName', 'petName', null, 'phone', 'email', 'contractEnd', 'contractEnd', 'lastContact', 'owner']);
    expect(plan.problems.map((p) => p.code)).not.toContain('required.noColumnDefault');
  });

  it('sends each reminder to the pet\'s vet, naming the owner and the pet', () => {
    const rabies = plan.reminders.reminders.find((r) => r.sheetRow === 2 && r.kind === 'contract')!;
    expect(rabies.owner).toBe('Dr. Kim');
    expect(rabies.customer).toContain('Kathleen OConnor');
    expect(rabies.customer).toContain('Rex');
    expect(plan.reminders.reminders.every((r) => r.owner !== '')).toBe(true);
  });

  it('says a DHPP booster is overdue, not a contract or fee that ended', () => {
    const dhpp = plan.reminders.reminders.filter((r) => r.sheetRow === 3 && r.kind === 'contractExpired');
    expect(dhpp.map((r) => reminderText('en', r))).toEqual(['DHPP was due on 2024-11-10, 21 days ago']);
    expect(dhpp.map((r) => reminderText('zh-CN', r)).join('')).not.toContain('合同');
    expect(t('en', 'remind.kind.serviceOverdue', { what: 'DHPP' })).toBe('DHPP overdue');
  });

  it('reads a Chinese vet\'s 兽医 as who holds the owner', () => {
    const zh = planOf([
      ['主人姓名', '手机', '宠物名', '狂犬疫苗到期', '兽医'],
      ['王建国', '13812345678', '豆豆', '2024-12-05', '李医生'],
      ['赵敏', '13733334444', 'Lucky', '2025-08-08', '张医生'],
      ['孙丽', '13344445555', 'Kitty', '2025-06-19', '李医生'],
    ]);
    expect(fieldsOf(zh)).toEqual(['name', 'mobile', 'petName', 'contractEnd', 'owner']);
    expect(zh.reminders.reminders.map((r) => [r.owner, r.customer])).toEqual([['李医生', '王建国（宠物 豆豆）']]);
  });
});
