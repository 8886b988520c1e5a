/**
 * Who keeps a customer two sales reps both hold (撞单). Sales teams settle it by a rule, not by which
 * row is more complete: most often first touch (先报备/先录入先得: whoever entered the customer first),
 * sometimes whoever follows the customer now (the latest contact). The rule's owner's row becomes
 * the survivor of the merge, so the owner cell is never overwritten; the other owners stay in the
 * merged-values note and the archive. A rule that cannot decide (no dates, or a tie between owners)
 * decides nothing, and the survivor rules stand. A date after today is a typo the run flags
 * (rule.dateInFuture): like the activity class, the rule leaves it out, as if the row had no date.
 */
import type { CustomerRecord } from '../table/records';
import type { FieldId } from '../schema/fields';
import { cellText } from '../table/cell';
import { dateKey } from './keys/date';
import { valueKey } from './value-key';
import { coOwners, ownerName, ownersClash } from '../table/owner-name';

export type OwnerRule = 'first-touch' | 'last-contact' | 'none';
export const OWNER_RULES: readonly OwnerRule[] = ['first-touch', 'last-contact', 'none'];

/** The date each rule reads, and whether the earliest or the latest wins. */
const BASIS: Readonly<Record<Exclude<OwnerRule, 'none'>, { field: FieldId; earliest: boolean }>> = {
  'first-touch': { field: 'createdAt', earliest: true },
  'last-contact': { field: 'lastContact', earliest: false },
};

export interface OwnerClaim {
  rule: Exclude<OwnerRule, 'none'>;
  /** The owner as written in the row that decided. */
  owner: string;
  /** That row (its sheet row). */
  sheetRow: number;
  /** The field and date that decided (`YYYY-MM-DD`). */
  field: FieldId;
  date: string;
}

/** A rule's date an owner's row holds after today, left out of the rule. */
export interface FutureOwnerDate {
  /** The owner as written in that row. */
  owner: string;
  field: FieldId;
  /** `YYYY-MM-DD`. */
  date: string;
}

/**
 * The owner the rule gives a group whose rows have different owners; null when the owners agree,
 * the rule is 'none', an owner has no row with the rule's date (one after `today` counts as none), or
 * owners tie on it. `ranked`: the group's records in survivor-rule order; the winning owner's first
 * row there is the claim's row. `today` (`YYYY-MM-DD`): without it every date counts.
 */
export function claimOwner(ranked: readonly CustomerRecord[], rule: OwnerRule, region: string, today?: string): OwnerClaim | null {
  if (rule === 'none') return null;
  // Owner cells naming a rep in common (王磊, 王磊/刘洋) are no 撞单: nothing to claim.
  if (!ownersClash(ranked.map((r) => ownerName(r.fields.owner)))) return null;
  const { field, earliest } = BASIS[rule];
  const owners = new Set<string>();
  const dated = new Set<string>();
  let best: { owner: string; date: string } | null = null;
  let tied = false;
  for (const r of ranked) {
    const owner = valueKey('owner', r.fields.owner, region);
    if (owner === '') continue;
    owners.add(owner);
    const d = dateKey(r.fields[field]);
    // A day after today may be any day (2024-12-02 for 2024-11-02 or 2023-12-02): it cannot say who was first or last.
    if (!d?.valid || (today !== undefined && d.value > today)) continue;
    dated.add(owner);
    if (best === null || (earliest ? d.value < best.date : d.value > best.date)) {
      best = { owner, date: d.value };
      tied = false;
    } else if (d.value === best.date && owner !== best.owner) tied = true;
  }
  // An owner none of whose rows has the date may have been first (or last): the rule cannot say.
  if (owners.size < 2 || best === null || tied || dated.size < owners.size) return null;
  const winner = best.owner;
  // The owner's best-ranked row survives (its most complete), whichever of its rows had the date.
  const row = ranked.find((r) => valueKey('owner', r.fields.owner, region) === winner)!;
  return { rule, owner: cellText(row.fields.owner!).trim(), sheetRow: row.sheetRow, field, date: best.date };
}

/**
 * The rule's dates after `today` in the rows of a group's owners, which the rule left out (said beside
 * the owner conflict, so the user sees why the rule did not decide, or decided on another row).
 */
export function futureOwnerDates(ranked: readonly CustomerRecord[], rule: OwnerRule, region: string, today: string | undefined): FutureOwnerDate[] {
  if (rule === 'none' || today === undefined) return [];
  const { field } = BASIS[rule];
  const out: FutureOwnerDate[] = [];
  for (const r of ranked) {
    if (valueKey('owner', r.fields.owner, region) === '') continue;
    const d = dateKey(r.fields[field]);
    if (d?.valid && d.value > today) out.push({ owner: cellText(r.fields.owner!).trim(), field, date: d.value });
  }
  return out;
}

/** `ranked` with the claimed row first (the survivor), the others in their order. */
export function withClaimFirst(ranked: readonly CustomerRecord[], claim: OwnerClaim | null): CustomerRecord[] {
  if (!claim || ranked[0].sheetRow === claim.sheetRow) return [...ranked];
  const first = ranked.find((r) => r.sheetRow === claim.sheetRow);
  return first ? [first, ...ranked.filter((r) => r !== first)] : [...ranked];
}

/**
 * A customer whose rows name overlapping reps (王磊, 王磊/刘洋: no 撞单): the row naming every one of
 * them survives, so that the kept owner cell still names each rep and each keeps his reminders after
 * the merge, while no owner cell is written over; its blank cells are filled from the others as any
 * survivor's are. Ranked order otherwise.
 */
export function withCoOwnersFirst(ranked: readonly CustomerRecord[]): CustomerRecord[] {
  const texts = ranked.map((r) => ownerName(r.fields.owner));
  const all = coOwners(texts);
  const first = all === null ? undefined : ranked.find((_, i) => texts[i] === all);
  return first && first !== ranked[0] ? [first, ...ranked.filter((r) => r !== first)] : [...ranked];
}
