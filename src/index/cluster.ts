// Grouping occurrences of the same words: by the same (or an unknown) speaker, or, across articles, by
// speakers the articles disagree on. Candidates come from shared
// word triples, sorted as numbers rather than kept in maps, so the cost grows with the occurrences, not
// with their square, and a million of them fit in memory.

import { sortedOrder, U32List } from '../compact/sort';
import { hashText } from '../compact/table';
import { foldWords } from '../text/words';
import { sameWords } from './similar';

/** An occurrence's speaker for grouping: an identity's number; NONE for none (or a description, which fits anyone). */
export const NONE = -1;
/** A group whose articles name different speakers. */
const MIXED = -2;

/** Could both be one speaker: either unknown, or the same. */
function compatible(a: number, b: number): boolean {
  return a === NONE || b === NONE || (a === b && a !== MIXED);
}

function joined(a: number, b: number): number {
  return a === NONE ? b : b === NONE || a === b ? a : MIXED;
}

/** A triple shared by more occurrences than this ("one of the") says nothing of any of them. */
const MAX_SHARED = 64;

/**
 * The groups of occurrences (by position), each in order, in order of their first occurrence; `speakers`
 * gives each one's speaker (see NONE). With `disputes`, the same words that two articles give to different
 * speakers are one group, when they are plainly the same (see sameWords); else never (nor within one
 * article, where two speakers of the same words are two utterances, or a mistake of its own).
 */
export function cluster(occ: { text: string; doc: number }[], speakers: Int32Array, disputes: boolean): number[][] {
  const n = occ.length;
  const parent = new Uint32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const speaker = Int32Array.from(speakers);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };

  // The same words from the same named speaker are one entry at once, however many articles printed them.
  const folded: string[] = new Array(n);
  const same = new Map<string, number>();
  const keys = new U32List();
  const owners = new U32List();
  for (let i = 0; i < n; i++) {
    const words = foldWords(occ[i]!.text);
    folded[i] = words.join(' ');
    const identity = `${speakers[i]}\u0000${folded[i]}`;
    const first = same.get(identity);
    if (first !== undefined) parent[i] = find(first);
    else same.set(identity, i);
    for (const key of new Set(shingles(words))) {
      keys.push(key);
      owners.push(i);
    }
  }

  // Triples by key; each occurrence's triples where they lie in that order.
  const tripleKeys = keys.toArray();
  const tripleOwners = owners.toArray();
  const order = sortedOrder(tripleKeys);
  const groupEnd = new Uint32Array(order.length);
  const placeOf = new Uint32Array(order.length);
  for (let s = order.length - 1; s >= 0; s--) {
    const next = s + 1 < order.length && tripleKeys[order[s + 1]!] === tripleKeys[order[s]!] ? groupEnd[s + 1]! : s + 1;
    groupEnd[s] = next;
  }
  const groupStart = new Uint32Array(order.length);
  for (let s = 0; s < order.length; s++)
    groupStart[s] = s > 0 && tripleKeys[order[s - 1]!] === tripleKeys[order[s]!] ? groupStart[s - 1]! : s;
  for (let s = 0; s < order.length; s++) placeOf[order[s]!] = s;

  const shared = new Set<number>();
  let t = 0;
  for (let i = 0; i < n; i++) {
    shared.clear();
    for (; t < tripleOwners.length && tripleOwners[t] === i; t++) {
      const s = placeOf[t]!;
      if (groupEnd[s]! - groupStart[s]! > MAX_SHARED) continue;
      // A group lists its occurrences in order: those before i come first.
      for (let k = groupStart[s]!; k < groupEnd[s]!; k++) {
        const j = tripleOwners[order[k]!]!;
        if (j >= i) break;
        shared.add(j);
      }
    }
    const words = shared.size > 0 ? folded[i]!.split(' ') : [];
    for (const j of [...shared].sort((a, b) => a - b)) {
      const [ri, rj] = [find(i), find(j)];
      if (ri === rj) continue;
      const agree = compatible(speakers[i]!, speakers[j]!) && compatible(speaker[ri]!, speaker[rj]!);
      const bothAttributed = speakers[i] !== NONE && speakers[j] !== NONE;
      const apart = disputes && occ[i]!.doc !== occ[j]!.doc;
      if (!sameEntry(words, folded[j]!.split(' '), { agree, bothAttributed, apart })) continue;
      // The older root stays the root, so that groups keep the order of their first occurrence.
      const [root, child] = ri < rj ? [ri, rj] : [rj, ri];
      parent[child] = root;
      speaker[root] = joined(speaker[root]!, speaker[child]!);
    }
  }

  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()];
}

/**
 * Whether an occurrence's words (folded) join another's entry: the same words from speakers that agree
 * (`agree`: either unknown, or one), or, when they come from two articles (`apart`), plainly the same words
 * that the articles give to different speakers. `bothAttributed`: both name someone.
 */
export function sameEntry(
  a: string[],
  b: string[],
  { agree, bothAttributed, apart }: { agree: boolean; bothAttributed: boolean; apart: boolean },
): boolean {
  if (!agree && !apart) return false;
  return sameWords(a, b, bothAttributed, !agree);
}

/** Word triples, or the whole quotation when it is shorter, as numbers. */
function shingles(words: string[]): number[] {
  if (words.length < 3) return words.length ? [hashText(words.join(' '))] : [];
  const out: number[] = [];
  for (let i = 0; i + 3 <= words.length; i++) out.push(hashText(`${words[i]} ${words[i + 1]} ${words[i + 2]}`));
  return out;
}
