/**
 * The lifecycle a CRM export states in its own picklists: Salesforce's standard Account Type
 * (Customer - Direct, Customer - Channel: accounts that buy; Prospect) and Pipedrive's person labels
 * (Hot lead, Warm lead, Cold lead: people not yet sold to).
 */
import { readLabelWord, readTagsWord } from '../../../shared/classify/existing-labels';
import { mapHeaders } from '../../../shared/schema/header-map';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { planOf } from '../plan/helpers';

describe("Salesforce's Account Type", () => {
  it.each([
    ['Customer - Direct', 'existing'],
    ['Customer - Channel', 'existing'],
    ['Prospect', 'potential'],
  ])('%s is %s', (value, id) => {
    expect(readLabelWord('lifecycle', value)).toBe(id);
  });

  it('its Type column is the customer type', () => {
    expect(mapHeaders(['Account Name', 'Account Owner', 'Type'], DEFAULT_SETTINGS).map((m) => m.field)).toEqual(['company', 'owner', 'customerType']);
  });
});

describe("Pipedrive's person labels", () => {
  it.each(['Hot lead', 'Warm lead', 'Cold lead'])('%s is a potential customer', (value) => {
    expect(readLabelWord('lifecycle', value)).toBe('potential');
    expect(readTagsWord('lifecycle', value)?.id).toBe('potential');
  });

  it("its Person - Label column is read as the person's tags", () => {
    expect(mapHeaders(['Person - Name', 'Person - Label'], DEFAULT_SETTINGS).map((m) => m.field)).toEqual(['name', 'tags']);
  });
});

describe('the lifecycle words of HubSpot, Salesforce and the like, in a Lifecycle Stage, Type or Status column', () => {
  it.each([
    // HubSpot's lifecycle stages, as shown and as its exports of internal values write them.
    ['Subscriber', 'potential'],
    ['Lead', 'potential'],
    ['Marketing Qualified Lead', 'potential'],
    ['marketingqualifiedlead', 'potential'],
    ['Sales Qualified Lead', 'potential'],
    ['salesqualifiedlead', 'potential'],
    ['Opportunity', 'potential'],
    ['Customer', 'existing'],
    ['Evangelist', 'existing'],
    // Salesforce's Account Type and lead status.
    ['Customer - Direct', 'existing'],
    ['Prospect', 'potential'],
    ['Closed - Converted', 'existing'],
    // A customer gone, as CRMs and teams write it.
    ['Former Customer', 'churned'],
    ['Churned', 'churned'],
    ['Churned Customer', 'churned'],
    ['Ex-customer', 'churned'],
    ['Lapsed', 'churned'],
  ])('%s is %s', (value, id) => {
    expect(readLabelWord('lifecycle', value)).toBe(id);
  });

  // Follow Up Boss's Past Client is a buyer a realtor keeps in touch with for referrals, not one gone.
  it.each(['Other', 'Channel Partner / Reseller', 'Technology Partner', 'Past Client'])('%s names no class: a partner or "none of these" is neither a lead nor a customer', (value) => {
    expect(readLabelWord('lifecycle', value)).toBeNull();
  });
});

describe('an English contact list whose Status column holds the lifecycle', () => {
  // No purchase columns: the classes are the ones the sheet states, each said to be its own.
  const plan = planOf([
    ['Name', 'Email', 'Status'],
    ['Emma Lewis', 'emma@example.com', 'Customer'],
    ['Jack Brown', 'jack@example.com', 'Lead'],
    ['Olivia Green', 'olivia@example.com', 'Opportunity'],
    ['Noah White', 'noah@example.com', 'Evangelist'],
    ['Ava Hall', 'ava@example.com', 'Former Customer'],
    ['Liam King', 'liam@example.com', 'Churned'],
    ['Mia Scott', 'mia@example.com', 'Other'],
    ['Lucas Young', 'lucas@example.com', 'Customer - Direct'],
    ['Ella Adams', 'ella@example.com', 'Prospect'],
  ], { phone: { defaultRegion: 'US' } });

  it('classes each row by it, and leaves "Other" unknown', () => {
    expect(plan.classification.rows.map((r) => r.labels.lifecycle)).toEqual([
      'existing', 'potential', 'potential', 'existing', 'churned', 'churned', 'unknown', 'existing', 'potential',
    ]);
  });
});

describe("HubSpot's Lead Status: where a lead stands in the funnel, not his activity (tester h64)", () => {
  it.each(['New', 'Open', 'In Progress', 'Open Deal', 'Unqualified', 'Attempted to Contact', 'Connected', 'Bad Timing'])('%s is a potential customer\'s stage', (value) => {
    expect(readLabelWord('lifecycle', value)).toBe('potential');
  });

  // A HubSpot export of internal values (the API's, an export "with property values") writes the same
  // stages as enum names: IN_PROGRESS, OPEN_DEAL.
  it.each(['NEW', 'OPEN', 'IN_PROGRESS', 'OPEN_DEAL', 'UNQUALIFIED', 'ATTEMPTED_TO_CONTACT', 'CONNECTED', 'BAD_TIMING'])('%s, HubSpot\'s internal value, is a potential customer\'s stage', (value) => {
    expect(readLabelWord('lifecycle', value)).toBe('potential');
  });

  it.each([
    ['New Customer', null, 'a new customer has bought: no lead'],
    ['New Member', null, 'nor is a new member'],
    ['Open Account', null, 'an open account is no stage'],
  ])('%s is not read as the lead status New or Open (%s: %s)', (value, id) => {
    expect(readLabelWord('lifecycle', value)).toBe(id);
  });

  it('a tag New (Shopify\'s, a first order\'s) is no lead', () => {
    expect(readTagsWord('lifecycle', 'New')).toBeNull();
  });

  const HUBSPOT = [
    ['Record ID', 'First Name', 'Last Name', 'Email', 'Contact owner', 'Lifecycle Stage', 'Last Activity Date', 'Lead Status'],
    ['51234001', 'Sarah', 'Johnson', 'sarah.johnson@acme.com', 'Mike Davis', 'Customer', '2024-11-20 14:30', 'Connected'],
    ['51234002', 'Lisa', 'Wong', 'lisa.wong@initech.com', 'Lisa Wong', 'Lead', '2024-11-25 10:00', 'New'],
    ['51234003', 'Tom', 'Baker', 'tom.baker@globex.com', 'Lisa Wong', 'Marketing Qualified Lead', '2023-06-01 09:00', 'Open'],
    ['51234004', 'Amy', 'Chen', 'amy.chen@hooli.com', 'Mike Davis', 'Opportunity', '2024-10-02 16:45', 'In Progress'],
    ['51234005', 'Raj', 'Patel', 'raj.patel@umbrella.com', 'Mike Davis', 'Lead', '2024-11-28 11:00', 'Attempted to Contact'],
    ['51234006', 'Ben', 'Cole', 'ben.cole@stark.com', 'Lisa Wong', 'Customer', '2024-09-09 09:09', 'Unqualified'],
  ];

  it('leaves the column out of the activity comparison, and the Lifecycle Stage decides the type', () => {
    const plan = planOf(HUBSPOT, { phone: { defaultRegion: 'US' } });
    expect(plan.classification.whatIf?.unreadColumns ?? []).toEqual([]);
    expect(plan.classification.rows.map((r) => r.labels.lifecycle)).toEqual(['existing', 'potential', 'potential', 'potential', 'potential', 'existing']);
  });
});
