// Sorting many 32-bit keys at once, with typed arrays: a million quotations hold tens of millions of word
// pairs, more than a Map holds and faster to sort than to hash.

/**
 * The positions of `keys` in ascending key order, equal keys in their original order (a stable LSD radix
 * sort, two passes of 16 bits).
 */
export function sortedOrder(keys: Uint32Array): Uint32Array {
  const n = keys.length;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Uint32Array(n);
  for (const shift of [0, 16]) {
    const counts = new Uint32Array(65537);
    for (let i = 0; i < n; i++) counts[((keys[i]! >>> shift) & 0xffff) + 1]!++;
    for (let d = 0; d < 65536; d++) counts[d + 1]! += counts[d]!;
    for (let i = 0; i < n; i++) {
      const at = order[i]!;
      spare[counts[(keys[at]! >>> shift) & 0xffff]!++] = at;
    }
    [order, spare] = [spare, order];
  }
  return order;
}

/** A growable list of 32-bit numbers. */
export class U32List {
  private data = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** The numbers pushed, as an array of their own. */
  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}
