/**
 * Remembers, for one run, what was worked out for each cell text. Real columns repeat themselves
 * (owners, cities, dates, names, a B2B sheet's companies); a column whose first texts hardly repeat
 * (phones, e-mails, addresses) stops being remembered after a sample, so it pays no map entry per row
 * for a cache that would not help. Used by the cleaner (per column) and the duplicate finder.
 * Keyed by the text itself, or by a number (`K`): a number cell's value needs no key string built.
 */
export class TextMemo<T, K extends string | number = string> {
  private readonly known = new Map<K, T>();
  private lookups = 0;
  private hits = 0;
  private remembering = true;
  private sampled = false;

  /**
   * @param minHitRate share of the first `SAMPLE` lookups that must have been remembered, or the
   *   memo stops; @param max most texts kept.
   */
  constructor(
    private readonly minHitRate: number,
    private readonly max = Infinity,
  ) {}

  /** False once the sample showed the texts hardly repeat: a caller may skip building a key. */
  get active(): boolean {
    return this.remembering;
  }

  /** What was kept for `text`, counted as a lookup; undefined when unknown or no longer remembering. */
  find(text: K): T | undefined {
    if (!this.remembering) return undefined;
    const v = this.known.get(text);
    this.lookups++;
    if (v !== undefined) this.hits++;
    return v;
  }

  /** Keeps what was worked out for a text `find` did not know (or ends the memo after the sample). */
  keep(text: K, value: T): void {
    if (!this.remembering) return;
    // Decided at the first text not known once the sample is read: keep() runs on misses only, so a
    // hit on the sample's last lookup must not put the decision off for good (a landline column
    // whose texts hardly repeat was remembered whole, 50,000 entries, when its 2,000th was a hit).
    if (!this.sampled && this.lookups >= SAMPLE) {
      this.sampled = true;
      if (this.hits < this.lookups * this.minHitRate) {
        this.remembering = false;
        this.known.clear();
        return;
      }
    }
    if (this.known.size < this.max) this.known.set(text, value);
  }

  /** `make(text)`, remembered: `make` should be a plain function, not a closure made per call. */
  get(text: K, make: (text: K) => T): T {
    let v = this.find(text);
    if (v === undefined) this.keep(text, (v = make(text)));
    return v;
  }
}

const SAMPLE = 2000;
