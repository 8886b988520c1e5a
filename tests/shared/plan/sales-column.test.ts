/**
 * A bare Sales column is the money in one sheet and the salespeople in another: its values tell. A UK
 * service firm's sheet names who sold the contract under Sales and who services the boiler under
 * Engineer: the salesperson holds the customer and gets his reminders.
 */
import type { Plan } from '../../../shared';
import { planOf } from './helpers';

const fieldOf = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)?.field;
const ownersOf = (plan: Plan) => [...new Set(plan.reminders.reminders.map((r) => r.owner))].sort();

describe('a UK service firm\'s Sales column of names beside its Engineer', () => {
  const plan = planOf([
    ['Customer', 'Company', 'Phone', 'Email', 'Postcode', 'Sales', 'Engineer', 'Last Service', 'Contract End'],
    ['James Carter', 'Carter Dental', '020 7946 0321', 'james@carterdental.co.uk', 'SW1A 1AA', 'Emma Lewis', 'Dave Holmes', '2024-06-12', '2024-12-05'],
    ['Sophie Turner', 'Turner Cafe', '0161 496 0123', 'sophie@turnercafe.co.uk', 'M1 1AE', 'Emma Lewis', 'Ian Price', '2024-07-03', '2024-12-20'],
    ['Liam Walker', 'Walker Gym', '0113 496 0456', 'liam@walkergym.co.uk', 'LS1 5HD', 'Ryan Cole', 'Dave Holmes', '2024-05-20', '2024-12-10'],
    ['Grace Hall', 'Hall Vets', '0117 496 0789', 'grace@hallvets.co.uk', 'BS1 4JQ', 'Ryan Cole', 'Ian Price', '2024-08-11', '2024-12-28'],
  ], { phone: { defaultRegion: 'GB' } });

  it('reads Sales as who holds the customer, not as an amount to flag four times', () => {
    expect(fieldOf(plan, 'Sales')).toBe('owner');
    // The engineer who services the customer is his carer, named in the salesperson's reminders.
    expect(fieldOf(plan, 'Engineer')).toBe('carer');
    expect(plan.issues.filter((i) => i.code === 'amount.invalid')).toEqual([]);
  });

  it('sends the contract reminders to the salespeople, none to the engineers', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract').length).toBeGreaterThan(0);
    expect(ownersOf(plan)).toEqual(['Emma Lewis', 'Ryan Cole']);
  });
  it('gives way to a column that names the owner (Account Manager)', () => {
    const plan = planOf([
      ['Customer', 'Phone', 'Sales', 'Account Manager'],
      ['James Carter', '020 7946 0321', 'Emma Lewis', 'Sarah Jones'],
      ['Sophie Turner', '0161 496 0123', 'Ryan Cole', 'Sarah Jones'],
      ['Liam Walker', '0113 496 0456', 'Emma Lewis', 'Tom Baker'],
    ], { phone: { defaultRegion: 'GB' } });
    expect(fieldOf(plan, 'Account Manager')).toBe('owner');
    expect(fieldOf(plan, 'Sales')).not.toBe('amount');
  });
});

describe('a Sales column that holds amounts', () => {
  it('stays the amount, and the Engineer beside it holds the customer', () => {
    const plan = planOf([
      ['Customer', 'Phone', 'Sales', 'Engineer', 'Contract End'],
      ['James Carter', '020 7946 0321', '£12,500.00', 'Dave Holmes', '2024-12-05'],
      ['Sophie Turner', '0161 496 0123', '£3,400.00', 'Ian Price', '2024-12-20'],
      ['Liam Walker', '0113 496 0456', '£950.00', 'Dave Holmes', '2024-12-10'],
    ], { phone: { defaultRegion: 'GB' }, amount: { currency: 'GBP' } });
    expect(fieldOf(plan, 'Sales')).toBe('amount');
    expect(fieldOf(plan, 'Engineer')).toBe('owner');
    expect(ownersOf(plan)).toEqual(['Dave Holmes', 'Ian Price']);
  });

});

describe('a Sales column that names a channel, a region, a product or initials', () => {
  const sheet = (sales: string[]) => planOf([
    ['Customer', 'Phone', 'Sales', 'Engineer', 'Contract End'],
    ['James Carter', '020 7946 0321', sales[0], 'Dave Holmes', '2024-12-05'],
    ['Sophie Turner', '0161 496 0123', sales[1], 'Ian Price', '2024-12-20'],
    ['Liam Walker', '0113 496 0456', sales[2], 'Dave Holmes', '2024-12-10'],
    ['Jack Moss', '0117 496 0789', sales[3], 'Ian Price', '2024-12-28'],
  ], { phone: { defaultRegion: 'GB' } });

  it.each([
    ['channels', ['Online', 'Retail', 'Wholesale', 'Online']],
    ['regions', ['North', 'South', 'East Midlands', 'North']],
    ['products', ['Boiler Service', 'Solar Panels', 'Boiler Service', 'Solar Panels']],
    ['initials', ['JS', 'MK', 'JS', 'MK']],
  ])('is nobody who holds the customer (%s): the engineers keep the reminders', (_, sales) => {
    const plan = sheet(sales);
    expect(fieldOf(plan, 'Sales')).not.toBe('owner');
    expect(ownersOf(plan)).toEqual(['Dave Holmes', 'Ian Price']);
  });

  it.each([
    ['first names alone', ['Emma', 'Ryan', 'Sophie', 'Emma']],
    ['Irish and Indian first names', ['Aoife', 'Siobhan', 'Rajesh', 'Priya']],
    ['names typed in lower case', ['emma lewis', 'ryan cole', 'emma lewis', 'ryan cole']],
    ['surnames alone', ['Lewis', 'Cole', 'Patel', 'Lewis']],
    ['names with particles or a surname that is also a direction', ['Jan van der Berg', 'Emma de Vries', 'Tom West', 'Sarah North']],
    ['Chinese names of less common surnames', ['麦嘉欣', '冼伟强', '岑家豪', '邝美云']],
  ])('is the salesperson for %s', (_, sales) => {
    expect(fieldOf(sheet(sales), 'Sales')).toBe('owner');
  });

  it('is nobody for Chinese channel or region words (线上, 门店, 华东)', () => {
    expect(fieldOf(sheet(['线上', '门店', '华东', '线上']), 'Sales')).not.toBe('owner');
  });
});
