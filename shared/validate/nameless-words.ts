/**
 * What a row of no name lacks, in the words of the sheet's customer: on a sheet whose customer is a
 * company (B2B: 客户名称 / 公司名称 / Account Name beside a 联系人 / Contact column, or a list of
 * companies alone) the row the required.nameless warning is raised on names neither the company nor
 * a contact (the company meets the name: validate.ts ALSO_MEET), and "没有姓名" would ask for a person.
 */
import { FIELDS, type FieldId, type HeaderRole } from '../schema/fields';
import { foldHeader } from '../schema/fold-header';
import { namesOwnCompany } from '../schema/own-company';

/** The `lacks` param of required.nameless: its words are the message required.nameless.<lacks>. */
export type NamelessLacks = 'company' | 'account';

/** The header words of `role` every field declares (schema/fields.ts roleWords), folded as headers are compared. */
const declared = (role: HeaderRole): ReadonlySet<string> => new Set(FIELDS.flatMap((f) => f.roleWords?.[role] ?? []).map((h) => foldHeader(h).key));

/** A company column headed as the customer (header-map.ts reads 客户名称 as the company beside a person column). */
const CUSTOMER_COMPANY_HEADERS = declared('customer');

/** A person column headed as the company's contact: the customer is the company, the person whom to ask for. */
const CONTACT_HEADERS = declared('contact');

const PERSON_FIELDS: readonly FieldId[] = ['name', 'firstName', 'lastName'];

/**
 * How a nameless row of this sheet is said: 'company' on a list of companies alone (没有公司名称),
 * 'account' where the company has a contact column beside it (没有公司名称和联系人), or undefined on a
 * sheet of people (没有姓名), a company column that names another party (开户行) too.
 */
export function namelessLacks(headers: readonly string[], fieldCols: Partial<Record<FieldId, number>>): NamelessLacks | undefined {
  const companyCol = fieldCols.company;
  if (companyCol === undefined) return undefined;
  const companyHeader = headers[companyCol] ?? '';
  if (!namesOwnCompany(companyHeader)) return undefined;
  const persons = PERSON_FIELDS.map((f) => fieldCols[f]).filter((c): c is number => c !== undefined);
  if (persons.length === 0) return 'company';
  const asCustomer = CUSTOMER_COMPANY_HEADERS.has(foldHeader(companyHeader).key);
  const asContact = persons.some((c) => CONTACT_HEADERS.has(foldHeader(headers[c] ?? '').key));
  return asCustomer || asContact ? 'account' : undefined;
}
