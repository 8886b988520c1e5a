/**
 * A rep written by his e-mail address alone (wanglei@corp.cn) in an owner column that elsewhere writes
 * that address beside his name (王磊（wanglei@corp.cn）, 王磊 <wanglei@corp.cn>): the sheet itself says
 * who the address is, so reminders, the report and the duplicate finder read that row as his. Only
 * such a pair ties an address to a name, never its letters (wanglei is no proof of 王磊), and an
 * address the sheet pairs with two names ties none. The records are a view: the cell keeps what was typed.
 */
import type { Cell } from './cell';
import type { CustomerRecord } from './records';
import { ownerKey, ownerName, ownerPerson, ownersOf } from './owner-name';

const EMAIL_IN = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/gu;
const EMAIL_ONLY = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/u;

/** Each address (in lower case) the sheet's owner cells write beside exactly one rep → that rep's plain name. */
export function ownerAliases(records: readonly CustomerRecord[]): Map<string, string> {
  const named = new Map<string, string | null>();
  const seen = new Set<string>();
  for (const r of records) {
    const text = ownerName(r.fields.owner);
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    for (const one of ownersOf(text)) {
      const person = ownerPerson(one);
      // The address alone, or a name the address is not set apart from: no pair.
      if (person.includes('@')) continue;
      for (const address of one.match(EMAIL_IN) ?? []) {
        const key = address.toLowerCase();
        const was = named.get(key);
        if (was === undefined) named.set(key, person);
        else if (was !== null && ownerKey(was) !== ownerKey(person)) named.set(key, null);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [address, person] of named) if (person !== null) out.set(address, person);
  return out;
}

/** The records with each owner written as a paired address alone read as that rep (王磊); the others as they are. */
export function withOwnerAliases(records: CustomerRecord[], aliases: ReadonlyMap<string, string>): CustomerRecord[] {
  if (aliases.size === 0) return records;
  return records.map((r) => {
    const text = ownerName(r.fields.owner);
    if (text === '' || !text.includes('@')) return r;
    let tied = false;
    const owners = ownersOf(text).map((one) => {
      const person = EMAIL_ONLY.test(one.trim()) ? aliases.get(one.trim().toLowerCase()) : undefined;
      if (person === undefined) return one;
      tied = true;
      return person;
    });
    if (!tied) return r;
    const owner: Cell = { kind: 'text', value: owners.join('/') };
    return { ...r, fields: { ...r.fields, owner } };
  });
}
