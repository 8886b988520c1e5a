/**
 * The lifecycle a CRM export states in its own picklists: Salesforce's standard Account Type
 * (Customer - Direct, Customer - Channel: accounts that buy; Prospect) and Pipedrive's person labels
 * (Hot lead, Warm lead, Cold lead: people not yet sold to).
 */
import { readLabelWord, readTagsWord } from '../../../shared/classify/existing-labels';
import { mapHeaders } from '../../../shared/schema/header-map';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';

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
