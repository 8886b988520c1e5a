/**
 * Whether a due column holds the day a renewal falls due (Renewal Date, Renews On, Next Renewal, 续约日期,
 * 续费日期) rather than the day a contract ends (Contract End, 合同到期日): its reminder then says
 * "Renewal due on …", "续费 … 到期", and the rep knows he is to renew, not that something lapses.
 * A renewed contract's end (续约后到期日, 续约到期, Renewal End Date) is a contract's end, said as one.
 */

/** A membership's fee renewal (续费) or a contract's (续约, Renewal). */
export type RenewalWord = 'fee' | 'contract';

/** What a renewal is called, by its header: first match wins. */
const RENEWAL_WORDS: readonly { test: RegExp; word: RenewalWord }[] = [
  { test: /续费/u, word: 'fee' },
  { test: /续约|续签|renew/iu, word: 'contract' },
];

/** Words of an end: a header holding one is the day the (renewed) contract ends. */
const END_WORDS = /到期|截止|结束|止期|满期|(?:^|[^\p{L}])end|expir/iu;

export function renewalWord(header: string | undefined): RenewalWord | undefined {
  if (header === undefined || END_WORDS.test(header)) return undefined;
  return RENEWAL_WORDS.find((r) => r.test.test(header))?.word;
}
