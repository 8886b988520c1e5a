/**
 * Two rows of one customer that name the same thing he has (one car by its VIN or plate, one flat,
 * one contract, policy or order number) are that thing typed twice, as two 服务顾问 each log the car
 * they serviced: a copy to merge, even beside his other car. What a field holds is read here; what a
 * column no field reads says (房号, 案件编号, a pet's breed and birthday) the caller tells
 * (DedupeOptions.sameThing).
 */
import type { CustomerRecord } from '../table/records';
import { sameVin, samePlate, vehiclePlateKey, vinKey } from './vehicles';
import { flatOf } from './listings';
import { foldText, lettersAndDigits, matchText } from './keys/fold';
import { isPlaceholder } from '../normalize/placeholder';

/** An order, contract or policy number as compared: its letters and digits (（2026）粤律102号 is (2026)粤律102号). */
function numberKey(r: CustomerRecord): string {
  const t = matchText(r.fields.orderId).trim();
  return t === '' || isPlaceholder(t) ? '' : lettersAndDigits(foldText(t));
}

/** The two rows' fields name one thing: the same VIN (or plate where a VIN is missing), flat, or order number. */
export function fieldsNameOneThing(a: CustomerRecord, b: CustomerRecord): boolean {
  const va = vinKey(a.fields.vin);
  const vb = vinKey(b.fields.vin);
  if (va !== '' && vb !== '') return sameVin(va, vb);
  const pa = vehiclePlateKey(a.fields.plate);
  const pb = vehiclePlateKey(b.fields.plate);
  if (pa !== '' && pb !== '' && samePlate(pa, pb)) return true;
  const fa = flatOf(a);
  const fb = flatOf(b);
  if (fa.length > 0 && fa.join('-') === fb.join('-')) return true;
  const na = numberKey(a);
  return na !== '' && na === numberKey(b);
}
