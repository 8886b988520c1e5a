/**
 * QuickBooks writes a sub-customer (a job, a project, a branch billed apart) as its parent's name, a
 * colon and its own: "Cool Cars:Grace", "Freeman Sporting Goods:55 Twin Lane". It shares the
 * parent's phone, e-mail and address by inheritance, yet it is its own record with its own balance
 * and invoices: shown beside its parent for review, never merged into it.
 */
import type { CustomerRecord } from '../table/records';
import { matchText } from './keys/fold';
import { withoutPageLinks, withoutUrls } from '../text/page-link';

/** Parent:Child, each part at least two characters, no space before the colon (QuickBooks' form). */
const SUB = /^([^:\s][^:]*[^:\s]):(?! )([^:]{2,}.*)$/;
/** Chinese text uses a colon for a note (张伟:老板), not for a sub-customer. */
const CJK = /[\u3400-\u9fff]/u;

function parentOf(name: string): string | null {
  if (CJK.test(name)) return null;
  // A web address's colon (Notion's "Acme Corp (https://www.notion.so/…)", a bare https://acme.com) is no Parent:Job.
  const m = SUB.exec(withoutUrls(withoutPageLinks(name)));
  return m ? m[1].trim().toLowerCase() : null;
}

/**
 * Some row of the group is a sub-customer (Parent:Child) of a parent another row is, or is under:
 * "Cool Cars" and "Cool Cars:Grace", or "Cool Cars:Grace" and "Cool Cars:Main Store".
 */
export function namesSubCustomers(recs: readonly CustomerRecord[]): boolean {
  for (const field of ['name', 'company'] as const) {
    const names = recs.map((r) => matchText(r.fields[field]).trim()).filter((n) => n !== '');
    const parents = names.map(parentOf);
    if (!parents.some((p) => p !== null)) continue;
    const wholes = new Set(names.map((n) => n.toLowerCase()));
    if (wholes.size < 2) continue;
    const seen = new Set<string>();
    for (const p of parents) {
      if (p === null) continue;
      if (wholes.has(p) || seen.has(p)) return true;
      seen.add(p);
    }
  }
  return false;
}
