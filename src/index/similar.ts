// When two printed wordings are reports of the same words.

import { lcsLength } from '../text/align';

/** Shorter wordings than this are too common to merge on anything but identity. */
const MIN_WORDS = 5;
/** Without a speaker on both sides to agree, a merge needs more words in common. */
const MIN_WORDS_UNATTRIBUTED = 8;
/** Share of the shorter wording that must appear, in order, in the longer one. */
const MIN_SHARE = 0.8;

/**
 * Same words: identical once folded, or most of the shorter wording in order in the longer (a trimmed,
 * reworded or elided report: "It’s not enough simply to take…" ~ "It’s not enough to simply take…").
 */
export function sameWords(a: string[], b: string[], bothAttributed: boolean): boolean {
  if (a.length === b.length && a.every((w, i) => w === b[i])) return a.length > 0;
  const shorter = Math.min(a.length, b.length);
  if (shorter < (bothAttributed ? MIN_WORDS : MIN_WORDS_UNATTRIBUTED)) return false;
  return lcsLength(a, b) >= MIN_SHARE * shorter;
}
