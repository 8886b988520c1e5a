/**
 * English street and unit words as typists shorten them (Lane / Ln, Road / Rd, Close / Cl, Flat /
 * Apartment / Apt): one short form each, so 14 Mill Lane and 14 Mill Ln are one address and one let.
 * Folded long → short, a leading St (St Albans Road, Saint Albans Road) stays the saint's st; no word
 * is ever expanded.
 */
export const STREET_WORDS: Readonly<Record<string, string>> = {
  street: 'st', str: 'st', road: 'rd', avenue: 'ave', av: 'ave', boulevard: 'blvd', blv: 'blvd', boul: 'blvd',
  drive: 'dr', lane: 'ln', place: 'pl', court: 'ct', close: 'cl', square: 'sq', highway: 'hwy', parkway: 'pkwy',
  terrace: 'tce', terr: 'tce', ter: 'tce', crescent: 'cres', cresc: 'cres', circle: 'cir', gardens: 'gdns', grove: 'gr',
  north: 'n', south: 's', east: 'e', west: 'w',
  // A flat, an apartment and a unit inside a building are one thing by three names.
  apartment: 'apt', flat: 'apt', suite: 'ste', floor: 'fl', building: 'bldg', mount: 'mt', saint: 'st',
};

/** A folded (lower-case) text with each of its English street words shortened (14 mill lane → 14 mill ln). */
const A_LATIN_LETTER = /[a-z]/;

export function shortenStreetWords(folded: string): string {
  // The pattern held once (keys/fold.ts says why).
  return A_LATIN_LETTER.test(folded) ? folded.replace(/[a-z]+/g, (w) => STREET_WORDS[w] ?? w) : folded;
}
