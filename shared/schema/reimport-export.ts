/**
 * Which app's own export a header row is, among the apps that import their CSV back: a user who
 * cleans a Google Contacts or Mailchimp export to CSV is likely to upload the file there again, and
 * the host can tell him how to write it for that (settings output.csvTextMark). Each app is known by
 * columns only its export writes, as the header maps know them (Google's 'Phone 1 - Value', Outlook's
 * 'Business Street', Mailchimp's MEMBER_RATING, Shopify's 'Accepts Email Marketing', HubSpot's
 * 'Record ID' beside its 'Contact owner'); one such column alone could be a user's own, so it takes two.
 */
import { isOutlookZhExport } from './header-match';

interface ExportMarks {
  /** The app's name, the same in every language. */
  app: string;
  /** Headers (lower case, spaces collapsed) only its export writes. */
  marks: readonly (string | RegExp)[];
  /** How many of them a header row must hold. */
  needs: number;
  /** A header the row must hold besides (HubSpot's Record ID). */
  requires?: string;
}

const EXPORTS: readonly ExportMarks[] = [
  {
    app: 'Google Contacts',
    marks: ['group membership', 'labels', /^(?:e-mail|phone|address|website|relation|event|im|organization|custom field) \d+ - (?:type|label|value|formatted|name)$/],
    needs: 2,
  },
  {
    app: 'Outlook',
    marks: ['e-mail display name', 'e-mail 2 address', 'e-mail 3 address', 'business street', 'home street', 'other street', 'internet free busy',
      'company main phone', 'car phone', 'tty/tdd phone', 'business country/region', 'home country/region', "assistant's phone", "manager's name"],
    needs: 2,
  },
  {
    app: 'Mailchimp',
    marks: ['member_rating', 'optin_time', 'optin_ip', 'confirm_time', 'confirm_ip', 'leid', 'euid', 'last_changed', 'gmtoff', 'dstoff'],
    needs: 2,
  },
  {
    app: 'Shopify',
    marks: ['accepts email marketing', 'accepts sms marketing', 'accepts marketing', 'tax exempt', 'default address zip', 'default address address1',
      'default address province code', 'default address country code', 'total orders'],
    needs: 2,
  },
  {
    app: 'HubSpot',
    marks: ['contact owner', 'company owner', 'deal owner', 'lifecycle stage', 'lead status', 'marketing contact status', 'associated company',
      'primary associated company id', 'deal stage', 'last activity date', 'create date'],
    needs: 1,
    requires: 'record id',
  },
];

const folded = (header: string): string => header.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** The app whose own export `headers` is (Google Contacts, Outlook, Mailchimp, Shopify, HubSpot), or null for any other sheet. */
export function reimportExport(headers: readonly string[]): string | null {
  const keys = headers.map(folded);
  if (isOutlookZhExport(headers)) return 'Outlook';
  for (const e of EXPORTS) {
    if (e.requires !== undefined && !keys.includes(e.requires)) continue;
    const held = e.marks.filter((m) => keys.some((k) => (typeof m === 'string' ? k === m : m.test(k)))).length;
    if (held >= e.needs) return e.app;
  }
  return null;
}
