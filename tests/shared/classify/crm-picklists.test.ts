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
