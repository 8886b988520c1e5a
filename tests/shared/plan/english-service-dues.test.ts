/**
 * An English garage's or vet's due columns (Service Due, MOT Due, Inspection Due, WOF Expiry, Rego Due,
 * Vaccine Due, Next Vaccination) are read as what falls due, as their Chinese twins 保养到期, 年检到期
 * and 疫苗到期 are: each reminded ahead on the contract ladder (30 / 7 / 1 days) in its own word, and
 * said as a due in English ("MOT due on …", "Vaccine was due on …"), not as something that ends.
 */
import { reminderKindLabel, reminderText, type Plan } from '../../../shared';
import { planOf } from './helpers';

const fieldsOf = (plan: Plan) => plan.columns.map((c) => [c.header, c.field]);
const said = (plan: Plan) =>
  plan.reminders.reminders
    .map((r) => [r.sheetRow, reminderKindLabel('en', r), reminderText('en', r)] as const)
    .sort((a, b) => a[0] - b[0] || a[2].localeCompare(b[2]));

// Today is 2024-12-01 (helpers.ts).
describe("a UK garage's customers: the service and the MOT falling due", () => {
  const plan = planOf([
    ['Customer', 'Mobile', 'Email', 'VIN', 'Make & Model', 'Last Service', 'Service Due', 'MOT Due', 'Advisor'],
    ['Tom Hughes', '07700 900123', 'tom.hughes@gmail.com', 'WVWZZZ1JZXW000001', 'VW Golf', '2024-06-10', '2024-12-08', '2024-12-20', 'Gary'],
    ['Priya Shah', '07700 900456', 'priya.shah@outlook.com', 'SAJAC05H8TW000002', 'Ford Focus', '2024-01-15', '2025-01-15', '2024-12-03', 'Gary'],
    ['Mark Evans', '07700 900789', 'mevans@yahoo.co.uk', 'WF0AXXGCDA0000003', 'Vauxhall Astra', '2024-03-02', '2024-11-28', '2025-03-01', 'Dean'],
  ]);

  it('reads Service Due and MOT Due as dues', () => {
    expect(fieldsOf(plan)).toEqual(expect.arrayContaining([['Service Due', 'contractEnd'], ['MOT Due', 'contractEnd']]));
  });

  it('reminds each ahead in its own word, and the service missed as overdue', () => {
    expect(said(plan)).toEqual([
      [2, 'MOT due', 'MOT due on 2024-12-20, in 19 days (30-day reminder)'],
      [2, 'Service due', 'Service due on 2024-12-08, in 7 days (7-day reminder)'],
      [3, 'MOT due', 'MOT due on 2024-12-03, in 2 days (7-day reminder)'],
      [4, 'Service overdue', 'Service was due on 2024-11-28, 3 days ago'],
    ]);
    expect(plan.reminders.reminders.map((r) => r.owner).sort()).toEqual(['Dean', 'Gary', 'Gary', 'Gary']);
  });

  it('says them as the Chinese twins are said in a Chinese run', () => {
    const mot = plan.reminders.reminders.find((r) => r.sheetRow === 3)!;
    expect(reminderText('zh-CN', mot)).toBe('“MOT” 2024-12-03 到期，还有 2 天（提前 7 天提醒）');
  });
});

describe("an Australian vet's clients: vaccines falling due", () => {
  const plan = planOf([
    ['Client', 'Mobile', 'Email', 'Pet Name', 'Species', 'Vaccine Due Date'],
    ['Sarah Collins', '0412 345 678', 'sarah.c@bigpond.com', 'Milo', 'Dog', '2024-12-07'],
    ['James Wright', '0423 456 789', 'jwright@gmail.com', 'Luna', 'Cat', '2025-03-01'],
    ['Emily Tran', '0434 567 890', 'emily.tran@icloud.com', 'Bella', 'Dog', '2024-11-28'],
  ]);

  it('reminds the vaccine due ahead, and the one missed', () => {
    expect(said(plan)).toEqual([
      [2, 'Vaccine due', 'Vaccine due on 2024-12-07, in 6 days (7-day reminder)'],
      [4, 'Vaccine overdue', 'Vaccine was due on 2024-11-28, 3 days ago'],
    ]);
  });

  it('reads Next Vaccination and Vaccine Due too', () => {
    const next = planOf([
      ['Client', 'Mobile', 'Pet Name', 'Next Vaccination'],
      ['Grace Kim', '0445 678 901', 'Max', '2024-12-10'],
    ]);
    expect(said(next)).toEqual([[2, 'Vaccination due', 'Vaccination due on 2024-12-10, in 9 days (30-day reminder)']]);
    const due = planOf([
      ['Client', 'Mobile', 'Pet Name', 'Vaccine Due'],
      ['Grace Kim', '0445 678 901', 'Max', '2024-12-10'],
    ]);
    expect(said(due)).toEqual([[2, 'Vaccine due', 'Vaccine due on 2024-12-10, in 9 days (30-day reminder)']]);
  });
});

describe("a New Zealand and an Australian workshop's cars: WOF, rego and inspection", () => {
  const plan = planOf([
    ['Customer', 'Mobile', 'Plate', 'WOF Expiry', 'Rego Due', 'Inspection Due'],
    ['Aroha Ngata', '021 123 4567', 'ABC123', '2024-12-09', '2024-12-02', ''],
    ['Liam Smith', '022 234 5678', 'XYZ789', '', '', '2024-12-05'],
  ]);

  it('reads all three as dues, each reminded in its word', () => {
    expect(fieldsOf(plan)).toEqual(expect.arrayContaining([['WOF Expiry', 'contractEnd'], ['Rego Due', 'contractEnd'], ['Inspection Due', 'contractEnd']]));
    expect(said(plan)).toEqual([
      [2, 'Rego due', 'Rego due on 2024-12-02, tomorrow (1-day reminder)'],
      [2, 'WOF due', 'WOF due on 2024-12-09, in 8 days (30-day reminder)'],
      [3, 'Inspection due', 'Inspection due on 2024-12-05, in 4 days (7-day reminder)'],
    ]);
  });
});

describe('beside the policy the customer holds', () => {
  it('keeps Insurance Expiry the contract, and the MOT a due of its own', () => {
    const plan = planOf([
      ['Customer', 'Mobile', 'Insurance Expiry', 'MOT Due'],
      ['Tom Hughes', '07700 900123', '2024-12-20', '2024-12-05'],
    ]);
    const cols = plan.columns.filter((c) => c.field === 'contractEnd').map((c) => [c.header, c.extra === true]);
    expect(cols).toEqual([['Insurance Expiry', false], ['MOT Due', true]]);
    expect(said(plan).map(([, kind]) => kind)).toEqual(['Insurance ending', 'MOT due']);
  });
});
