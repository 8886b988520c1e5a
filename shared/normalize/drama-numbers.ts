/**
 * Ofcom's numbers for TV and radio drama: ranges the UK regulator keeps for fiction, which no
 * subscriber will ever hold, so English sample and test sheets use them as US ones use 555-01xx
 * (Ofcom's published list of drama numbers, by area). libphonenumber's
 * metadata leaves some of them unallocated (07700 900xxx, 01632 960xxx, 0115 496 0xxx); they are read
 * as the British mobile or landline they are shaped as, not as invalid numbers, nor as a Chinese
 * landline (0770-0900123) when a list of them is guessed China's.
 */

/** National significant numbers (no trunk 0) of each range: a prefix, then the range's last three or four digits. */
const DRAMA_RANGES: readonly { prefix: string; type: 'MOBILE' | 'FIXED_LINE' }[] = [
  { prefix: '7700900', type: 'MOBILE' },
  // No area: 01632 960xxx.
  { prefix: '1632960', type: 'FIXED_LINE' },
  // Leeds, Sheffield, Nottingham, Leicester, Bristol, Reading, Birmingham, Edinburgh, Glasgow, Liverpool, Manchester.
  ...['113', '114', '115', '116', '117', '118', '121', '131', '141', '151', '161'].map((area) => ({ prefix: `${area}4960`, type: 'FIXED_LINE' as const })),
  // London, Tyneside, Northern Ireland, Cardiff.
  { prefix: '2079460', type: 'FIXED_LINE' },
  { prefix: '1914980', type: 'FIXED_LINE' },
  { prefix: '289649', type: 'FIXED_LINE' },
  { prefix: '2920180', type: 'FIXED_LINE' },
];

/** libphonenumber's type name for a British number in a drama range (ten digits after +44), else null. */
export function dramaNumberType(callingCode: string, nationalNumber: string): 'MOBILE' | 'FIXED_LINE' | null {
  if (callingCode !== '44' || nationalNumber.length !== 10) return null;
  return DRAMA_RANGES.find((r) => nationalNumber.startsWith(r.prefix))?.type ?? null;
}
