/**
 * The regions a note offers for phone.defaultRegion when the sheet's numbers are valid in none the run
 * tried: those the rest of the sheet points to (its addresses' states and ZIP codes, its currency,
 * its postcodes: region-evidence.ts), most evidence first, and only when nothing points anywhere two
 * examples of the code's shape. A sheet of Austin, TX addresses is offered the United States, never
 * "ZA, IE" (tester h77 #19).
 */

/** Examples of the setting's codes, for a sheet that points nowhere. */
const EXAMPLES = ['ZA', 'IE'];
/** More than this, and the note names too many to help. */
const MAX_SUGGESTED = 2;

/** Region codes joined by commas (the i18n `regions` param: "United States (US) or Canada (CA)"). */
export function suggestedRegions(pointed: ReadonlyMap<string, number> | undefined, own: string): string {
  const named = [...(pointed ?? new Map<string, number>())].filter(([r]) => r !== own).sort((a, b) => b[1] - a[1]).map(([r]) => r);
  return (named.length > 0 ? named.slice(0, MAX_SUGGESTED) : EXAMPLES).join(',');
}
