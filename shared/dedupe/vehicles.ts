/**
 * A car dealer's or insurance agent's sheet is one row per vehicle: two rows of one customer that name
 * two vehicles are his two cars, each with its own insurance to renew, never one customer typed twice.
 */
import type { CustomerRecord } from '../table/records';
import type { Cell } from '../table/cell';
import { compactVin, plateKey } from '../normalize/vehicle';
import { isFillerRun, isMasked, isPlaceholder } from '../normalize/placeholder';
import { matchText } from './keys/fold';

/** Insurers quote a VIN by its last six characters (车架号后六位): fewer say too little to tell two cars. */
const SHORTEST_TAIL = 6;

/** The text of a cell that says something (no placeholder, mask or 11111…); '' otherwise. */
function said(cell: Cell | undefined): string {
  const t = matchText(cell).trim();
  return t === '' || isPlaceholder(t) || isMasked(t) || isFillerRun(t) ? '' : t;
}

/** A VIN as capitals and digits; '' when the cell holds none (words, a mask). */
export function vinKey(cell: Cell | undefined): string {
  const t = said(cell);
  return t === '' ? '' : compactVin(t) ?? '';
}

/** A plate without separators; '' when the cell holds none (未上牌, a note). */
export function vehiclePlateKey(cell: Cell | undefined): string {
  const t = said(cell);
  return t === '' ? '' : plateKey(t);
}

/** One VIN written whole and by its tail (LSVAU2180N2183294, 183294) is one car. */
export function sameVin(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short === long || (short.length >= SHORTEST_TAIL && long.endsWith(short));
}

/** One plate with and without its province (粤B12345, B12345: a sheet of one city leaves it out) is one car. */
export function samePlate(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short === long || (long.length === short.length + 1 && /^\p{Script=Han}/u.test(long) && long.endsWith(short));
}

/**
 * Some two of the rows name different vehicles: two VINs, or two plates where the VINs do not both
 * tell (a car keeps its VIN when it is re-plated). A row without either is no evidence against.
 */
export function namesTwoVehicles(recs: readonly CustomerRecord[]): boolean {
  const cars = recs.map((r) => ({ vin: vinKey(r.fields.vin), plate: vehiclePlateKey(r.fields.plate) })).filter((c) => c.vin !== '' || c.plate !== '');
  for (let x = 0; x < cars.length; x++) {
    for (let y = x + 1; y < cars.length; y++) {
      const a = cars[x];
      const b = cars[y];
      if (a.vin !== '' && b.vin !== '') {
        if (!sameVin(a.vin, b.vin)) return true;
      } else if (a.plate !== '' && b.plate !== '' && !samePlate(a.plate, b.plate)) return true;
    }
  }
  return false;
}
