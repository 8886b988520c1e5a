/**
 * Dense integer ids for the keys of one keyer, so that blocking groups rows by sorting numbers
 * instead of filling a map of arrays. Ids are given in order of first appearance.
 *
 * An open-addressing table over our own hash of the key's characters, not a Map: a Map hashes each
 * new string through the engine's runtime once (its hash is then cached on the string), and on a
 * 100k-row sheet that first hash of 685k fresh key strings cost more than all the rest of blocking.
 */
export class KeyIds {
  /** Slot → id + 1 (0: empty); the length a power of two, kept at least twice the number of keys. */
  private slots: Int32Array = new Int32Array(1024);
  private hashes: Int32Array = new Int32Array(512);
  private readonly keys: string[] = [];

  /** The key's id, a new one (the next integer) for a key not seen before. */
  id(key: string): number {
    const h = hashOf(key);
    const mask = this.slots.length - 1;
    let at = h & mask;
    for (let s = this.slots[at]; s !== 0; s = this.slots[at]) {
      if (this.hashes[s - 1] === h && this.keys[s - 1] === key) return s - 1;
      at = (at + 1) & mask;
    }
    const id = this.keys.length;
    this.keys.push(key);
    if (id === this.hashes.length) this.hashes = grown(this.hashes);
    this.hashes[id] = h;
    this.slots[at] = id + 1;
    if (this.keys.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  get size(): number {
    return this.keys.length;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.keys.length; id++) {
      let at = this.hashes[id] & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = id + 1;
    }
    this.slots = slots;
  }
}

function grown(xs: Int32Array): Int32Array {
  const bigger = new Int32Array(xs.length * 2);
  bigger.set(xs);
  return bigger;
}

/** FNV-1a over the UTF-16 code units, then MurmurHash3's finalizer so that linear probing sees well-spread low bits. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
